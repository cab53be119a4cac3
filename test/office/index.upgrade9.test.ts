/**
 * Layout version 9 (issue 13, the year-end one-off bonus): every payroll table gains the bonus as an item of
 * pay (after the allowances), how to tax it typed beside the printed block (after the typed allowances), its
 * tax as a deduction (after the wages' tax, so in 扣款合计), how it was taxed among the tax's workings, and five
 * helpers at the end; Settings gains the separate taxation's end after the company's group (its named cell
 * written by any command, with its default). A workbook of
 * version 8 — made here as today's without those columns and that setting, its version name set back — is
 * upgraded in place: the columns go where a fresh workbook has them, with their formulas, the setting gets
 * its default, and what was typed in the payroll rows (a penalty, paid days typed right of the new bonus
 * column) stays in its row and with its header.
 */
import { parseConfig } from "../../src/core/config";
import { exampleTeamConfig } from "../../src/data/exampleTeam";
import { runPayroll } from "../../src/office";
import { buildWorkbook } from "../../src/workbook/build";
import { insertsFrom } from "../../src/workbook/layoutUpgrades";
import { layoutVersionName } from "../../src/workbook/layoutVersion";
import { NAME, SHEET, payrollTable } from "../../src/workbook/names";
import type { ValueCell, WorkbookSpec } from "../../src/workbook/spec";
import { sheetTemplate } from "../../src/workbook/templates";
import { FakeExcel } from "./fake";
import { sheetOf, must } from "./helpers";
import { withoutInsertsAfter, fakeOfVersion } from "./olderLayout";

const MONTH = "2026-11";
const TABLE = payrollTable(MONTH);
const BONUS_SETTING = "annualBonus.separateTaxationUntil";
const rowOf = (at: string) => Number(/\d+/.exec(at)![0]);

/** Today's workbook without version 9's columns (./olderLayout.ts) and the bonus's setting (its heading and row). */
function version8Spec(): WorkbookSpec {
  const config = parseConfig(exampleTeamConfig(MONTH));
  if (!config.ok) throw new Error("example");
  const spec = withoutInsertsAfter(buildWorkbook(config.config, MONTH, "zh-CN").spec, 8);
  const settings = spec.sheets.find((s) => s.cells.some((c) => (c as ValueCell).reads?.path === BONUS_SETTING))!;
  const setting = settings.cells.find((c) => (c as ValueCell).reads?.path === BONUS_SETTING)!;
  const rows = new Set([rowOf(setting.at) - 1, rowOf(setting.at)]);
  settings.cells = settings.cells.filter((c) => !rows.has(rowOf(c.at)));
  settings.merges = settings.merges?.filter((m) => !m.split(":").some((a) => rows.has(rowOf(a))));
  return spec;
}

async function version8Fake(): Promise<FakeExcel> {
  const fake = await fakeOfVersion(version8Spec(), 8);
  // Version 8 had no such setting, so no name for it.
  fake.deleteName(NAME["annualBonus.separateTaxationUntil"]);
  return fake;
}

const letter = (col: number) => String.fromCharCode(64 + col);

test("version 9 inserts the bonus's columns into the payroll tables where a fresh one has them", () => {
  // Version 9's own inserts (later versions' follow them).
  const own = (table: string) => insertsFrom(8, table).filter((c) => !insertsFrom(9, table).includes(c));
  expect(own(TABLE).map((c) => [c.key, c.after])).toEqual([
    ["annualBonus", "allowances"],
    ["annualBonusTaxationInput", "allowancesExempt"],
    ["annualBonusTax", "iit"],
    ["annualBonusTaxation", "cumulativeTax"],
    ["wagesToDate", "ytdRow"],
    ["bonusSeparateTax", "wagesToDate"],
    ["bonusMergedTax", "bonusSeparateTax"],
    ["separateBonusesBefore", "bonusMergedTax"],
    ["separateBonusesToDate", "separateBonusesBefore"],
  ]);
  expect(own("Staff")).toEqual([]);
});

test("a command on a version-7 workbook inserts the bonus's columns in place, writes the setting's default, and keeps what was typed in its row and under its header", async () => {
  const fake = await version8Fake();
  const template = sheetTemplate(SHEET.payroll(MONTH), "zh-CN")!.tables.find((t) => t.name === TABLE)!.columns;
  const header = (key: string) => template.find((c) => c.key === key)!.header;
  const before = fake.headers(fake.table(TABLE)!);
  expect(before).not.toContain(header("annualBonus"));
  const sheet = sheetOf(fake, SHEET.payroll(MONTH));
  // The first person's row (the table's header is row 9): a penalty right of the new bonus column and left of
  // the bonus's tax (among the deductions since layout 8), paid days typed right of both (moved two columns right).
  sheet.type(`${letter(1 + before.indexOf(header("penalty")))}10`, 123.45);
  sheet.type(`${letter(1 + before.indexOf(header("paidDaysInput")))}10`, 20);
  const settings = sheetOf(fake, SHEET.settings);
  expect([40, 41].map((r) => settings.value(r, 1))).toEqual(["", ""]);
  expect(fake.names.has(NAME["annualBonus.separateTaxationUntil"].toLowerCase())).toBe(false);

  const r = must(await runPayroll(MONTH, { lang: "zh-CN" }));
  expect(r.messages.map((m) => m.code)).toContain("office.note.upgraded");
  const after = fake.headers(fake.table(TABLE)!);
  expect(after).toEqual(template.map((c) => c.header));
  expect(after.indexOf(header("annualBonus"))).toBe(after.indexOf(header("allowances")) + 1);
  expect(after.indexOf(header("annualBonusTax"))).toBe(after.indexOf(header("iit")) + 1);
  // The penalty stays the last deduction before 扣款合计 (layout 8).
  expect(after.indexOf(header("penalty"))).toBe(after.indexOf(header("annualBonusTax")) + 1);
  expect(after.indexOf(header("deductionTotal"))).toBe(after.indexOf(header("penalty")) + 1);
  expect(sheet.value(10, 1 + after.indexOf(header("penalty")))).toBe(123.45);
  expect(sheet.value(10, 1 + after.indexOf(header("paidDaysInput")))).toBe(20);
  // 扣款合计 takes the bonus's tax; the taxation shows in Chinese words.
  const formulaOf = (key: string) => String(sheet.get(10, 1 + after.indexOf(header(key)))?.f);
  expect(formulaOf("deductionTotal")).toContain(`[${header("annualBonusTax")}]`);
  expect(formulaOf("annualBonusTaxation")).toContain('"单独计税"');
  expect(formulaOf("annualBonusTaxation")).toContain('"并入综合所得"');
  // The setting after the company's group, with its default, as text, named for the formulas (its heading and
  // label come when Settings is next written, by the setup command).
  expect(settings.value(41, 2)).toBe("2027-12-31");
  expect(fake.names.has(NAME["annualBonus.separateTaxationUntil"].toLowerCase())).toBe(true);
  expect(fake.names.has(layoutVersionName().toLowerCase())).toBe(true);
});
