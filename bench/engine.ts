/**
 * The engine for `npm run bench` (issue 15, "Engine"): payroll for 1,000 staff × 12 months and a year
 * of target spreading, in CPU time, beside the same rules in plain numbers (bench/plainNumbers.ts).
 *
 * The engine's figure is the median of 5 runs, each with its own garbage collection. A plain run takes
 * under a millisecond, so it is measured two ways: the median of single runs (most of them see no
 * garbage collection — the figure this bench printed before issue 15) and the mean over 20 runs back to
 * back (its collections included, as the engine's are). The runs alternate, so that a busy machine
 * weighs on both alike.
 */
// Every message table registered, as the CLI has them (src/data/messages/all.ts).
import "../src/data/messages/all";
import { computePayrollYear } from "../src/core/payroll";
import { spreadTarget } from "../src/core/targets";
import { defaultEngineSettings } from "../src/core/defaults";
import { D } from "../src/core/money";
import { cpuMs, median } from "./cpu";
import type { Figure } from "./figures";
import { payrollTeam } from "./payrollTeam";
import { plainPayrollYear, plainSpread } from "./plainNumbers";

const section = "engine";

function payroll(): Figure[] {
  const config = payrollTeam(1000, 2026);
  const people = config.staff.map((s) => ({ base: s.base!.toNumber(), share: 0.0001 }));
  const engine: number[] = [];
  const plainSingle: number[] = [];
  const plainMean: number[] = [];
  const lineSingle: number[] = [];
  for (let i = 0; i < 6; i++) {
    const e = cpuMs(() => computePayrollYear(config, "2026-12"));
    const singles = Array.from({ length: 20 }, () => cpuMs(() => plainPayrollYear(people, 1200000)));
    const mean = cpuMs(() => {
      for (let k = 0; k < 20; k++) plainPayrollYear(people, 1200000);
    }) / 20;
    const lines = Array.from({ length: 20 }, () => cpuMs(() => plainPayrollYear(people, 1200000, "line")));
    if (i === 0) continue; // warm-up
    engine.push(e);
    plainSingle.push(median(singles));
    plainMean.push(mean);
    lineSingle.push(median(lines));
  }
  const [e, single, mean, line] = [median(engine), median(plainSingle), median(plainMean), median(lineSingle)];
  return [
    { section, label: "payroll 1,000 staff × 12 months (decimal.js, whole fen where exact)", value: e, unit: "ms CPU", note: "median of 5" },
    { section, label: "payroll 1,000 × 12, plain numbers (median of single runs)", value: single, unit: "ms CPU", note: `engine ${(e / single).toFixed(0)}× (goal: at most 100×)` },
    { section, label: "payroll 1,000 × 12, plain numbers (mean of 20 runs, GC included)", value: mean, unit: "ms CPU", note: `engine ${(e / mean).toFixed(0)}×` },
    { section, label: "payroll 1,000 × 12, plain numbers with the pay line's other rules (median of single runs)", value: line, unit: "ms CPU", note: `engine ${(e / line).toFixed(0)}× (bench/plainNumbers.ts "line")` },
  ];
}

function targets(): Figure[] {
  const settings = defaultEngineSettings().targets;
  const months = Array.from({ length: 12 }, (_, m) => `2026-${String(m + 1).padStart(2, "0")}`);
  const weights = Array.from({ length: 30 }, (_, i) => (i % 7 === 5 ? 1.2 : 1));
  const exact: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < 6; i++) {
    exact.push(cpuMs(() => months.forEach((month) => spreadTarget({ month, target: new D("456789.12"), settings }))));
    plain.push(cpuMs(() => {
      for (let k = 0; k < 20; k++) months.forEach(() => plainSpread(456789.12, weights));
    }) / 20);
  }
  const [e, p] = [median(exact.slice(1)), median(plain.slice(1))];
  return [
    { section, label: "targets: 12 months of 2026 spread (decimal.js, holidays and events)", value: e, unit: "ms CPU", note: "median of 5" },
    { section, label: "targets: the same, plain numbers", value: p, unit: "ms CPU", note: `engine ${(e / p).toFixed(0)}×` },
  ];
}

export function engineSection(): Figure[] {
  return [...payroll(), ...targets()];
}
