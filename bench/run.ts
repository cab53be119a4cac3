/**
 * `npm run bench`: how fast the engine is on this machine, beside a plain-number baseline.
 * Later issues add their own sections (functions, Office.js round trips) to `sections` below.
 */
import { performance } from "node:perf_hooks";
import { parseConfig } from "../src/core/config";
import { computePayrollYear } from "../src/core/payroll";
import { spreadTarget } from "../src/core/targets";
import { defaultEngineSettings } from "../src/core/defaults";
import { D } from "../src/core/money";
import type { Config } from "../src/core/types";
import { plainPayrollYear, plainSpread } from "./plainNumbers";
import { workbookSection } from "./workbook";
import { officeSection } from "./office";
import { functionsSection } from "./functions";
import { writerSection } from "./writer";

const ROLES = ["manager", "promoter", "designer", "service"] as const;
const SHARES: Record<(typeof ROLES)[number], number> = { manager: 0.3, promoter: 0.08, designer: 0.08, service: 0.08 };
const BASES: Record<(typeof ROLES)[number], number> = { manager: 8000, promoter: 2500, designer: 2500, service: 1800 };

/** Median of `runs` timings of fn, in milliseconds. */
function time(runs: number, fn: () => unknown): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
  }
  return ms.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

function bigTeam(n: number, year: number): Config {
  const staff = Array.from({ length: n }, (_, i) => {
    const role = ROLES[i % ROLES.length]!;
    return { id: `P${i + 1}`, name: `Person ${i + 1}`, role, base: String(BASES[role] + (i % 7) * 100) };
  });
  const months = Array.from({ length: 12 }, (_, m) => ({
    month: `${year}-${String(m + 1).padStart(2, "0")}`,
    grossMargin: "1200000",
    entries: staff.filter((_, i) => i % 10 === 0).map((s) => ({ staff: s.id, reward: "200" })),
  }));
  // A large team splits each role's share, so the pool is not over-allocated a thousand times.
  const roles = ROLES.map((id) => ({ id, share: SHARES[id], shareBasis: "splitRole", baseMin: 0, baseMax: 60000 }));
  const parsed = parseConfig({ roles, staff, months });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.config;
}

function payrollSection(): string[] {
  const config = bigTeam(1000, 2026);
  const exact = time(3, () => computePayrollYear(config, "2026-12"));
  const people = config.staff.map((s) => ({ base: s.base!.toNumber(), share: 0.0001 }));
  const plain = time(5, () => plainPayrollYear(people, 1200000));
  return [
    `payroll 1000 staff x 12 months: ${exact.toFixed(1)} ms (decimal.js)`,
    `payroll 1000 staff x 12 months: ${plain.toFixed(2)} ms (plain numbers baseline), ratio ${(exact / plain).toFixed(0)}x`,
  ];
}

function targetsSection(): string[] {
  const settings = defaultEngineSettings().targets;
  const months = Array.from({ length: 12 }, (_, m) => `2026-${String(m + 1).padStart(2, "0")}`);
  const exact = time(5, () => months.forEach((month) => spreadTarget({ month, target: new D("456789.12"), settings })));
  const plain = time(5, () => months.forEach(() => plainSpread(456789.12, Array.from({ length: 30 }, (_, i) => (i % 7 === 5 ? 1.2 : 1)))));
  return [
    `targets 12 months of 2026: ${exact.toFixed(2)} ms (decimal.js, holidays and events)`,
    `targets 12 months of 2026: ${plain.toFixed(3)} ms (plain numbers baseline), ratio ${(exact / plain).toFixed(0)}x`,
  ];
}

export const sections: Array<() => string[] | Promise<string[]>> = [payrollSection, targetsSection, workbookSection, functionsSection, officeSection, writerSection];

async function run() {
  for (const section of sections) for (const line of await section()) console.log(line);
}

if (require.main === module) void run();
