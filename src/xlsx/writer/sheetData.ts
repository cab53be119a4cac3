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
import { a1, colLetters, parseA1, parseRange } from "../../workbook/address";
import type { CellSpec, CellValue, StyleName, TableRow } from "../../workbook/spec";
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
export function* sheetData(plan: SheetPlan, w: SheetDataContext): Generator<string | Piece[]> {
  const layout = sheetLayout(plan, w);
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
interface SheetLayout {
  sheet: string;
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

function sheetLayout(plan: SheetPlan, w: SheetDataContext): SheetLayout {
  const s = plan.spec;
  const sheet = `sheet "${s.name}"`;

  const loose = new Map<number, { col: number; cell: CellSpec }[]>();
  for (const cell of s.cells) {
    const p = parseA1(cell.at);
    let row = loose.get(p.row);
    if (!row) loose.set(p.row, (row = []));
    row.push({ col: p.col, cell });
  }
  for (const row of loose.values()) row.sort((a, b) => a.col - b.col);

  // Merged ranges: every cell but the top-left takes its style and loses any value.
  const slaves = new Map<number, Map<number, number>>();
  for (const m of s.merges ?? []) {
    const r = parseRange(m);
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

  const tables = plan.tables.map((t) => tableRows(t, w, sheet));
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
  const layout: SheetLayout = { sheet, loose, slaves, tables, rowHeights: s.rowHeights, outline, last, looseRef: "", looseWhere: () => `${sheet} cell ${layout.looseRef}`, letters: [] };
  return layout;
}

/** One row's pieces, or undefined for a row with nothing to write. */
function sheetRow(l: SheetLayout, row: number, w: SheetDataContext): Piece[] | undefined {
  const cells = l.loose.get(row);
  const merged = l.slaves.get(row);
  const covering: TableRows[] = [];
  for (const t of l.tables) if (row >= t.top && row <= t.bottom) covering.push(t);
  const letters = l.letters;
  let xml: Piece[];
  if (!cells && !merged && covering.length === 1) xml = covering[0]!.cells(row);
  else if (cells && !merged && covering.length === 0) {
    // Loose cells only (a salary slip's rows: 93,000 cells at 1,000 staff), already in column order.
    xml = [];
    let next = 0; // the column a cell without `r` would be read into
    for (const { col, cell } of cells) {
      l.looseRef = (letters[col] ??= colLetters(col)) + row;
      const text = looseCell(cell, col === next ? "" : l.looseRef, w, l.looseWhere);
      if (text) next = col + 1; // an empty cell without a style is not written: the next one needs its `r`
      xml.push(text);
    }
  } else {
    // Tables never overlap loose cells or merges (the spec validator sees to it), so each
    // table's cells stay together, placed by its first column.
    const groups: { col: number; xml: Piece[] }[] = [];
    for (const { col, cell } of cells ?? [])
      if (!merged?.has(col)) {
        l.looseRef = (letters[col] ??= colLetters(col)) + row;
        groups.push({ col, xml: [looseCell(cell, l.looseRef, w, l.looseWhere)] });
      }
    for (const [col, style] of merged ?? []) if (style) groups.push({ col, xml: [`<c r="${a1(row, col)}" s="${style}"/>`] });
    for (const t of covering) groups.push({ col: t.left, xml: t.cells(row) });
    groups.sort(byColumn);
    xml = [];
    for (const g of groups) xml.push(...g.xml);
  }
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

/** A table's rows top..bottom, as the cells of its columns in one sheet row. */
interface TableRows {
  top: number;
  bottom: number;
  left: number;
  cells(row: number): Piece[];
}

function tableRows(t: TablePlan, w: SheetDataContext, sheet: string): TableRows {
  const spec = t.spec;
  const b = t.bounds;
  const left = b.range.left;
  const rows: readonly TableRow[] = spec.rows.length ? spec.rows : [{}];
  // Where a data cell is, for error messages: built only when one is needed (rows are written one
  // at a time, so the row being written is the one in error).
  let current = b.firstDataRow;

  const columns = spec.columns.map((c, i) => {
    const letters = colLetters(left + i);
    const at = `${sheet} table ${spec.name} column "${c.header}" formula`;
    // The column's formula as the file spells it, split around the row number (same-row references
    // are A1 on the cell's row: ../../workbook/a1Formulas.ts), each part escaped once.
    const parts = c.formula === undefined ? undefined : w.ctx.spelling.columnParts(c.formula, spec.name).map((p) => escapeText(escapeXstring(p), at));
    const ref = [...(c.input ? ["input" as StyleName] : parts !== undefined ? ["computed" as StyleName] : []), ...asList(c.style)];
    const style = w.styles.cell(ref);
    // The column's <f> element, UTF-8 encoded once for all its rows (./piece.ts): for a formula that
    // names its own row, a template the row's digits are written into (`byRow`; ./rowTemplate.ts);
    // otherwise — no same-row reference, or a shared formula below its first row — `first` and `rest`.
    // `bare`/`bareByRow`, the whole cell up to its value for a cell written without `r` (none for shared
    // formulas, whose cells keep their `r`: exceljs finds a shared formula's first cell by its address).
    let f: { shared: boolean; first?: Uint8Array; rest?: Uint8Array; bare?: Uint8Array; byRow?: RowTemplate; bareByRow?: RowTemplate } | undefined;
    if (parts !== undefined) {
      const element = ["<f>" + parts[0], ...parts.slice(1)];
      element[element.length - 1] += "</f>";
      const s = styleAttr(style);
      if (w.options.sharedFormulas && rows.length > 1) {
        const si = w.nextSharedIndex++;
        const body = element.join(String(b.firstDataRow)).slice("<f>".length);
        f = { shared: true, first: utf8(`<f t="shared" ref="${letters}${b.firstDataRow}:${letters}${b.lastDataRow}" si="${si}">${body}`), rest: utf8(`<f t="shared" si="${si}"/>`) };
      } else if (element.length === 1) {
        const bytes = utf8(element[0]!);
        f = { shared: false, first: bytes, rest: bytes, bare: utf8(`<c${s}>${element[0]}`) };
      } else f = { shared: false, byRow: new RowTemplate(element), bareByRow: new RowTemplate([`<c${s}>${element[0]}`, ...element.slice(1)]) };
    }
    const where = () => `${sheet} table ${spec.name} row ${current - b.firstDataRow + 1} column "${c.header}"`;
    // `<c r="` + letters, and the style attribute with the tag's end: a cell's text is then these
    // around its row number; `bare` and `bareEmpty`, the same without `r` (the data rows' loop below
    // makes nothing else for a number or an empty cell).
    const s = styleAttr(style);
    return { spec: c, key: c.key, letters, open: `<c r="${letters}`, styled: `"${s}>`, emptyEnd: `"${s}/>`, bare: `<c${s}>`, bareEmpty: `<c${s}/>`, f, where, style, dateStyle: () => w.styles.cell(ref, true) };
  });

  const headerStyle = w.styles.tableHeader();
  // Every header cell holds its column's name, so only the first needs its `r`.
  const header = (row: number) => columns.map((c, i) => valueCell(w, i === 0 ? `${c.letters}${row}` : "", c.spec.header, headerStyle, () => `${sheet} table ${spec.name} header "${c.spec.header}"`)).join("");

  // A data row as text between its calculated columns' encoded pieces: a cell's `<f>` (after its opening
  // tag, in the text, where the cell keeps its `r`), or the cell's opening tag and `<f>` together (`bare`).
  // The hottest loop of the writer (a cell per payroll value: 960,000 at 1,000 staff × 12 months):
  // numbers and empty cells, nearly all of them, are written inline from the column's own pieces;
  // anything else goes through cells.ts as every other cell does.
  const data = (row: number): Piece[] => {
    const values = rows[row - b.firstDataRow]!;
    current = row;
    const rowText = String(row);
    const pieces: Piece[] = [];
    let xml = "";
    let follows = false; // the previous column's cell was written: this one goes without `r`
    for (let i = 0; i < columns.length; i++) {
      const c = columns[i]!;
      const v: CellValue | undefined = values[c.key];
      if (c.f) {
        const number = typeof v === "number";
        if ((number || v === null || v === undefined) && follows && (c.f.bare || c.f.bareByRow)) {
          if (xml) pieces.push(xml);
          pieces.push(c.f.bareByRow ? c.f.bareByRow.at(rowText) : c.f.bare!);
          xml = number ? `<v>${numberText(v)}</v></c>` : "</c>";
        } else {
          const element = c.f.byRow ? c.f.byRow.at(rowText) : row === b.firstDataRow ? c.f.first! : c.f.rest!;
          if (number || v === null || v === undefined) {
            pieces.push(xml + c.open + rowText + c.styled, element);
            xml = number ? `<v>${numberText(v)}</v></c>` : "</c>";
          } else {
            const [open, close] = formulaCellAround(follows && !c.f.shared ? "" : c.letters + row, v, isDateValue(v) ? c.dateStyle() : c.style, c.where);
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
        xml += valueCell(w, follows ? "" : c.letters + row, v, isDateValue(v) ? c.dateStyle() : c.style, c.where);
        follows = true;
      }
    }
    pieces.push(xml);
    return pieces;
  };

  const totals = (row: number) => {
    let xml = "";
    let follows = false;
    columns.forEach((c, i) => {
      const s = w.styles.totals(c.spec.style);
      const ref = follows ? "" : c.letters + row;
      const at = () => `${sheet} table ${spec.name} totals row column "${c.spec.header}"`;
      const cell =
        i === 0
          ? valueCell(w, ref, spec.totalsLabel ?? "Total", s, at)
          : c.spec.total === undefined
            ? valueCell(w, ref, null, s, at)
            : formulaCell(ref, formulaElement(totalFormula(spec, c.spec.header, c.spec.total, w.ctx), at()), spec.totalsResults?.[c.spec.key], s, at);
      xml += cell;
      follows = cell !== "";
    });
    return xml;
  };

  return {
    top: b.headerRow,
    bottom: b.range.bottom,
    left,
    cells: (row) => (row === b.headerRow ? [header(row)] : row === b.totalsRow ? [totals(row)] : data(row)),
  };
}

function asList(ref: readonly StyleName[] | StyleName | undefined): StyleName[] {
  return ref === undefined ? [] : typeof ref === "string" ? [ref] : [...ref];
}
