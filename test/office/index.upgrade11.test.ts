/**
 * Layout version 11 (issue 13, special additional deductions by category): a Special deductions sheet of
 * its own, one row per item, and every payroll table a helper at its end (has the taxpayer items?) which
 * the month's special deduction reads. A workbook of version 10 — made here as today's without the sheet
 * and the helper (./olderLayout.ts), the month deduction's older formula in place, its version name set
 * back — is upgraded in place by the next command. And the add-in keeps the items the user typed when it
 * sets up again, as it keeps Staff's rows, and reads them into the person's deductions.
 */
import { parseConfig } from "../../src/core/config";
import { exampleTeamConfig } from "../../src/data/exampleTeam";
import { readSetup, runPayroll, setUpRolesAndStaff } from "../../src/office";
import { buildWorkbook } from "../../src/workbook/build";
import { insertsFrom } from "../../src/workbook/layoutUpgrades";
import { layoutVersionName } from "../../src/workbook/layoutVersion";
import { SHEET, TABLE as TABLES, payrollTable } from "../../src/workbook/names";
import { sheetTemplate } from "../../src/workbook/templates";
import { FakeExcel } from "./fake";
import { freshExcel, sheetOf, teamInput, must } from "./helpers";
import { withoutInsertsAfter, fakeOfVersion } from "./olderLayout";

const MONTH = "2026-11";
const TABLE = payrollTable(MONTH);

async function version10Fake(): Promise<FakeExcel> {
  const config = parseConfig(exampleTeamConfig(MONTH));
  if (!config.ok) throw new Error("example");
  const spec = withoutInsertsAfter(buildWorkbook(config.config, MONTH, "zh-CN").spec, 10);
  // Version 10 had no Special deductions sheet; its month deduction was Staff's monthly figure.
  spec.sheets = spec.sheets.filter((s) => s.key !== SHEET.deductions);
  for (const s of spec.sheets) {
    for (const t of s.tables) {
      t.columns = t.columns.map((c) => (c.key === "specialAdditionalDeduction" && c.formula !== undefined ? { ...c, formula: 'N(IFERROR(INDEX(Staff[specialAdditionalDeduction],[@staffRow]),""))' } : c));
    }
  }
  return fakeOfVersion(spec, 10);
}

test("version 11 inserts one helper at the end of every payroll table, and nothing into Staff", () => {
  expect(insertsFrom(10, TABLE).map((c) => [c.key, c.after])).toEqual([["hasDeductions", "basicMonths"]]);
  expect(insertsFrom(10, TABLES.staff)).toEqual([]);
});

test("a payroll run on a version-10 workbook adds the Special deductions sheet and the helper, and the month deduction reads them", async () => {
  const fake = await version10Fake();
  expect(fake.table(TABLES.deductions)).toBeUndefined();

  const r = must(await runPayroll(MONTH, { lang: "zh-CN" }));
  expect(r.messages.map((m) => m.code)).toContain("office.note.upgraded");
  expect(fake.table(TABLES.deductions)).toBeDefined();
  const deductions = sheetTemplate(SHEET.deductions, "zh-CN")!.tables[0]!.columns;
  expect(fake.headers(fake.table(TABLES.deductions)!)).toEqual(deductions.map((c) => c.header));

  const template = sheetTemplate(SHEET.payroll(MONTH), "zh-CN")!.tables.find((t) => t.name === TABLE)!.columns;
  const after = fake.headers(fake.table(TABLE)!);
  expect(after).toEqual(template.map((c) => c.header));
  const header = (key: string) => template.find((c) => c.key === key)!.header;
  const sheet = sheetOf(fake, SHEET.payroll(MONTH));
  const formulaOf = (key: string) => String(sheet.get(10, 1 + after.indexOf(header(key)))?.f);
  expect(formulaOf("specialAdditionalDeduction")).toContain("Deductions[");
  expect(formulaOf("hasDeductions")).toContain("SUMPRODUCT");
  expect(fake.names.has(layoutVersionName().toLowerCase())).toBe(true);
});

test("items typed on the Special deductions sheet are kept when the add-in sets up again, and read as the person's", async () => {
  const fake = freshExcel();
  const raw = teamInput(3);
  must(await setUpRolesAndStaff({ lang: "zh-CN", ...raw }));
  const sheet = sheetOf(fake, SHEET.deductions);
  const columns = sheetTemplate(SHEET.deductions, "zh-CN")!.tables[0]!.columns;
  const col = (key: string) => 1 + columns.findIndex((c) => c.key === key);
  const letter = (key: string) => String.fromCharCode(64 + col(key));
  // The table's first (blank) row is row 6: an item for P2, child education from March 2026, and a note
  // that looks like a formula.
  sheet.type(`${letter("person")}6`, "P2");
  sheet.type(`${letter("category")}6`, "子女教育");
  sheet.type(`${letter("from")}6`, "2026-03");
  sheet.type(`${letter("note")}6`, "'=二孩");

  must(await setUpRolesAndStaff({ lang: "zh-CN" }));
  expect([sheet.value(6, col("person")), sheet.value(6, col("category")), sheet.value(6, col("from"))]).toEqual(["P2", "子女教育", "2026-03"]);

  const read = await readSetup({ lang: "zh-CN" });
  if (!read.ok) throw new Error(read.messages.map((m) => m.text).join("\n"));
  const staff = read.sections.staff as { id: string; deductions?: { category: string; from: string }[] }[];
  expect(staff.find((s) => s.id === "P2")!.deductions).toEqual([expect.objectContaining({ category: "子女教育", from: "2026-03" })]);
  expect(staff.filter((s) => s.deductions !== undefined).map((s) => s.id)).toEqual(["P2"]);
});
