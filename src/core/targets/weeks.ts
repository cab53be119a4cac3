import { sum } from "../money";
import type { DayPlan, WeekPlan } from "./types";

/** Monday-start weeks clipped to the month; every figure of a week is the sum of its days. */
export function weekPlans(days: readonly DayPlan[]): WeekPlan[] {
  const byWeek = new Map<number, DayPlan[]>();
  for (const d of days) byWeek.set(d.week, [...(byWeek.get(d.week) ?? []), d]);
  return [...byWeek].map(([week, ds]) => ({
    week,
    start: ds[0]!.date,
    end: ds[ds.length - 1]!.date,
    target: sum(ds.map((d) => d.target)),
    actual: sum(ds.map((d) => d.actual ?? 0)),
    revisedTarget: sum(ds.map((d) => d.revisedTarget)),
  }));
}
