/**
 * `<sheetData>`: the sheet's loose cells and its tables (header row, data rows, totals row) merged
 * into rows in ascending order, cells in ascending column order, streamed one row at a time.
 *
 * Tables write what render.ts makes exceljs write: header cells hold the column headers (unstyled,
 * as exceljs leaves them); data cells get input / computed looks plus the column's style, a date
 * the date format when the style has none; a calculated column carries its formula on every row
 * (with the row's value as cached result, if any); a table without rows gets one blank row; the
 * totals row holds the label in the first column and the totals formulas, everything bold.
 * Merged ranges: the cells other than the top-left one take its style and hold no value (as
 * exceljs's mergeCells leaves them).
 *
 * A cell that directly follows the cell written before it in its row is written without its `r`
 * attribute (./README.md, "Cells without `r`"); the first cell of a row, of a table's part of a row
 * and any cell after a gap keep theirs, and so does every cell of a row that mixes loose cells,
 * merges and tables (a few rows of a sheet's top).
 */
import { a1, colLetters, parseA1, parseRange, type RangePos } from "../../workbook/address";
import type { CellSpec, CellValue, StyleName, TableColumnSpec, TableRow } from "../../workbook/spec";
import { isDateValue, isFormulaCell } from "../../workbook/spec";
import { formulaCell, formulaCellAround, formulaElement, styleAttr, valueCell } from "./cells";
import { numberText } from "./values";
import { rowOutline } from "../../workbook/print";
import { totalFormula } from "./formulas";
import { escapeText, escapeXstring } from "./xml";
import { utf8, type Piece } from "./piece";
import { RowTemplate } from "./rowTemplate";
import type { FormulaContext, SheetPlan, TablePlan } from "./plan";
import type { StyleSheet } from "./styles";
import type { StringStore } from "./strings";

export interface SheetDataOptions {
  /** Calculated columns as one shared formula each (`<f t="shared">`) instead of the text on every row. */
  sharedFormulas: boolean;
}

export interface SheetDataContext {
  ctx: FormulaContext;
  styles: StyleSheet;
  strings: StringStore;
  options: SheetDataOptions;
  /** Shared-formula index, counted per sheet. */
  nextSharedIndex: number;
}

/** The rows, one array of pieces per row. */
export function* sheetData(laidOut: () => SheetLayout, w: SheetDataContext): Generator<string | Piece[]> {
  const layout = laidOut();
  yield "<sheetData>";
  for (let row = 1; row <= layout.last; row++) {
    const xml = sheetRow(layout, row, w);
    if (xml) yield xml;
  }
  yield "</sheetData>";
}

/**
 * What the rows of one sheet are made from, in one object of one shape for every sheet. The setup
 * (sheetLayout, run once a sheet) and the row loop (sheetRow) are apart because of V8's optimizing
 * compiler: in one function, every sheet's spec of another shape (optional fields present or not)
 * deoptimized the row loop, and recompiling it, with what it inlines, cost about 0.1–0.25 s of CPU a time
 * on V8's helper threads (src/xlsx/writer/README.md, "Fourth look").
 */
export interface SheetLayout {
  sheet: string;
  /** Every cell, table and merge: the sheet's dimension (the loose cells' places found once, here). */
  used: RangePos;
  /** Loose cells by row, each row's cells by column. */
  loose: Map<number, { col: number; cell: CellSpec }[]>;
  /** Merged ranges' cells but the top-left one: row → column → style. */
  slaves: Map<number, Map<number, number>>;
  tables: TableRows[];
  rowHeights: Record<string, number> | undefined;
  outline: ReturnType<typeof rowOutline>;
  last: number;
  /** The loose cell being written, for error messages (looseWhere). */
  looseRef: string;
  looseWhere: () => string;
  /** Column number → letters, made once per sheet. */
  letters: string[];
}

export function sheetLayout(plan: SheetPlan, w: SheetDataContext): SheetLayout {
  const s = plan.spec;
  const sheet = `sheet "${s.name}"`;

  const used: RangePos = { top: Infinity, left: Infinity, bottom: 0, right: 0 };
  const loose = looseByRow(s.cells, used);

  // Merged ranges: every cell but the top-left takes its style and loses any value.
  const slaves = new Map<number, Map<number, number>>();
  for (const m of s.merges ?? []) {
    const r = parseRange(m);
    grow(used, r);
    const master = loose.get(r.top)?.find((x) => x.col === r.left)?.cell;
    const style = master ? looseStyle(master, w) : 0;
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) {
        if (row === r.top && col === r.left) continue;
        let cols = slaves.get(row);
        if (!cols) slaves.set(row, (cols = new Map()));
        cols.set(col, style);
      }
  }

  const tables = plan.tables.map((t) => new TableRows(t, w, sheet));
  for (const t of plan.tables) grow(used, t.bounds.range);
  let last = 0;
  for (const row of loose.keys()) last = Math.max(last, row);
  for (const row of slaves.keys()) last = Math.max(last, row);
  for (const t of tables) last = Math.max(last, t.bottom);
  for (const row of Object.keys(s.rowHeights ?? {})) last = Math.max(last, Number(row));
  const outline = rowOutline(s.rowGroups);
  for (const row of outline.keys()) last = Math.max(last, row);

  // Where a loose cell is, for error messages: one function per sheet, reading the cell being
  // written (under tsx, which the CLI runs on, every function made is also named: a closure per cell
  // cost more than the cell).
  const layout: SheetLayout = { sheet, used, loose, slaves, tables, rowHeights: s.rowHeights, outline, last, looseRef: "", looseWhere: () => `${sheet} cell ${layout.looseRef}`, letters: [] };
  return layout;
}

/**
 * The loose cells by row, each row's by column, `used` grown over them. Apart from sheetLayout, which runs once
 * a sheet: this loop (93,000 slip cells) is what V8 optimizes, and compiled inside sheetLayout it took the
 * whole setup with it, tables' and merges' included (issue 15).
 */
function looseByRow(cells: readonly CellSpec[], used: RangePos): Map<number, { col: number; cell: CellSpec }[]> {
  const loose = new Map<number, { col: number; cell: CellSpec }[]>();
  for (const cell of cells) {
    const p = parseA1(cell.at);
    let row = loose.get(p.row);
    if (!row) loose.set(p.row, (row = []));
    row.push({ col: p.col, cell });
    if (p.row < used.top) used.top = p.row;
    if (p.col < used.left) used.left = p.col;
    if (p.row > used.bottom) used.bottom = p.row;
    if (p.col > used.right) used.right = p.col;
  }
  for (const row of loose.values()) row.sort(byColumn);
  return loose;
}

function grow(r: RangePos, b: RangePos): void {
  r.top = Math.min(r.top, b.top);
  r.left = Math.min(r.left, b.left);
  r.bottom = Math.max(r.bottom, b.bottom);
  r.right = Math.max(r.right, b.right);
}

/**
 * One row's pieces, or undefined for a row with nothing to write. Each kind of row is written by a function
 * of its own, this one only picks: V8 optimizes what runs often (a table's rows, a salary slip's rows) and,
 * in one function, a kind of row first met on a later sheet (a sheet's top rows mixing loose cells, merges
 * and a table) threw the whole optimized loop away to be compiled again — three times a write (issue 15).
 */
function sheetRow(l: SheetLayout, row: number, w: SheetDataContext): Piece[] | undefined {
  const cells = l.loose.get(row);
  const merged = l.slaves.get(row);
  const covering: TableRows[] = [];
  for (const t of l.tables) if (row >= t.top && row <= t.bottom) covering.push(t);
  const xml =
    cells === undefined && merged === undefined && covering.length === 1
      ? covering[0]!.cells(row)
      : cells !== undefined && merged === undefined && covering.length === 0
        ? looseRow(l, cells, row, w)
        : mixedRow(l, cells, merged, covering, row, w);
  return rowElement(l, row, xml);
}

/** Loose cells only (a salary slip's rows: 93,000 cells at 1,000 staff), already in column order. */
function looseRow(l: SheetLayout, cells: readonly { col: number; cell: CellSpec }[], row: number, w: SheetDataContext): Piece[] {
  const letters = l.letters;
  const xml: Piece[] = [];
  let next = 0; // the column a cell without `r` would be read into
  for (const { col, cell } of cells) {
    l.looseRef = (letters[col] ??= colLetters(col)) + row;
    const text = looseCell(cell, col === next ? "" : l.looseRef, w, l.looseWhere);
    if (text) next = col + 1; // an empty cell without a style is not written: the next one needs its `r`
    xml.push(text);
  }
  return xml;
}

/**
 * A row mixing loose cells, merges and tables (a few rows at a sheet's top). Tables never overlap loose cells
 * or merges (the spec validator sees to it), so each table's cells stay together, placed by its first column.
 */
function mixedRow(l: SheetLayout, cells: readonly { col: number; cell: CellSpec }[] | undefined, merged: Map<number, number> | undefined, covering: readonly TableRows[], row: number, w: SheetDataContext): Piece[] {
  const letters = l.letters;
  const groups: { col: number; xml: Piece[] }[] = [];
  for (const { col, cell } of cells ?? [])
    if (!merged?.has(col)) {
      l.looseRef = (letters[col] ??= colLetters(col)) + row;
      groups.push({ col, xml: [looseCell(cell, l.looseRef, w, l.looseWhere)] });
    }
  for (const [col, style] of merged ?? []) if (style) groups.push({ col, xml: [`<c r="${a1(row, col)}" s="${style}"/>`] });
  for (const t of covering) groups.push({ col: t.left, xml: t.cells(row) });
  groups.sort(byColumn);
  const xml: Piece[] = [];
  for (const g of groups) xml.push(...g.xml);
  return xml;
}

/** The row's cells inside its `<row>`, with the row's height and outline; undefined for a row with nothing to write. */
function rowElement(l: SheetLayout, row: number, xml: Piece[]): Piece[] | undefined {
  const height = l.rowHeights?.[String(row)];
  const o = l.outline.get(row);
  const attrs = (height === undefined ? "" : ` ht="${height}" customHeight="1"`) + (o === undefined ? "" : "level" in o ? `${o.hidden ? ' hidden="1"' : ""} outlineLevel="1"` : ' collapsed="1"');
  let empty = true;
  for (const p of xml) if (p.length > 0) empty = false;
  if (empty && !attrs) return undefined;
  xml.unshift(`<row r="${row}"${attrs}>`);
  xml.push("</row>");
  return xml;
}

function looseStyle(c: CellSpec, w: SheetDataContext): number {
  const v = isFormulaCell(c) ? c.result : c.value;
  return w.styles.cell(c.style, isDateValue(v ?? null));
}

const byColumn = (a: { col: number }, b: { col: number }) => a.col - b.col;

function looseCell(c: CellSpec, ref: string, w: SheetDataContext, where: () => string): string {
  if (!isFormulaCell(c)) return valueCell(w, ref, c.value, w.styles.cell(c.style, isDateValue(c.value)), where);
  const s = w.styles.cell(c.style, isDateValue(c.result));
  return formulaCell(ref, formulaElement(w.ctx.spelling.cellFormula(c.formula), where()), c.result, s, where);
}

/** A calculated column's `<f>` element, UTF-8 encoded once for all its rows (./piece.ts): for a formula that
 *  names its own row, a template the row's digits are written into (`byRow`; ./rowTemplate.ts); otherwise —
 *  no same-row reference, or a shared formula below its first row — `first` and `rest`. `bare`/`bareByRow`,
 *  the whole cell up to its value for a cell written without `r` (none for shared formulas, whose cells keep
 *  their `r`: exceljs finds a shared formula's first cell by its address). Every field is always there, so
 *  that the row loop reads objects of one shape. */
interface ColumnFormula {
  shared: boolean;
  first: Uint8Array | undefined;
  rest: Uint8Array | undefined;
  bare: Uint8Array | undefined;
  byRow: RowTemplate | undefined;
  bareByRow: RowTemplate | undefined;
}

/** A table column as the row loop writes it: its pieces made once. */
interface ColumnWriter {
  spec: TableColumnSpec;
  key: string;
  letters: string;
  /** `<c r="` + letters, and the style attribute with the tag's end: a cell's text is then these around its
   *  row number; `bare` and `bareEmpty`, the same without `r`. */
  open: string;
  styled: string;
  emptyEnd: string;
  bare: string;
  bareEmpty: string;
  f: ColumnFormula | undefined;
  style: number;
  ref: StyleName[];
  /** Where the column's cell of the row being written is, for error messages: said only when needed. */
  where: () => string;
}

/**
 * A table's rows top..bottom, as the cells of its columns in one sheet row. A class, not closures made per
 * table: the sheet's row loop calls `cells` of every table, and a closure of each table was another call
 * target to V8, which deoptimized the loop and compiled it again, table after table (issue 15).
 */
class TableRows {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  private readonly rows: readonly TableRow[];
  private readonly columns: ColumnWriter[];
  /** The data row being written, for error messages (rows are written one at a time, so the row being
   *  written is the one in error). */
  private current: number;
  private readonly headerStyle: number;

  constructor(
    private readonly t: TablePlan,
    private readonly w: SheetDataContext,
    private readonly sheet: string,
  ) {
    const spec = t.spec;
    const b = t.bounds;
    this.top = b.headerRow;
    this.bottom = b.range.bottom;
    this.left = b.range.left;
    this.rows = spec.rows.length ? spec.rows : [{}];
    this.current = b.firstDataRow;
    this.columns = spec.columns.map((c, i) => this.column(c, i));
    // Registered after the columns' styles, as ever: a style's number is the order it was first asked for.
    this.headerStyle = w.styles.tableHeader();
  }

  cells(row: number): Piece[] {
    const b = this.t.bounds;
    return row === b.headerRow ? [this.header(row)] : row === b.totalsRow ? [this.totals(row)] : this.data(row);
  }

  private column(c: TableColumnSpec, i: number): ColumnWriter {
    const { w, sheet } = this;
    const spec = this.t.spec;
    const b = this.t.bounds;
    const letters = colLetters(this.left + i);
    const at = `${sheet} table ${spec.name} column "${c.header}" formula`;
    // The column's formula as the file spells it, split around the row number (same-row references
    // are A1 on the cell's row: ../../workbook/a1Formulas.ts), each part escaped once.
    const parts = c.formula === undefined ? undefined : w.ctx.spelling.columnParts(c.formula, spec.name).map((p) => escapeText(escapeXstring(p), at));
    const ref = [...(c.input ? ["input" as StyleName] : parts !== undefined ? ["computed" as StyleName] : []), ...asList(c.style)];
    const style = w.styles.cell(ref);
    const s = styleAttr(style);
    let f: ColumnFormula | undefined;
    if (parts !== undefined) {
      const element = ["<f>" + parts[0], ...parts.slice(1)];
      element[element.length - 1] += "</f>";
      if (w.options.sharedFormulas && this.rows.length > 1) {
        const si = w.nextSharedIndex++;
        const body = element.join(String(b.firstDataRow)).slice("<f>".length);
        f = { shared: true, first: utf8(`<f t="shared" ref="${letters}${b.firstDataRow}:${letters}${b.lastDataRow}" si="${si}">${body}`), rest: utf8(`<f t="shared" si="${si}"/>`), bare: undefined, byRow: undefined, bareByRow: undefined };
      } else if (element.length === 1) {
        const bytes = utf8(element[0]!);
        f = { shared: false, first: bytes, rest: bytes, bare: utf8(`<c${s}>${element[0]}`), byRow: undefined, bareByRow: undefined };
      } else f = { shared: false, first: undefined, rest: undefined, bare: undefined, byRow: new RowTemplate(element), bareByRow: new RowTemplate([`<c${s}>${element[0]}`, ...element.slice(1)]) };
    }
    const where = () => `${sheet} table ${spec.name} row ${this.current - b.firstDataRow + 1} column "${c.header}"`;
    return { spec: c, key: c.key, letters, open: `<c r="${letters}`, styled: `"${s}>`, emptyEnd: `"${s}/>`, bare: `<c${s}>`, bareEmpty: `<c${s}/>`, f, style, ref, where };
  }

  /** Every header cell holds its column's name, so only the first needs its `r`. */
  private header(row: number): string {
    const w = this.w;
    return this.columns.map((c, i) => valueCell(w, i === 0 ? `${c.letters}${row}` : "", c.spec.header, this.headerStyle, () => `${this.sheet} table ${this.t.spec.name} header "${c.spec.header}"`)).join("");
  }

  /**
   * A data row as text between its calculated columns' encoded pieces: a cell's `<f>` (after its opening
   * tag, in the text, where the cell keeps its `r`), or the cell's opening tag and `<f>` together (`bare`).
   * The hottest loop of the writer (a cell per payroll value: 960,000 at 1,000 staff × 12 months):
   * numbers and empty cells, nearly all of them, are written inline from the column's own pieces;
   * anything else goes through cells.ts as every other cell does.
   */
  private data(row: number): Piece[] {
    const w = this.w;
    const firstDataRow = this.t.bounds.firstDataRow;
    const values = this.rows[row - firstDataRow]!;
    const columns = this.columns;
    this.current = row;
    const rowText = String(row);
    const pieces: Piece[] = [];
    let xml = "";
    let follows = false; // the previous column's cell was written: this one goes without `r`
    for (let i = 0; i < columns.length; i++) {
      const c = columns[i]!;
      const v: CellValue | undefined = values[c.key];
      const f = c.f;
      if (f !== undefined) {
        const number = typeof v === "number";
        if ((number || v === null || v === undefined) && follows && (f.bare !== undefined || f.bareByRow !== undefined)) {
          if (xml) pieces.push(xml);
          pieces.push(f.bareByRow !== undefined ? f.bareByRow.at(rowText) : f.bare!);
          xml = number ? `<v>${numberText(v)}</v></c>` : "</c>";
        } else {
          const element = f.byRow !== undefined ? f.byRow.at(rowText) : row === firstDataRow ? f.first! : f.rest!;
          if (number || v === null || v === undefined) {
            pieces.push(xml + c.open + rowText + c.styled, element);
            xml = number ? `<v>${numberText(v)}</v></c>` : "</c>";
          } else {
            const [open, close] = formulaCellAround(follows && !f.shared ? "" : c.letters + row, v, isDateValue(v) ? w.styles.cell(c.ref, true) : c.style, c.where);
            pieces.push(xml + open, element);
            xml = close;
          }
        }
        follows = true;
      } else if (typeof v === "number") {
        xml += follows ? `${c.bare}<v>${numberText(v)}</v></c>` : `${c.open}${row}${c.styled}<v>${numberText(v)}</v></c>`;
        follows = true;
      } else if (v === null || v === undefined) {
        if (c.style) xml += follows ? c.bareEmpty : c.open + row + c.emptyEnd;
        follows = c.style !== 0; // an empty cell without a style is not written
      } else {
        xml += valueCell(w, follows ? "" : c.letters + row, v, isDateValue(v) ? w.styles.cell(c.ref, true) : c.style, c.where);
        follows = true;
      }
    }
    pieces.push(xml);
    return pieces;
  }

  private totals(row: number): string {
    const { w, sheet } = this;
    const spec = this.t.spec;
    let xml = "";
    let follows = false;
    this.columns.forEach((c, i) => {
      const s = w.styles.totals(c.spec.style);
      const ref = follows ? "" : c.letters + row;
      const at = () => `${sheet} table ${spec.name} totals row column "${c.spec.header}"`;
      const cell =
        i === 0
          ? valueCell(w, ref, spec.totalsLabel ?? "Total", s, at)
          : c.spec.total === undefined
            ? valueCell(w, ref, null, s, at)
            : formulaCell(ref, formulaElement(totalFormula(spec, c.spec, c.spec.total, w.ctx), at()), spec.totalsResults?.[c.spec.key], s, at);
      xml += cell;
      follows = cell !== "";
    });
    return xml;
  }
}

function asList(ref: readonly StyleName[] | StyleName | undefined): StyleName[] {
  return ref === undefined ? [] : typeof ref === "string" ? [ref] : [...ref];
}
