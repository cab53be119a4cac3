import { D } from "../../../src/core/money";
import { spreadTarget, type TargetPlan } from "../../../src/core/targets";
import { d, event, fen, flatSettings, times } from "./helpers";

const targets = (p: TargetPlan) => fen(p.days.map((x) => x.target));
const revised = (p: TargetPlan) => fen(p.days.map((x) => x.revisedTarget));
const codes = (p: TargetPlan) => p.warnings.map((w) => w.code);

describe("spreadTarget, by hand", () => {
  it("November 2026, flat, 1000.00: 30 × 33.33 = 999.90, the 10 fens left go to 11-01..11-10", () => {
    const plan = spreadTarget({ month: "2026-11", target: d("1000.00"), settings: flatSettings() });
    expect(plan.days.map((x) => x.date)).toEqual(Array.from({ length: 30 }, (_, i) => `2026-11-${String(i + 1).padStart(2, "0")}`));
    expect(targets(plan)).toEqual([...times(10, "33.34"), ...times(20, "33.33")]);
    expect(revised(plan)).toEqual(targets(plan)); // no actuals: nothing to re-spread
    expect(plan.warnings).toEqual([]);
  });

  it("weeks of November 2026 (starts on a Sunday): 11-01 | 02-08 | 09-15 | 16-22 | 23-29 | 30", () => {
    const plan = spreadTarget({ month: "2026-11", target: d("1000.00"), settings: flatSettings() });
    expect(plan.weeks.map((w) => [w.week, w.start, w.end, w.target.toFixed(2), w.actual.toFixed(2)])).toEqual([
      [1, "2026-11-01", "2026-11-01", "33.34", "0.00"],
      [2, "2026-11-02", "2026-11-08", "233.38", "0.00"], // 7 × 33.34
      [3, "2026-11-09", "2026-11-15", "233.33", "0.00"], // 2 × 33.34 + 5 × 33.33
      [4, "2026-11-16", "2026-11-22", "233.31", "0.00"], // 7 × 33.33
      [5, "2026-11-23", "2026-11-29", "233.31", "0.00"],
      [6, "2026-11-30", "2026-11-30", "33.33", "0.00"],
    ]);
    expect(plan.days.slice(0, 3).map((x) => [x.weekday, x.week])).toEqual([[7, 1], [1, 2], [2, 2]]);
    expect(plan.days[29]).toMatchObject({ date: "2026-11-30", weekday: 1, week: 6 });
  });

  it("11-11 at factor 3: Σw = 29 + 3 = 32, so 1000.00 is 31.25 a day and 93.75 on 11-11", () => {
    const settings = flatSettings({ events: [event("11-11", "3", "双十一")] });
    const plan = spreadTarget({ month: "2026-11", target: d("1000.00"), settings });
    expect(targets(plan)).toEqual([...times(10, "31.25"), "93.75", ...times(19, "31.25")]);
    expect(plan.days[10]).toMatchObject({ event: "双十一", holiday: null });
    expect(plan.days[10]!.weight.toString()).toBe("3");
  });

  it("11-11 at factor 3 with 1000.01: the one fen left goes to 11-11, whose remainder is largest", () => {
    // 1000.01 / 32 = 31.2503125 → 31.25, remainder 0.03125 fen; × 3 = 93.7509375 → 93.75, remainder 0.09375 fen.
    const settings = flatSettings({ events: [event("11-11", "3")] });
    const plan = spreadTarget({ month: "2026-11", target: d("1000.01"), settings });
    expect(targets(plan)).toEqual([...times(10, "31.25"), "93.76", ...times(19, "31.25")]);
  });

  it("weekday weights, February 2027 (4 of each weekday), Mon-Fri 1, Sat 2, Sun 3, 999.99", () => {
    // Σw = 4 × (5 + 2 + 3) = 40. Exact shares: weekday 24.99975, Sat 49.9995, Sun 74.99925; the floors
    // 24.99 / 49.99 / 74.99 add up to 999.72, so 27 fens are left. Remainders 0.975 (20 weekdays),
    // 0.95 (4 Saturdays), 0.925 (4 Sundays) fen: all weekdays, all Saturdays, then the three earliest Sundays.
    const settings = flatSettings({ weekdayWeights: ["1", "1", "1", "1", "1", "2", "3"].map(d) });
    const plan = spreadTarget({ month: "2027-02", target: d("999.99"), settings });
    const week = ["25.00", "25.00", "25.00", "25.00", "25.00", "50.00"];
    expect(targets(plan)).toEqual([...week, "75.00", ...week, "75.00", ...week, "75.00", ...week, "74.99"]);
    expect(plan.weeks.map((w) => w.target.toFixed(2))).toEqual(["250.00", "250.00", "250.00", "249.99"]);
  });

  it("National Day 2026 at holiday factor 2: Σw = 24 + 7 × 2 = 38, so 3800 is 100 a day and 200 a holiday", () => {
    const plan = spreadTarget({ month: "2026-10", target: d(3800), settings: flatSettings({ holidayFactor: d(2) }) });
    expect(targets(plan)).toEqual([...times(7, "200.00"), ...times(24, "100.00")]);
    expect(plan.days.map((x) => x.holiday)).toEqual([...times(7, "国庆节"), ...times(24, null)]);
    expect(plan.warnings).toEqual([]);
  });

  it("orders = ⌈target ÷ AOV⌉ and visitors = ⌈orders ÷ conversion rate⌉", () => {
    // 10000 over November: 333.34 (first 10 days) and 333.33. AOV 100 → 4 orders either way.
    const withBoth = spreadTarget({ month: "2026-11", target: d(10000), settings: flatSettings({ aov: d(100), cvr: d("0.03") }) });
    expect(withBoth.days.map((x) => [x.orders, x.visitors])).toEqual(times(30, [4, 134])); // 4 / 0.03 = 133.33…
    // 3000 over November: exactly 100.00 a day → 1 order each, not 2; 1 / 0.025 = 40 visitors exactly.
    const exact = spreadTarget({ month: "2026-11", target: d(3000), settings: flatSettings({ aov: d(100), cvr: d("0.025") }) });
    expect(exact.days.map((x) => [x.orders, x.visitors])).toEqual(times(30, [1, 40]));
    const neither = spreadTarget({ month: "2026-11", target: d(3000), settings: flatSettings() });
    expect(neither.days.map((x) => [x.orders, x.visitors])).toEqual(times(30, [null, null]));
    const ordersOnly = spreadTarget({ month: "2026-11", target: d(3000), settings: flatSettings({ aov: d(100) }) });
    expect(ordersOnly.days[0]).toMatchObject({ orders: 1, visitors: null });
  });

  it("re-spreads what is left over the days without an actual", () => {
    // Actuals 50.00 (11-01) + 20.00 (11-02) = 70.00; 930.00 left over 28 days = 33.2142857…:
    // floors 28 × 33.21 = 929.88, so 12 fens go to the 12 earliest open days, 11-03..11-14.
    const actuals = new Map([["2026-11-01", d("50.00")], ["2026-11-02", d("20.00")]]);
    const plan = spreadTarget({ month: "2026-11", target: d("1000.00"), settings: flatSettings(), actuals });
    expect(revised(plan)).toEqual(["50.00", "20.00", ...times(12, "33.22"), ...times(16, "33.21")]);
    expect(targets(plan)).toEqual([...times(10, "33.34"), ...times(20, "33.33")]); // the plan itself stays
    expect(plan.days.map((x) => x.actual?.toFixed(2) ?? null)).toEqual(["50.00", "20.00", ...times(28, null)]);
    expect(plan.weeks.slice(0, 2).map((w) => [w.actual.toFixed(2), w.revisedTarget.toFixed(2)])).toEqual([
      ["50.00", "50.00"],
      ["20.00", "219.32"], // 20.00 + 6 × 33.22
    ]);
    expect(plan.warnings).toEqual([]);
  });

  it("re-spreads by the same weights: 11-11 keeps three shares of what is left", () => {
    // 1000 − 100 (11-01) = 900 over 29 days with Σw = 28 + 3 = 31: 29.0322580… and 87.0967741…;
    // floors 28 × 29.03 + 87.09 = 899.93, 7 fens left; remainders 0.2258 fen (×28) vs 0.6774 fen (11-11):
    // 11-11 first, then the 6 earliest, 11-02..11-07.
    const settings = flatSettings({ events: [event("11-11", "3")] });
    const plan = spreadTarget({ month: "2026-11", target: d(1000), settings, actuals: new Map([["2026-11-01", d(100)]]) });
    expect(revised(plan)).toEqual(["100.00", ...times(6, "29.04"), ...times(3, "29.03"), "87.10", ...times(19, "29.03")]);
  });

  it("gives the days left 0 when the actuals are above the target, and says so", () => {
    const actuals = new Map([["2026-11-05", d(700)], ["2026-11-06", d(500)]]);
    const plan = spreadTarget({ month: "2026-11", target: d(1000), settings: flatSettings(), actuals });
    expect(revised(plan)).toEqual([...times(4, "0.00"), "700.00", "500.00", ...times(24, "0.00")]);
    expect(plan.warnings).toEqual([
      { code: "targets.aboveTarget", params: { month: "2026-11", target: "1000.00", actual: "1200.00" }, where: "actuals" },
    ]);
  });
});

describe("spreadTarget, warnings", () => {
  it("ignores an actual outside the month", () => {
    const actuals = new Map([["2026-12-01", d(10)], ["2026-11-31", d(10)], ["11-03", d(10)]]);
    const plan = spreadTarget({ month: "2026-11", target: d(1000), settings: flatSettings(), actuals });
    expect(revised(plan)).toEqual(targets(plan));
    expect(plan.warnings).toEqual([
      { code: "targets.actualOutsideMonth", params: { date: "11-03", month: "2026-11" }, where: "actuals[11-03]" },
      { code: "targets.actualOutsideMonth", params: { date: "2026-11-31", month: "2026-11" }, where: "actuals[2026-11-31]" },
      { code: "targets.actualOutsideMonth", params: { date: "2026-12-01", month: "2026-11" }, where: "actuals[2026-12-01]" },
    ]);
  });

  it("spreads evenly when every weight is 0", () => {
    const plan = spreadTarget({ month: "2026-11", target: d("1000.00"), settings: flatSettings({ weekdayWeights: times(7, d(0)) }) });
    expect(targets(plan)).toEqual([...times(10, "33.34"), ...times(20, "33.33")]);
    expect(plan.warnings).toEqual([{ code: "targets.zeroWeights", params: { month: "2026-11" }, where: "settings.targets" }]);
  });

  it("spreads what is left evenly when every day left weighs 0", () => {
    // Weekdays only; 2026-11-28 and 29 (Sat, Sun) are open, everything else has an actual.
    const settings = flatSettings({ weekdayWeights: ["1", "1", "1", "1", "1", "0", "0"].map(d) });
    const open = new Set(["2026-11-28", "2026-11-29"]);
    const actuals = new Map(
      Array.from({ length: 30 }, (_, i) => `2026-11-${String(i + 1).padStart(2, "0")}`)
        .filter((x) => !open.has(x))
        .map((x) => [x, d(10)] as const),
    );
    const plan = spreadTarget({ month: "2026-11", target: d("280.01"), settings, actuals });
    expect(fen(plan.days.filter((x) => open.has(x.date)).map((x) => x.revisedTarget))).toEqual(["0.01", "0.00"]);
    expect(plan.warnings).toEqual([{ code: "targets.zeroWeights", params: { month: "2026-11" }, where: "actuals" }]);
  });

  it("says when the holiday calendar does not cover the year, whatever the holiday factor (issue 13)", () => {
    const notCovered = (month: string) => ({ code: "calendar.notCovered", params: { month, year: month.slice(0, 4), known: "2004–2026" }, where: "calendar" });
    const with2 = spreadTarget({ month: "2027-10", target: d(3100), settings: flatSettings({ holidayFactor: d(2) }) });
    expect(targets(with2)).toEqual(times(31, "100.00"));
    expect(with2.warnings).toEqual([notCovered("2027-10")]);
    // With a factor of 1 the weights do not change, but the sheet's holiday column would be silently empty.
    expect(spreadTarget({ month: "2027-10", target: d(3100), settings: flatSettings() }).warnings).toEqual([notCovered("2027-10")]);
    expect(spreadTarget({ month: "2003-10", target: d(3100), settings: flatSettings({ holidayFactor: d("0.5") }) }).warnings).toEqual([notCovered("2003-10")]);
    expect(spreadTarget({ month: "2026-10", target: d(3100), settings: flatSettings() }).warnings).toEqual([]);
  });

  it("says when every day has an actual and the target is still not met", () => {
    const actuals = new Map(Array.from({ length: 28 }, (_, i) => [`2027-02-${String(i + 1).padStart(2, "0")}`, d(10)] as const));
    const plan = spreadTarget({ month: "2027-02", target: d(300), settings: flatSettings(), actuals });
    expect(revised(plan)).toEqual(times(28, "10.00"));
    expect(plan.warnings).toEqual([
      { code: "calendar.notCovered", params: { month: "2027-02", year: "2027", known: "2004–2026" }, where: "calendar" },
      { code: "targets.noDaysLeft", params: { month: "2027-02", remaining: "20.00" }, where: "actuals" },
    ]);
  });

  it("rounds a target or an actual with sub-fen digits, and spreads an unusable target as 0", () => {
    const plan = spreadTarget({
      month: "2026-11",
      target: d("1000.005"),
      settings: flatSettings(),
      actuals: new Map([["2026-11-02", d("1.234")]]),
    });
    expect(plan.target.toFixed(2)).toBe("1000.01");
    expect(plan.days[1]!.actual!.toFixed(3)).toBe("1.230");
    expect(plan.warnings).toEqual([
      { code: "targets.amountRounded", params: { value: "1000.005", rounded: "1000.01" }, where: "target" },
      { code: "targets.amountRounded", params: { value: "1.234", rounded: "1.23" }, where: "actuals[2026-11-02]" },
    ]);
    for (const bad of [d(-1), new D(NaN), new D(Infinity)]) {
      const p = spreadTarget({ month: "2026-11", target: bad, settings: flatSettings() });
      expect([p.target.toString(), targets(p).every((x) => x === "0.00"), codes(p)]).toEqual(["0", true, ["targets.invalidTarget"]]);
    }
  });

  it("warns about each unusable setting and goes on", () => {
    const settings = flatSettings({
      weekdayWeights: [d(1), d(-1), d(1)],
      events: [event("11-31", "2", "bad day"), event("11-11", "NaN", "双十一")],
      holidayFactor: d(-2),
      aov: d(0),
      cvr: d(3),
    });
    const plan = spreadTarget({ month: "2026-11", target: d(3000), settings });
    expect(plan.warnings.map((w) => [w.code, w.where])).toEqual([
      ["targets.weekdayWeightsCount", "settings.targets.weekdayWeights"],
      ["targets.invalidWeight", "settings.targets.weekdayWeights[1]"],
      ["targets.invalidEventDate", "settings.targets.events[0].date"],
      ["targets.invalidWeight", "settings.targets.events[1].factor"],
      ["targets.invalidWeight", "settings.targets.holidayFactor"],
      ["targets.invalidAov", "settings.targets.aov"],
      ["targets.cvrAboveOne", "settings.targets.cvr"],
    ]);
    expect(targets(plan)).toEqual(times(30, "100.00"));
    expect(plan.days[0]).toMatchObject({ orders: null, visitors: null });
    const cvrOnly = spreadTarget({ month: "2026-11", target: d(3000), settings: flatSettings({ cvr: d("0.03") }) });
    expect(codes(cvrOnly)).toEqual(["targets.cvrWithoutAov"]);
    const badCvr = spreadTarget({ month: "2026-11", target: d(3000), settings: flatSettings({ aov: d(100), cvr: d(-0.5) }) });
    expect(codes(badCvr)).toEqual(["targets.invalidCvr"]);
  });

  it("returns an empty plan for a string that is not a month", () => {
    const plan = spreadTarget({ month: "2026-13", target: d(1000), settings: flatSettings() });
    expect(plan).toMatchObject({ days: [], weeks: [], warnings: [{ code: "targets.invalidMonth", params: { month: "2026-13" }, where: "month" }] });
  });
});
