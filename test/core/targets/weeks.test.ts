/**
 * Weeks of a month: Monday-start, clipped to the month, each figure the sum of its days. November 2026
 * starts on a Sunday and ends on a Monday (a wall calendar, and Python's datetime, say so), so it has
 * six weeks: 1 Nov alone, 2–8, 9–15, 16–22, 23–29, and 30 Nov alone.
 */
import { D } from "../../../src/core/money";
import type { DayPlan } from "../../../src/core/targets";
import { weekPlans } from "../../../src/core/targets/weeks";

/** Day d of November 2026 with target d yuan, actual d on the first three days, revised target d + 0.5. */
function day(d: number, week: number): DayPlan {
  const date = `2026-11-${String(d).padStart(2, "0")}` as DayPlan["date"];
  return {
    date, weekday: 0, week, weight: new D(1), eventFactor: new D(1), weightDecimals: 0, holiday: null, event: null,
    target: new D(d), orders: null, visitors: null, actual: d <= 3 ? new D(d) : null, actualOrders: null, actualVisitors: null, revisedTarget: new D(d).plus("0.5"),
  };
}
// Week numbers as the calendar gives them: 1 for the 1st (a Sunday), then a new week every Monday (2, 9, 16, 23, 30).
const WEEK_OF = (d: number) => 1 + [2, 9, 16, 23, 30].filter((monday) => monday <= d).length;
const november = Array.from({ length: 30 }, (_, i) => day(i + 1, WEEK_OF(i + 1)));
const plain = (w: ReturnType<typeof weekPlans>[number]) => ({ ...w, target: w.target.toFixed(2), actual: w.actual.toFixed(2), revisedTarget: w.revisedTarget.toFixed(2) });

test("six weeks, the first and last one day each, with their sums", () => {
  expect(weekPlans(november).map(plain)).toEqual([
    { week: 1, start: "2026-11-01", end: "2026-11-01", target: "1.00", actual: "1.00", revisedTarget: "1.50" },
    { week: 2, start: "2026-11-02", end: "2026-11-08", target: "35.00", actual: "5.00", revisedTarget: "38.50" }, // 2+…+8; actuals 2+3
    { week: 3, start: "2026-11-09", end: "2026-11-15", target: "84.00", actual: "0.00", revisedTarget: "87.50" }, // 9+…+15
    { week: 4, start: "2026-11-16", end: "2026-11-22", target: "133.00", actual: "0.00", revisedTarget: "136.50" },
    { week: 5, start: "2026-11-23", end: "2026-11-29", target: "182.00", actual: "0.00", revisedTarget: "185.50" },
    { week: 6, start: "2026-11-30", end: "2026-11-30", target: "30.00", actual: "0.00", revisedTarget: "30.50" },
  ]);
});

test("the weeks add up to the month: 1 + … + 30 = 465", () => {
  expect(weekPlans(november).reduce((s, w) => s.plus(w.target), new D(0)).toFixed(2)).toBe("465.00");
});

test("no days, no weeks", () => {
  expect(weekPlans([])).toEqual([]);
});
