/**
 * Layout version 6 (issue 13, compliance): every payroll table gains the Compliance check column after
 * the employer's cost, before the helpers. A workbook of version 5 — made here as today's without that
 * column, its version name set back — is upgraded in place: the column is inserted where it belongs with
 * its formula, and what was typed in the payroll rows (a penalty) stays in its row and column.
 */
import { parseConfig } from "../../src/core/config";
import { exampleTeamConfig } from "../../src/data/exampleTeam";
import { runPayroll } from "../../src/office";
import { buildWorkbook } from "../../src/workbook/build";
import { insertsFrom } from "../../src/workbook/layoutUpgrades";
import { layoutVersionName } from "../../src/workbook/layoutVersion";
import { SHEET, payrollTable } from "../../src/workbook/names";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { sheetTemplate } from "../../src/workbook/templates";
import { FakeExcel } from "./fake";
import { sheetOf, must } from "./helpers";
import { withoutInsertsAfter, fakeOfVersion } from "./olderLayout";

// February: the payroll tables (January's and February's) are what version 6 changes; more months add only time.
const MONTH = "2026-02";
const TABLE = payrollTable(MONTH);

/** Today's workbook without the columns of version 6 and later (and the conditional formats that name them). */
function version5Spec(): WorkbookSpec {
  const config = parseConfig(exampleTeamConfig(MONTH));
  if (!config.ok) throw new Error("example");
  return withoutInsertsAfter(buildWorkbook(config.config, MONTH, "zh-CN").spec, 5);
}

async function version5Fake(): Promise<FakeExcel> {
  return fakeOfVersion(version5Spec(), 5);
}

test("version 6 inserts exactly the compliance check into the payroll tables", () => {
  // Version 6's own inserts: the later versions' (issue 12's workbook, the year-end bonus) follow them.
  const own = insertsFrom(5, TABLE).filter((c) => !insertsFrom(6, TABLE).includes(c));
  expect(own.map((c) => [c.key, c.after, c.header("zh-CN")])).toEqual([["complianceCheck", "employerCost", "合规检查"]]);
  expect(insertsFrom(5, "Staff").filter((c) => !insertsFrom(6, "Staff").includes(c))).toEqual([]);
});

test("a command on a version-5 workbook inserts the check after the employer's cost, with its formula, and keeps a typed penalty in its row", async () => {
  const fake = await version5Fake();
  const template = sheetTemplate(SHEET.payroll(MONTH), "zh-CN")!.tables.find((t) => t.name === TABLE)!.columns;
  const before = fake.headers(fake.table(TABLE)!);
  expect(before).not.toContain("合规检查");
  const sheet = sheetOf(fake, SHEET.payroll(MONTH));
  const penaltyCol = 1 + before.indexOf(template.find((c) => c.key === "penalty")!.header);
  // The first person's row (the table's header is row 9).
  sheet.type(`${String.fromCharCode(64 + penaltyCol)}10`, 123.45);

  const r = must(await runPayroll(MONTH, { lang: "zh-CN" }));
  expect(r.messages.map((m) => m.code)).toContain("office.note.upgraded");
  const after = fake.headers(fake.table(TABLE)!);
  expect(after).toEqual(template.map((c) => c.header));
  expect(after.indexOf("合规检查")).toBe(after.indexOf("用人成本") + 1);
  // In its row, under its header, now among the deductions (layout 8 moved it after the taxes).
  const penaltyNow = 1 + after.indexOf(template.find((c) => c.key === "penalty")!.header);
  expect(penaltyNow).toBe(2 + after.indexOf(template.find((c) => c.key === "annualBonusTax")!.header));
  expect(sheet.value(10, penaltyNow)).toBe(123.45);
  const check = sheet.get(10, 1 + after.indexOf("合规检查"));
  expect(String(check?.f)).toMatch(new RegExp(`^=IF\\(${TABLE}\\[\\[#This Row\\],\\[编号\\]\\]="","",MID\\(.*"；低于最低工资"`));
  expect(fake.names.has(layoutVersionName().toLowerCase())).toBe(true);
});
