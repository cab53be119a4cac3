import { firstDay, lastDay, type IsoDate, type Month } from "../calendar";
import { paidDaysBetween, type HolidayCalendar } from "../holidayCalendar";
import { D, type Dec } from "../money";
import type { Staff } from "../types";

/**
 * Who is on a month's payroll, and for how many days. A null start date means "since before anything
 * this workbook covers"; a null end date means "still here".
 */

type Dates = Pick<Staff, "startDate" | "endDate">;

export interface Span {
  from: IsoDate;
  to: IsoDate;
}

/** The part of [from, to] the person was employed in, or null if none. */
export function employedWithin(staff: Dates, from: IsoDate, to: IsoDate): Span | null {
  const start = staff.startDate !== null && staff.startDate > from ? staff.startDate : from;
  const end = staff.endDate !== null && staff.endDate < to ? staff.endDate : to;
  return start <= end ? { from: start, to: end } : null;
}

/** The days of month m the person was employed in, or null if not employed in m at all. */
export function employedSpan(staff: Dates, m: Month): Span | null {
  return employedWithin(staff, firstDay(m), lastDay(m));
}

/** startDate ≤ last day of m and (no endDate or endDate ≥ first day of m). */
export function isEmployed(staff: Dates, m: Month): boolean {
  return employedSpan(staff, m) !== null;
}

export interface DefaultPaidDays {
  paidDays: Dec;
  /** True for a joiner or leaver whose days were counted from the dates (the user should check). */
  derived: boolean;
  span: Span;
}

/**
 * Paid days when the month's entry gives none: a full month (the statutory 21.75) if employed the
 * whole month, else the paid days of the employed span by the 21.75-day rule — days worked plus
 * statutory holidays, with the calendar's holidays and make-up workdays (../holidayCalendar.ts
 * paidDaysBetween). Null if not employed in m.
 */
export function defaultPaidDays(staff: Dates, m: Month, paidDaysPerMonth: Dec, calendar: HolidayCalendar): DefaultPaidDays | null {
  // Most people are employed the whole month: one answer a month for all of them (issue 15), the same as below.
  const full = wholeMonthOf(m, paidDaysPerMonth);
  if ((staff.startDate === null || staff.startDate <= full.span.from) && (staff.endDate === null || staff.endDate >= full.span.to)) return full;
  const span = employedSpan(staff, m);
  if (span === null) return null;
  const wholeMonth = span.from === firstDay(m) && span.to === lastDay(m);
  if (wholeMonth) return { paidDays: paidDaysPerMonth, derived: false, span };
  return { paidDays: new D(paidDaysBetween(calendar, span.from, span.to)), derived: true, span };
}

/** The last whole month asked for: the payroll asks once per person per month, month after month. */
let wholeMonthMemo: { month: Month; paidDaysPerMonth: Dec; days: DefaultPaidDays } | null = null;

/** A whole month's default paid days (frozen: every person employed the whole month shares it). */
function wholeMonthOf(m: Month, paidDaysPerMonth: Dec): DefaultPaidDays {
  if (wholeMonthMemo === null || wholeMonthMemo.month !== m || wholeMonthMemo.paidDaysPerMonth !== paidDaysPerMonth) {
    const days = Object.freeze({ paidDays: paidDaysPerMonth, derived: false, span: Object.freeze({ from: firstDay(m), to: lastDay(m) }) });
    wholeMonthMemo = { month: m, paidDaysPerMonth, days };
  }
  return wholeMonthMemo.days;
}
