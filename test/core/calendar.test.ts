/**
 * The calendar's whole-number arithmetic (issue 15: no Date objects in the payroll's hot path) against
 * an independent implementation — date-fns on JavaScript Dates, which is what calendar.ts used before —
 * on random dates of every year Excel holds, and against facts checked on a printed calendar.
 */
import { addDays, endOfMonth, format, getISODay, isValid, parse } from "date-fns";
import fc from "fast-check";
import { currentMonth, daysInMonth, isIsoDate, isoWeekday, lastDay, monthDates, weekdaysBetween } from "../../src/core/calendar";

const REF = new Date(2000, 0, 1);
const toDate = (d: string) => parse(d, "yyyy-MM-dd", REF);
const toIso = (d: Date) => format(d, "yyyy-MM-dd");

/** The date-fns implementations calendar.ts had before issue 15. */
const reference = {
  isIsoDate: (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isValid(toDate(s)) && toIso(toDate(s)) === s,
  lastDay: (m: string) => toIso(endOfMonth(toDate(`${m}-01`))),
  monthDates: (m: string) => {
    const start = toDate(`${m}-01`);
    return Array.from({ length: Number(reference.lastDay(m).slice(8, 10)) }, (_, i) => toIso(addDays(start, i)));
  },
  isoWeekday: (d: string) => getISODay(toDate(d)),
  weekdaysBetween: (from: string, to: string) => {
    if (from > to) return 0;
    let n = 0;
    // Dates compared as Dates: past 9999-12-31 the text "10000-01-01" sorts before it, and the count ran on for 423 s.
    for (let d = toDate(from), end = toDate(to); d <= end; d = addDays(d, 1)) if (getISODay(d) <= 5) n++;
    return n;
  },
};

const pad = (n: number, w: number) => String(n).padStart(w, "0");
// Century years (2000 leap, 2100 not) drawn often: the leap-year rule's rarest branches.
const year = fc.oneof(fc.integer({ min: 1901, max: 9999 }), fc.integer({ min: 20, max: 99 }).map((c) => c * 100));
const month = fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${pad(y, 4)}-${pad(m, 2)}`);
const date = fc.tuple(month, fc.integer({ min: 1, max: 31 })).map(([m, d]) => `${m}-${pad(Math.min(d, Number(reference.lastDay(m).slice(8))), 2)}`);

describe("calendar arithmetic without Date objects", () => {
  test("facts from a printed calendar", () => {
    expect(lastDay("2024-02")).toBe("2024-02-29"); // divisible by 4
    expect(lastDay("2026-02")).toBe("2026-02-28");
    expect(lastDay("2000-02")).toBe("2000-02-29"); // divisible by 400
    expect(lastDay("2100-02")).toBe("2100-02-28"); // by 100, not by 400
    expect(lastDay("2026-11")).toBe("2026-11-30");
    expect(daysInMonth("2026-12")).toBe(31);
    expect(isoWeekday("2026-12-06")).toBe(7); // a Sunday
    expect(isoWeekday("2026-11-11")).toBe(3); // Singles' Day 2026 is a Wednesday
    expect(isoWeekday("1970-01-01")).toBe(4); // the day count's origin, a Thursday
    expect(isoWeekday("1901-01-01")).toBe(2); // a Tuesday
    expect(weekdaysBetween("2026-11-01", "2026-11-30")).toBe(21); // starts on a Sunday, 30 days
    expect(weekdaysBetween("2026-11-07", "2026-11-08")).toBe(0); // a weekend
    expect(weekdaysBetween("2026-11-09", "2026-11-08")).toBe(0); // empty span
    expect(monthDates("2026-02")).toHaveLength(28);
    expect(monthDates("2026-02")[0]).toBe("2026-02-01");
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2026-13-01")).toBe(false);
    expect(isIsoDate("2026-00-10")).toBe(false);
    expect(isIsoDate("2026-04-31")).toBe(false);
    expect(isIsoDate("2026-04-00")).toBe(false);
    expect(isIsoDate("2026-4-01")).toBe(false);
    expect(currentMonth(new Date(2026, 0, 31, 23, 59))).toBe("2026-01");
  });

  test("lastDay, daysInMonth and monthDates equal date-fns for random months", () => {
    fc.assert(
      fc.property(month, (m) => {
        expect(lastDay(m)).toBe(reference.lastDay(m));
        expect(daysInMonth(m)).toBe(Number(reference.lastDay(m).slice(8)));
        expect(monthDates(m)).toEqual(reference.monthDates(m));
      }),
      { numRuns: 500 },
    );
  });

  test("isoWeekday equals date-fns for random dates", () => {
    fc.assert(fc.property(date, (d) => expect(isoWeekday(d)).toBe(reference.isoWeekday(d))), { numRuns: 2000 });
  });

  test("weekdaysBetween equals a day-by-day count for random spans up to a year and a half", () => {
    const span = fc.tuple(date, fc.integer({ min: -3, max: 550 })).map(([from, n]) => [from, toIso(addDays(toDate(from), n))] as const);
    fc.assert(fc.property(span, ([from, to]) => expect(weekdaysBetween(from, to)).toBe(reference.weekdaysBetween(from, to))), { numRuns: 500 });
    // The span fast-check once found, ending on the last date there is.
    expect(weekdaysBetween("9998-06-30", "9999-12-31")).toBe(reference.weekdaysBetween("9998-06-30", "9999-12-31"));
  });

  test("isIsoDate equals date-fns' round trip on well-formed and malformed strings", () => {
    const digits = (n: number) => fc.integer({ min: 0, max: 10 ** n - 1 }).map((x) => pad(x, n));
    const candidate = fc.oneof(
      date,
      fc.tuple(year, digits(2), digits(2)).map(([y, m, d]) => `${pad(y, 4)}-${m}-${d}`),
      fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 27, max: 32 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(fc.property(candidate, (s) => expect(isIsoDate(s)).toBe(reference.isIsoDate(s))), { numRuns: 3000 });
  });

  test("currentMonth equals date-fns' local month for random moments", () => {
    const moment = fc.integer({ min: Date.UTC(1901, 0, 2), max: Date.UTC(9999, 11, 30) }).map((t) => new Date(t));
    fc.assert(fc.property(moment, (now) => expect(currentMonth(now)).toBe(format(now, "yyyy-MM"))), { numRuns: 1000 });
  });
});
