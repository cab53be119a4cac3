import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli, tempFile } from "./run";

/** A penalty larger than the pay: 1800 base + 100 reward − 2000 penalty = −100.00 gross. */
const negativeGross = {
  staff: [
    { id: "C0", name: "ok", role: "service", startDate: "2026-01-01" },
    { id: "C1", name: "李四", role: "service", startDate: "2026-01-01" },
  ],
  months: [{ month: "2026-03", grossMargin: "0", entries: [{ staff: "C0", reward: "1" }, { staff: "C1", reward: "100", penalty: "2000" }] }],
};

describe("a negative gross is refused", () => {
  test("shopsheet payroll: exit 2, the place (config path of the penalty) and what to do, nothing on stdout", async () => {
    const config = tempFile("team.json", negativeGross);
    const r = await cli(["payroll", "--config", config, "--month", "2026-03", "--json"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(
      "months[0].entries[1].penalty: 李四 (C1): the penalty of 2000.00 for 2026-03 is more than the month's pay of 1900.00, so gross pay would be negative (-100.00). Pay cannot be negative: correct the penalty.",
    );
    const zh = await cli(["payroll", "--config", config, "--month", "2026-03", "--lang", "zh-CN"]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain("months[0].entries[1].penalty: 李四（C1）2026-03 的扣款 2000.00 超过当月工资 1900.00，应发工资为负（-100.00）");
  });

  test("…and in a later month, whose year to date it would carry", async () => {
    const config = tempFile("team.json", { ...negativeGross, months: [...negativeGross.months, { month: "2026-04", grossMargin: "0" }] });
    const r = await cli(["payroll", "--config", config, "--month", "2026-04"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("months[0].entries[1].penalty:");
  });

  test("shopsheet workbook: exit 2 and no file written", async () => {
    const config = tempFile("team.json", negativeGross);
    const out = join(mkdtempSync(join(tmpdir(), "shopsheet-")), "book.xlsx");
    const r = await cli(["workbook", "--config", config, "--month", "2026-03", "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("months[0].entries[1].penalty:");
    expect(existsSync(out)).toBe(false);
  });

  test("a penalty above 20% of the month's pay is paid, with a warning citing 《工资支付暂行规定》第十六条", async () => {
    // Pay 1800 + 100 = 1900.00; 20% = 380.00; a penalty of 500 passes it.
    const config = tempFile("team.json", { ...negativeGross, months: [{ month: "2026-03", grossMargin: "0", entries: [{ staff: "C1", reward: "100", penalty: "500" }] }] });
    const r = await cli(["payroll", "--config", config, "--month", "2026-03", "--json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.employees[1]).toMatchObject({ id: "C1", gross: "1400.00" });
    expect(doc.warnings).toContainEqual({
      code: "payroll.penaltyAboveLimit",
      message: expect.stringContaining("《工资支付暂行规定》"),
      where: "months[0].entries[0].penalty",
    });
  });
});

describe("shopsheet targets refuses day weights past 4 decimals", () => {
  test("the issue's example, weekday weight 0.3333 and an event ×1.5, names the option", async () => {
    const r = await cli(["targets", "--month", "2026-11", "--target", "1000000", "--weekday-weights", "0.3333,0.3333,0.3333,0.3333,0.3333,0.3333,0.3333", "--event", "2026-11-11=1.5"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("--event[0]: 0.3333 × 1.5: 5 decimals between them.");
  });

  test("0.333 with 1.5 is exact (4 decimals): the day gets its exact share", async () => {
    const r = await cli(["targets", "--month", "2026-11", "--target", "1000000", "--weekday-weights", "0.333,0.333,0.333,0.333,0.333,0.333,0.333", "--event", "2026-11-11=1.5", "--json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    // Σ weights = 29 × 0.333 + 0.4995 = 10.1565. 11-11: 1000000 × 0.4995 / 10.1565 = 49180.3278… → 49180.32 and a
    // remainder of 0.79 fen; each other day 32786.8852… → 32786.88, remainder 0.52 fen. 16 fen are left over
    // (100000000 − 4918032 − 29 × 3278688): the largest remainder, 11-11, gets one → 49180.33.
    const day = doc.days.find((x: { date: string }) => x.date === "2026-11-11");
    expect(day).toMatchObject({ weight: "0.4995", target: "49180.33" });
    expect(doc.warnings).toEqual([]);
  });
});
