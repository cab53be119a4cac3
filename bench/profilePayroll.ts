/**
 * A steady load for a CPU profile of the engine: payroll 1,000 staff × 12 months, `runs` times
 * (default 10). Profile it and list the hottest functions:
 *
 *   NODE_OPTIONS="--cpu-prof --cpu-prof-dir=.tmp/prof" npx tsx bench/profilePayroll.ts
 *   npx tsx bench/profileTop.ts .tmp/prof/<file>.cpuprofile
 */
// Every message table registered, as the CLI has them (src/data/messages/all.ts).
import "../src/data/messages/all";
import { computePayrollYear } from "../src/core/payroll";
import { payrollTeam } from "./payrollTeam";

const runs = Number(process.argv[2] ?? 10);
const config = payrollTeam(1000, 2026);
for (let i = 0; i < runs; i++) computePayrollYear(config, "2026-12");
