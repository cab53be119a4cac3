/**
 * Layout version 16 (issue 15): closed months. A version-15 workbook kept every payroll month's base as a formula
 * over Staff; its next month command closes the months before the one it writes — each one's base becomes the
 * base the month was paid with (a value) — and the payroll note (A7) says so. No column, header or formula of the
 * open month changes.
 *
 * The version-15 workbook is made here as the CLI writes today's, every month's base helper given back its
 * formula and A7 its older text, its version name set back; then upgraded in place through the strict Office.js
 * double. The example team's manager is paid 8,000 (src/data/exampleTeam.ts).
 */
import { runPayroll } from "../../src/office";
import { parseA1 } from "../../src/workbook/address";
import { upgradesFrom } from "../../src/workbook/layoutUpgrades";
import { layoutVersionName } from "../../src/workbook/layoutVersion";
import { SHEET, TABLE } from "../../src/workbook/names";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { tableTemplate } from "../../src/workbook/templates";
import { wbText } from "../../src/workbook/text";
import { exampleSpec, fakeOfVersion } from "./olderLayout";
import { must, payCol, sheetOf } from "./helpers";
import type { FakeExcel } from "./fake";

const MONTH = "2026-11";
const EARLIER = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"];
const v16 = upgradesFrom(15).find((u) => u.to === 16)!;
const olderNote = v16.texts!.find((t) => t.sheet === "payroll" && t.at === "A7")!.before("zh-CN", "")!;

/** Today's spec as layout 15 held it: every month's base by formula, the older note. */
function asVersion15(spec: WorkbookSpec): WorkbookSpec {
  const formula = tableTemplate(`Payroll_${MONTH.replace("-", "_")}`, "zh-CN")!.columns.find((c) => c.key === "base")!.formula!;
  for (const sheet of spec.sheets) {
    if (!sheet.key.startsWith("payroll:")) continue;
    sheet.tables = sheet.tables.map((t) => ({ ...t, columns: t.columns.map((c) => (c.key === "base" ? { ...c, formula, style: "money" } : c)) }));
    sheet.cells = sheet.cells.map((c) => (c.at === "A7" ? { ...c, value: olderNote } : c));
  }
  return spec;
}

/** The manager's base cell (the table's first row) of each month: a formula's text or the value. */
const managerBases = (fake: FakeExcel, months: readonly string[]) => months.map((m) => sheetOf(fake, SHEET.payroll(m)).formula(10, parseA1(`${payCol("base")}1`).col));

test("a payroll command closes a version-15 workbook's months before its own, rewrites the note and says what changed", async () => {
  const fake = await fakeOfVersion(asVersion15(exampleSpec(MONTH)), 15);
  expect(managerBases(fake, [...EARLIER, MONTH]).every((f) => String(f).startsWith("="))).toBe(true);

  const r = must(await runPayroll(MONTH, { lang: "zh-CN" }));
  const upgraded = r.messages.find((m) => m.code === "office.note.upgraded");
  expect(upgraded?.text).toContain("已结账");
  expect(managerBases(fake, EARLIER)).toEqual(EARLIER.map(() => 8000));
  expect(String(managerBases(fake, [MONTH])[0])).toMatch(/^=/);
  // The older note is ShopSheet's (not kept as the user's): the new one is written on every month's sheet.
  const note = wbText("wb.payroll.ytdNote", "zh-CN");
  expect(note).toContain("已结账月份按当月底薪计");
  expect([...EARLIER, MONTH].map((m) => sheetOf(fake, SHEET.payroll(m)).value(7, 1))).toEqual([...EARLIER, MONTH].map(() => note));
  expect(fake.names.has(layoutVersionName().toLowerCase())).toBe(true);

  // A raise on Staff now reaches November only.
  const staff = fake.table(TABLE.staff)!;
  const baseCol = staff.left + fake.headers(staff).indexOf("底薪");
  sheetOf(fake, SHEET.staff).get(staff.top + 1, baseCol)!.v = 9000;
  must(await runPayroll(MONTH, { lang: "zh-CN" }));
  expect(managerBases(fake, EARLIER)).toEqual(EARLIER.map(() => 8000));
});
