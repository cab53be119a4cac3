/**
 * `shopsheet read BOOK.xlsx`: a workbook written by `shopsheet workbook`, edited the way a finance
 * person edits it, read back into a config file — through a real .xlsx file (exceljs on both sides).
 */
import * as ExcelJS from "exceljs";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseConfig } from "../../src/core/config";
import type { Config } from "../../src/core/types";
import { cli, tempFile } from "./run";
import { payrollTableSpec } from "../../src/workbook/sheets/payroll";
import { columnLetter } from "../../src/workbook/layout";

/** The payroll table's column of `key`, wherever the layout puts it. */
const payrollColumn = (key: string) => columnLetter(payrollTableSpec({ month: "2026-03", ids: [], input: undefined, earlier: [], lang: "zh-CN" }), key);

const CONFIG = {
  settings: { poolRate: "0.35", targets: { aov: "99.5", holidayFactor: "1.5", events: [{ date: "11-11", factor: "3", name: "双十一" }] } },
  staff: [
    { id: "E01", name: "王经理", role: "manager", base: "8000", specialAdditionalDeduction: "2000", startDate: "2024-03-01" },
    { id: "E02", name: "=HYPERLINK(\"x\")", role: "service", contributionBase: "5000", startDate: "2026-01-05", endDate: "2026-02-10" },
    { id: "E02-2", name: "赵六", role: "service", startDate: "2026-03-02", sameAs: "E02" },
  ],
  months: [
    { month: "2026-01", grossMargin: "98000", entries: [{ staff: "E01", reward: "300" }] },
    { month: "2026-02", grossMargin: "-1200.5", entries: [{ staff: "E02", penalty: "50", paidDays: "6" }] },
    { month: "2026-03", grossMargin: "105000", salesTarget: "340000", entries: [{ staff: "E02-2", reward: "120.35" }] },
  ],
};

async function workbook(lang = "zh-CN"): Promise<string> {
  const config = tempFile("config.json", CONFIG);
  const out = join(dirname(config), "book.xlsx");
  const r = await cli(["workbook", "--config", config, "--month", "2026-03", "--lang", lang, "--out", out]);
  expect(r.code).toBe(0);
  return out;
}

const resolved = (raw: unknown): Config => {
  const r = parseConfig(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.config;
};

/** Engine inputs as JSON, entries with nothing typed left out (a payroll row carries none); a closed month's base apart (closedBases). */
const plain = (c: Config) =>
  JSON.parse(JSON.stringify({ ...c, months: c.months.map((m) => ({ ...m, entries: m.entries.map((e) => ({ ...e, base: null })).filter((e) => !e.reward.isZero() || !e.penalty.isZero() || e.paidDays !== null) })) }));

/** Each month's entries that carry a base (issue 15: the months before the workbook's are closed). */
const closedBases = (c: Config) => c.months.map((m) => [m.month, m.entries.filter((e) => e.base !== null).map((e) => [e.staff, e.base!.toString()])]);

async function edit(path: string, change: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  change(wb);
  await wb.xlsx.writeFile(path);
}

describe("shopsheet read", () => {
  it.each(["zh-CN", "en-US"])("gives back the config a %s workbook was written from", async (lang) => {
    const book = await workbook(lang);
    const r = await cli(["read", book, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(plain(resolved(JSON.parse(r.stdout)))).toEqual(plain(resolved(CONFIG)));
    // January and February are closed with the base each was paid on, by hand: E01 8,000; E02 none on Staff, so
    // the catalogue's fixed 1,800 for service. March is the workbook's month: open, no base of its own.
    const closed = [["E01", "8000"], ["E02", "1800"]];
    expect(closedBases(resolved(JSON.parse(r.stdout)))).toEqual([["2026-01", closed], ["2026-02", closed], ["2026-03", []]]);
  });

  it("reads what was typed in the workbook, and writes it atomically to --out", async () => {
    const book = await workbook();
    await edit(book, (wb) => {
      wb.getWorksheet("员工")!.getCell("D6").value = 9000; // E01's base
      wb.getWorksheet("工资 2026-03")!.getCell(`${payrollColumn("reward")}10`).value = 88; // the first row's reward
    });
    const out = join(dirname(book), "back.json");
    const r = await cli(["read", book, "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Wrote what .*book\.xlsx holds to .*back\.json: 5 roles, 3 people, 3 months/);
    const config = JSON.parse(readFileSync(out, "utf8"));
    expect(config.staff[0].base).toBe(9000);
    expect(config.months[2].entries).toContainEqual({ staff: "E01", reward: 88 });
  });

  it("says where each wrong value is: sheet, row, column and cell; nothing is written", async () => {
    const book = await workbook("en-US");
    await edit(book, (wb) => {
      wb.getWorksheet("Staff")!.getCell("D6").value = "abc";
      wb.getWorksheet("Settings")!.getCell("B5").value = "lots";
      wb.getWorksheet("Staff")!.getCell("A7").value = null;
    });
    const out = join(dirname(book), "never.json");
    const r = await cli(["read", book, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("Staff, row 7, column “ID” (A7)");
    expect(r.stderr).toContain("Staff, row 6, column “Base” (D6): \"abc\" is not an amount");
    expect(r.stderr).toContain("Settings, cell B5: \"lots\" is not a rate");
    // The blank id is said once (not also as a placeholder the checks would refuse).
    expect(r.stderr.match(/\(A7\)/g)).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses what is not a ShopSheet workbook, and a bad --out, all at once", async () => {
    const text = tempFile("notes.xlsx", "just text");
    expect((await cli(["read", text])).stderr).toMatch(/notes\.xlsx is not an \.xlsx workbook/);
    const other = join(dirname(text), "other.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "hello";
    await wb.xlsx.writeFile(other);
    expect((await cli(["read", other])).stderr).toMatch(/other\.xlsx has none of ShopSheet's sheets/);
    const r = await cli(["read", "--out", join(dirname(text), "x.txt")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/give the workbook to read/);
    expect(r.stderr).toMatch(/x\.txt should end in \.json/);
    expect((await cli(["read", other, "extra.xlsx"])).stderr).toMatch(/unexpected argument "extra\.xlsx"/);
  });

  it("prints a summary without --json or --out, and its usage with --help", async () => {
    const book = await workbook();
    const r = await cli(["read", book]);
    expect(r.stdout).toMatch(/Read .*book\.xlsx: 5 roles, 3 people, 3 months\. Use --json/);
    writeFileSync(join(dirname(book), "ignored"), "");
    expect((await cli(["read", "--help"])).stdout).toMatch(/^Usage: shopsheet read BOOK\.xlsx/m);
  });
});
