import { isIsoDate, type IsoDate } from "../calendar";
import type { SalesEvent } from "../types";

const RECURRING = /^\d{2}-\d{2}$/;

/** "MM-DD" that exists in some year (02-29 does, in leap years) or a real "YYYY-MM-DD". */
export function isEventDate(s: string): boolean {
  return RECURRING.test(s) ? isIsoDate(`2000-${s}`) : isIsoDate(s);
}

/** The events on `date`: "MM-DD" ones every year, "YYYY-MM-DD" ones on that day only. */
export function eventsOn(date: IsoDate, events: readonly SalesEvent[]): SalesEvent[] {
  const monthDay = date.slice(5);
  return events.filter((e) => e.date === date || e.date === monthDay);
}
