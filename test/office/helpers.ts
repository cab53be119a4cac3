/**
 * Test helpers: a fresh fake Excel, teams of any size, a snapshot of the whole fake workbook, and an
 * independent check that what the fake holds equals a WorkbookSpec (it reads the spec and the fake
 * only — none of src/office).
 */
import { exampleTeamConfig } from "../../src/data/exampleTeam";
import { parseA1, parseRange, rangeA1 } from "../../src/workbook/address";
import { groupColumns, printAreaAddress, sectionCode } from "../../src/workbook/print";
import { resolveStructuredRefs, tableDirectory } from "../../src/workbook/formula";
import type { CellValue, SheetSpec, StyleDef, WorkbookSpec } from "../../src/workbook/spec";
import { isDateValue, isFormulaCell } from "../../src/workbook/spec";
import { sheetKeyName } from "../../src/workbook/sheetIdentity";
import { NUM_FMT, resolveStyle } from "../../src/workbook/styles";
import { tableBounds } from "../../src/workbook/validate";
import { FakeExcel, type FakeSheet } from "./fake";
import type { CommandResult } from "../../src/office";
import type { Fmt } from "./fake/model";
import { columnLetter } from "../../src/workbook/layout";
import { payrollTableSpec } from "../../src/workbook/sheets/payroll";

/** Where a payroll table's column of `key` is, in the current layout (a letter, and a 1-based number). */
export function payCol(key: string): string {
  return columnLetter(payrollTableSpec({ month: "2026-11", ids: [], input: undefined, earlier: [], lang: "en-US" }), key);
}
export const payColNo = (key: string) => parseA1(`${payCol(key)}1`).col;

/** A command's result, or the test fails with the command's own messages. */
export function must(r: CommandResult): CommandResult {
  if (!r.ok) throw new Error(r.messages.map((m) => m.text).join("\n"));
  return r;
}

export function freshExcel(apiVersion = 1.9): FakeExcel {
  const fake = new FakeExcel();
  fake.apiVersion = apiVersion;
  fake.install();
  return fake;
}

const ROLES = ["manager", "promoter", "designer", "service", "shipping"] as const;

/** The example team's settings with `n` people over the five seats; shares split per role, so a big
 *  team does not over-allocate the pool. Raw config (what setUpRolesAndStaff takes). */
export function teamInput(n: number): { settings: unknown; roles: unknown[]; staff: unknown[] } {
  const example = exampleTeamConfig("2026-11");
  return {
    settings: example.settings,
    roles: ROLES.map((id) => ({ id, share: id === "manager" ? "0.30" : id === "shipping" ? null : "0.08", shareBasis: "splitRole", baseMin: 0, baseMax: 60000 })),
    staff: Array.from({ length: n }, (_, i) => ({ id: `P${i + 1}`, name: `员工${i + 1}`, role: ROLES[i % ROLES.length]!, base: String(2500 + (i % 40) * 100), startDate: "2025-01-01" })),
  };
}

export { parsed } from "../workbook/read/parsedConfig";

/** Everything the fake workbook holds, as one comparable value. */
export function snapshot(fake: FakeExcel) {
  return {
    sheets: fake.sheets.map((s) => ({
      name: s.name,
      cells: [...s.cells.entries()].sort((a, b) => a[0] - b[0]).filter(([, c]) => c.v !== "" || c.f !== undefined || c.nf !== undefined || c.fmt !== undefined),
      tables: s.tables.map((t) => ({ ...t, sheet: t.sheet.name })),
      protected: s.protected,
      freeze: s.freeze,
      widths: [...s.widths],
      validations: s.validations,
      conditionalFormats: s.conditionalFormats,
      merges: s.merges,
      page: s.page,
      charts: s.charts,
      hiddenColumns: [...s.hiddenColumns].sort((a, b) => a - b),
      hiddenRows: [...s.hiddenRows].sort((a, b) => a - b),
      rowHeights: [...s.rowHeights].sort((a, b) => a[0] - b[0]),
      font: s.font,
    })),
    names: [...fake.names.values()].map((n) => ({ name: n.name, sheet: n.sheet?.name ?? null, range: n.range })),
  };
}

/** The sheet a spec key lives on in the fake, found the way a reader would: by its key name. */
export function sheetOf(fake: FakeExcel, key: string): FakeSheet {
  const s = fake.sheetOfName(sheetKeyName(key));
  if (!s) throw new Error(`no sheet for key ${key}`);
  return s;
}

/** What a spec value looks like in a cell: text stays text, a date is its serial, null is empty. */
function expected(v: CellValue | undefined): string | number | boolean {
  if (v === null || v === undefined) return "";
  if (isDateValue(v)) {
    const [y, m, d] = v.date.split("-").map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
  }
  return v;
}

/**
 * Checks that the fake holds `keys`' sheets exactly as `spec` describes them: every cell's value or
 * formula (structured references resolved, no _xlfn.), every table's place, headers, rows and column
 * formulas, totals, number formats, and the defined names. Returns the problems (empty when equal).
 * `skipInputs` leaves out input cells (for workbooks where the user typed something else).
 */
export function specMismatches(fake: FakeExcel, spec: WorkbookSpec, keys: readonly string[], options: { skipInputs?: boolean } = {}): string[] {
  const problems: string[] = [];
  const dir = tableDirectory(spec);
  const bad = (m: string) => problems.length < 40 && problems.push(m);
  for (const key of keys) {
    const s = spec.sheets.find((x) => x.key === key);
    if (!s) throw new Error(`spec has no sheet ${key}`);
    let ws: FakeSheet;
    try {
      ws = sheetOf(fake, key);
    } catch {
      bad(`${key}: no sheet`);
      continue;
    }
    checkCells(ws, s, dir, options, bad);
    checkLooks(ws, s, bad);
    for (const t of s.tables) {
      const live = fake.table(t.name);
      if (!live || live.sheet !== ws) {
        bad(`${key}: table ${t.name} missing`);
        continue;
      }
      const b = tableBounds(t);
      if (live.top !== b.headerRow || live.left !== b.range.left || live.right !== b.range.right || live.lastData !== b.lastDataRow) {
        bad(`${key}: table ${t.name} at ${rangeA1({ top: live.top, left: live.left, right: live.right, bottom: live.lastData })}, spec ${rangeA1({ top: b.headerRow, left: b.range.left, right: b.range.right, bottom: b.lastDataRow })}`);
        continue;
      }
      if (live.showTotals !== (b.totalsRow !== null)) bad(`${key}: table ${t.name} totals row ${live.showTotals}`);
      const headers = fake.headers(live);
      t.columns.forEach((c, j) => {
        const col = b.range.left + j;
        if (headers[j] !== c.header) bad(`${t.name} header ${j}: "${headers[j]}" ≠ "${c.header}"`);
        const rows = t.rows.length ? t.rows : [{}];
        const numFmt = resolveStyle(c.style).numFmt ?? (rows.some((r) => isDateValue(r[c.key] ?? null)) ? NUM_FMT.date : undefined);
        rows.forEach((r, i) => {
          const row = b.firstDataRow + i;
          const cell = ws.get(row, col);
          if (c.formula !== undefined) {
            const want = `=${resolveStructuredRefs(c.formula, dir, t.name)}`;
            if (cell?.f !== want) bad(`${t.name}[${c.key}] row ${row}: formula ${cell?.f} ≠ ${want}`);
          } else if (!(options.skipInputs && c.input)) {
            const want = expected(r[c.key]);
            if ((cell?.v ?? "") !== want || cell?.f !== undefined) bad(`${t.name}[${c.key}] row ${row}: ${JSON.stringify(cell?.v)} ≠ ${JSON.stringify(want)}`);
          }
          if (numFmt !== undefined && cell?.nf !== numFmt) bad(`${t.name}[${c.key}] row ${row}: number format ${cell?.nf} ≠ ${numFmt}`);
        });
        if (b.totalsRow !== null && c.total !== undefined) {
          const cell = ws.get(b.totalsRow, col);
          const want = typeof c.total === "string" ? `=SUBTOTAL(${{ sum: 109, average: 101, count: 103, max: 104, min: 105 }[c.total]},${t.name}[[${c.header}]])` : `=${resolveStructuredRefs(c.total.formula, dir, t.name)}`;
          if (cell?.f !== want) bad(`${t.name} total ${c.key}: ${cell?.f} ≠ ${want}`);
        }
      });
      if (b.totalsRow !== null && t.totalsLabel !== undefined && ws.value(b.totalsRow, b.range.left) !== t.totalsLabel) bad(`${t.name} totals label ${ws.value(b.totalsRow, b.range.left)}`);
    }
  }
  for (const n of spec.names.filter((x) => keys.includes(x.sheet))) {
    const live = fake.names.get(n.name.toLowerCase());
    if (!live || live.sheet !== sheetOf(fake, n.sheet) || live.range !== n.range) bad(`name ${n.name}: ${live?.sheet?.name}!${live?.range}`);
  }
  return problems;
}

/** How the sheet prints and what it folds away, as the spec says: print area, header and footer (in
 *  Excel's codes), merged cells, hidden columns and rows, row heights. */
function checkLooks(ws: FakeSheet, s: SheetSpec, bad: (m: string) => void): void {
  const p = s.page;
  if (p?.printArea !== undefined && ws.page.printArea !== printAreaAddress(p.printArea)) bad(`${s.key}: print area ${ws.page.printArea} ≠ ${p.printArea}`);
  if (p?.header?.right && ws.page.headerFooter?.rightHeader !== sectionCode(p.header.right)) bad(`${s.key}: right header ${ws.page.headerFooter?.rightHeader}`);
  if (p?.footer?.center && ws.page.headerFooter?.centerFooter !== sectionCode(p.footer.center)) bad(`${s.key}: footer ${ws.page.headerFooter?.centerFooter}`);
  for (const m of s.merges ?? []) if (!ws.merges.includes(rangeA1(parseRange(m)))) bad(`${s.key}: ${m} not merged`);
  for (const g of s.columnGroups ?? []) {
    const { from, to } = groupColumns(g);
    for (let c = from; c <= to; c++) if (ws.hiddenColumns.has(c) !== g.collapsed) bad(`${s.key}: column ${c} hidden ${ws.hiddenColumns.has(c)}`);
  }
  for (const g of s.rowGroups ?? []) for (let r = g.from; r <= g.to; r++) if (ws.hiddenRows.has(r) !== g.collapsed) bad(`${s.key}: row ${r} hidden ${ws.hiddenRows.has(r)}`);
  for (const [r, h] of Object.entries(s.rowHeights ?? {})) if (ws.rowHeights.get(Number(r)) !== h) bad(`${s.key}: row ${r} height ${ws.rowHeights.get(Number(r))} ≠ ${h}`);
}

function checkCells(ws: FakeSheet, s: SheetSpec, dir: ReturnType<typeof tableDirectory>, options: { skipInputs?: boolean }, bad: (m: string) => void): void {
  for (const c of s.cells) {
    const p = parseA1(c.at);
    const cell = ws.get(p.row, p.col);
    const input = c.style === "input" || (Array.isArray(c.style) && c.style.includes("input"));
    if (isFormulaCell(c)) {
      const want = `=${resolveStructuredRefs(c.formula, dir)}`;
      if (cell?.f !== want) bad(`${s.key} ${c.at}: formula ${cell?.f} ≠ ${want}`);
    } else if (!(options.skipInputs && input)) {
      const want = expected(c.value);
      if ((cell?.v ?? "") !== want || cell?.f !== undefined) bad(`${s.key} ${c.at}: ${JSON.stringify(cell?.v)} ≠ ${JSON.stringify(want)}`);
    }
    const numFmt = resolveStyle(c.style).numFmt ?? (!isFormulaCell(c) && isDateValue(c.value) ? NUM_FMT.date : undefined);
    if (numFmt !== undefined && cell?.nf !== numFmt && !(options.skipInputs && input)) bad(`${s.key} ${c.at}: number format ${cell?.nf} ≠ ${numFmt}`);
    checkCellLook(s.key, c.at, resolveStyle(c.style), cell?.fmt, bad);
  }
}

/** The looks a cell's style asks for, as Office.js names them (Excel.HorizontalAlignment, BorderLineStyle):
 *  bold, fill, alignment, wrapping and each side's line. */
function checkCellLook(key: string, at: string, want: StyleDef, got: Fmt | undefined, bad: (m: string) => void): void {
  const align = { left: "Left", center: "Center", right: "Right", centerAcross: "CenterAcrossSelection" } as const;
  const line = { thin: "Continuous", medium: "Continuous", dashed: "Dash" } as const;
  const differs = (what: string, w: unknown, g: unknown) => w !== undefined && w !== g && bad(`${key} ${at}: ${what} ${JSON.stringify(g)} ≠ ${JSON.stringify(w)}`);
  differs("bold", want.bold, got?.bold);
  differs("fill", want.fill === undefined ? undefined : `#${want.fill.toUpperCase()}`, got?.fill);
  differs("alignment", want.align === undefined ? undefined : align[want.align], got?.align);
  differs("wrap", want.wrap, got?.wrap ?? false);
  for (const [side, l] of Object.entries(want.border ?? {}) as [string, keyof typeof line][]) differs(`${side} line`, line[l], got?.borders?.[side]?.style);
}
