/**
 * Staff ids that differ only by spaces, recalculated by LibreOffice (which, like Excel, looks text up as
 * typed, ignoring case only).
 *
 * 1. A config file (the CLI's JSON) whose ids have spaces around them, a full-width space inside, entries
 *    and a re-hire link naming people by a spaced, cased or full-width twin of their id: reading trims and
 *    core folds, and ShopSheet writes every cell of the workbook from the engine's ids — so the sheet and
 *    the engine agree on every person's pay, to the fen.
 * 2. The same workbook with a space typed after a Staff ID and a deduction's person typed with a trailing
 *    full-width space: LibreOffice's payroll no longer finds them (the figures differ from what the engine,
 *    reading them trimmed, would pay), which is why reading refuses both cells, each with its place.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type * as ExcelJS from "exceljs";
import { parseConfig } from "../../src/core/config";
import { MONEY_KEYS } from "../../src/core/payroll";
import type { Config } from "../../src/core/types";
import { buildWorkbook, type BuiltWorkbook } from "../../src/workbook/build";
import { payrollTable, SHEET, TABLE } from "../../src/workbook/names";
import { describeReadProblem, parseRead, readConfig, workbookMonths } from "../../src/workbook/read";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { writeXlsxFast } from "../../src/xlsx/writer";
import { readWorkbookFile } from "../../src/xlsx/readWorkbook";
import { disposeOracle, errorCells, recalculate } from "./libreoffice";
import { fen, fenOf, rowsByKey } from "./workbookReader";

const MONTH = "2026-03";

/** The config file as a user might type it: every id and reference with stray spaces or in another width or case. */
const RAW = {
  roles: [
    { id: "manager", share: "0.30", baseMin: 3000, baseMax: 50000, insured: true },
    { id: "service", share: "0.08", baseMin: 2500, baseMax: 2500 },
  ],
  staff: [
    { id: " E01\u3000", name: "王经理", role: "manager", base: "12000" },
    { id: "E\u300002", name: "赵六", role: "service", deductions: [{ category: "赡养老人", from: "2026-01", amount: "3000" }] },
    { id: "E 03", name: "钱七", role: "service", endDate: "2026-01-31" },
    { id: "E03-2\t", name: "钱七", role: "service", startDate: "2026-02-01", sameAs: "ｅ\u300003 " },
  ],
  months: [
    { month: "2026-01", grossMargin: "80000", entries: [{ staff: "e01 ", reward: "500" }, { staff: "E 02", penalty: "50" }] },
    { month: "2026-02", grossMargin: "60000", entries: [{ staff: "Ｅ01", reward: "200" }] },
    { month: "2026-03", grossMargin: "90000", entries: [{ staff: "\u3000e\u300002", reward: "300" }, { staff: "e03-2", paidDays: "10" }] },
  ],
};

function configOf(raw: unknown): Config {
  const parsed = parseConfig(raw);
  if (!parsed.ok) throw new Error(`test config refused: ${JSON.stringify(parsed.errors)}`);
  return parsed.config;
}

/** The spec with cells changed as a user would type them into the workbook ShopSheet wrote. */
function typedOver(spec: WorkbookSpec, staffId: Record<string, string>, deductionPerson: Record<string, string>): WorkbookSpec {
  const retype = (t: WorkbookSpec["sheets"][number]["tables"][number]) => {
    if (t.name === TABLE.staff) return { ...t, rows: t.rows.map((r) => ({ ...r, id: staffId[String(r.id)] ?? r.id })) };
    if (t.name === TABLE.deductions) return { ...t, rows: t.rows.map((r) => ({ ...r, person: deductionPerson[String(r.person)] ?? r.person })) };
    return t;
  };
  return { ...spec, sheets: spec.sheets.map((s) => ({ ...s, tables: s.tables.map(retype) })) };
}

/** Every person's money columns, month by month, as the recalculated sheet has them and as the engine does. */
function figures(wb: ExcelJS.Workbook, spec: WorkbookSpec, built: BuiltWorkbook) {
  return built.payroll.flatMap((result) => {
    const rows = new Map(rowsByKey(wb, spec, SHEET.payroll(result.month), payrollTable(result.month)).map((r) => [r.id, r]));
    return result.employees.map((e) => ({
      month: result.month,
      id: e.id,
      sheet: Object.fromEntries(MONEY_KEYS.map((k) => [k, fen(rows.get(e.id)?.[k] ?? null)])),
      engine: Object.fromEntries(MONEY_KEYS.map((k) => [k, fenOf(e[k])])),
    }));
  });
}

const dir = mkdtempSync(join(tmpdir(), "shopsheet-idspaces-oracle-"));
const config = configOf(RAW);
const built = buildWorkbook(config, MONTH, "zh-CN");
const typed = typedOver(built.spec, { E01: "E01 " }, { "E\u300002": "E\u300002\u3000" });
const files = { asWritten: join(dir, "as-written.xlsx"), typed: join(dir, "typed.xlsx") };
let books: Map<string, ExcelJS.Workbook>;

beforeAll(async () => {
  await writeXlsxFast(built.spec, files.asWritten);
  await writeXlsxFast(typed, files.typed);
  books = await recalculate([files.asWritten, files.typed]);
}, 120_000);

afterAll(async () => {
  await disposeOracle();
  rmSync(dir, { recursive: true, force: true });
});

test("the config's spaced and folded ids are the engine's: trimmed, entries and the re-hire link on their people", () => {
  expect(config.staff.map((s) => s.id)).toEqual(["E01", "E\u300002", "E 03", "E03-2"]);
  expect(config.staff[3]!.sameAs).toBe("E 03");
  expect(config.months.map((m) => m.entries.map((e) => e.staff))).toEqual([["E01", "E\u300002"], ["E01"], ["E\u300002", "E03-2"]]);
  // The case pays something in each column that a lost lookup would change: a deduction, rewards, a penalty, a re-hire.
  const march = built.payroll.find((r) => r.month === MONTH)!.employees;
  expect(march.map((e) => e.id)).toEqual(["E01", "E\u300002", "E03-2"]);
  expect(march.find((e) => e.id === "E\u300002")!.specialAdditionalDeduction.toFixed(2)).toBe("3000.00");
});

test("as ShopSheet writes it, LibreOffice's payroll is the engine's for every person and month, to the fen", () => {
  const wb = books.get(files.asWritten)!;
  expect(errorCells(wb)).toEqual([]);
  const all = figures(wb, built.spec, built);
  expect(all.length).toBe(9); // January: E01, E　02, E 03; February and March: E01, E　02, E03-2
  for (const f of all) expect({ month: f.month, id: f.id, ...f.sheet }).toEqual({ month: f.month, id: f.id, ...f.engine });
});

test("with a space typed after a Staff ID and after a deduction's person, LibreOffice pays them otherwise — and reading refuses both cells", async () => {
  const wb = books.get(files.typed)!;
  const march = figures(wb, typed, built).filter((f) => f.month === MONTH);
  const of = (id: string) => march.find((f) => f.id === id)!;
  // E01's payroll row no longer finds its Staff row: its base is not the engine's 12,000.
  expect(of("E01").engine.paidBase).toBe("12000.00");
  expect(of("E01").sheet.paidBase).not.toBe("12000.00");
  // 赵六's deduction is not counted by the payroll's lookup: 0 where the engine, reading the cell trimmed, has 3,000.
  expect(of("E\u300002").engine.specialAdditionalDeduction).toBe("3000.00");
  expect(of("E\u300002").sheet.specialAdditionalDeduction).toBe("0.00");

  const file = await readWorkbookFile(new Uint8Array(readFileSync(files.typed)));
  const read = parseRead(readConfig(file.grid, file.lang, { months: workbookMonths(file.keys) }));
  expect(read.ok).toBe(false);
  const said = read.ok ? [] : read.problems.map((p) => describeReadProblem(p, "zh-CN"));
  expect(said).toEqual([
    expect.stringMatching(/^“员工”表第 \d+ 行“编号”列（A\d+）：“E01␣”的开头或结尾有空格/),
    expect.stringMatching(/^“专项附加扣除”表第 \d+ 行“.+”列（A\d+）：“E\u300002␣”的开头或结尾有空格/),
  ]);
});
