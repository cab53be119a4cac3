/**
 * The payroll sheet's lookups (src/workbook/sheets/payrollFormulas.ts) take shortcuts that hold for the
 * workbook as ShopSheet writes it — Staff searched from the row's own number down, the previous
 * sheet searched by a binary search over its ascending Staff rows, the holders read from the row of
 * the role's number — and fall back to a full search where they do not. Here the user has sorted
 * Staff after the payroll sheets were written, so the shortcuts miss: LibreOffice's
 * recalculation must still give every person the engine's figures to the fen, and no error anywhere.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type * as ExcelJS from "exceljs";
import { parseConfig } from "../../src/core/config";
import { MONEY_KEYS } from "../../src/core/payroll";
import type { Config } from "../../src/core/types";
import { buildWorkbook, type BuiltWorkbook } from "../../src/workbook/build";
import { SHEET, TABLE, payrollTable } from "../../src/workbook/names";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { writeXlsxFast } from "../../src/xlsx/writer";
import { disposeOracle, errorCells, recalculate } from "./libreoffice";
import { fen, fenOf, rowsByKey } from "./workbookReader";

function configOf(raw: unknown): Config {
  const parsed = parseConfig(raw);
  if (!parsed.ok) throw new Error(`test config refused: ${JSON.stringify(parsed.errors)}`);
  return parsed.config;
}

/**
 * Joiners, a leaver, a re-hire in the very next month (on the previous sheet under their first
 * record), one across a gap (found two sheets back), a split role, and more roles than people on the
 * first sheet (holders counted in the row itself).
 */
const config = configOf({
  roles: [
    { id: "manager", share: "0.30", baseMin: 3000, baseMax: 50000 },
    { id: "designer", share: "0.08", baseMin: 2500, baseMax: 2500 },
    { id: "shipping", share: null, baseMin: null },
    { id: "promoter", share: "0.08", shareBasis: "splitRole", baseMin: 2500, baseMax: 2500 },
    // Fifth on Roles: January has four rows, so its holders are counted in the row itself.
    { id: "service", share: "8%", shareBasis: "splitRole", baseMin: 1800, baseMax: 1800 },
  ],
  staff: [
    { id: "R", name: "赵六", role: "manager", base: "32000", startDate: "2025-07-01", endDate: "2026-02-13", specialAdditionalDeduction: 2000,
      opening: { months: 1, gross: "30000", insurance: "3000", specialAdditionalDeduction: "2000", taxWithheld: "600" } },
    { id: "G", name: "钱七", role: "designer", base: "2500", endDate: "2026-01-20" },
    { id: "K", name: "keeper", role: "service", base: "1800" },
    { id: "P1", name: "推广一", role: "promoter", startDate: "2026-02-16" },
    { id: "P2", name: "推广二", role: "promoter", startDate: "2026-03-02" },
    { id: "L", name: "leaver", role: "service", endDate: "2026-03-20" },
    { id: "R-2", name: "赵六", role: "service", base: "1800", startDate: "2026-03-16", sameAs: "R", specialAdditionalDeduction: 2000 },
    { id: "G-2", name: "钱七", role: "designer", base: "2500", startDate: "2026-03-02", sameAs: "G" },
  ],
  months: [
    { month: "2026-01", grossMargin: "150000", entries: [{ staff: "R", reward: "20000" }] },
    { month: "2026-02", grossMargin: "90000.50" },
    { month: "2026-03", grossMargin: "80000" },
    { month: "2026-04", grossMargin: "120000", entries: [{ staff: "R-2", paidDays: "12.125" }, { staff: "G-2", reward: "300" }] },
  ],
});
const MONTH = "2026-04";

/**
 * The spec with Staff's rows in another order, as if the user had sorted them: the payroll rows no
 * longer stand in Staff order, so searches from a row's own number miss and the previous sheet's
 * Staff rows are no longer ascending (a binary search lands on wrong rows, which must be caught).
 */
const SHUFFLE = [2, 7, 0, 4, 6, 5, 1, 3];
function staffShuffled(spec: WorkbookSpec): WorkbookSpec {
  return { ...spec, sheets: spec.sheets.map((s) => ({ ...s, tables: s.tables.map((t) => (t.name === TABLE.staff ? { ...t, rows: SHUFFLE.map((i) => t.rows[i]!) } : t)) })) };
}

const dir = mkdtempSync(join(tmpdir(), "shopsheet-lookups-oracle-"));
let built: BuiltWorkbook;
let spec: WorkbookSpec;
let recalculated: ExcelJS.Workbook;

beforeAll(async () => {
  built = buildWorkbook(config, MONTH, "zh-CN");
  spec = staffShuffled(built.spec);
  const path = join(dir, "sorted.xlsx");
  await writeXlsxFast(spec, path);
  recalculated = (await recalculate([path])).get(path)!;
}, 120_000);

afterAll(async () => {
  await disposeOracle();
  rmSync(dir, { recursive: true, force: true });
});

test("the case takes every fallback: re-hires found on the previous sheet and two sheets back, more roles than people in January", () => {
  const ids = (m: string) => built.payroll.find((r) => r.month === m)!.employees.map((e) => e.id);
  expect(ids("2026-01")).toEqual(["R", "G", "K", "L"]); // four people, five roles
  expect([...SHUFFLE].sort()).toEqual(config.staff.map((_, i) => i));
  expect(ids("2026-02")).toEqual(["R", "K", "P1", "L"]); // G not paid in February
  expect(ids("2026-03")).toEqual(["K", "P1", "P2", "L", "R-2", "G-2"]); // R-2 runs on from February, G-2 from January
});

test("with Staff sorted otherwise, every person's pay is still the engine's to the fen", () => {
  expect(errorCells(recalculated)).toEqual([]);
  for (const result of built.payroll) {
    const rows = rowsByKey(recalculated, spec, SHEET.payroll(result.month), payrollTable(result.month));
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect([...byId.keys()].sort()).toEqual(result.employees.map((e) => e.id).sort());
    for (const e of result.employees) {
      const row = byId.get(e.id)!;
      const got = Object.fromEntries(MONEY_KEYS.map((k) => [k, fen(row[k]!)]));
      const want = Object.fromEntries(MONEY_KEYS.map((k) => [k, fenOf(e[k])]));
      expect({ month: result.month, id: e.id, ...got }).toEqual({ month: result.month, id: e.id, ...want });
    }
  }
});
