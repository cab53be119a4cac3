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

/**
 * The number the Settings sheet's Events table keys an event by, so the Targets sheet can match days
 * without text functions: "11-11" → 1111 (every year), "2026-11-11" → 20261111 (that day). Null for a
 * date that is not an event date.
 */
export function eventKey(date: string): number | null {
  return isEventDate(date) ? Number(date.replace(/-/g, "")) : null;
}
