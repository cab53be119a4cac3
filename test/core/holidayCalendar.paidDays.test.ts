/**
 * Paid days by the 21.75-day rule (src/core/holidayCalendar.ts paidDaysBetween): days worked + statutory
 * holidays (月计薪天数 = 月出勤天数 + 法定节假日天数, http://mycancerinsurance.com/chuji/1101169.html).
 */
import fc from "fast-check";
import calendarData from "chinese-days/dist/chinese-days.json";
import { isoWeekday, weekdaysBetween } from "../../src/core/calendar";
import { isoToSerial, serialToIso } from "../../src/core/serialDate";

const addDays = (d: string, n: number) => serialToIso(isoToSerial(d) + n)!;
import { buildHolidayCalendar, calendarDays, calendarYearOf, isStatutoryHoliday, paidDaysBetween, workdaysBetween } from "../../src/core/holidayCalendar";

const cal = buildHolidayCalendar();

describe("the package's statutory days", () => {
  it("are 11 a year to 2024 and 13 from 2025 (全国年节及纪念日放假办法, 国务院令第798号 added 除夕 and a second 劳动节 day)", () => {
    // Derived as the weekday days off that no make-up day pays back: the year's statutory days, counted
    // independently of the package's own per-festival count (which merged festivals and 2020's extension blur).
    const count = (year: number) => Object.keys(calendarData.holidays).filter((d) => d.startsWith(`${year}-`) && isStatutoryHoliday(cal, d)).length;
    expect([2021, 2022, 2023, 2024, 2025, 2026].map(count)).toEqual([11, 11, 11, 11, 13, 13]);
  });

  it("National Day 2026: 10-01, 10-02 and 10-05 (for Saturday 10-03) are paid; 10-06 and 10-07 are swapped", () => {
    expect(["2026-10-01", "2026-10-02", "2026-10-03", "2026-10-05", "2026-10-06", "2026-10-07"].map((d) => isStatutoryHoliday(cal, d))).toEqual([true, true, false, true, false, false]);
  });
});

describe("paidDaysBetween", () => {
  it("equals Monday to Friday in a span without holidays and make-up days (today's figure)", () => {
    // November 2026 has none: 2 to 30 → 21 weekdays.
    expect(paidDaysBetween(cal, "2026-11-02", "2026-11-30")).toBe(21);
    expect(weekdaysBetween("2026-11-02", "2026-11-30")).toBe(21);
  });

  it("is the workdays plus the statutory days, and a whole year is the weekdays (the swaps balance)", () => {
    // 2026: 261 weekdays (365 − 104); every swapped weekday is paid back by a make-up day.
    expect(weekdaysBetween("2026-01-01", "2026-12-31")).toBe(261);
    expect(paidDaysBetween(cal, "2026-01-01", "2026-12-31")).toBe(261);
    expect(paidDaysBetween(cal, "2026-10-01", "2026-10-15")).toBe(workdaysBetween(cal, "2026-10-01", "2026-10-15") + 3);
  });

  it("adds up over adjacent spans and never exceeds the span's days", () => {
    const day = fc.integer({ min: 0, max: 3 * 365 }).map((n) => addDays("2025-01-01", n));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (from, a, b) => {
        const mid = addDays(from, a);
        const to = addDays(mid, b + 1);
        expect(paidDaysBetween(cal, from, to)).toBe(paidDaysBetween(cal, from, mid) + paidDaysBetween(cal, addDays(mid, 1), to));
        expect(paidDaysBetween(cal, from, to)).toBeLessThanOrEqual(a + b + 2);
      }),
      { numRuns: 200 },
    );
  });

  it("a single day is paid exactly when it is worked or statutory", () => {
    expect(paidDaysBetween(cal, "2026-10-03", "2026-10-03")).toBe(0); // Saturday of the holiday
    expect(paidDaysBetween(cal, "2026-10-10", "2026-10-10")).toBe(1); // make-up Saturday
    expect(paidDaysBetween(cal, "2026-10-07", "2026-10-07")).toBe(0); // swapped Wednesday
    expect(isoWeekday("2026-10-07")).toBe(3);
  });
});

describe("calendarDays and calendarYearOf", () => {
  it("list a year's days by kind and give the same calendar back", () => {
    const days = calendarDays(cal, [2026]);
    expect(days.filter((d) => d.date.startsWith("2026-10"))).toEqual([
      { date: "2026-10-01", kind: "statutory", name: "国庆节" },
      { date: "2026-10-02", kind: "statutory", name: "国庆节" },
      { date: "2026-10-03", kind: "restDay", name: "国庆节" },
      { date: "2026-10-04", kind: "restDay", name: "国庆节" },
      { date: "2026-10-05", kind: "statutory", name: "国庆节" },
      { date: "2026-10-06", kind: "restDay", name: "国庆节" },
      { date: "2026-10-07", kind: "restDay", name: "国庆节" },
      { date: "2026-10-10", kind: "makeUp", name: "国庆节" },
    ]);
    const again = buildHolidayCalendar([calendarYearOf(2026, days, "user")]);
    expect(calendarDays(again, [2026])).toEqual(days);
    expect(calendarDays(cal, [2999])).toEqual([]);
  });
});
