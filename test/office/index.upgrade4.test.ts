/**
 * Layout version 4 (issue 14): Staff gains the 旺旺 nickname and the personal columns at its right end,
 * after Check; the Targets tables gain actual orders and visitors beside actual sales and their
 * attainment beside the sales'. A workbook of version 3 — made here as today's without those columns,
 * its version name set back — is upgraded in place, every typed input kept in its row and column; and
 * `shopsheet read` reads such a file without calling the columns it lacks missing.
 */
import { parseConfig } from "../../src/core/config";
import { exampleTeamConfig } from "../../src/data/exampleTeam";
import { planMonth, refreshTargets, runPayroll, setUpRolesAndStaff } from "../../src/office";
import { parseA1 } from "../../src/workbook/address";
import { buildWorkbook } from "../../src/workbook/build";
import { insertsFrom } from "../../src/workbook/layoutUpgrades";
import { layoutVersionName } from "../../src/workbook/layoutVersion";
import { SHEET, targetsTable } from "../../src/workbook/names";
import { DAILY_KEYS } from "../../src/workbook/sheets/targets";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { sheetTemplate } from "../../src/workbook/templates";
import { wbText } from "../../src/workbook/text";
import { readConfig, parseRead, workbookMonths } from "../../src/workbook/read";
import { toBufferFast as toBuffer } from "../../src/xlsx/writer";
import { readWorkbookFile } from "../../src/xlsx/readWorkbook";
import { FakeExcel } from "./fake";
import { fakeOfVersion } from "./olderLayout";
import { sheetOf, must } from "./helpers";

const MONTH = "2026-11";

/**
 * Today's workbook without the columns version 4 added: what version 3 wrote (its other columns, formulas and places
 * are the same).
 */
function version3Spec(): WorkbookSpec {
  const config = parseConfig(exampleTeamConfig(MONTH));
  if (!config.ok) throw new Error("example");
  const spec = buildWorkbook(config.config, MONTH, "zh-CN").spec;
  for (const sheet of spec.sheets)
    for (const t of sheet.tables) {
      // Version 4's columns only: version 5's payroll helpers (./index.upgrade5.test.ts) stay, as today's
      // payroll formulas read by them.
      const added = new Set(insertsFrom(3, t.name).filter((c) => !insertsFrom(4, t.name).includes(c)).map((c) => c.key));
      if (added.size === 0) continue;
      t.columns = t.columns.filter((c) => !added.has(c.key));
      t.rows = t.rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !added.has(k))));
      if (t.totalsResults) t.totalsResults = Object.fromEntries(Object.entries(t.totalsResults).filter(([k]) => !added.has(k)));
    }
  // Version 3's conditional format on the daily table named the variance column where it stood then.
  const targets = spec.sheets.find((s) => s.key === SHEET.targets(MONTH))!;
  targets.conditionalFormats = targets.conditionalFormats?.filter((f) => typeof f.target === "string" || f.target.column !== "variance");
  // Later versions' columns (version 6's compliance check) had no conditional format in version 3 either.
  for (const sheet of spec.sheets) {
    const removed = new Set(sheet.tables.flatMap((t) => insertsFrom(3, t.name).map((c) => c.key)));
    sheet.conditionalFormats = sheet.conditionalFormats?.filter((f) => typeof f.target === "string" || f.target.column === undefined || !removed.has(f.target.column));
  }
  return spec;
}

async function version3Fake(): Promise<FakeExcel> {
  return fakeOfVersion(version3Spec(), 3);
}

const headers = (fake: FakeExcel, table: string) => fake.headers(fake.table(table)!);
const template = (key: string, table: string) => sheetTemplate(key, "zh-CN")!.tables.find((t) => t.name === table)!.columns.map((c) => c.header);
test("the version-3 workbook lacks exactly version 4's columns", async () => {
  const fake = await version3Fake();
  expect(headers(fake, "Staff")).not.toContain("证件号码");
  expect(headers(fake, targetsTable(MONTH))).not.toContain("实际订单数");
  expect(fake.names.has(layoutVersionName(3).toLowerCase())).toBe(true);
});

test("any command inserts them where they belong, keeps what was typed (the actual sales, a column of the user's), records version 4", async () => {
  const fake = await version3Fake();
  const staff = sheetOf(fake, SHEET.staff);
  const t = fake.table("Staff")!;
  fake.userInsertColumn("Staff", t.right - t.left + 1, "备注");
  staff.type(`${String.fromCharCode(64 + fake.table("Staff")!.right)}7`, "试用期");
  const targets = sheetOf(fake, SHEET.targets(MONTH));
  // The actual sales of the first day, in the column so named (this version-3 workbook is made from
  // today's template less version 4's columns, so later layouts' columns stand before it).
  const actualAt = 1 + headers(fake, targetsTable(MONTH)).indexOf(wbText("wb.targets.col.actual", "zh-CN"));
  expect(actualAt).toBeGreaterThan(1);
  targets.type(`${String.fromCharCode(64 + actualAt)}13`, 12000);

  const r = must(await runPayroll(MONTH, { lang: "zh-CN" }));
  expect(r.messages.map((m) => m.code)).toContain("office.note.upgraded");
  expect(headers(fake, "Staff")).toEqual([...template(SHEET.staff, "Staff"), "备注"]);
  expect(headers(fake, targetsTable(MONTH))).toEqual(template(SHEET.targets(MONTH), targetsTable(MONTH)));
  // The user's column moved right with its cells, past the five new ones.
  const after = fake.table("Staff")!;
  expect(staff.value(7, after.right)).toBe("试用期");
  // The actual typed stays with its day (the new columns are right of it).
  expect(targets.value(13, 1 + DAILY_KEYS.indexOf("actual"))).toBe(12000);
  expect(fake.names.has(layoutVersionName().toLowerCase())).toBe(true);

  // The Targets sheet, written again, gets its new formulas; what was typed is still there.
  must(await refreshTargets(MONTH, { lang: "zh-CN" }));
  const attainment = targets.get(13, 1 + DAILY_KEYS.indexOf("ordersAttainment"));
  expect(attainment?.f).toMatch(/SUMIFS/);
  expect(targets.value(13, 1 + DAILY_KEYS.indexOf("actual"))).toBe(12000);
  must(await setUpRolesAndStaff({ lang: "zh-CN" }));
  must(await planMonth(MONTH, undefined, { lang: "zh-CN" }));
  expect(staff.value(7, fake.table("Staff")!.right)).toBe("试用期");
});

test("shopsheet read on a version-3 file: the columns it lacks are not missing, nothing is read from them", async () => {
  const bytes = await toBuffer(version3Spec());
  // The file says version 4 (the renderer writes the current one): as a version-3 file it must say 3.
  const file = await readWorkbookFile(await renamedVersion(bytes));
  expect(file.problems).toEqual([]);
  const read = readConfig(file.grid, file.lang, { months: workbookMonths(file.keys) });
  const parsed = parseRead(read);
  expect(parsed.ok).toBe(true);
  expect((read.raw.staff as Record<string, unknown>[]).every((p) => p.idNumber === undefined)).toBe(true);
});

/** The .xlsx with its layout name set back to version 3 (exceljs round trip). */
async function renamedVersion(bytes: Uint8Array): Promise<Uint8Array> {
  const ExcelJS = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const names = wb.definedNames.model as { name: string; ranges: string[] }[];
  wb.definedNames.model = names.map((n) => (n.name === layoutVersionName() ? { ...n, name: layoutVersionName(3) } : n)) as never;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

test("the check column stays where version 3 had it, so version 3's formulas keep their places", () => {
  const v3 = version3Spec().sheets.find((s) => s.key === SHEET.staff)!.tables[0]!;
  const now = sheetTemplate(SHEET.staff, "zh-CN")!.tables[0]!;
  expect(now.columns.slice(0, v3.columns.length).map((c) => c.key)).toEqual(v3.columns.map((c) => c.key));
  expect(parseA1(now.at)).toEqual(parseA1(v3.at));
});

test("a column of the user's already called 银行账号 at the end of Staff becomes ShopSheet's: its accounts stay in their rows and are read", async () => {
  const fake = await version3Fake();
  const staff = sheetOf(fake, SHEET.staff);
  const t = fake.table("Staff")!;
  fake.userInsertColumn("Staff", t.right - t.left + 1, "银行账号");
  staff.type(`${String.fromCharCode(64 + fake.table("Staff")!.right)}7`, "'6222 0000 1111");
  must(await runPayroll(MONTH, { lang: "zh-CN" }));
  expect(headers(fake, "Staff")).toEqual(template(SHEET.staff, "Staff"));
  const after = fake.table("Staff")!;
  expect(staff.value(7, after.right)).toBe("6222 0000 1111");
  const { readSetup } = await import("../../src/office/commands/setUp");
  const read = await readSetup({ lang: "zh-CN" });
  if (!read.ok) throw new Error(read.messages.map((m) => m.text).join("\n"));
  expect((read.sections.staff as Record<string, unknown>[])[1]).toMatchObject({ bankAccount: "6222 0000 1111" });
});
