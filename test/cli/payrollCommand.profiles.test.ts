import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { xlsxGrids } from "../../src/xlsx/readGrid";
import { cli, tempFile } from "./run";

/** Issue 13: a city social-insurance profile through `shopsheet payroll --json` and `shopsheet workbook`. */
describe("shopsheet payroll with a city profile", () => {
  const config = () =>
    tempFile("shanghai.json", {
      settings: { insuranceProfile: "shanghai" },
      staff: [{ id: "E1", name: "王五", role: "manager", base: "12345.67" }],
      months: [{ month: "2025-03", grossMargin: "0" }],
    });

  test("the profile's bases and rounding, and the example said as {code, message, where}", async () => {
    const r = await cli(["payroll", "--config", config(), "--month", "2025-03", "--json"]);
    expect(r.stderr).toBe("");
    const doc = JSON.parse(r.stdout);
    // Worked by hand in test/core/insurance/select.test.ts: 987.70 + 247.00 + 61.80; 617.2835 to the yuan.
    expect(doc.employees[0]).toMatchObject({ socialInsurance: "1296.50", housingFund: "617.00", employerSocialInsurance: "3234.80", employerHousingFund: "617.00" });
    expect(doc.warnings).toContainEqual({
      code: "insurance.exampleInUse",
      message: expect.stringContaining("It is an example — check your city's current figures"),
      where: "settings.insuranceProfile",
    });
  });

  test("an unknown profile is refused with its place", async () => {
    const unknown = tempFile("x.json", { settings: { insuranceProfile: "wuxi" } });
    const r = await cli(["payroll", "--config", unknown, "--month", "2025-03"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('settings.insuranceProfile: There is no social-insurance city profile "wuxi". Known: shanghai, beijing, hangzhou');
  });

  test("the workbook takes the profile (issue 13, layout 12): Settings names it, the payroll's cached figures are the profile's", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "shopsheet-profile-")), "book.xlsx");
    const w = await cli(["workbook", "--config", config(), "--month", "2025-03", "--out", out, "--lang", "zh-CN"]);
    expect(w.stderr).toBe("");
    expect(w.code).toBe(0);
    const sheets = await xlsxGrids(readFileSync(out));
    const values = (name: string) => sheets.find((s) => s.sheet === name)!.grid.flat();
    expect(values("设置")).toContain("上海（示例，请核对本市标准）");
    expect(values("设置")).toContain("见分进角");
    // Worked by hand above: the payroll shows the profile's figures, not Settings' single limits (987.65 + 246.91 + 61.73 = 1,296.29 to the fen).
    expect(values("工资 2025-03")).toEqual(expect.arrayContaining([987.7, 247, 61.8, 1296.5, 617, 3234.8]));
    expect(values("工资条 2025-03")).toEqual(expect.arrayContaining([987.7, 247, 61.8, 617]));
    const read = await cli(["read", out, "--json"]);
    expect(read.stderr).toBe("");
    expect(JSON.parse(read.stdout).settings.insuranceProfile).toBe("shanghai");
  });

  test("slips with a city profile: each person's slip shows the profile's contributions", async () => {
    const dir = mkdtempSync(join(tmpdir(), "shopsheet-profile-slips-"));
    const r = await cli(["slips", "--config", config(), "--month", "2025-03", "--out-dir", dir, "--lang", "zh-CN"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const [file] = readdirSync(dir);
    const [sheet] = await xlsxGrids(readFileSync(join(dir, file!)));
    // 养老 987.70, 医疗 247.00, 失业 61.80 (见分进角), 公积金 617 (到元), as worked by hand above.
    expect(sheet!.grid.flat()).toEqual(expect.arrayContaining([987.7, 247, 61.8, 617]));
  });

  test("a profile whose housing-fund rounding the workbook cannot hold (no housing-fund row) is refused, with its place", async () => {
    const odd = tempFile("odd.json", {
      settings: { insuranceProfile: "odd" },
      insuranceProfiles: [{ id: "odd", periods: [{ from: "2025-01", to: null, bases: { pension: { floor: "1", ceiling: "99999" } }, rounding: { socialInsurance: "fen", housingFund: "yuan" } }] }],
      staff: [{ id: "E1", name: "王五", role: "manager", base: "12345.67" }],
      months: [{ month: "2025-03", grossMargin: "0" }],
    });
    const w = await cli(["workbook", "--config", odd, "--month", "2025-03", "--out", tempFile("book.xlsx", ""), "--lang", "zh-CN"]);
    expect(w.code).toBe(2);
    expect(w.stderr).toContain("insuranceProfiles[0].periods[0].rounding.housingFund");
    expect(w.stderr).toMatch(/housing fund|公积金/);
  });
});
