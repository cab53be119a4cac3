/**
 * Layout version 10 (issue 13, special taxpayers: 国家税务总局公告2020年第19号 and 第13号): Staff gains the two
 * flags after the monthly special deduction, and every payroll table a helper at its end — the months of the
 * basic deduction they give — which the cumulative taxable income now multiplies. A workbook of version 9 —
 * made here as today's without those columns (./olderLayout.ts), its version name set back — is upgraded in
 * place: the columns go where a fresh workbook has them, and what was typed on Staff right of them (an end
 * date) stays in its row and under its header.
 */
import { runPayroll } from "../../src/office";
import { insertsFrom } from "../../src/workbook/layoutUpgrades";
import { layoutVersionName } from "../../src/workbook/layoutVersion";
import { SHEET, TABLE as TABLES, payrollTable } from "../../src/workbook/names";
import { sheetTemplate } from "../../src/workbook/templates";
import { FakeExcel } from "./fake";
import { sheetOf, must } from "./helpers";
import { withoutInsertsAfter, fakeOfVersion, exampleSpec } from "./olderLayout";

const MONTH = "2026-11";
const TABLE = payrollTable(MONTH);

async function version9Fake(): Promise<FakeExcel> {
  return fakeOfVersion(withoutInsertsAfter(exampleSpec(MONTH), 9), 9);
}

const letter = (col: number) => String.fromCharCode(64 + col);

test("version 10 inserts the two flags into Staff and the basic deduction's months at the end of every payroll table", () => {
  expect(insertsFrom(9, TABLES.staff).map((c) => [c.key, c.after])).toEqual([
    ["previousYearUnder60k", "specialAdditionalDeduction"],
    ["firstJobThisYear", "previousYearUnder60k"],
  ]);
  // Version 10's own (a later version adds another after it: ./index.upgrade11.test.ts).
  expect(insertsFrom(9, TABLE).map((c) => [c.key, c.after])[0]).toEqual(["basicMonths", "separateBonusesToDate"]);
});

test("a command on a version-9 workbook inserts the columns in place and keeps what was typed on Staff in its row and under its header", async () => {
  const fake = await version9Fake();
  const staffTemplate = sheetTemplate(SHEET.staff, "zh-CN")!.tables.find((t) => t.name === TABLES.staff)!.columns;
  const staffHeader = (key: string) => staffTemplate.find((c) => c.key === key)!.header;
  const staffBefore = fake.headers(fake.table(TABLES.staff)!);
  expect(staffBefore).not.toContain(staffHeader("previousYearUnder60k"));
  const staff = sheetOf(fake, SHEET.staff);
  // The first person's row (Staff's header is row 5): an end date typed right of the new columns.
  staff.type(`${letter(1 + staffBefore.indexOf(staffHeader("endDate")))}6`, 46387);

  const r = must(await runPayroll(MONTH, { lang: "zh-CN" }));
  expect(r.messages.map((m) => m.code)).toContain("office.note.upgraded");
  const staffAfter = fake.headers(fake.table(TABLES.staff)!);
  expect(staffAfter.slice(0, staffTemplate.length)).toEqual(staffTemplate.map((c) => c.header));
  expect(staffAfter.indexOf(staffHeader("previousYearUnder60k"))).toBe(staffAfter.indexOf(staffHeader("specialAdditionalDeduction")) + 1);
  expect(staff.value(6, 1 + staffAfter.indexOf(staffHeader("endDate")))).toBe(46387);

  const template = sheetTemplate(SHEET.payroll(MONTH), "zh-CN")!.tables.find((t) => t.name === TABLE)!.columns;
  const header = (key: string) => template.find((c) => c.key === key)!.header;
  const after = fake.headers(fake.table(TABLE)!);
  expect(after).toEqual(template.map((c) => c.header));
  const sheet = sheetOf(fake, SHEET.payroll(MONTH));
  const formulaOf = (key: string) => String(sheet.get(10, 1 + after.indexOf(header(key)))?.f);
  // The cumulative taxable income takes the basic deduction × the helper's months, which read the taxpayer's flags.
  expect(formulaOf("cumulativeTaxable")).toContain(`BasicDeduction*${TABLE}[[#This Row],[${header("basicMonths")}]]`);
  expect(formulaOf("basicMonths")).toContain(`Staff[[${staffHeader("previousYearUnder60k")}]]`);
  expect(formulaOf("basicMonths")).toContain('"是"');
  expect(fake.names.has(layoutVersionName().toLowerCase())).toBe(true);
});
