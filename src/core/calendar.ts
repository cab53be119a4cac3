/**
 * Calendar dates as ISO strings ("2026-11-26") and months as "2026-11", in the proleptic Gregorian
 * calendar (as Excel's dates from 1901 on). The arithmetic is done on whole numbers — the month's
 * length from the leap-year rule, the weekday from a day count — not on Date objects: parsing and
 * formatting a Date cost 39% of a payroll year (issue 15), and a time zone can never shift a day.
 * test/core/calendar.test.ts checks every function against date-fns on random dates.
 */
export type IsoDate = string;
export type Month = string;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * The years a workbook date can hold: Excel's serial dates end on 9999-12-31, and 1900 is the year of
 * its phantom 29 February (so a 1900 date would read a day off). Months and dates outside are refused
 * where they are typed (config/fields.ts) instead of failing deep inside date arithmetic.
 */
export const FIRST_YEAR = 1901;
export const LAST_YEAR = 9999;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isMonth(s: unknown): s is Month {
  return typeof s === "string" && MONTH.test(s);
}

export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== "string" || !DATE.test(s)) return false;
  const month = Number(s.slice(5, 7));
  const day = Number(s.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= monthLength(Number(s.slice(0, 4)), month);
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in month 1–12 of a year. */
function monthLength(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1]!;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * Days from 1970-01-01 to a date (negative before it): Howard Hinnant's days_from_civil, which
 * shifts the year to start in March so that 29 February is the last day of a shifted year.
 * https://howardhinnant.github.io/date_algorithms.html#days_from_civil
 */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400; // [0, 399]
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1; // [0, 365]
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear; // [0, 146096]
  return era * 146097 + dayOfEra - 719468;
}

function dayNumberOf(d: IsoDate): number {
  return dayNumber(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10)));
}

/** 1 = Monday … 7 = Sunday for a day number (1970-01-01 was a Thursday). */
function weekdayOfDayNumber(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

export function monthYear(m: Month): number {
  return Number(m.slice(0, 4));
}

export function monthNumber(m: Month): number {
  return Number(m.slice(5, 7));
}

export function firstDay(m: Month): IsoDate {
  return `${m}-01`;
}

/** The last month asked for and its last day: the payroll asks once per person per month. */
let lastDayOf = { month: "", day: "" };

export function lastDay(m: Month): IsoDate {
  if (m !== lastDayOf.month) lastDayOf = { month: m, day: `${m}-${daysInMonth(m)}` };
  return lastDayOf.day;
}

export function daysInMonth(m: Month): number {
  return monthLength(monthYear(m), monthNumber(m));
}

/** Every date of the month, in order. */
export function monthDates(m: Month): IsoDate[] {
  return Array.from({ length: daysInMonth(m) }, (_, i) => `${m}-${pad2(i + 1)}`);
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: IsoDate): number {
  return weekdayOfDayNumber(dayNumberOf(d));
}

/** The Monday-start week of the month that holds d, 1-based; week 1 is clipped to start on the 1st. */
export function weekOfMonth(d: IsoDate): number {
  const firstWeekday = isoWeekday(`${d.slice(0, 7)}-01`);
  const day = Number(d.slice(8, 10));
  return Math.floor((day - 1 + firstWeekday - 1) / 7) + 1;
}

export function monthOf(d: IsoDate): Month {
  return d.slice(0, 7);
}

export function addMonths(m: Month, n: number): Month {
  const idx = monthYear(m) * 12 + monthNumber(m) - 1 + n;
  const y = Math.floor(idx / 12);
  return `${String(y).padStart(4, "0")}-${String((idx % 12) + 1).padStart(2, "0")}`;
}

/** Months from January of m's year up to and including m. */
export function monthsOfYearTo(m: Month): Month[] {
  return Array.from({ length: monthNumber(m) }, (_, i) => `${m.slice(0, 4)}-${String(i + 1).padStart(2, "0")}`);
}

/** Monday to Friday between two dates, both included (Excel's NETWORKDAYS without holidays). */
export function weekdaysBetween(from: IsoDate, to: IsoDate): number {
  if (from > to) return 0;
  const first = dayNumberOf(from);
  const days = dayNumberOf(to) - first + 1;
  const weeks = Math.floor(days / 7);
  // Whole weeks hold five weekdays each; then the days left over, from the weekday of `from` on.
  let n = weeks * 5;
  const start = weekdayOfDayNumber(first);
  for (let i = 0; i < days - weeks * 7; i++) if (((start - 1 + i) % 7) + 1 <= 5) n++;
  return n;
}

/** The month of a moment in the machine's local time zone, as the user's calendar shows it. */
export function currentMonth(now: Date = new Date()): Month {
  return `${String(now.getFullYear()).padStart(4, "0")}-${pad2(now.getMonth() + 1)}`;
}
