import { D, type Dec } from "../../src/core/money";
import { parseConfig } from "../../src/core/config";
import { computePayroll } from "../../src/core/payroll";
import { spreadTarget } from "../../src/core/targets";
import { calendarOf } from "../../src/core/holidayCalendar";
import { flatSettings } from "./targets/helpers";

const d = (x: string | number): Dec => new D(x);

/**
 * The user's holiday years (config `calendar`), wired into the targets and the payroll's warnings. The 2027
 * arrangement below is MADE UP for the test (National Day 10-01..10-07 off, Saturday 10-09 worked): the
 * State Council's notice for 2027 was not found (src/data/rules/holidayArrangements.ts).
 */
const MADE_UP_2027 = {
  year: 2027,
  holidays: ["2027-10-01", "2027-10-02", "2027-10-03", "2027-10-04", "2027-10-05", "2027-10-06", "2027-10-07"].map((date) => ({ date, name: "国庆节" })),
  makeUpWorkdays: ["2027-10-09"],
};

describe("the config's calendar", () => {
  it("is read into the config, and a year with a problem is refused with its place", () => {
    const ok = parseConfig({ calendar: [MADE_UP_2027] });
    if (!ok.ok) throw new Error(JSON.stringify(ok.errors));
    expect(ok.config.calendar?.[0]).toMatchObject({ year: 2027, source: "user" });
    expect(calendarOf(ok.config).years.has(2027)).toBe(true);

    // 2027-10-08 is a Friday: a make-up workday is always a weekend day.
    const bad = parseConfig({ calendar: [{ year: 2027, makeUpWorkdays: ["2027-10-08"] }, { year: 2027 }], staff: [{ id: "E1", role: "nobody" }] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => [e.code, e.where])).toEqual([
      ["calendar.makeUpOnWeekday", "calendar[0].makeUpWorkdays[0]"],
      ["calendar.yearTwice", "calendar[1].year"],
      ["staff.unknownRole", "staff[0].role"],
    ]);
    const notAList = parseConfig({ calendar: "2027" });
    expect(notAList.ok).toBe(false);
  });

  /**
   * October 2027, flat weekday weights, holiday factor 2, target 3,800: 24 ordinary days of weight 1 and
   * 7 holidays of weight 2 make 38 units of 100.00 — 200.00 on each holiday, 100.00 on each other day.
   */
  it("gives the targets their holidays for a year past the package's (worked by hand above)", () => {
    const parsed = parseConfig({ calendar: [MADE_UP_2027] });
    if (!parsed.ok) throw new Error("config");
    const settings = flatSettings({ holidayFactor: d(2) });
    const plan = spreadTarget({ month: "2027-10", target: d(3800), settings, calendar: calendarOf(parsed.config) });
    expect(plan.warnings).toEqual([]);
    expect(plan.days.slice(0, 9).map((x) => [x.target.toFixed(2), x.holiday])).toEqual([
      ...Array(7).fill(["200.00", "国庆节"]),
      ["100.00", null],
      ["100.00", null], // the make-up Saturday is no holiday
    ]);
    // Without the user's year: said, and every day weighs 1 (3,800 ÷ 31 by the largest remainder).
    const without = spreadTarget({ month: "2027-10", target: d(3800), settings });
    expect(without.warnings.map((w) => w.code)).toEqual(["calendar.notCovered"]);
    expect(without.days.every((x) => x.holiday === null)).toBe(true);
  });

  it("takes the user's holidays into the weights' decimal check (0.25 × 1.5 × 0.5 on a holiday only the user knows)", () => {
    // A recurring event on 03-15 never meets a holiday in the package's years (2004–2026)…
    const settings = { weekdayWeights: Array(7).fill("0.25"), events: [{ date: "03-15", factor: "1.5", name: "店庆" }], holidayFactor: "0.5" };
    expect(parseConfig({ settings: { targets: settings } }).ok).toBe(true);
    // …but it does in a year whose holidays the user enters: 2 + 1 + 1 decimals is 4, still fine; 0.125 makes 5.
    const year = { year: 2027, holidays: ["2027-03-15"] };
    expect(parseConfig({ settings: { targets: settings }, calendar: [year] }).ok).toBe(true);
    const refused = parseConfig({ settings: { targets: { ...settings, weekdayWeights: Array(7).fill("0.125") } }, calendar: [year] });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors.map((e) => e.where)).toContain("settings.targets.events[0].factor");
    expect(parseConfig({ settings: { targets: { ...settings, weekdayWeights: Array(7).fill("0.125") } } }).ok).toBe(true);
  });

  it("payroll says once a month when the month is outside the calendar, and not once the year is entered", () => {
    const config = { staff: [{ id: "E1", name: "王五", role: "manager", base: "8000" }], months: [{ month: "2027-01", grossMargin: "0" }] };
    const without = parseConfig(config);
    const withYear = parseConfig({ ...config, calendar: [{ year: 2027, holidays: ["2027-01-01"] }] });
    if (!without.ok || !withYear.ok) throw new Error("config");
    const codes = (r: ReturnType<typeof computePayroll>) => r.warnings.filter((w) => w.code === "calendar.notCovered");
    expect(codes(computePayroll(without.config, "2027-01"))).toEqual([{ code: "calendar.notCovered", params: { month: "2027-01", year: "2027", known: "2004–2026" }, where: "calendar" }]);
    expect(codes(computePayroll(withYear.config, "2027-01"))).toEqual([]);
    expect(codes(computePayroll(without.config, "2026-12"))).toEqual([]);
  });

  /** 2026-03 has no holiday (国务院办公厅关于2026年部分节假日安排的通知: 清明 is 04-04..04-06); 2026-04 has 清明. */
  it("says holiday overtime typed in a month without a holiday, at its place, and only there", () => {
    const entry = (month: string) => ({ month, grossMargin: "0", entries: [{ staff: "E1", overtimeHours: { holiday: "8" } }] });
    const parsed = parseConfig({ staff: [{ id: "E1", name: "王五", role: "manager", base: "8700" }], months: [entry("2026-03"), entry("2026-04"), entry("2027-03")] });
    if (!parsed.ok) throw new Error("config");
    const said = (m: string) => computePayroll(parsed.config, m).warnings.filter((w) => w.code === "calendar.holidayOvertimeNoHoliday" && w.params.month === m);
    expect(said("2026-03")).toEqual([{ code: "calendar.holidayOvertimeNoHoliday", params: { id: "E1", name: "王五", month: "2026-03", hours: "8" }, where: "months[0].entries[0].overtimeHours.holiday" }]);
    expect(said("2026-04")).toEqual([]);
    expect(said("2027-03")).toEqual([]); // outside the calendar: calendar.notCovered says so instead
    // Said, never changed: 8 hours at 300% of 8,700 ÷ 21.75 ÷ 8 = 50.00 an hour is 1,200.00.
    expect(computePayroll(parsed.config, "2026-03").employees[0]!.overtimePay.toFixed(2)).toBe("1200.00");
  });
});
