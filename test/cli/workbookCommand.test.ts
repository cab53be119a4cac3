import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import * as ExcelJS from "exceljs";
import { expectValidOoxml } from "../ooxml/validate";
import { payrollTableSpec } from "../../src/workbook/sheets/payroll";
import { columnLetter } from "../../src/workbook/layout";
import { cli, npmShopsheet, tempFile } from "./run";

const tmp = () => mkdtempSync(join(tmpdir(), "shopsheet-wb-"));

async function sheetNames(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map((w) => w.name);
}

describe("shopsheet workbook", () => {
  test("without arguments: the example team, this month, in Chinese, to shopsheet-YYYY-MM.xlsx where it is run", async () => {
    const dir = tmp();
    const r = await cli(["workbook"], dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const path = join(dir, "shopsheet-2026-11.xlsx"); // the test's clock says 2026-11-26
    expect(r.stdout).toContain(`Wrote ${path}`);
    expect(r.stdout).toContain("example team");
    const names = await sheetNames(path);
    expect(names.slice(0, 5)).toEqual(["目录", "设置", "岗位", "员工", "目标 2026-11"]);
    expect(names).toContain("工资 2026-01");
    expect(names).toContain("工资 2026-11");
    expect(names).toContain("工资条 2026-11");
    expect(names).toContain("电商部经理");
    await expectValidOoxml([{ name: path, data: readFileSync(path) }]);
  });

  test("--lang en-US, --month and --out, through npm as the README says", async () => {
    const out = join(tmp(), "book.xlsx");
    const r = npmShopsheet(["workbook", "--month", "2026-03", "--lang", "en-US", "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const names = await sheetNames(out);
    expect(names.slice(0, 5)).toEqual(["Contents", "Settings", "Roles", "Staff", "Targets 2026-03"]);
    expect(names.filter((n) => n.startsWith("Payroll"))).toEqual(["Payroll 2026-01", "Payroll 2026-02", "Payroll 2026-03"]);
    await expectValidOoxml([{ name: out, data: readFileSync(out) }]);
  });

  test("a config's mistakes stop it before anything is written", async () => {
    const dir = tmp();
    const config = tempFile("bad.json", { staff: [{ role: "nobody" }] });
    const r = await cli(["workbook", "--config", config, "--month", "2026-13", "--lang", "fr"], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('--month: "2026-13" is not a month (YYYY-MM)');
    expect(r.stderr).toContain('--lang: "fr" is not zh-CN or en-US');
    expect(existsSync(join(dir, "shopsheet-2026-13.xlsx"))).toBe(false);
  });

  test("--protect locks the month sheets but leaves input cells and the lists open", async () => {
    const out = join(tmp(), "protected.xlsx");
    const r = await cli(["workbook", "--month", "2026-11", "--out", out, "--protect"]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const payroll = wb.getWorksheet("工资 2026-11")!;
    const staff = wb.getWorksheet("员工")!;
    expect((payroll as unknown as { sheetProtection?: object }).sheetProtection).toBeTruthy();
    expect((staff as unknown as { sheetProtection?: object }).sheetProtection).toBeFalsy();
    // Reward of the first person is an input: unlocked. Gross margin B3 too.
    expect(payroll.getCell(`${columnLetter(payrollTableSpec({ month: "2026-03", ids: [], input: undefined, earlier: [], lang: "en-US" }), "reward")}10`).protection?.locked).toBe(false);
    expect(payroll.getCell("B3").protection?.locked).toBe(false);
    expect(payroll.getCell("B4").protection?.locked).not.toBe(false);
    await expectValidOoxml([{ name: out, data: readFileSync(out) }]);
  });
});

test("issue 13's deductions by category, not yet on the sheets: refused with their places, nothing written; the special-taxpayer flags are", async () => {
  const config = tempFile("team.json", { staff: [{ id: "A", role: "designer", iit: { firstJobThisYear: true } }, { id: "C", role: "designer", deductions: [{ category: "childEducation", from: "2026-01" }] }] });
  const out = join(dirname(config), "book.xlsx");
  const r = await cli(["workbook", "--config", config, "--month", "2026-03", "--out", out, "--lang", "en-US"]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("staff[1].deductions: the workbook does not carry a person's deductions yet");
  expect(r.stderr).not.toContain("staff[0]"); // the flags are on Staff (layout 10)
  expect(existsSync(out)).toBe(false);
});
