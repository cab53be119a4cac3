import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import * as ExcelJS from "exceljs";
import { expectValidOoxml } from "../ooxml/validate";
import { payrollTableSpec } from "../../src/workbook/sheets/payroll";
import { columnLetter } from "../../src/workbook/layout";
import { xlsxGrids } from "../../src/xlsx/readGrid";
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
    // What it says is in the workbook's language, Chinese, though the terminal's is English (test/cli/lang.test.ts).
    expect(r.stdout).toContain(`已写入 ${path}`);
    expect(r.stdout).toContain("内置示例团队");
    const names = await sheetNames(path);
    expect(names.slice(0, 6)).toEqual(["目录", "设置", "岗位", "员工", "专项附加扣除", "目标 2026-11"]);
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
    expect(names.slice(0, 6)).toEqual(["Contents", "Settings", "Roles", "Staff", "Special deductions", "Targets 2026-03"]);
    expect(names.filter((n) => n.startsWith("Payroll"))).toEqual(["Payroll 2026-01", "Payroll 2026-02", "Payroll 2026-03"]);
    await expectValidOoxml([{ name: out, data: readFileSync(out) }]);
  });

  test("a config's mistakes stop it before anything is written", async () => {
    const dir = tmp();
    const config = tempFile("bad.json", { staff: [{ role: "nobody" }] });
    const r = await cli(["workbook", "--config", config, "--month", "2026-13", "--lang", "fr"], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    // A --lang it cannot take leaves the workbook's default, Chinese, for what it says.
    expect(r.stderr).toContain("--month: “2026-13”不是月份（格式 YYYY-MM）");
    expect(r.stderr).toContain("--lang: “fr”不是 zh-CN 或 en-US");
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

test("issue 13's deductions by category: written to their own sheet, read back, and kept by the tax export", async () => {
  const config = tempFile("team.json", {
    staff: [
      { id: "A", role: "designer", iit: { firstJobThisYear: true }, idNumber: "11010519491231002X" },
      { id: "王五", role: "designer", idNumber: "330106198803120417", deductions: [{ category: "childEducation", from: "2026-01", note: "=HYPERLINK(\"x\")" }, { category: "housingRent", from: "2026-02", amount: "1,100" }] },
    ],
    // The tax year's chain from January: the cumulative figures count January to March.
    months: [{ month: "2026-01", grossMargin: "10000" }],
  });
  const dir = dirname(config);
  const out = join(dir, "book.xlsx");
  const r = await cli(["workbook", "--config", config, "--month", "2026-03", "--out", out]);
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const sheet = wb.getWorksheet("专项附加扣除")!;
  // Row 6 and 7: the two items, the category by its Chinese name, the note kept as text (not a formula).
  expect([sheet.getCell("A6").value, sheet.getCell("C6").value, sheet.getCell("A7").value, sheet.getCell("C7").value]).toEqual(["王五", "子女教育", "王五", "住房租金"]);
  expect(sheet.getRow(6).values).toContain("=HYPERLINK(\"x\")");

  // Read back: the items are the person's again, and the tax export from that config fills the categories.
  const read = await cli(["read", out, "--out", join(dir, "back.json")]);
  expect({ code: read.code, stderr: read.stderr }).toEqual({ code: 0, stderr: "" });
  const back = JSON.parse(readFileSync(join(dir, "back.json"), "utf8")) as { staff: { id: string; deductions?: { category: string; amount: unknown }[] }[] };
  expect(back.staff.find((s) => s.id === "王五")!.deductions!.map((d) => d.category)).toEqual(["子女教育", "住房租金"]);
  const tax = join(dir, "tax.xlsx");
  const ex = await cli(["export", "tax", "--config", join(dir, "back.json"), "--month", "2026-03", "--out", tax]);
  expect({ code: ex.code, stderr: ex.stderr }).toEqual({ code: 0, stderr: "" });
  const grid = (await xlsxGrids(readFileSync(tax)))[0]!.grid;
  const row = grid.find((x) => x.includes("王五"))!;
  // By hand: child education 2,000 × 3 months (Jan–Mar 2026) = 6,000; rent 1,100 × 2 months (Feb, Mar) = 2,200.
  expect([row[grid[0]!.indexOf("累计子女教育")], row[grid[0]!.indexOf("累计住房租金")]]).toEqual([6000, 2200]);
});
