import Decimal from "decimal.js";
import { isMonth, isoWeekday, monthDates, type IsoDate, type Month } from "../calendar";
import { ONE, type Dec } from "../money";
import type { SalesEvent, TargetSettings, Warning } from "../types";
import { eventsOn } from "./events";
import { buildHolidayCalendar, coveredYears, holidayName, type HolidayCalendar } from "../holidayCalendar";
import type { DayWeight } from "./types";

/**
 * Day weights carry at most 4 decimals: the Targets sheet splits the target in whole weight units
 * (weight × 10⁴), so that its remainders compare exactly in binary floating point, as they do here;
 * four decimals keep target-in-fen × units below 2⁵³ for any monthly target under about 600 million yuan.
 */
export const WEIGHT_DECIMALS = 4;

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

/** The decimals a weight or factor brings into a day's weight ("1.50" brings 1; an unusable one, none). */
export function decimalsOf(x: Dec | undefined): number {
  return factorOrOne(x).decimalPlaces();
}

/** The decimals a day's factors bring together, each counted up to 5 ("5 or more", as the sheet counts). */
export function factorDecimals(factors: readonly Dec[]): number {
  return factors.reduce((n, f) => n + Math.min(5, decimalsOf(f)), 0);
}

/**
 * What makes a day's weight, in the order they multiply: the weekday weight, the factor of each sales
 * event on the day, and the holiday factor on an official public holiday (else none).
 */
export function dayFactors(date: IsoDate, settings: TargetSettings, calendar: HolidayCalendar = buildHolidayCalendar()): { factors: Dec[]; holiday: string | null; event: string | null } {
  const events = eventsOn(date, settings.events);
  const holiday = holidayName(calendar, date);
  const factors = [settings.weekdayWeights[isoWeekday(date) - 1], ...events.map((e) => e.factor)];
  if (holiday !== null) factors.push(settings.holidayFactor);
  return { factors: factors.map(factorOrOne), holiday, event: events.length > 0 ? events.map((e) => e.name).join(" + ") : null };
}

/**
 * Each day's weight: weekday weight × the factors of the day's sales events (multiplied when several fall
 * on one day) × the holiday factor on an official public holiday. A month that is not "YYYY-MM" has no days.
 *
 * The weight is exact when the decimals of its factors add up to at most 4 — the rule the config checks
 * enforce (weightDecimalsProblems) and the Targets sheet flags. Past that it is rounded half up to 4
 * decimals, as the sheet does, and the spread warns about the day (checks.ts): engine and sheet always
 * agree, and neither rounds silently.
 */
export function dayWeights(month: Month, settings: TargetSettings, calendar: HolidayCalendar = buildHolidayCalendar()): DayWeight[] {
  if (!isMonth(month)) return [];
  return monthDates(month).map((date) => {
    const { factors, holiday, event } = dayFactors(date, settings, calendar);
    const weight = factors.reduce((w, f) => w.times(f), ONE).toDecimalPlaces(WEIGHT_DECIMALS, Decimal.ROUND_HALF_UP);
    return { date, weight, eventFactor: eventFactor(date, settings.events), factors, holiday, event };
  });
}

/** How to name a setting in a problem: config paths by default, CLI options for the targets command. */
export interface WeightPaths {
  weekday: (index: number) => string;
  event: (index: number) => string;
  holiday: string;
}

const CONFIG_PATHS: WeightPaths = {
  weekday: (i) => `settings.targets.weekdayWeights[${i}]`,
  event: (i) => `settings.targets.events[${i}].factor`,
  holiday: "settings.targets.holidayFactor",
};

/** Whether MM-DD is an official holiday in some year the calendar knows (the package's, shipped or the user's). */
function everHoliday(monthDay: string, calendar: HolidayCalendar): boolean {
  return coveredYears(calendar).some(({ year }) => holidayName(calendar, `${year}-${monthDay}`) !== null);
}

/**
 * The settings that could give some day a weight with more than 4 decimals, each with its place: the
 * decimals of the factors that can meet on one day must add up to at most 4 (1.25 × 1.5 × 0.8: 2 + 1 + 1,
 * fine; 0.3333 × 1.5: 4 + 1, refused). A recurring event (MM-DD) can fall on any weekday; a dated event
 * falls on its own; an official holiday can fall on any weekday, and on a recurring event's date where the
 * holiday data has one there. A sum of decimals is a rule the user can check by eye and the Targets sheet
 * can count exactly; it refuses a few products that happen to come out short (0.5 × 0.0002), never lets
 * through one that does not.
 */
export function weightDecimalsProblems(settings: TargetSettings, paths: WeightPaths = CONFIG_PATHS, calendar: HolidayCalendar = buildHolidayCalendar()): Warning[] {
  const problems = new Map<string, Warning>();
  const add = (where: string, factors: Dec[]) => {
    const decimals = factors.reduce((n, f) => n + decimalsOf(f), 0);
    if (decimals <= WEIGHT_DECIMALS || problems.has(where)) return;
    const shown = factors.map((f) => factorOrOne(f).toString()).join(" × ");
    problems.set(where, { code: "config.weightDecimals", params: { factors: shown, decimals: String(decimals), max: String(WEIGHT_DECIMALS) }, where });
  };
  const fits = (x: Dec | undefined) => decimalsOf(x) <= WEIGHT_DECIMALS;

  // Each on its own first; a combination is only looked at when each of its parts fits.
  const weekday = settings.weekdayWeights.slice(0, 7).map(factorOrOne);
  weekday.forEach((w, i) => add(paths.weekday(i), [w]));
  settings.events.forEach((e, k) => add(paths.event(k), [e.factor]));
  add(paths.holiday, [settings.holidayFactor]);

  const holidayFactor = fits(settings.holidayFactor) ? factorOrOne(settings.holidayFactor) : ONE;
  const usableWeekdays = weekday.filter((w) => fits(w));
  const widest = usableWeekdays.reduce<Dec>((best, w) => (decimalsOf(w) > decimalsOf(best) ? w : best), ONE);
  const onHoliday = (factors: Dec[], possible: boolean) => (possible && !holidayFactor.equals(ONE) ? [...factors, holidayFactor] : factors);

  add(paths.holiday, onHoliday([widest], true));
  settings.events.forEach((e, k) => {
    if (!fits(e.factor)) return;
    if (e.date.length === 5) {
      add(paths.event(k), onHoliday([widest, e.factor], everHoliday(e.date, calendar)));
      return;
    }
    // A dated event meets its own weekday, any recurring event on the same MM-DD, and its own holiday.
    const weekdayWeight = weekday[isoWeekday(e.date) - 1] ?? ONE;
    const sameDay = settings.events.filter((x) => x.date === e.date.slice(5) && fits(x.factor)).map((x) => x.factor);
    add(paths.event(k), onHoliday([fits(weekdayWeight) ? weekdayWeight : ONE, ...sameDay, e.factor], holidayName(calendar, e.date) !== null));
  });
  return [...problems.values()];
}
