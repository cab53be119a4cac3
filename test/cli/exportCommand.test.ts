/**
 * `shopsheet export tax|bank`: the files are read back (exceljs, csv-parse) and every figure compared
 * with `shopsheet payroll --json` for the same config and month; the headers with the declared
 * template, in order; the files validate against the OOXML schemas; bad personal data stops the export
 * with its place, masked, and writes nothing.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { D } from "../../src/core/money";
import { csvGrid } from "../../src/workbook/imports/csvGrid";
import { TAX_TEMPLATE_2023, TAX_TEMPLATE_CURRENT } from "../../src/workbook/exports";
import { xlsxGrids } from "../../src/xlsx/readGrid";
import { expectValidOoxml } from "../ooxml/validate";
import { ROOT, cli } from "./run";

const FIVE = join(ROOT, "examples/five-person-shop.json");
const dir = () => mkdtempSync(join(tmpdir(), "shopsheet-export-"));

interface PayrollJson {
  employees: { id: string; name: string; gross: string; socialInsurance: string; housingFund: string; net: string; specialAdditionalDeduction: string }[];
}

async function payroll(config: string, month: string): Promise<PayrollJson> {
  const r = await cli(["payroll", "--config", config, "--month", month, "--json"]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as PayrollJson;
}

/** A config like the five-person shop's, changed by `edit`, written to a file. */
function fiveWith(edit: (c: { staff: Record<string, unknown>[] }) => void): string {
  const c = JSON.parse(readFileSync(FIVE, "utf8")) as { staff: Record<string, unknown>[] };
  edit(c);
  const path = join(dir(), "config.json");
  writeFileSync(path, JSON.stringify(c));
  return path;
}

const money = (x: unknown) => new D(x as number).toFixed(2);

describe("shopsheet export tax", () => {
  test("正常工资薪金收入: the template's headers in order, one row per person, every figure the payroll's", async () => {
    const out = join(dir(), "个税-2026-03.xlsx");
    const r = await cli(["export", "tax", "--config", FIVE, "--month", "2026-03", "--out", out, "--lang", "zh-CN"]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
    expect(r.stdout).toContain("5 人");
    // No ID number on the screen.
    expect(r.stdout).not.toMatch(/\d{17}[\dX]/);

    const sheets = await xlsxGrids(readFileSync(out));
    expect(sheets.map((s) => s.sheet)).toEqual(["正常工资薪金收入"]);
    const [header, ...rows] = sheets[0]!.grid;
    expect(header).toEqual(TAX_TEMPLATE_CURRENT.wages.columns.map((c) => c.header));
    const col = (name: string) => header!.indexOf(name);

    const pay = await payroll(FIVE, "2026-03");
    expect(rows).toHaveLength(pay.employees.length);
    const config = JSON.parse(readFileSync(FIVE, "utf8")) as { staff: { id: string; idNumber: string }[] };
    pay.employees.forEach((e, i) => {
      const row = rows[i]!;
      expect(row[col("工号")]).toBe(e.id);
      expect(row[col("*姓名")]).toBe(e.name);
      expect(row[col("*证件类型")]).toBe("居民身份证");
      expect(row[col("*证件号码")]).toBe(config.staff.find((s) => s.id === e.id)!.idNumber);
      expect(money(row[col("本期收入")])).toBe(e.gross);
      // The three parts add up to the payroll's social insurance, to the fen.
      const parts = ["基本养老保险费", "基本医疗保险费", "失业保险费"].map((h) => new D(row[col(h)] as number));
      expect(parts.reduce((a, b) => a.plus(b)).toFixed(2)).toBe(e.socialInsurance);
      expect(money(row[col("住房公积金")])).toBe(e.housingFund);
    });
    // 张伟: base 6000, insured at the example rates: pension 8% = 480.00, medical 2% = 120.00,
    // unemployment 0.5% = 30.00 (worked by hand); special deductions 1000 a month × 3 months = 3000.00 in 备注.
    expect([rows[0]![col("基本养老保险费")], rows[0]![col("基本医疗保险费")], rows[0]![col("失业保险费")]]).toEqual([480, 120, 30]);
    expect(rows[0]![col("备注")]).toContain("3000.00");
    // The category columns stay blank: the config has no categories (README "Tax filing").
    for (const h of ["累计子女教育", "累计赡养老人", "累计住房租金"]) expect(rows.every((r) => r[col(h)] === null || r[col(h)] === undefined)).toBe(true);
  });

  test("--template 2023: its 24 columns; the file validates against the OOXML schemas", async () => {
    const out = join(dir(), "tax-2023.xlsx");
    const r = await cli(["export", "tax", "--config", FIVE, "--month", "2026-02", "--out", out, "--template", "2023"]);
    expect(r.code).toBe(0);
    const [sheet] = await xlsxGrids(readFileSync(out));
    expect(sheet!.grid[0]).toEqual(TAX_TEMPLATE_2023.wages.columns.map((c) => c.header));
    expect(sheet!.grid[0]).toHaveLength(24);
    await expectValidOoxml([{ name: "tax-2023", data: readFileSync(out) }]);
  }, 60_000);

  test("a wrong check digit (the config's check) or a missing ID number (the export's) stops it: at its place, masked; nothing written", async () => {
    const out = join(dir(), "tax.xlsx");
    const wrong = fiveWith((c) => {
      c.staff[1]!.idNumber = "330106199307081522";
    });
    let r = await cli(["export", "tax", "--config", wrong, "--month", "2026-03", "--out", out, "--lang", "en-US"]);
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: "" });
    expect(r.stderr).toContain("staff[1].idNumber: the check digit of the ID number 3301**********1522 does not match");
    expect(r.stderr).not.toContain("330106199307081522");
    const missing = fiveWith((c) => {
      delete c.staff[3]!.idNumber;
      delete c.staff[4]!.idNumber;
    });
    r = await cli(["export", "tax", "--config", missing, "--month", "2026-03", "--out", out, "--lang", "en-US"]);
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: "" });
    expect(r.stderr).toContain("staff[3].idNumber: the ID number is missing");
    expect(r.stderr).toContain("staff[4].idNumber: the ID number is missing");
    expect(existsSync(out)).toBe(false);
  });

  test("options: --config, --month and --out are required, .xlsx only, an unknown template is named", async () => {
    const r = await cli(["export", "tax", "--out", join(dir(), "x.csv"), "--template", "2019", "--lang", "en-US"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--month is required");
    expect(r.stderr).toContain("--config is required");
    expect(r.stderr).toContain("should end in .xlsx");
    expect(r.stderr).toContain('"2019" is not a known template version (current, 2023)');
    const kind = await cli(["export", "salary", "--lang", "en-US"]);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('unknown export "salary"');
  });
});

describe("shopsheet export bank", () => {
  test("CSV: UTF-8 with a BOM, each person's net pay the payroll's, the total their sum", async () => {
    const out = join(dir(), "bank.csv");
    const r = await cli(["export", "bank", "--config", FIVE, "--month", "2026-03", "--out", out, "--lang", "zh-CN"]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const grid = csvGrid(bytes);
    if (!grid.ok) throw new Error("unreadable");
    const [header, ...rows] = grid.value.grid;
    expect(header).toEqual(["姓名", "开户银行", "银行账号", "实发工资"]);
    const pay = await payroll(FIVE, "2026-03");
    expect(rows.slice(0, -1).map((x) => [x[0], x[3]])).toEqual(pay.employees.map((e) => [e.name, e.net]));
    // 13,730.90 + 4,446.49 + 4,146.49 + 3,446.99 + 3,446.99 = 29,217.86
    expect(rows[rows.length - 1]).toEqual(["合计", "", "", "29217.86"]);
    expect(rows[0]![2]).toBe("6222021200000000017");
    // The account is not on the screen.
    expect(r.stdout).not.toContain("6222021200000000017");
  });

  test("someone without an account: a warning, listed after the total and not in it; .xlsx keeps accounts as text", async () => {
    const config = fiveWith((c) => {
      delete c.staff[2]!.bankAccount;
    });
    const out = join(dir(), "bank.xlsx");
    const r = await cli(["export", "bank", "--config", config, "--month", "2026-03", "--out", out]);
    expect(r.code).toBe(0);
    // Without --lang the list is Chinese, and so is what the command says about it.
    expect(r.stdout).toContain("王芳 没有银行账号，未列入代发（本月实发 4146.49）");
    const [sheet] = await xlsxGrids(readFileSync(out));
    const grid = sheet!.grid;
    expect(grid[1]![2]).toBe("6222021200000000017");
    // 29,217.86 − 4,146.49 = 25,071.37
    // The file is in Chinese unless --lang says otherwise (as the workbook).
    expect(grid[5]).toEqual(["合计", null, null, 25071.37]);
    expect(grid[7]![0]).toMatch(/^以下人员缺少开户银行或银行账号/);
    expect(grid[8]).toEqual(["王芳", "中国建设银行杭州富阳支行", null, 4146.49]);
    await expectValidOoxml([{ name: "bank", data: readFileSync(out) }]);
  }, 60_000);

  test("--out must be .csv or .xlsx", async () => {
    const r = await cli(["export", "bank", "--config", FIVE, "--month", "2026-03", "--out", join(dir(), "bank.txt"), "--lang", "en-US"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("should end in .csv or .xlsx");
  });
});
