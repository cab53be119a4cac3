import { isMonth, isoWeekday, weekOfMonth, type Month } from "../calendar";
import { max, money, sum, ZERO, type Dec } from "../money";
import type { Warning } from "../types";
import { checkedActuals, checkedCounts, checkedTarget, settingsWarnings, warning, weightDecimalWarnings } from "./checks";
import { ordersFor, visitorsFor } from "./funnel";
import { largestRemainder } from "./largestRemainder";
import type { DayPlan, DayWeight, SpreadInput, TargetPlan } from "./types";
import { dayWeights, factorDecimals } from "./weights";
import { weekPlans } from "./weeks";
import { buildHolidayCalendar } from "../holidayCalendar";

/**
 * The month's target as daily and weekly rows. Each day gets its largest-remainder share of the target
 * by weight. Once actuals are entered, what is left of the target, MAX(0, target − Σ actuals), is spread
 * the same way over the days without an actual; a day's revised target is its actual where there is one.
 * Never throws on what a user could type: problems come back as warnings, with what was used instead.
 */
export function spreadTarget(input: SpreadInput): TargetPlan {
  const { month, settings } = input;
  if (!isMonth(month)) {
    return { month, target: ZERO, days: [], weeks: [], warnings: [warning("targets.invalidMonth", { month: String(month) }, "month")] };
  }
  const { target, warnings: targetWarnings } = checkedTarget(input.target);
  const { actuals, warnings: actualWarnings } = checkedActuals(month, input.actuals ?? new Map());
  const orderCounts = checkedCounts(month, input.actualOrders ?? new Map(), "actualOrders");
  const visitorCounts = checkedCounts(month, input.actualVisitors ?? new Map(), "actualVisitors");

  const calendar = input.calendar ?? buildHolidayCalendar();
  const weighted = dayWeights(month, settings, calendar);
  const targets = largestRemainder(target, weighted.map((d) => d.weight));

  const actualTotal = sum([...actuals.values()]);
  const remaining = max(ZERO, target.minus(actualTotal));
  const open = weighted.filter((d) => !actuals.has(d.date));
  const respread = largestRemainder(remaining, open.map((d) => d.weight));
  const revised = new Map(open.map((d, i) => [d.date, respread[i] ?? ZERO]));

  const days = weighted.map((d, i): DayPlan => {
    const dayTarget = targets[i] ?? ZERO;
    const orders = ordersFor(dayTarget, settings.aov);
    const actual = actuals.get(d.date) ?? null;
    return {
      date: d.date,
      weekday: isoWeekday(d.date),
      week: weekOfMonth(d.date),
      weight: d.weight,
      eventFactor: d.eventFactor,
      weightDecimals: factorDecimals(d.factors),
      holiday: d.holiday,
      event: d.event,
      target: dayTarget,
      orders,
      visitors: visitorsFor(orders, settings.cvr),
      actual,
      actualOrders: orderCounts.counts.get(d.date) ?? null,
      actualVisitors: visitorCounts.counts.get(d.date) ?? null,
      revisedTarget: actual ?? revised.get(d.date) ?? ZERO,
    };
  });

  const warnings = [
    ...settingsWarnings(month, settings, calendar),
    ...weightDecimalWarnings(weighted),
    ...targetWarnings,
    ...actualWarnings,
    ...orderCounts.warnings,
    ...visitorCounts.warnings,
    ...spreadWarnings(month, target, weighted, open, actualTotal, actuals.size > 0),
  ];
  return { month, target, days, weeks: weekPlans(days), warnings };
}

function spreadWarnings(
  month: Month,
  target: Dec,
  all: readonly DayWeight[],
  open: readonly DayWeight[],
  actualTotal: Dec,
  hasActuals: boolean,
): Warning[] {
  const out: Warning[] = [];
  const weightless = (ds: readonly DayWeight[]) => ds.length > 0 && ds.every((d) => d.weight.isZero());
  if (weightless(all)) out.push(warning("targets.zeroWeights", { month }, "settings.targets"));
  else if (hasActuals && weightless(open)) out.push(warning("targets.zeroWeights", { month }, "actuals"));
  if (actualTotal.greaterThan(target)) {
    out.push(warning("targets.aboveTarget", { month, target: money(target), actual: money(actualTotal) }, "actuals"));
  } else if (open.length === 0 && actualTotal.lessThan(target)) {
    out.push(warning("targets.noDaysLeft", { month, remaining: money(target.minus(actualTotal)) }, "actuals"));
  }
  return out;
}
