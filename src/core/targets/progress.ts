import { D, max, sum, ZERO, type Dec } from "../money";
import type { DayPlan, TargetPlan } from "./types";

/** How a day stands against its target, as the Targets sheet shows it beside the day. */
export interface DayProgress {
  /** Actual − target; null on a day without an actual. */
  variance: Dec | null;
  /** Σ of the targets up to and including the day. */
  cumTarget: Dec;
  /** Σ of the actuals up to and including the day; null on a day without an actual. */
  cumActual: Dec | null;
  /** cumActual ÷ cumTarget; null without an actual or without a target so far. */
  attainment: Dec | null;
  /** Σ actual orders ÷ Σ planned orders up to and including the day (each Σ over the days so far, a
   *  day without a figure counting 0); null on a day without actual orders or without planned ones so far. */
  ordersAttainment: Dec | null;
  /** The same for visitors. */
  visitorsAttainment: Dec | null;
}

/** A count of the month so far against the plan's. */
export interface CountProgress {
  /** Σ of the actual counts given. */
  actual: number;
  /** Σ of the plan's counts over the whole month. */
  planned: number;
  /** actual ÷ planned; null when nothing is planned. */
  attainment: Dec | null;
}

/** The month so far. */
export interface MonthProgress {
  actual: Dec;
  /** MAX(0, target − actual): what is left to re-spread. */
  remaining: Dec;
  /** actual ÷ target; null for a zero target. */
  attainment: Dec | null;
  /** Orders and visitors against the plan's; null when no actual count is given. */
  orders: CountProgress | null;
  visitors: CountProgress | null;
}

export function dayProgress(plan: TargetPlan): DayProgress[] {
  let cumTarget = ZERO;
  let cumActual = ZERO;
  const orders = cumulativeCount(plan.days, "orders", "actualOrders");
  const visitors = cumulativeCount(plan.days, "visitors", "actualVisitors");
  return plan.days.map((d, i) => {
    cumTarget = cumTarget.plus(d.target);
    const counts = { ordersAttainment: orders[i]!, visitorsAttainment: visitors[i]! };
    if (d.actual === null) return { variance: null, cumTarget, cumActual: null, attainment: null, ...counts };
    cumActual = cumActual.plus(d.actual);
    return { variance: d.actual.minus(d.target), cumTarget, cumActual, attainment: cumTarget.isZero() ? null : cumActual.div(cumTarget), ...counts };
  });
}

/** Each day's Σ actual ÷ Σ planned so far, where the day has an actual count. */
function cumulativeCount(days: readonly DayPlan[], planned: "orders" | "visitors", actual: "actualOrders" | "actualVisitors"): (Dec | null)[] {
  let plannedSoFar = 0;
  let actualSoFar = 0;
  return days.map((d) => {
    plannedSoFar += d[planned] ?? 0;
    actualSoFar += d[actual] ?? 0;
    return d[actual] === null || plannedSoFar === 0 ? null : new D(actualSoFar).div(plannedSoFar);
  });
}

export function monthProgress(plan: TargetPlan): MonthProgress {
  const actual = sum(plan.days.map((d) => d.actual ?? ZERO));
  return {
    actual,
    remaining: max(ZERO, plan.target.minus(actual)),
    attainment: plan.target.isZero() ? null : actual.div(plan.target),
    orders: countProgress(plan.days, "orders", "actualOrders"),
    visitors: countProgress(plan.days, "visitors", "actualVisitors"),
  };
}

function countProgress(days: readonly DayPlan[], planned: "orders" | "visitors", actual: "actualOrders" | "actualVisitors"): CountProgress | null {
  if (days.every((d) => d[actual] === null)) return null;
  const a = days.reduce((n, d) => n + (d[actual] ?? 0), 0);
  const p = days.reduce((n, d) => n + (d[planned] ?? 0), 0);
  return { actual: a, planned: p, attainment: p === 0 ? null : new D(a).div(p) };
}
