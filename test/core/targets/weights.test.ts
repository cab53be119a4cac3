import { dayWeights, eventsOn, isEventDate } from "../../../src/core/targets";
import { d, event, flatSettings } from "./helpers";

const weightsOf = (rows: ReturnType<typeof dayWeights>) => rows.map((r) => r.weight.toString());

describe("dayWeights", () => {
  it("follows the weekday profile, Monday first (February 2027 starts on a Monday)", () => {
    const rows = dayWeights("2027-02", flatSettings({ weekdayWeights: ["1", "1.1", "1.2", "1.3", "1.4", "2", "2.5"].map(d) }));
    expect(rows).toHaveLength(28);
    expect(weightsOf(rows).slice(0, 8)).toEqual(["1", "1.1", "1.2", "1.3", "1.4", "2", "2.5", "1"]);
    expect(rows[27]).toMatchObject({ date: "2027-02-28", holiday: null, event: null });
    expect(rows[27]!.weight.toString()).toBe("2.5");
  });

  it("multiplies in a recurring event (11-11 ×3) and a one-day event, and both when they meet", () => {
    const settings = flatSettings({
      weekdayWeights: ["1", "1", "2", "1", "1", "1", "1"].map(d), // 2026-11-11 is a Wednesday
      events: [event("11-11", "3", "双十一"), event("2026-11-11", "1.5", "店庆"), event("2026-11-20", "2", "上新"), event("2025-11-20", "9")],
    });
    const rows = dayWeights("2026-11", settings);
    expect(rows[10]).toMatchObject({ date: "2026-11-11", event: "双十一 + 店庆" });
    expect(rows[10]!.weight.toString()).toBe("9"); // 2 × 3 × 1.5
    expect(rows[19]).toMatchObject({ date: "2026-11-20", event: "上新" });
    expect(rows[19]!.weight.toString()).toBe("2"); // the 2025 event is not this year's
    expect(dayWeights("2027-11", settings)[10]!.weight.toString()).toBe("3"); // 2027-11-11 is a Thursday; 店庆 was 2026 only
  });

  it("applies the holiday factor on official holidays only (National Day 2026: 10-01..10-07)", () => {
    const rows = dayWeights("2026-10", flatSettings({ holidayFactor: d("1.5") }));
    expect(rows.filter((r) => r.weight.equals(1.5)).map((r) => r.date)).toEqual(
      ["01", "02", "03", "04", "05", "06", "07"].map((day) => `2026-10-${day}`),
    );
    expect(rows.filter((r) => r.holiday !== null).every((r) => r.holiday === "国庆节")).toBe(true);
    // Ordinary weekends, and 10-10, a make-up workday on a Saturday, keep their weekday weight.
    expect(rows.filter((r) => !r.weight.equals(1.5)).every((r) => r.weight.equals(1) && r.holiday === null)).toBe(true);
  });

  it("names the holiday even when its factor is 1, and applies nothing in a year without data", () => {
    expect(dayWeights("2026-10", flatSettings())[0]).toMatchObject({ holiday: "国庆节" });
    const rows = dayWeights("2027-10", flatSettings({ holidayFactor: d(2) }));
    expect(rows.every((r) => r.weight.equals(1) && r.holiday === null)).toBe(true);
  });

  it("counts an unusable weight or factor as 1, and a missing weekday weight too", () => {
    const rows = dayWeights(
      "2027-02",
      flatSettings({ weekdayWeights: [d(-1), d(NaN), d(0)], events: [event("02-01", "-2")], holidayFactor: d(-1) }),
    );
    expect(weightsOf(rows).slice(0, 7)).toEqual(["1", "1", "0", "1", "1", "1", "1"]);
  });

  it("has no days for a string that is not a month", () => {
    expect(dayWeights("2026-13", flatSettings())).toEqual([]);
    expect(dayWeights("November", flatSettings())).toEqual([]);
  });
});

describe("events", () => {
  it("recur by MM-DD and fall once by YYYY-MM-DD", () => {
    const events = [event("02-29", "2"), event("2028-02-29", "3"), event("2-29", "4")];
    expect(eventsOn("2028-02-29", events).map((e) => e.factor.toString())).toEqual(["2", "3"]);
    expect(eventsOn("2032-02-29", events).map((e) => e.factor.toString())).toEqual(["2"]);
  });

  it("accepts real dates only", () => {
    expect(["11-11", "02-29", "2026-11-11", "2028-02-29"].map(isEventDate)).toEqual([true, true, true, true]);
    expect(["2-29", "02-30", "13-01", "2026-02-29", "2026-11-11 ", "", "11/11"].map(isEventDate)).toEqual(Array(7).fill(false));
  });
});
