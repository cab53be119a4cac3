import { cli, npmShopsheet, tempFile } from "./run";

describe("shopsheet targets", () => {
  test("--json prints exactly one JSON document whose days add up to the target", () => {
    const r = npmShopsheet(["targets", "--month", "2026-11", "--target", "560000", "--aov", "128", "--cvr", "3%", "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(["month", "target", "days", "weeks", "progress", "warnings"]);
    expect(doc.target).toBe("560000.00");
    expect(doc.days).toHaveLength(30);
    const fen = (s: string) => Math.round(Number(s) * 100);
    expect(doc.days.reduce((a: number, d: { target: string }) => a + fen(d.target), 0)).toBe(56000000);
    // 2026-11-01 is a Sunday, alone in week 1; 11-11 is a Wednesday in week 3 with the built-in factor 3.
    expect(doc.days[0]).toMatchObject({ date: "2026-11-01", weekday: 7, week: 1, actual: null });
    const singlesDay = doc.days[10];
    expect(singlesDay).toMatchObject({ date: "2026-11-11", weekday: 3, week: 3, weight: "3" });
    // 32 weight units in the month (29 × 1 + 3): 560000 / 32 = 17500 a unit, 52500 on 11-11.
    expect(singlesDay.target).toBe("52500.00");
    expect(doc.days[0].target).toBe("17500.00");
    // orders ⌈17500 / 128⌉ = ⌈136.72⌉ = 137, visitors ⌈137 / 0.03⌉ = ⌈4566.67⌉ = 4567
    expect(doc.days[0]).toMatchObject({ orders: 137, visitors: 4567 });
    expect(doc.weeks.map((w: { start: string; end: string }) => `${w.start}..${w.end}`)).toEqual([
      "2026-11-01..2026-11-01",
      "2026-11-02..2026-11-08",
      "2026-11-09..2026-11-15",
      "2026-11-16..2026-11-22",
      "2026-11-23..2026-11-29",
      "2026-11-30..2026-11-30",
    ]);
  });

  test("without --aov and --cvr orders and visitors are null; --no-events clears the built-in events", async () => {
    const r = await cli(["targets", "--month", "2026-11", "--target", "1000", "--no-events", "--json"]);
    const doc = JSON.parse(r.stdout);
    expect(doc.days[10]).toMatchObject({ weight: "1", orders: null, visitors: null });
    // 1000.00 / 30 = 33.333…: 33.33 a day leaves 10 fen, which go to the first ten days.
    expect(doc.days.slice(0, 10).every((d: { target: string }) => d.target === "33.34")).toBe(true);
    expect(doc.days.slice(10).every((d: { target: string }) => d.target === "33.33")).toBe(true);
  });

  test("--event replaces the built-in events and weights are Monday first", async () => {
    const r = await cli(["targets", "--month", "2026-11", "--target", "3000", "--event", "2026-11-02=2", "--weekday-weights", "1,1,1,1,1,1,0", "--json"]);
    const doc = JSON.parse(r.stdout);
    const byDate = Object.fromEntries(doc.days.map((d: { date: string; weight: string; target: string }) => [d.date, d]));
    // Sundays weigh 0; 11-02 (Monday) weighs 2; 11-11 is ordinary now. 25 non-Sundays + 1 extra = 26 units.
    expect(byDate["2026-11-01"].target).toBe("0.00");
    expect(byDate["2026-11-02"].weight).toBe("2");
    expect(byDate["2026-11-11"].weight).toBe("1");
  });

  test("re-spreads what is left over the days without actuals", async () => {
    const actuals = tempFile("actuals.json", { "2026-11-01": "100", "2026-11-02": "500.5" });
    const r = await cli(["targets", "--month", "2026-11", "--target", "3000", "--no-events", "--actuals", actuals, "--json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.days[0]).toMatchObject({ actual: "100.00", revisedTarget: "100.00", target: "100.00" });
    expect(doc.days[1]).toMatchObject({ actual: "500.50", revisedTarget: "500.50" });
    // 3000 − 600.50 = 2399.50 over 28 days: 85.6964…: 85.69 × 28 = 2399.32, 18 fen to the first 18 days.
    expect(doc.days[2].revisedTarget).toBe("85.70");
    expect(doc.days[19].revisedTarget).toBe("85.70");
    expect(doc.days[20].revisedTarget).toBe("85.69");
  });

  test("bad input: exit 2, every problem on stderr with its place, nothing on stdout", () => {
    const r = npmShopsheet(["targets", "--month", "2026-13", "--target", "abc", "--weekday-weights", "1,2", "--json"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('--month: "2026-13" is not a month (YYYY-MM)');
    expect(r.stderr).toContain('--target: "abc" is not an amount');
    expect(r.stderr).toContain("--weekday-weights: needs 7 weights, Monday first; got 2");
  });

  test("a bad actuals file names the file, or the day", async () => {
    const broken = tempFile("a.json", "{ nope");
    let r = await cli(["targets", "--month", "2026-11", "--target", "1", "--actuals", broken]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--actuals: .*a\.json is not valid JSON/);
    const outside = tempFile("b.json", { "2026-12-01": "1", "2026-11-03": "x" });
    r = await cli(["targets", "--month", "2026-11", "--target", "1", "--actuals", outside]);
    expect(r.stderr).toContain("actuals[2026-12-01]: 2026-12-01 is not in 2026-11");
    expect(r.stderr).toContain('actuals[2026-11-03]: "x" is not an amount');
  });

  test("messages and headers follow --lang", async () => {
    const r = await cli(["targets", "--month", "2026-11", "--target", "x", "--lang", "zh-CN"]);
    expect(r.stderr).toContain("--target: “x”不是金额");
    const table = await cli(["targets", "--month", "2026-11", "--target", "100", "--lang", "zh-CN"]);
    expect(table.stdout).toContain("调整后目标");
    expect(table.stdout).toContain("双十一");
  });

  test("unknown commands and options exit 2 with a message", async () => {
    expect((await cli(["nope"])).stderr).toContain('unknown command "nope"');
    const r = await cli(["targets", "--month", "2026-11", "--target", "1", "--bogus"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option --bogus");
  });
});
