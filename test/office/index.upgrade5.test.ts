/**
 * Layout version 5 (issue 15): every payroll table gains eight helper columns at its right end — the
 * rows each row's lookups find, once — and every other figure reads by INDEX from them. A workbook of
 * version 4, as `shopsheet workbook` wrote it then (test/fixtures/layout-v4, made by that release's own
 * code), is upgraded in place by any command: the helpers inserted after the last of version 4's, what
 * the user typed kept in its row and column, a column of the user's still last, version 5 recorded.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { refreshTargets, runPayroll, setUpRolesAndStaff } from "../../src/office";
import { a1 } from "../../src/workbook/address";
import { UPGRADES } from "../../src/workbook/layoutUpgrades";
import { LAYOUT_VERSION, layoutVersionName } from "../../src/workbook/layoutVersion";
import { SHEET, payrollTable } from "../../src/workbook/names";
import { readConfig, parseRead, workbookMonths } from "../../src/workbook/read";
import { sheetTemplate } from "../../src/workbook/templates";
import { wbText } from "../../src/workbook/text";
import { readWorkbookFile } from "../../src/xlsx/readWorkbook";
import { FakeExcel, loadXlsx } from "./fake";
import { sheetOf, must } from "./helpers";

const FIXTURE = join(__dirname, "../fixtures/layout-v4/cli-en.xlsx");
const MONTHS = ["2026-10", "2026-11"] as const;
/** Version 5's own inserts (a later version, issue 12's 6, inserts and moves more). */
const HELPERS = UPGRADES.find((u) => u.to === 5)!.columns!.map((c) => c.key);

async function version4(): Promise<FakeExcel> {
  const fake = new FakeExcel();
  fake.install();
  await loadXlsx(fake, readFileSync(FIXTURE));
  return fake;
}

const helperHeader = (key: string) => wbText("wb.col.helper", "en-US", { what: wbText(`wb.col.${key}` as never, "en-US") });
const template = (month: string) => sheetTemplate(SHEET.payroll(month), "en-US")!.tables[0]!.columns.map((c) => c.header);
/** Each payroll row's typed entries, by its person and header: what must survive the upgrade. */
function typed(fake: FakeExcel, month: string): Record<string, unknown> {
  const t = fake.table(payrollTable(month))!;
  const headers = fake.headers(t);
  const ws = sheetOf(fake, SHEET.payroll(month));
  const out: Record<string, unknown> = {};
  // The paid days typed under their header then and now (issue 12's layout 8 names them apart from the days used).
  const paidDays = ["Paid days (blank = auto)", "Paid days typed"];
  for (const header of ["Reward", "Penalty", ...paidDays].filter((h) => headers.includes(h)))
    for (let r = t.top + 1; r <= t.lastData; r++) out[`${ws.value(r, t.left)} ${paidDays.includes(header) ? "paid days" : header}`] = ws.value(r, t.left + headers.indexOf(header));
  return out;
}

test("the fixture is version 4, without the helpers: its lookups are MATCHes in every row", async () => {
  expect(HELPERS).toEqual(["tableRow", "staffRow", "roleRow", "openingRow", "roleHolders", "prevRow", "ytdMonth", "ytdRow"]);
  const fake = await version4();
  expect(fake.names.has(layoutVersionName(4).toLowerCase())).toBe(true);
  expect(LAYOUT_VERSION).toBeGreaterThanOrEqual(5);
  for (const month of MONTHS) expect(fake.headers(fake.table(payrollTable(month))!)).not.toContain(helperHeader("staffRow"));
  const formulas = [...sheetOf(fake, SHEET.payroll("2026-11")).cells.values()].flatMap((c) => (c.f ? [c.f] : []));
  expect(formulas.some((f) => f.includes("MATCH("))).toBe(true);
});

test("running the payroll inserts the helpers after version 4's last column, keeps what was typed and a column of the user's, records version 5", async () => {
  const fake = await version4();
  const nov = payrollTable("2026-11");
  const t = fake.table(nov)!;
  fake.userInsertColumn(nov, t.right - t.left + 1, "Notes");
  const ws = sheetOf(fake, SHEET.payroll("2026-11"));
  ws.type(a1(11, fake.table(nov)!.right), "checked");
  const before = MONTHS.map((m) => typed(fake, m));
  expect(Object.keys(before[1]!).length).toBeGreaterThan(5);

  const r = must(await runPayroll("2026-11", { lang: "en-US" }));
  expect(r.messages.map((m) => m.code)).toContain("office.note.upgraded");
  expect(fake.headers(fake.table(nov)!)).toEqual([...template("2026-11"), "Notes"]);
  expect(fake.headers(fake.table(payrollTable("2026-10"))!)).toEqual(template("2026-10"));
  expect(MONTHS.map((m) => typed(fake, m))).toEqual(before);
  expect(ws.value(11, fake.table(nov)!.right)).toBe("checked");
  expect(fake.names.has(layoutVersionName().toLowerCase())).toBe(true);
  expect(fake.names.has(layoutVersionName(4).toLowerCase())).toBe(false);

  // The figures read by the row found once: the name by INDEX over the Staff row helper, no MATCH left
  // outside the helper columns themselves.
  const upgraded = fake.table(nov)!;
  const headers = fake.headers(upgraded);
  const nameFormula = ws.get(upgraded.top + 1, upgraded.left + headers.indexOf("Name"))?.f ?? "";
  expect(nameFormula).toContain("INDEX(");
  expect(nameFormula).toContain(helperHeader("staffRow"));
  const helperColumns = new Set(HELPERS.map((k) => upgraded.left + headers.indexOf(helperHeader(k))));
  const matches = [];
  for (let c = upgraded.left; c <= upgraded.right; c++)
    if (!helperColumns.has(c) && /MATCH\(/.test(ws.get(upgraded.top + 1, c)?.f ?? "")) matches.push(headers[c - upgraded.left]);
  expect(matches).toEqual([]);

  // Every other command works on the upgraded workbook and keeps the same inputs.
  must(await setUpRolesAndStaff({ lang: "en-US" }));
  must(await refreshTargets("2026-11", { lang: "en-US" }));
  expect(MONTHS.map((m) => typed(fake, m))).toEqual(before);
});

test("shopsheet read on the version-4 file: no column missing, the config read whole", async () => {
  const file = await readWorkbookFile(readFileSync(FIXTURE));
  expect(file.problems).toEqual([]);
  const read = readConfig(file.grid, file.lang, { months: workbookMonths(file.keys) });
  const parsed = parseRead(read);
  expect(parsed.ok).toBe(true);
});
