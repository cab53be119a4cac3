/**
 * Layout version 15: what a finance person saw printed. Settings' Holidays table stood at J4, beside the settings'
 * tall wrapped notes (its rows printed with uneven gaps, split across pages); it moves down in its own columns to
 * rows of its own below the last setting, its note and heading right above it. The Special deductions table's
 * standard no longer says 每月 of a yearly figure: a column beside it says what the figure is.
 *
 * A version-14 workbook — made here as the CLI writes today's, the table, its note and heading put back where
 * layout 14 had them, the new column taken out and the old header put back, its version name set back — is
 * upgraded in place through the strict Office.js double. The day the user added to the Holidays table and what
 * they typed below it move with the table; the payroll's paid days still name the table.
 */
import { runPayroll, planMonth, setUpRolesAndStaff } from "../../src/office";
import { parseA1 } from "../../src/workbook/address";
import { upgradesFrom } from "../../src/workbook/layoutUpgrades";
import { layoutVersionName } from "../../src/workbook/layoutVersion";
import { SHEET, TABLE, payrollTable } from "../../src/workbook/names";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { sheetTemplate } from "../../src/workbook/templates";
import type { FakeExcel } from "./fake";
import { exampleSpec, fakeOfVersion, withoutInsertsAfter } from "./olderLayout";
import { must, sheetOf } from "./helpers";

const MONTH = "2026-11";
/** Where layout 14 had the Holidays table, its note (J2) and its heading (J3). */
const V14_AT = 4;
/** Where layout 15 has them: the settings end with a blank row 48; a blank row, the note (50), the heading (51), the table (52). */
const V15_AT = 52;
const J = 10;

/** Today's spec as layout 14 held it. */
function asVersion14(spec: WorkbookSpec): WorkbookSpec {
  withoutInsertsAfter(spec, 14);
  for (const sheet of spec.sheets) {
    if (sheet.key === SHEET.settings) {
      const at = (row: number) => (c: { at: string }) => c.at === `J${row}`;
      sheet.tables.find((t) => t.name === TABLE.holidays)!.at = `J${V14_AT}`;
      sheet.cells = sheet.cells.map((c) => (at(V15_AT - 2)(c) ? { ...c, at: "J2" } : at(V15_AT - 1)(c) ? { ...c, at: "J3" } : c));
      sheet.merges = sheet.merges!.map((m) => (m === `J${V15_AT - 2}:L${V15_AT - 2}` ? "J2:L2" : m === `J${V15_AT - 1}:L${V15_AT - 1}` ? "J3:L3" : m));
      const heights = sheet.rowHeights!;
      heights["2"] = heights[String(V15_AT - 2)]!;
      delete heights[String(V15_AT - 2)];
      delete heights[String(V15_AT - 1)];
      sheet.page = { ...sheet.page!, rowBreaks: [] };
    }
    if (sheet.key === SHEET.deductions) {
      const t = sheet.tables[0]!;
      t.columns = t.columns.map((c) => (c.key === "standard" ? { ...c, header: "现行标准（每月）" } : c));
      // The warning's format named the check column where it stood then, one place left.
      sheet.conditionalFormats = sheet.conditionalFormats!.map((f) => ({ ...f, expression: f.expression.replace("$L", "$K") }));
    }
  }
  return spec;
}

async function version14Fake(): Promise<{ fake: FakeExcel; end: number }> {
  const fake = await fakeOfVersion(asVersion14(exampleSpec(MONTH)), 14);
  const holidays = fake.table(TABLE.holidays)!;
  expect([holidays.top, holidays.left]).toEqual([V14_AT, J]);
  // The user's own: a day of 2027 added at the table's end (the table grows as Excel grows it), and a line two rows below.
  const settings = sheetOf(fake, SHEET.settings);
  const added = holidays.lastData + 1;
  settings.type(`J${added}`, "2027-01-01");
  settings.type(`K${added}`, "法定节假日");
  settings.type(`L${added}`, "元旦");
  holidays.lastData = added;
  settings.type(`J${added + 2}`, "2027年安排待国务院公布后核对");
  return { fake, end: added };
}

const cell = (fake: FakeExcel, key: string, at: string) => {
  const p = parseA1(at);
  return sheetOf(fake, key).value(p.row, p.col);
};

test("version 15's upgrade shifts the Holidays table, clears where its note and heading stood, and inserts the deductions' unit column", () => {
  const v15 = upgradesFrom(14).find((u) => u.to === 15)!;
  expect([v15.message, v15.shifts, v15.clears, v15.columns!.map((c) => [c.key, c.after, c.header("zh-CN")])]).toEqual([
    "office.upgrade.v15",
    ["Holidays"],
    [{ sheet: "settings", range: "J2:L3", unmerge: true }],
    [
      ["standardUnit", "standard", "标准计法"],
      ["check", "roundingKey", "检查"],
    ],
  ]);
  const template = sheetTemplate(SHEET.settings, "zh-CN")!;
  expect(template.tables.find((t) => t.name === TABLE.holidays)!.at).toBe(`J${V15_AT}`);
});

test("a payroll command moves a version-14 workbook's Holidays table below the settings, the user's day and line with it", async () => {
  const { fake, end } = await version14Fake();
  const before = fake.table(TABLE.holidays)!.lastData - fake.table(TABLE.holidays)!.top;
  const r = must(await runPayroll(MONTH, { lang: "zh-CN" }));
  expect(r.messages.map((m) => m.code)).toContain("office.note.upgraded");
  expect(r.messages.find((m) => m.code === "office.note.upgraded")!.text).toContain("节假日安排");

  const holidays = fake.table(TABLE.holidays)!;
  expect([holidays.top, holidays.left, holidays.lastData - holidays.top]).toEqual([V15_AT, J, before]);
  const shift = V15_AT - V14_AT;
  expect([cell(fake, SHEET.settings, `J${end + shift}`), cell(fake, SHEET.settings, `L${end + shift}`)]).toEqual([46388, "元旦"]);
  expect(cell(fake, SHEET.settings, `J${end + shift + 2}`)).toBe("2027年安排待国务院公布后核对");
  // The note and heading above it; nothing left where they stood, nor merged there.
  expect(String(cell(fake, SHEET.settings, `J${V15_AT - 2}`))).toMatch(/^预填的是已知年份的放假安排/);
  expect(cell(fake, SHEET.settings, `J${V15_AT - 1}`)).toBe("节假日安排（国务院办公厅每年11月公布）");
  expect([cell(fake, SHEET.settings, "J2"), cell(fake, SHEET.settings, "J3")]).toEqual(["", ""]);
  const settings = sheetOf(fake, SHEET.settings);
  expect(settings.merges.filter((m) => /^J[23]:/.test(m))).toEqual([]);
  // The kind column's list moved with the table.
  expect(settings.validations.some((v) => v.range.left === J + 1 && v.range.top === V15_AT + 1)).toBe(true);
  expect(settings.validations.some((v) => v.range.top === V14_AT + 1 && v.range.left >= J && v.range.left <= J + 6)).toBe(false);

  // The payroll's paid days still name the table.
  const table = payrollTable(MONTH);
  const headers = fake.headers(fake.table(table)!);
  const paidDays = sheetTemplate(SHEET.payroll(MONTH), "zh-CN")!.tables.find((t) => t.name === table)!.columns.find((c) => c.key === "paidDays")!.header;
  const offDay = sheetTemplate(SHEET.settings, "zh-CN")!.tables.find((t) => t.name === TABLE.holidays)!.columns.find((c) => c.key === "offDay")!.header;
  expect(String(sheetOf(fake, SHEET.payroll(MONTH)).get(10, 1 + headers.indexOf(paidDays))?.f)).toContain(`${TABLE.holidays}[[${offDay}]]`);
  expect(fake.headers(holidays)).toContain(offDay);
  expect(fake.names.has(layoutVersionName().toLowerCase())).toBe(true);

  // The contribution bases' check, at the table's end.
  expect(fake.headers(fake.table(TABLE.insuranceBases)!).slice(-1)).toEqual(["检查"]);

  // Once more: nothing moves again.
  must(await runPayroll(MONTH, { lang: "zh-CN" }));
  expect(fake.table(TABLE.holidays)!.top).toBe(V15_AT);
});

test("the deductions' standard loses 每月 and gains the column that says what it is; set-up writes its formula", async () => {
  const { fake } = await version14Fake();
  must(await runPayroll(MONTH, { lang: "zh-CN" }));
  const deductions = fake.table(TABLE.deductions)!;
  const headers = fake.headers(deductions);
  expect(headers.slice(headers.indexOf("现行标准"), headers.indexOf("现行标准") + 2)).toEqual(["现行标准", "标准计法"]);
  must(await setUpRolesAndStaff({ lang: "zh-CN" }));
  const unit = fake.headers(fake.table(TABLE.deductions)!).indexOf("标准计法");
  expect(String(sheetOf(fake, SHEET.deductions).get(deductions.top + 1, deductions.left + unit)?.f)).toContain("取得当年一次");
  // The warning's format names the check column where it stands now.
  const check = fake.headers(fake.table(TABLE.deductions)!).indexOf("检查");
  expect(check).toBeGreaterThan(unit);
  expect(sheetOf(fake, SHEET.deductions).conditionalFormats.map((f) => f.formula).join(" ")).toContain(`$${String.fromCharCode(65 + check)}`);
});

test("a command that does not write Settings leaves the Holidays table, its note and heading where layout 14 had them", async () => {
  const { fake } = await version14Fake();
  must(await planMonth(MONTH, 300000, { lang: "zh-CN" }));
  expect(fake.table(TABLE.holidays)!.top).toBe(V14_AT);
  expect(String(cell(fake, SHEET.settings, "J2"))).toMatch(/^预填的是已知年份的放假安排/);
  expect(fake.names.has(layoutVersionName(14).toLowerCase())).toBe(true);
});
