import { max, sum, ZERO, type Dec } from "../money";
import type { TargetPlan } from "./types";

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
}

/** The month so far. */
export interface MonthProgress {
  actual: Dec;
  /** MAX(0, target − actual): what is left to re-spread. */
  remaining: Dec;
  /** actual ÷ target; null for a zero target. */
  attainment: Dec | null;
}

export function dayProgress(plan: TargetPlan): DayProgress[] {
  let cumTarget = ZERO;
  let cumActual = ZERO;
  return plan.days.map((d) => {
    cumTarget = cumTarget.plus(d.target);
    if (d.actual === null) return { variance: null, cumTarget, cumActual: null, attainment: null };
    cumActual = cumActual.plus(d.actual);
    return { variance: d.actual.minus(d.target), cumTarget, cumActual, attainment: cumTarget.isZero() ? null : cumActual.div(cumTarget) };
  });
}

export function monthProgress(plan: TargetPlan): MonthProgress {
  const actual = sum(plan.days.map((d) => d.actual ?? ZERO));
  return { actual, remaining: max(ZERO, plan.target.minus(actual)), attainment: plan.target.isZero() ? null : actual.div(plan.target) };
}
