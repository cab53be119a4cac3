/**
 * A shipped example city profile answers, on reading, to its id and both its names (src/workbook/insuranceChoices.ts
 * readProfileId: shanghai, 上海（示例，请核对本市标准）, "Shanghai (example — check your city)"), while the payroll's
 * band of limits takes the InsuranceBases rows whose profile cell equals Settings' SI_Profile as text
 * (src/workbook/sheets/insuranceBand.ts: [profile]=SI_Profile, ignoring case only). Recalculated by LibreOffice: a
 * Chinese workbook as ShopSheet writes it agrees with the engine; with the profile chosen in Settings by another of the
 * example's names, or the table's rows renamed to its id, the sheet finds no row for the month and clamps to Settings'
 * single limits while the engine uses Shanghai's — so reading refuses the cell that names the profile otherwise than
 * the rest, with its place.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type * as ExcelJS from "exceljs";
import { MONEY_KEYS } from "../../src/core/payroll";
import { buildWorkbook } from "../../src/workbook/build";
import { payrollTable, SHEET, TABLE } from "../../src/workbook/names";
import { describeReadProblem, parseRead, readConfig, workbookMonths } from "../../src/workbook/read";
import type { TableRow, WorkbookSpec } from "../../src/workbook/spec";
import { writeXlsxFast } from "../../src/xlsx/writer";
import { readWorkbookFile } from "../../src/xlsx/readWorkbook";
import { disposeOracle, errorCells, recalculate } from "./libreoffice";
import { fen, fenOf, rowsByKey } from "./workbookReader";
import { configOf } from "./typedBooks";

const MONTH = "2025-03";
const EN_NAME = "Shanghai (example — check your city)";

// LOW's base is under Shanghai's floor and HIGH's over its ceiling: a band of other limits pays them otherwise.
const config = configOf({
  settings: { insuranceProfile: "shanghai" },
  roles: [{ id: "plain", share: null, baseMin: null, insured: true }],
  staff: [
    { id: "LOW", role: "plain", base: "3000", startDate: "2020-01-01" },
    { id: "HIGH", role: "plain", base: "50000", startDate: "2020-01-01" },
  ],
  months: [{ month: MONTH, grossMargin: "0" }],
});
const built = buildWorkbook(config, MONTH, "zh-CN");
const profileCell = built.spec.names.find((n) => n.name === "SI_Profile")!.range.split("!").pop()!.replace(/\$/g, "");

/** The Settings cell choosing the profile typed as `text`. */
function chosenAs(text: string): WorkbookSpec {
  return {
    ...built.spec,
    sheets: built.spec.sheets.map((s) => (s.key !== SHEET.settings ? s : { ...s, cells: s.cells.map((c) => (c.at === profileCell && "value" in c ? { ...c, value: text } : c)) })),
  };
}
/** The profile in use's InsuranceBases rows (the other examples' rows stand below them) with their profile cell typed as `text`. */
function rowsAs(text: string): WorkbookSpec {
  const rename = (r: TableRow): TableRow => (r.profile === "上海（示例，请核对本市标准）" ? { ...r, profile: text } : r);
  const retype = (t: WorkbookSpec["sheets"][number]["tables"][number]) => (t.name !== TABLE.insuranceBases ? t : { ...t, rows: t.rows.map(rename) });
  return { ...built.spec, sheets: built.spec.sheets.map((s) => ({ ...s, tables: s.tables.map(retype) })) };
}

const SPECS = { asWritten: built.spec, chosenById: chosenAs("shanghai"), chosenByEnglish: chosenAs(EN_NAME), rowsById: rowsAs("shanghai") };
type Case = keyof typeof SPECS;
const dir = mkdtempSync(join(tmpdir(), "shopsheet-profilealiases-oracle-"));
const file = (c: Case) => join(dir, `${c}.xlsx`);
let books: Map<string, ExcelJS.Workbook>;

beforeAll(async () => {
  for (const [c, spec] of Object.entries(SPECS)) await writeXlsxFast(spec, file(c as Case));
  books = await recalculate(Object.keys(SPECS).map((c) => file(c as Case)));
}, 180_000);

afterAll(async () => {
  await disposeOracle();
  rmSync(dir, { recursive: true, force: true });
});

/** Each person's money columns, as the recalculated sheet has them and as the engine does. */
function figures(c: Case) {
  const rows = new Map(rowsByKey(books.get(file(c))!, SPECS[c], SHEET.payroll(MONTH), payrollTable(MONTH)).map((r) => [r.id, r]));
  return built.payroll[0]!.employees.map((e) => ({
    id: e.id,
    sheet: Object.fromEntries(MONEY_KEYS.map((k) => [k, fen(rows.get(e.id)?.[k] ?? null)])),
    engine: Object.fromEntries(MONEY_KEYS.map((k) => [k, fenOf(e[k])])),
  }));
}

async function readBack(c: Case) {
  const f = await readWorkbookFile(new Uint8Array(readFileSync(file(c))));
  return parseRead(readConfig(f.grid, f.lang, { months: workbookMonths(f.keys) }));
}

test("as ShopSheet writes it, LibreOffice's payroll is the engine's (Shanghai's limits), to the fen", async () => {
  expect(errorCells(books.get(file("asWritten"))!)).toEqual([]);
  for (const f of figures("asWritten")) expect({ id: f.id, ...f.sheet }).toEqual({ id: f.id, ...f.engine });
  expect((await readBack("asWritten")).ok).toBe(true);
});

test.each(["chosenById", "chosenByEnglish", "rowsById"] as const)("%s: LibreOffice clamps to other limits than the engine's Shanghai", (c) => {
  const all = figures(c);
  // The employee's pension on a base clamped to Shanghai's floor and ceiling (the engine) is not the sheet's.
  for (const f of all) expect([f.id, f.sheet.socialInsurance]).not.toEqual([f.id, f.engine.socialInsurance]);
});

test("reading refuses the cell that names the profile otherwise than the rest, with its place, in Chinese", async () => {
  const said = async (c: Case) => {
    const read = await readBack(c);
    return read.ok ? [] : read.problems.map((p) => describeReadProblem(p, "zh-CN"));
  };
  expect(await said("chosenById")).toEqual([expect.stringMatching(/^“设置”表 B\d+：“shanghai”与“上海（示例，请核对本市标准）”在 ShopSheet 看来是同一个社保城市档案.*请改成“上海（示例，请核对本市标准）”。$/)]);
  expect(await said("chosenByEnglish")).toEqual([expect.stringMatching(/^“设置”表 B\d+：“Shanghai \(example — check your city\)”与“上海（示例，请核对本市标准）”/)]);
  // The rows by the id under Settings' Chinese name: the Chinese name is offered first (insurance.profileAliasName).
  expect(await said("rowsById")).toEqual([expect.stringMatching(/^“设置”表 B\d+：“上海（示例，请核对本市标准）”与“shanghai”在 ShopSheet 看来是同一个.*都写成“上海（示例，请核对本市标准）”（或只把这里改成“shanghai”）。$/)]);
});
