/**
 * Layout version 17: typed text is looked up as text. Staff's Check says when a role holds * ? ~ (Excel's MATCH
 * would read a pattern) and takes a re-hire link holding one for no ID; the Special deductions category code and
 * the InsuranceBases words compare by = instead of MATCH; a deduction's person holding one is no one. No column
 * or header changes: the formulas of three tables do.
 *
 * A version-16 workbook — made here as the CLI writes today's, those columns given a stand-in for their older
 * MATCH formulas, its version name set back — is upgraded in place through the strict Office.js double by the
 * set-up command, which writes those tables: the older formulas are ShopSheet's, rewritten, not kept as the
 * user's edits, and the upgrade is said once.
 */
import { setUpRolesAndStaff } from "../../src/office";
import { upgradesFrom } from "../../src/workbook/layoutUpgrades";
import { layoutVersionName } from "../../src/workbook/layoutVersion";
import { SHEET, TABLE } from "../../src/workbook/names";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { tableTemplate } from "../../src/workbook/templates";
import { exampleSpec, fakeOfVersion } from "./olderLayout";
import { must, sheetOf } from "./helpers";
import type { FakeExcel } from "./fake";

const MONTH = "2026-11";

/** Stand-ins for layout 16's formulas: the MATCH forms the upgrade replaces. */
const OLDER: Record<string, Record<string, string>> = {
  [TABLE.staff]: { check: 'IF(ISNA(MATCH([@role],Roles[id],0)),"岗位不存在","")' },
  [TABLE.deductions]: { code: 'IFERROR(MOD(MATCH(TRIM([@category]),{"childEducation","子女教育"},0)-1,1)+1,0)' },
  [TABLE.insuranceBases]: { typeKey: 'IFERROR(MOD(MATCH([@type],{"pension","养老"},0)-1,1)+1,0)' },
};

function asVersion16(spec: WorkbookSpec): WorkbookSpec {
  for (const sheet of spec.sheets)
    sheet.tables = sheet.tables.map((t) => ({ ...t, columns: t.columns.map((c) => (OLDER[t.name]?.[c.key] ? { ...c, formula: OLDER[t.name]![c.key] } : c)) }));
  return spec;
}

/** The formula of `table`'s column `key` in its first data row, as the workbook holds it. */
function firstFormula(fake: FakeExcel, sheet: string, table: string, key: string): string {
  const t = fake.table(table)!;
  const header = tableTemplate(table, "zh-CN")!.columns.find((c) => c.key === key)!.header;
  return String(sheetOf(fake, sheet).get(t.top + 1, t.left + fake.headers(t).indexOf(header))?.f);
}

test("version 17's upgrade rewrites three tables' formulas and inserts no column", () => {
  expect(upgradesFrom(16).map((u) => [u.to, u.message, u.columns ?? [], u.formulas?.tables?.map(String)])).toEqual([
    [17, "office.upgrade.v17", [], ["/^Staff$/", "/^Deductions$/", "/^InsuranceBases$/"]],
  ]);
});

test("set-up on a version-16 workbook writes the new formulas over the older ones, says so once, and records version 17", async () => {
  const spec = asVersion16(exampleSpec(MONTH));
  const fake = await fakeOfVersion(spec, 16);
  expect(firstFormula(fake, SHEET.staff, TABLE.staff, "check")).toContain("ISNA(MATCH(");
  expect(firstFormula(fake, SHEET.deductions, TABLE.deductions, "code")).toContain("MATCH(TRIM(");

  const r = must(await setUpRolesAndStaff({ lang: "zh-CN" }));
  const upgraded = r.messages.filter((m) => m.code === "office.note.upgraded");
  expect(upgraded).toHaveLength(1);
  expect(upgraded[0]!.text).toContain("通配符");
  // Not taken for the user's edits: nothing reports a computed cell changed.
  expect(r.messages.map((m) => m.code).filter((c) => /edit|kept/i.test(c))).toEqual([]);

  expect(firstFormula(fake, SHEET.staff, TABLE.staff, "check")).toMatch(/^=IF\(LEN\(.*SUBSTITUTE\(.*"岗位含 \* \? ~/);
  expect(firstFormula(fake, SHEET.deductions, TABLE.deductions, "code")).toMatch(/^=IFERROR\(SUMPRODUCT\(MAX\(\(TRIM\(/);
  expect(fake.names.has(layoutVersionName(17).toLowerCase())).toBe(true);
  expect(fake.names.has(layoutVersionName(16).toLowerCase())).toBe(false);
});
