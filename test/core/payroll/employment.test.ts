import fc from "fast-check";
import { defaultPaidDays, employedSpan, isEmployed } from "../../../src/core/payroll/employment";
import { paidDaysBetween } from "../../../src/core/holidayCalendar";
import { buildHolidayCalendar } from "../../../src/core/holidayCalendar";
import { d } from "./fixtures";

const CAL = buildHolidayCalendar();

const FULL = d("21.75");
const dates = (startDate: string | null, endDate: string | null) => ({ startDate, endDate });

describe("isEmployed", () => {
  it("counts anyone employed on at least one day of the month", () => {
    expect(isEmployed(dates(null, null), "2026-03")).toBe(true);
    expect(isEmployed(dates("2026-03-31", null), "2026-03")).toBe(true); // joins on the last day
    expect(isEmployed(dates(null, "2026-03-01"), "2026-03")).toBe(true); // leaves on the first day
    expect(isEmployed(dates("2026-04-01", null), "2026-03")).toBe(false); // joins next month
    expect(isEmployed(dates(null, "2026-02-28"), "2026-03")).toBe(false); // left last month
    expect(isEmployed(dates("2026-03-20", "2026-03-10"), "2026-03")).toBe(false); // end before start
  });

  it("clips the span to the month", () => {
    expect(employedSpan(dates("2026-03-16", null), "2026-03")).toEqual({ from: "2026-03-16", to: "2026-03-31" });
    expect(employedSpan(dates("2025-01-01", "2026-03-10"), "2026-03")).toEqual({ from: "2026-03-01", to: "2026-03-10" });
  });
});

describe("defaultPaidDays", () => {
  it("is a full month (21.75) for someone employed the whole month", () => {
    expect(defaultPaidDays(dates("2026-03-01", "2026-03-31"), "2026-03", FULL, CAL)).toEqual({
      paidDays: FULL,
      derived: false,
      span: { from: "2026-03-01", to: "2026-03-31" },
    });
  });

  it("counts Monday to Friday of the employed span for a joiner", () => {
    // March 2026 starts on a Sunday. Joining Monday 16th: 16–20 (5) + 23–27 (5) + 30–31 (2) = 12 weekdays.
    const r = defaultPaidDays(dates("2026-03-16", null), "2026-03", FULL, CAL);
    expect(r?.paidDays.toString()).toBe("12");
    expect(r?.derived).toBe(true);
  });

  it("counts the days worked plus the statutory holidays of the employed span for a leaver", () => {
    // April 2026 starts on a Wednesday. Leaving Friday 10th: 1–3 (3) + 7–10 (4) = 7 days worked; Monday 6th is
    // Qingming's day off in place of Saturday 4th (4–6 off, no make-up day: the 2026 notice) — paid: 8, the
    // same as the 8 weekdays counted before.
    expect(defaultPaidDays(dates(null, "2026-04-10"), "2026-04", FULL, CAL)?.paidDays.toString()).toBe("8");
  });

  it("pays a leaver in October 2026 for 10 days, not the 11 weekdays (the 21.75-day rule)", () => {
    // 国庆节 2026: 10-01 (Thu) to 10-07 (Wed) off, 09-20 (Sun) and 10-10 (Sat) worked (the 2026 notice,
    // https://politics.gmw.cn/2025-11/04/content_38391083.htm). Leaving Thursday 15th: worked 8, 9, 10 (the
    // make-up Saturday), 12, 13, 14, 15 = 7; statutory 3 (the package: 10-01, 10-02 and 10-05 for the
    // Saturday 10-03; 10-06 and 10-07 are the days swapped for 09-20 and 10-10, unpaid) → 10. Monday to Friday: 11.
    expect(defaultPaidDays(dates(null, "2026-10-15"), "2026-10", FULL, CAL)?.paidDays.toString()).toBe("10");
  });

  it("pays a joiner around the Spring Festival of 2026 for the days worked and the statutory days", () => {
    // 春节 2026: 02-15 (Sun) to 02-23 (Mon) off, 02-14 (Sat) and 02-28 (Sat) worked; statutory 02-16..02-19 (除夕 to
    // 初三, four days since 2025), 02-20 and 02-23 swapped. Joining Wednesday 18th: worked 24, 25, 26, 27, 28 = 5,
    // statutory 18, 19 = 2 → 7, where Monday to Friday gave 8 (18, 19, 20, 23, 24, 25, 26, 27).
    expect(defaultPaidDays(dates("2026-02-18", null), "2026-02", FULL, CAL)?.paidDays.toString()).toBe("7");
    // Joining Tuesday 24th: 24–27 and the make-up Saturday 28th = 5 (Monday to Friday: 4).
    expect(defaultPaidDays(dates("2026-02-24", null), "2026-02", FULL, CAL)?.paidDays.toString()).toBe("5");
  });

  it("uses the user's year past the package: a 2027 leaver with a statutory day and a swapped one", () => {
    // An invented 2027 arrangement (the notice was not found): 2027-10-01 (Fri) statutory, 10-04 (Mon) swapped,
    // 10-09 (Sat) worked. Leaving Saturday 9th: worked 5, 6, 7, 8, 9 = 5 + statutory 1 → 6 (Mon–Fri: 1, 4–8 = 6; a
    // calendar without the year: the same 6, by weekdays).
    const cal2027 = buildHolidayCalendar([
      {
        year: 2027,
        holidays: [
          { date: "2027-10-01", name: "国庆节", statutory: true },
          { date: "2027-10-04", name: "国庆节", statutory: false },
        ],
        makeUpWorkdays: [{ date: "2027-10-09", name: "国庆节" }],
        source: "user",
      },
    ]);
    expect(defaultPaidDays(dates(null, "2027-10-09"), "2027-10", FULL, cal2027)?.paidDays.toString()).toBe("6");
    // Leaving Monday 4th: worked 0 (10-04 swapped), statutory 1 → 1; by weekdays 2.
    expect(defaultPaidDays(dates(null, "2027-10-04"), "2027-10", FULL, cal2027)?.paidDays.toString()).toBe("1");
    expect(defaultPaidDays(dates(null, "2027-10-04"), "2027-10", FULL, CAL)?.paidDays.toString()).toBe("2");
  });

  it("is null for someone not employed in the month", () => {
    expect(defaultPaidDays(dates("2026-05-01", null), "2026-04", FULL, CAL)).toBeNull();
  });
});

describe("defaultPaidDays: the whole month's shared answer (issue 15) equals the span's", () => {
  const day = fc.integer({ min: -40, max: 400 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
  const month = fc.integer({ min: 1, max: 12 }).map((m) => `2026-${String(m).padStart(2, "0")}`);
  it("on random dates around the month, months asked in any order, and another paid days per month", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.option(day, { nil: null }), fc.option(day, { nil: null }), month, fc.constantFrom(FULL, d("21.75"), d("22"))), { minLength: 1, maxLength: 8 }), (asks) => {
        for (const [start, end, m, perMonth] of asks) {
          const span = employedSpan(dates(start, end), m);
          const got = defaultPaidDays(dates(start, end), m, perMonth, CAL);
          if (span === null) {
            expect(got).toBeNull();
            continue;
          }
          const last = new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0)).toISOString().slice(0, 10);
          const whole = span.from === `${m}-01` && span.to === last;
          expect(got?.span).toEqual(span);
          expect(got?.derived).toBe(!whole);
          // A whole month is the setting itself (the same Decimal: proratedBase asks by identity first).
          if (whole) expect(got?.paidDays).toBe(perMonth);
          else expect(got?.paidDays.toString()).toBe(String(paidDaysBetween(CAL, span.from, span.to)));
        }
      }),
      { numRuns: 300 },
    );
  });
});
