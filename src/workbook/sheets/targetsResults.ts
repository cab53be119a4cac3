/**
 * The engine's figures for a Targets sheet (./targets.ts), written as the cached results of its
 * formulas — only when the plan is the spread of what the sheet holds, so a file opened without
 * recalculating never shows stale numbers.
 */
import type { IsoDate } from "../../core/calendar";
import { round2, ZERO, type Dec } from "../../core/money";
import { dayProgress, monthProgress, splitSteps, type TargetPlan } from "../../core/targets";
import { WEIGHT_DECIMALS } from "../../core/targets/weights";
import type { Lang } from "../../data/lang";
import type { CellValue, TableRow } from "../spec";
import { wbText } from "../text";
import type { TargetsSheetInput } from "./targets";

/** The actuals the sheet's actual column holds: the typed ones (or the plan's), finite, on days of the month. */
export function writtenActuals(input: TargetsSheetInput): Map<IsoDate, Dec> {
  const typed = input.actuals ?? new Map(input.plan.days.filter((d) => d.actual !== null).map((d) => [d.date, d.actual!] as const));
  const days = new Set(input.plan.days.map((d) => d.date));
  return new Map([...typed].filter(([date, x]) => days.has(date) && x.isFinite()));
}

/** The actual orders and visitors the sheet's columns hold: the typed ones (or the plan's), whole ≥ 0, on days of the month. */
export function writtenCounts(input: TargetsSheetInput): { orders: Map<IsoDate, number>; visitors: Map<IsoDate, number> } {
  const days = new Set(input.plan.days.map((d) => d.date));
  const of = (given: ReadonlyMap<IsoDate, number> | undefined, key: "actualOrders" | "actualVisitors") => {
    const typed = given ?? new Map(input.plan.days.filter((d) => d[key] !== null).map((d) => [d.date, d[key]!] as const));
    return new Map([...typed].filter(([date, x]) => days.has(date) && Number.isSafeInteger(x) && x >= 0));
  };
  return { orders: of(input.actualOrders, "actualOrders"), visitors: of(input.actualVisitors, "actualVisitors") };
}

/**
 * Cached results are written only when the plan is the spread of what the sheet holds — the target,
 * the actuals (each rounded to the fen, as core takes them) and the actual orders and visitors — so a
 * caller that passes a plan made without them gets formulas alone, never stale numbers.
 */
export function planMatches(input: TargetsSheetInput): boolean {
  const { plan } = input;
  const target = input.target.isFinite() && input.target.greaterThan(0) ? round2(input.target) : ZERO;
  if (!target.equals(plan.target)) return false;
  const actuals = writtenActuals(input);
  const counts = writtenCounts(input);
  return plan.days.every((d) => {
    const typed = actuals.get(d.date);
    const sales = typed === undefined ? d.actual === null : d.actual !== null && round2(typed).equals(d.actual);
    return sales && (counts.orders.get(d.date) ?? null) === d.actualOrders && (counts.visitors.get(d.date) ?? null) === d.actualVisitors;
  });
}

const blankIfNull = (x: Dec | number | null): CellValue => (x === null ? "" : typeof x === "number" ? x : x.toNumber());

/** The engine's figures of each day, by column key: the cached results of the daily formulas. */
export function dailyResults(plan: TargetPlan): TableRow[] {
  const steps = splitSteps(plan);
  const progress = dayProgress(plan);
  return plan.days.map((d, i) => {
    const st = steps.days[i]!;
    const p = progress[i]!;
    const r = st.respread;
    return {
      weekday: d.weekday,
      week: d.week,
      eventFactor: d.eventFactor.toNumber(),
      weight: d.weight.toNumber(),
      units: st.units.toNumber(),
      floor: st.floor.toNumber(),
      remainder: st.remainder.toNumber(),
      extra: st.extra,
      target: d.target.toNumber(),
      orders: blankIfNull(d.orders),
      visitors: blankIfNull(d.visitors),
      variance: blankIfNull(p.variance),
      cumTarget: p.cumTarget.toNumber(),
      cumActual: blankIfNull(p.cumActual),
      attainment: blankIfNull(p.attainment),
      ordersAttainment: blankIfNull(p.ordersAttainment),
      visitorsAttainment: blankIfNull(p.visitorsAttainment),
      revisedTarget: d.revisedTarget.toNumber(),
      rUnits: blankIfNull(r?.units ?? null),
      rFloor: blankIfNull(r?.floor ?? null),
      rRemainder: blankIfNull(r?.remainder ?? null),
      rExtra: r === null ? "" : r.extra,
      decimals: d.weightDecimals,
    };
  });
}

export interface SummaryResults {
  actualTotal: CellValue;
  remaining: CellValue;
  attainment: CellValue;
  targetFen: CellValue;
  actualFen: CellValue;
  remainingFen: CellValue;
}

export function summaryResults(input: TargetsSheetInput): SummaryResults | undefined {
  if (!planMatches(input)) return undefined;
  const steps = splitSteps(input.plan);
  const month = monthProgress(input.plan);
  return {
    actualTotal: month.actual.toNumber(),
    remaining: month.remaining.toNumber(),
    attainment: blankIfNull(month.attainment),
    targetFen: steps.targetFen.toNumber(),
    actualFen: steps.actualFen.toNumber(),
    remainingFen: steps.remainingFen.toNumber(),
  };
}

/** What the check cell shows for the plan's days (the cached result of weightCheck). */
export function weightCheckResult(plan: TargetPlan, lang: Lang): string {
  const days = plan.days.filter((d) => d.weightDecimals > WEIGHT_DECIMALS).length;
  return days === 0 ? "" : wbText("wb.targets.weightCheck", lang, { days: String(days) });
}
