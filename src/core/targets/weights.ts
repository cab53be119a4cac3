import { isMonth, isoWeekday, monthDates, type IsoDate, type Month } from "../calendar";
import Decimal from "decimal.js";
import { ONE, type Dec } from "../money";

export const WEIGHT_DECIMALS = 4;
import type { SalesEvent, TargetSettings } from "../types";
import { eventsOn } from "./events";
import { officialHoliday } from "./holidays";
import type { DayWeight } from "./types";

/** A weight or factor the spread can use: a finite number, not below zero. */
export function isUsableFactor(x: Dec): boolean {
  return x.isFinite() && !x.lessThan(0);
}

/**
 * An unusable weight or factor counts as 1, the neutral default (the flat profile, "no effect"), so one
 * bad setting cannot wipe out a day or the month. The spread warns about each one (checks.ts).
 */
export function factorOrOne(x: Dec | undefined): Dec {
  return x !== undefined && isUsableFactor(x) ? x : ONE;
}

/** The product of the factors of the sales events on `date` (1 without any); an unusable factor counts as 1. */
export function eventFactor(date: IsoDate, events: readonly SalesEvent[]): Dec {
  return eventsOn(date, events).reduce((f, e) => f.times(factorOrOne(e.factor)), ONE);
}

/**
 * Each day's weight: weekday weight × the factors of the day's sales events (multiplied when several fall
 * on one day) × the holiday factor on an official public holiday, rounded to 4 decimals. A month that is
 * not "YYYY-MM" has no days.
 *
 * Why round: the workbook repeats the split in formulas with whole-number weight units (weight × 10⁴),
 * so that its remainders compare exactly in binary floating point, as they do here; four decimals keep
 * target-in-fen × units below 2⁵³ for any monthly target under about 600 million yuan.
 */
export function dayWeights(month: Month, settings: TargetSettings): DayWeight[] {
  if (!isMonth(month)) return [];
  const holidayFactor = factorOrOne(settings.holidayFactor);
  return monthDates(month).map((date) => {
    const events = eventsOn(date, settings.events);
    const holiday = officialHoliday(date);
    const factor = eventFactor(date, settings.events);
    const weight = factorOrOne(settings.weekdayWeights[isoWeekday(date) - 1])
      .times(factor)
      .times(holiday === null ? ONE : holidayFactor)
      .toDecimalPlaces(WEIGHT_DECIMALS, Decimal.ROUND_HALF_UP);
    return { date, weight, eventFactor: factor, holiday, event: events.length > 0 ? events.map((e) => e.name).join(" + ") : null };
  });
}
