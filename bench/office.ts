/**
 * Office.js round trips for `npm run bench`: each command against the test suite's fake Excel
 * (office-addin-mock under a small workbook model, test/office/fake/), for 8, 100, 1,000 and
 * 10,000 staff. One line per command and team size:
 *
 *   syncs COMMAND staff=N: K (largest batch X.XX MB)
 *
 * K counts the context.sync() calls the fake received; the largest batch is the command's own
 * estimate of its biggest write (values, formulas, formats and per-call overhead), in MB of 10^6 bytes.
 * Issue 15's goal: at 10,000 staff at most 8 round trips and every batch under 4 MB.
 */
// Every message table registered, as the CLI has them (src/data/messages/all.ts).
import "../src/data/messages/all";
import { addNextMonth, planMonth, refreshTargets, runPayroll, setUpRolesAndStaff, type CommandResult } from "../src/office";
import { FakeExcel } from "../test/office/fake";
import type { Figure } from "./figures";
import { teamInput } from "../test/office/helpers";

const SIZES = [8, 100, 1000, 10_000];
const MONTH = "2026-02";

export async function officeSection(): Promise<Figure[]> {
  const figures: Figure[] = [];
  const saved = { Excel: (globalThis as Record<string, unknown>).Excel, Office: (globalThis as Record<string, unknown>).Office };
  try {
    for (const n of SIZES) {
      const fake = new FakeExcel();
      fake.install();
      const commands: [string, () => Promise<CommandResult>][] = [
        ["setUpRolesAndStaff", () => setUpRolesAndStaff({ lang: "zh-CN", ...teamInput(n) })],
        ["planMonth", () => planMonth(MONTH, 500000)],
        ["runPayroll", () => runPayroll(MONTH, { grossMargin: 150000 })],
        ["refreshTargets", () => refreshTargets(MONTH)],
        ["addNextMonth", () => addNextMonth({ after: MONTH })],
      ];
      for (const [name, run] of commands) {
        const before = fake.log.length;
        const r = await run();
        const syncs = fake.log.length - before;
        if (!r.ok) throw new Error(`${name} staff=${n}: ${r.messages.map((m) => m.text).join("; ")}`);
        if (syncs !== r.stats.syncs) throw new Error(`${name} staff=${n}: the fake saw ${syncs} syncs, the command counted ${r.stats.syncs}`);
        const mb = r.stats.largestBatchBytes / 1e6;
        figures.push({ section: "office", label: `${name}, ${n.toLocaleString("en-US")} staff: round trips`, value: syncs, unit: "syncs", note: `largest batch ${mb.toFixed(2)} MB${n === 10_000 && (syncs > 8 || mb >= 4) ? " — ABOVE the goal (8 syncs, 4 MB)" : ""}` });
      }
    }
  } finally {
    Object.assign(globalThis, saved);
  }
  return figures;
}

if (require.main === module) void officeSection().then((figures) => figures.forEach((f) => console.log(`${f.label}: ${f.value} (${f.note})`)));
