import { addDays, endOfMonth, format, getISODay, isValid, parse } from "date-fns";

/**
 * Calendar dates as ISO strings ("2026-11-26") and months as "2026-11". Date objects are made at local
 * midnight only inside this file, and never leave it, so time zones cannot shift a day.
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
  const d = parse(s, "yyyy-MM-dd", new Date(2000, 0, 1));
  return isValid(d) && format(d, "yyyy-MM-dd") === s;
}

function toDate(d: IsoDate): Date {
  return parse(d, "yyyy-MM-dd", new Date(2000, 0, 1));
}

function toIso(d: Date): IsoDate {
  return format(d, "yyyy-MM-dd");
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

export function lastDay(m: Month): IsoDate {
  return toIso(endOfMonth(toDate(firstDay(m))));
}

export function daysInMonth(m: Month): number {
  return Number(lastDay(m).slice(8, 10));
}

/** Every date of the month, in order. */
export function monthDates(m: Month): IsoDate[] {
  const start = toDate(firstDay(m));
  return Array.from({ length: daysInMonth(m) }, (_, i) => toIso(addDays(start, i)));
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: IsoDate): number {
  return getISODay(toDate(d));
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
  let n = 0;
  for (let d = toDate(from); toIso(d) <= to; d = addDays(d, 1)) {
    const wd = getISODay(d);
    if (wd <= 5) n++;
  }
  return n;
}

export function currentMonth(now: Date = new Date()): Month {
  return format(now, "yyyy-MM");
}
