/**
 * Layout version 13 (issue 13, the calendar past the package's years): Settings gains the Holidays table, and
 * every payroll table's paid days read it (the 21.75-day rule: days worked + statutory holidays). A workbook of
 * version 10 — made here as today's without the table and with a stand-in for the older paid-days formula, its
 * version name set back — is upgraded in place by a payroll command: the table appears, pre-filled with the
 * year's days, the payroll's paid days name it, and what the user typed on Settings stays.
 */
import { runPayroll } from "../../src/office";
import { upgradesFrom } from "../../src/workbook/layoutUpgrades";
import { layoutVersionName } from "../../src/workbook/layoutVersion";
import { SHEET, TABLE, payrollTable } from "../../src/workbook/names";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { sheetTemplate } from "../../src/workbook/templates";
import { FakeExcel } from "./fake";
import { fakeOfVersion, exampleSpec } from "./olderLayout";
import { sheetOf, must } from "./helpers";

const MONTH = "2026-11";

/** Today's spec as version 10 held it: no Holidays table nor its texts, the paid days without it. */
function asVersion10(spec: WorkbookSpec): WorkbookSpec {
  for (const sheet of spec.sheets) {
    sheet.tables = sheet.tables.filter((t) => t.name !== TABLE.holidays);
    sheet.tables.forEach((t) => (t.columns = t.columns.map((c) => (c.formula?.includes(`${TABLE.holidays}[`) ? { ...c, formula: "0" } : c))));
    if (sheet.key === SHEET.settings) {
      sheet.cells = sheet.cells.filter((c) => !/^J\d+$/.test(c.at));
      sheet.merges = sheet.merges?.filter((m) => !m.startsWith("J"));
      sheet.columnGroups = sheet.columnGroups?.filter((g) => g.from !== "M");
    }
  }
  return spec;
}

async function version10Fake(): Promise<FakeExcel> {
  return fakeOfVersion(asVersion10(exampleSpec(MONTH)), 10);
}

test("version 13's upgrade rewrites the payroll formulas and inserts no column", () => {
  expect(upgradesFrom(12).filter((u) => u.to === 13).map((u) => [u.to, u.message, u.columns ?? []])).toEqual([[13, "office.upgrade.v13", []]]);
});

test("a payroll command on a version-10 workbook adds the Holidays table with the year's days and makes the paid days read it", async () => {
  const fake = await version10Fake();
  expect(fake.table(TABLE.holidays)).toBeUndefined();
  const r = must(await runPayroll(MONTH, { lang: "zh-CN" }));
  expect(r.messages.map((m) => m.code)).toContain("office.note.upgraded");

  const holidays = fake.table(TABLE.holidays)!;
  const template = sheetTemplate(SHEET.settings, "zh-CN")!.tables.find((t) => t.name === TABLE.holidays)!;
  expect(fake.headers(holidays)).toEqual(template.columns.map((c) => c.header));
  // The 2026 arrangement, from its first day: 元旦 2026-01-01 (a Thursday), statutory.
  const settings = sheetOf(fake, SHEET.settings);
  const first = holidays.top + 1; // its first row (the table stands below the settings since layout 15)
  expect([settings.value(first, 10), settings.value(first, 11), settings.value(first, 12)]).toEqual([46023, "法定节假日", "元旦"]);

  const table = payrollTable(MONTH);
  const headers = fake.headers(fake.table(table)!);
  const payrollHeader = sheetTemplate(SHEET.payroll(MONTH), "zh-CN")!.tables.find((t) => t.name === table)!.columns.find((c) => c.key === "paidDays")!.header;
  const formula = String(sheetOf(fake, SHEET.payroll(MONTH)).get(10, 1 + headers.indexOf(payrollHeader))?.f);
  expect(formula).toContain("NETWORKDAYS(");
  expect(formula).toContain(`${TABLE.holidays}[`);
  expect(fake.names.has(layoutVersionName().toLowerCase())).toBe(true);
});
