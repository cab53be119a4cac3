import { execFileSync } from "node:child_process";
import path from "node:path";
import { getDayDetail } from "chinese-days";
import calendarData from "chinese-days/dist/chinese-days.json";
import { monthDates } from "../../../src/core/calendar";
import { holidayCoverage, officialHoliday } from "../../../src/core/targets";

const holidayTable: Record<string, string> = calendarData.holidays;

describe("officialHoliday", () => {
  it("names each day of National Day 2026 (10-01..10-07), weekend days inside it included", () => {
    const october = monthDates("2026-10").slice(0, 11);
    expect(october.map(officialHoliday)).toEqual([
      ...Array(7).fill("国庆节"), // Thu 1 … Wed 7
      null, // Thu 8, back to work
      null, // Fri 9
      null, // Sat 10, a make-up workday (调休上班)
      null, // Sun 11, an ordinary weekend
    ]);
  });

  it("knows Spring Festival 2026 (02-15..02-23) and not its make-up workdays (02-14, 02-28)", () => {
    expect(monthDates("2026-02").filter((d) => officialHoliday(d) !== null)).toEqual(
      ["15", "16", "17", "18", "19", "20", "21", "22", "23"].map((day) => `2026-02-${day}`),
    );
    expect(officialHoliday("2026-02-14")).toBeNull();
    expect(officialHoliday("2026-02-28")).toBeNull();
  });

  it("has nothing for a year the data does not cover, nor for a string that is not a date", () => {
    expect(officialHoliday("2027-10-01")).toBeNull();
    expect(officialHoliday("2003-10-01")).toBeNull();
    expect(officialHoliday("10-01")).toBeNull();
    expect(officialHoliday("constructor")).toBeNull();
  });

  it("does not depend on the time zone (chinese-days' own functions do, west of UTC)", () => {
    // Every holiday of every covered year, through dayWeights (so calendar.ts is in it too), in a child
    // process per time zone: Jest cannot change the zone of a running process.
    const weights = path.resolve(__dirname, "../../../src/core/targets/weights.ts");
    const money = path.resolve(__dirname, "../../../src/core/money.ts");
    const script = `
      const { dayWeights } = require(${JSON.stringify(weights)});
      const { D } = require(${JSON.stringify(money)});
      const settings = { aov: null, cvr: null, weekdayWeights: Array(7).fill(new D(1)), events: [], holidayFactor: new D(2) };
      const out = [];
      for (let y = 2003; y <= 2027; y++) for (let m = 1; m <= 12; m++)
        for (const r of dayWeights(y + "-" + String(m).padStart(2, "0"), settings))
          if (r.holiday !== null || !r.weight.equals(1)) out.push(r.date + " " + r.holiday + " " + r.weight);
      console.log(JSON.stringify(out));`;
    const run = (TZ: string): string[] =>
      JSON.parse(execFileSync(process.execPath, ["--require", "tsx/cjs", "-e", script], { env: { ...process.env, TZ }, encoding: "utf8" }));
    const shanghai = run("Asia/Shanghai");
    expect(shanghai).toContain("2025-01-01 元旦 2");
    expect(shanghai).not.toContain("2024-12-31 元旦 2");
    expect(shanghai).toHaveLength(Object.keys(holidayTable).length);
    for (const TZ of ["America/Los_Angeles", "Pacific/Kiritimati"]) expect([TZ, run(TZ)]).toEqual([TZ, shanghai]);
  });
});

describe("holidayCoverage", () => {
  // chinese-days 1.5.7 holds 2004..2026; a newer version moves `to` and this test says so.
  it("is 2004..2026 with chinese-days 1.5.7", () => {
    expect(holidayCoverage()).toEqual({ from: 2004, to: 2026 });
  });

  it("covers whole years: each has New Year's Day and National Day", () => {
    const { from, to } = holidayCoverage();
    for (let year = from; year <= to; year++) {
      expect([year, officialHoliday(`${year}-01-01`), officialHoliday(`${year}-10-01`)]).toEqual([year, "元旦", "国庆节"]);
    }
  });

  // getDayDetail answers in local time, so it is a fair reference only at or east of UTC.
  const eastOfUtc = [0, 6].every((m) => new Date(2026, m, 1).getTimezoneOffset() <= 0);
  (eastOfUtc ? it : it.skip)("agrees with chinese-days' getDayDetail on every day of the covered years", () => {
    const { from, to } = holidayCoverage();
    const disagree: string[] = [];
    for (let year = from; year <= to; year++) {
      for (let m = 1; m <= 12; m++) {
        for (const date of monthDates(`${year}-${String(m).padStart(2, "0")}`)) {
          const detail = getDayDetail(date);
          const theirs = !detail.work && detail.name.includes(",") ? detail.name.split(",")[1] : null;
          if (theirs !== officialHoliday(date)) disagree.push(date);
        }
      }
    }
    expect(disagree).toEqual([]);
  });
});
