/**
 * Layout version 12 (issue 13, city social-insurance profiles): Settings gains the profile in use (a named
 * cell in a new group at its foot) and the InsuranceBases table to the right of its other tables; the payroll
 * sheets gain the band of the month's limits above the table (H3:O6) and their contributions read it. A
 * workbook of version 10 — made here as today's without those (./olderLayout.ts for the columns; the new
 * table, cells and name taken out by hand), its version name set back — is upgraded in place, keeping what
 * the user typed on Settings.
 */
import { runPayroll } from "../../src/office";
import { upgradesFrom } from "../../src/workbook/layoutUpgrades";
import { layoutVersionName } from "../../src/workbook/layoutVersion";
import { NAME, SHEET, TABLE, payrollTable } from "../../src/workbook/names";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { FakeExcel } from "./fake";
import { sheetOf, must } from "./helpers";
import { withoutInsertsAfter, fakeOfVersion, exampleSpec } from "./olderLayout";

const MONTH = "2026-11";

/** Today's spec as version 10 held it: no InsuranceBases table, no profile setting, no band on the payroll. */
function asVersion10(spec: WorkbookSpec): WorkbookSpec {
  const older = withoutInsertsAfter(spec, 10);
  const profileCell = older.names.find((n) => n.name === NAME.insuranceProfile)!.range;
  const profileRow = Number(/\d+$/.exec(profileCell)![0]);
  older.names = older.names.filter((n) => n.name !== NAME.insuranceProfile);
  for (const sheet of older.sheets) {
    if (sheet.key === SHEET.settings) {
      sheet.tables = sheet.tables.filter((t) => t.name !== TABLE.insuranceBases);
      // And the red of its Check, which needs the table.
      sheet.conditionalFormats = sheet.conditionalFormats?.filter((f) => typeof f.target === "string" || f.target.table !== TABLE.insuranceBases);
      // The new group's heading and row (its heading is the row above), and the table's heading in R3.
      sheet.cells = sheet.cells.filter((c) => {
        const row = Number(/\d+$/.exec(c.at)![0]);
        return !(row === profileRow || row === profileRow - 1) && !c.at.startsWith("R");
      });
      sheet.merges = sheet.merges?.filter((m) => !m.startsWith("R") && !m.startsWith(`A${profileRow - 1}:`));
      sheet.columnGroups = sheet.columnGroups?.filter((g) => g.from !== "Z");
    }
    if (sheet.key.startsWith("payroll:")) sheet.cells = sheet.cells.filter((c) => !/^[H-O][3-6]$/.test(c.at));
  }
  return older;
}

async function version10Fake(): Promise<FakeExcel> {
  return fakeOfVersion(asVersion10(exampleSpec(MONTH)), 10);
}

test("version 12's upgrade inserts no column: its table and cells are new places, its formulas ShopSheet's own", () => {
  const v12 = upgradesFrom(10).find((u) => u.to === 12)!;
  expect(v12.columns ?? []).toEqual([]);
  expect(v12.formulas?.sheets).toContain("payroll");
  expect(v12.message).toBe("office.upgrade.v12");
});

test("a command on a version-10 workbook adds the profile setting, the InsuranceBases table and the payroll's band, keeping a typed floor", async () => {
  const fake = await version10Fake();
  expect(fake.table(TABLE.insuranceBases)).toBeUndefined();
  const settings = sheetOf(fake, SHEET.settings);
  // The user's own social-insurance floor (Settings B10 in this layout), typed before the upgrade.
  const floorAt = fake.names.get(NAME["socialInsurance.baseFloor"].toLowerCase())!;
  settings.type(floorAt.range.replace(/\$/g, ""), 5000);

  const r = must(await runPayroll(MONTH, { lang: "zh-CN" }));
  expect(r.messages.map((m) => m.code)).toContain("office.note.upgraded");
  expect(fake.table(TABLE.insuranceBases)).toBeDefined();
  expect(fake.names.has(NAME.insuranceProfile.toLowerCase())).toBe(true);
  expect(settings.value(Number(/\d+$/.exec(floorAt.range)![0]), 2)).toBe(5000);

  const payroll = sheetOf(fake, SHEET.payroll(MONTH));
  // The band: 养老 over its floor (I4), which falls back to Settings' floor without a profile.
  expect(payroll.value(3, 9)).toBe("养老");
  expect(String(payroll.get(4, 9)?.f)).toContain(`${TABLE.insuranceBases}[[辅助：险种序号]]=1`);
  expect(String(payroll.get(4, 9)?.f)).toContain(NAME["socialInsurance.baseFloor"]);
  const headers = fake.headers(fake.table(payrollTable(MONTH))!);
  const pension = String(payroll.get(10, 1 + headers.indexOf("养老保险（个人）"))?.f);
  expect(pension).toContain("$I$4");
  expect(pension).toContain("$I$6");
  expect(fake.names.has(layoutVersionName().toLowerCase())).toBe(true);
});
