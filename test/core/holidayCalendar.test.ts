import {
  buildHolidayCalendar,
  coverageWarnings,
  coveredYears,
  dayInfo,
  isHoliday,
  isMakeUpWorkday,
  isWorkday,
  monthHolidayLists,
  parseCalendarYears,
  workdaysBetween,
  type CalendarYear,
} from "../../src/core/holidayCalendar";
import { weekdaysBetween } from "../../src/core/calendar";
import { formatMessage } from "../../src/data/messages";

const cal = buildHolidayCalendar();

/**
 * 国务院办公厅关于2026年部分节假日安排的通知 (https://www.gov.cn/zhengce/content/202511/content_7047090.htm, as cited by
 * https://github.com/rsheftel/pandas_market_calendars/pull/413), as the package carries it: National Day 10-01..10-07
 * off, 09-20 (Sunday) and 10-10 (Saturday) worked; New Year's Day 01-01..01-03 off, 01-04 (Sunday) worked.
 */
describe("the package's years (chinese-days, 2004–2026)", () => {
  it("answers holiday / make-up workday / weekend / workday for a date", () => {
    expect(dayInfo(cal, "2026-10-01")).toEqual({ kind: "holiday", name: "国庆节", covered: true });
    expect(dayInfo(cal, "2026-10-10")).toEqual({ kind: "makeUpWorkday", name: "国庆节", covered: true });
    expect(dayInfo(cal, "2026-10-11")).toEqual({ kind: "weekend", name: null, covered: true });
    expect(dayInfo(cal, "2026-10-08")).toEqual({ kind: "workday", name: null, covered: true });
    expect(isHoliday(cal, "2026-01-02")).toBe(true);
    expect(isMakeUpWorkday(cal, "2026-01-04")).toBe(true);
    expect(isWorkday(cal, "2026-01-04")).toBe(true);
    expect(isWorkday(cal, "2026-10-03")).toBe(false);
  });

  it("counts October 2026's workdays: 22 weekdays − 5 weekday holidays (1, 2, 5, 6, 7) + 1 make-up Saturday (10) = 18", () => {
    expect(weekdaysBetween("2026-10-01", "2026-10-31")).toBe(22);
    expect(workdaysBetween(cal, "2026-10-01", "2026-10-31")).toBe(18);
    // September: 22 weekdays, 09-25 (Friday) is Mid-autumn, 09-20 (Sunday) is worked → 22
    expect(workdaysBetween(cal, "2026-09-01", "2026-09-30")).toBe(22);
    expect(workdaysBetween(cal, "2026-10-02", "2026-10-01")).toBe(0);
    // across months and years
    expect(workdaysBetween(cal, "2026-09-01", "2026-10-31")).toBe(40);
  });

  it("knows 2004 to 2026 and lists a month's holidays and make-up days for a sheet", () => {
    const years = coveredYears(cal);
    expect(years[0]).toEqual({ year: 2004, source: "chinese-days 1.5.7" });
    expect(years[years.length - 1]).toEqual({ year: 2026, source: "chinese-days 1.5.7" });
    expect(monthHolidayLists(cal, "2026-10")).toEqual({
      holidays: ["2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07"],
      makeUpWorkdays: ["2026-10-10"],
    });
  });
});

describe("past the package: 2027", () => {
  it("is not covered: every weekday counts as a workday, and the month says so", () => {
    expect(dayInfo(cal, "2027-01-01")).toEqual({ kind: "workday", name: null, covered: false });
    expect(workdaysBetween(cal, "2027-02-01", "2027-02-28")).toBe(20);
    const [w] = coverageWarnings(cal, "2027-02", "months[0].month");
    expect(w).toEqual({ code: "calendar.notCovered", params: { month: "2027-02", year: "2027", known: "2004–2026" }, where: "months[0].month" });
    expect(formatMessage(w!.code, w!.params, "en-US")).toMatch(/^2027-02 is in 2027, outside the known holiday calendar \(2004–2026\)/);
    expect(coverageWarnings(cal, "2026-12", "m")).toEqual([]);
  });

  it("the user's year fills the gap and is used everywhere the package's data is", () => {
    // An illustrative arrangement typed by a user (not the official 2027 one, which was not available).
    const user: CalendarYear = {
      year: 2027,
      holidays: [
        { date: "2027-01-01", name: "元旦" },
        { date: "2027-02-05", name: "春节" },
        { date: "2027-02-08", name: "春节" },
      ],
      makeUpWorkdays: [{ date: "2027-02-20", name: "春节" }],
      source: "user",
    };
    const withUser = buildHolidayCalendar([user]);
    expect(coverageWarnings(withUser, "2027-02", "m")).toEqual([]);
    expect(dayInfo(withUser, "2027-02-05")).toEqual({ kind: "holiday", name: "春节", covered: true });
    expect(isWorkday(withUser, "2027-02-20")).toBe(true);
    // February 2027: 20 weekdays − 2 weekday holidays + 1 make-up Saturday = 19
    expect(workdaysBetween(withUser, "2027-02-01", "2027-02-28")).toBe(19);
    // a user's year replaces the package's year as a whole
    const replaced = buildHolidayCalendar([{ year: 2026, holidays: [], makeUpWorkdays: [], source: "user" }]);
    expect(isHoliday(replaced, "2026-10-01")).toBe(false);
  });
});

describe("parseCalendarYears", () => {
  it("reads dates as strings or {date, name, statutory}; a day off is a swapped rest day unless it says statutory", () => {
    const { years, problems } = parseCalendarYears(
      [{ year: 2027, holidays: ["2027-01-01", { date: "2027-10-01", name: "国庆节", statutory: true }, { date: "2027-10-04", name: "国庆节" }], makeUpWorkdays: [{ date: "2027-10-09", name: "国庆节" }] }],
      "calendar",
    );
    expect(problems).toEqual([]);
    expect(years[0]).toEqual({
      year: 2027,
      holidays: [
        { date: "2027-01-01", name: "节假日", statutory: false }, // a date alone is named, so the Targets sheet's holiday column (blank: none) shows it
        { date: "2027-10-01", name: "国庆节", statutory: true },
        { date: "2027-10-04", name: "国庆节", statutory: false },
      ],
      makeUpWorkdays: [{ date: "2027-10-09", name: "国庆节" }],
      source: "user",
    });
  });

  it("refuses a date entered twice and a statutory flag that is not true or false, where they are", () => {
    const { years, problems } = parseCalendarYears([{ year: 2027, holidays: ["2027-01-01", "2027-01-01", { date: "2027-10-01", statutory: "yes" }] }], "calendar");
    expect(years).toEqual([]);
    expect(problems).toEqual([
      { code: "calendar.dateTwice", params: { date: "2027-01-01" }, where: "calendar[0].holidays[1]" },
      { code: "calendar.statutoryInvalid", params: { value: "yes" }, where: "calendar[0].holidays[2].statutory" },
    ]);
  });

  it("says what and where, and leaves a year with a problem out", () => {
    const { years, problems } = parseCalendarYears(
      [
        { year: 2027, holidays: ["2027-02-30", "2026-12-31"], makeUpWorkdays: ["2027-10-08"] },
        { year: 2028, holidays: ["2028-01-01"], makeUpWorkdays: [] },
        { year: 2028, holidays: [] },
        { year: "twenty" },
        { year: 2029, holidays: ["2029-01-06"], makeUpWorkdays: ["2029-01-06"] },
      ],
      "calendar",
    );
    expect(problems.map((p) => [p.code, p.where])).toEqual([
      ["calendar.dateInvalid", "calendar[0].holidays[0]"],
      ["calendar.dateOutsideYear", "calendar[0].holidays[1]"],
      ["calendar.makeUpOnWeekday", "calendar[0].makeUpWorkdays[0]"],
      ["calendar.yearTwice", "calendar[2].year"],
      ["calendar.yearInvalid", "calendar[3].year"],
      ["calendar.dateBoth", "calendar[4].makeUpWorkdays"],
    ]);
    expect(years.map((y) => y.year)).toEqual([2028]);
  });
});
