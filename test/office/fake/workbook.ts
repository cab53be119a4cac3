/**
 * The double's workbook and Excel's rules for changing it. Every change an Office.js call makes goes
 * through a method here, which refuses — with Excel's error code — what Excel refuses:
 *
 * - Formulas: read on entry (./formula.ts); a table, table column or sheet that does not exist at that
 *   moment is refused with InvalidArgument. An undefined name or function is refused too (the double
 *   is stricter than Excel there, see ./errors.ts STRICT_NAME), or with strictNames off gives #NAME?.
 * - Names (./naming.ts): sheet names, table names and defined names, one namespace for the last two.
 * - Tables: no overlap; headers from the header row (blank ones become Column1…); a calculated column
 *   (every data cell the same formula) is filled into rows added later; renaming a column (its header
 *   cell or TableColumn.name) renames the references to it in every formula; adding one into the middle
 *   (columns.add) moves the cells right of it and the A1 references to them.
 * - Protection: on a protected sheet only unlocked cells take values; formats need allowFormatCells,
 *   widths allowFormatColumns, charts allowEditObjects; tables, rows, validation and conditional
 *   formats are refused (Excel greys those commands out on a protected sheet).
 *
 * Where a behaviour is undocumented the comment says so; the double then takes the strict reading.
 */
import { colLetters, rangeA1, type RangePos } from "../../../src/workbook/address";
import { FakeOfficeError, STRICT_NAME } from "./errors";
import { hasRelativeRows, moveFormula, renameColumn as renameInFormula, shiftColumns, shiftColumnsLeft, shiftedRange, shiftRows, tokenize, type RowShift, type Token } from "./formula";
import { EXCEL_2016_FUNCTIONS } from "./functions";
import { bottomOf, FakeSheet, overlap, parseAddress, range, typed, type Cell, type FakeTable, type Fmt, type Value } from "./model";
import { identifierProblem, sheetNameProblem } from "./naming";

export interface DefinedName {
  name: string;
  /** A name of a range: its sheet (null once the sheet is deleted: #REF!) and plain A1 range. */
  sheet: FakeSheet | null;
  range: string;
  /** A name of a structured reference instead ("Staff[[基本工资]]", stored without "="; "#REF!" once
   *  its table or column is gone): what the `shopsheet` command's files hold (addReferenceName). */
  refersTo?: string;
  /** Hidden from Excel's user interface (ECMA-376 Part 1 §18.2.5 definedName @hidden). */
  hidden?: boolean;
}

/** What a protected sheet may still allow (Excel.WorksheetProtectionOptions). */
export type Guarded = "cells" | "format" | "formatColumns" | "objects" | "structure";

/** References the double checked, by kind (for the report: what each command's formulas name). */
export interface CheckCounts {
  formulas: number;
  tables: number;
  columns: number;
  names: number;
  sheets: number;
  functions: number;
}

export const emptyCounts = (): CheckCounts => ({ formulas: 0, tables: 0, columns: 0, names: 0, sheets: 0, functions: 0 });

const err = (code: ConstructorParameters<typeof FakeOfficeError>[0], message: string) => new FakeOfficeError(code, message);

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  names = new Map<string, DefinedName>();
  /** Refuse a formula naming an undefined name or function (default), instead of Excel's #NAME?. */
  strictNames = true;
  /** Formulas entered with #NAME? (strictNames off). */
  nameErrors: string[] = [];
  checked: CheckCounts = emptyCounts();
  private nextId = 1;
  private tableCount = 0;
  private parsed = new Map<string, Token[]>();
  /** Formula texts without an A1 reference: nothing to follow when rows move. */
  private noCells = new Set<string>();

  // ---------------------------------------------------------------- sheets

  addSheet(name: string): FakeSheet {
    const problem = sheetNameProblem(name, this.sheets.map((s) => s.name));
    if (problem) throw err(problem.startsWith("a sheet named") ? "ItemAlreadyExists" : "InvalidArgument", problem);
    const s = new FakeSheet(name, this.nextId++);
    this.sheets.push(s);
    return s;
  }

  renameSheet(s: FakeSheet, name: string): void {
    if (s.name === name) return;
    const problem = sheetNameProblem(name, this.sheets.filter((x) => x !== s).map((x) => x.name));
    if (problem) throw err(problem.startsWith("a sheet named") ? "ItemAlreadyExists" : "InvalidArgument", problem);
    s.name = name;
  }

  sheetByName(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  deleteSheet(name: string): void {
    const s = this.sheetByName(name);
    if (!s) throw err("ItemNotFound", `no sheet ${name}`);
    this.sheets = this.sheets.filter((x) => x !== s);
    for (const n of this.names.values()) if (n.sheet === s) n.sheet = null;
    this.tablesChanged();
    // A name of a table on the deleted sheet loses it (the table went with its sheet).
    for (const n of this.names.values()) if (n.refersTo !== undefined && n.refersTo !== "#REF!" && !this.referenceTable(n.refersTo)) n.refersTo = "#REF!";
  }

  // ---------------------------------------------------------------- tables and names

  tables(): FakeTable[] {
    return this.sheets.flatMap((s) => s.tables);
  }

  private byName: Map<string, FakeTable> | null = null;

  /** Tables changed (added, renamed, removed with a sheet): the lookup by name is built again. */
  tablesChanged(): void {
    this.byName = null;
  }

  /** A table by name, ignoring case. (The lookup is rebuilt on a miss or a stale hit, so a test that
   *  renames a table behind the double's back is still seen.) */
  table(name: string): FakeTable | undefined {
    const lower = name.toLowerCase();
    const hit = this.byName?.get(lower);
    if (hit && hit.name.toLowerCase() === lower && this.sheets.includes(hit.sheet) && hit.sheet.tables.includes(hit)) return hit;
    this.byName = new Map(this.tables().map((t) => [t.name.toLowerCase(), t]));
    return this.byName.get(lower);
  }

  headers(t: FakeTable): string[] {
    return range(t.left, t.right).map((c) => String(t.sheet.value(t.top, c)));
  }

  private nameTaken(name: string, except?: FakeTable): boolean {
    const other = this.table(name);
    return (other !== undefined && other !== except) || this.names.has(name.toLowerCase());
  }

  /** Worksheet.tables.add(range, hasHeaders): the header row's texts name the columns. */
  addTable(sheet: FakeSheet, r: RangePos, hasHeaders: boolean): FakeTable {
    this.guard(sheet, "structure");
    if (!hasHeaders) throw err("InvalidArgument", "the double models tables with a header row only");
    if (r.bottom <= r.top) throw err("InvalidArgument", "a table needs a header row and a data row");
    for (const t of sheet.tables) if (overlap({ top: t.top, bottom: bottomOf(t), left: t.left, right: t.right }, r)) throw err("InvalidOperation", `the range overlaps table ${t.name}`);
    let name: string;
    do name = `Table${++this.tableCount}`;
    while (this.nameTaken(name));
    const t: FakeTable = { name, sheet, top: r.top, left: r.left, right: r.right, lastData: r.bottom, showTotals: false, style: "TableStyleMedium2", calculated: new Map() };
    this.fixHeaders(t);
    sheet.tables.push(t);
    this.tablesChanged();
    return t;
  }

  /** Blank header cells become Column1, Column2…; a repeated header gets a number (Excel's rule). */
  private fixHeaders(t: FakeTable): void {
    const seen = new Set<string>();
    range(t.left, t.right).forEach((col, i) => {
      const c = t.sheet.cell(t.top, col);
      let h = c.f !== undefined ? "" : String(c.v).trim() === "" ? `Column${i + 1}` : String(c.v);
      for (let n = 2; seen.has(h.toLowerCase()); n++) h = `${String(c.v)}${n}`;
      seen.add(h.toLowerCase());
      if (h !== c.v || c.f !== undefined) {
        delete c.f;
        c.v = h;
      }
    });
  }

  setTableName(t: FakeTable, name: string): void {
    if (t.name === name) return;
    const problem = identifierProblem(name);
    if (problem) throw err("InvalidArgument", `table name ${name}: ${problem}`);
    if (this.nameTaken(name, t)) throw err("InvalidArgument", `the name ${name} is already used by a table or a defined name`);
    t.name = name;
    this.tablesChanged();
  }

  addName(name: string, sheet: FakeSheet, r: RangePos): void {
    const problem = identifierProblem(name);
    if (problem) throw err("InvalidArgument", `name ${name}: ${problem}`);
    if (this.nameTaken(name)) throw err("ItemAlreadyExists", `the name ${name} exists`);
    this.names.set(name.toLowerCase(), { name, sheet, range: rangeA1(r) });
  }

  /**
   * A workbook-level name that stands for a structured reference, as an .xlsx brings it
   * (`<definedName name="ShopSheetCol.Staff.base" hidden="1">Staff[[基本工资]]</definedName>`): a defined
   * name refers to "a formula" in general (ECMA-376 Part 1 §18.2.5 definedName, whose content is a
   * formula), and a structured reference outside its table names the table — "Structured references
   * also appear when you create a formula outside of an Excel table that references table data"
   * (https://support.microsoft.com/office/using-structured-references-with-excel-tables-f5ed2452-2337-4f71-bed3-c8ae6d2b276e).
   * Refused as Excel refuses them: a name that is no valid name or is taken (./naming.ts), a reference
   * to a table or column that does not exist (Excel cannot resolve it; the double takes the strict
   * reading of an undocumented case and refuses rather than keeping a broken name). The double models
   * names of one structured reference naming its table, no other formula, and no "this row" (a name
   * has no row of its own).
   */
  addReferenceName(name: string, refersTo: string, hidden = false): void {
    const problem = identifierProblem(name);
    if (problem) throw err("InvalidArgument", `name ${name}: ${problem}`);
    if (this.nameTaken(name)) throw err("ItemAlreadyExists", `the name ${name} exists`);
    this.referenceTable(refersTo, name);
    this.names.set(name.toLowerCase(), { name, sheet: null, range: "", refersTo: refersTo.replace(/^=/, ""), hidden });
  }

  /** The table (and its columns, checked) a name's structured reference names; null when it is gone,
   *  or — with `naming`, the name being defined — refused. */
  referenceTable(refersTo: string, naming?: string): FakeTable | null {
    const refuse = (why: string) => {
      if (naming === undefined) return null;
      throw err("InvalidArgument", `name ${naming} = ${refersTo}: ${why}`);
    };
    const tokens = tokenize(refersTo).filter((t) => t.kind !== "space");
    const only = tokens[0];
    if (tokens.length !== 1 || only?.kind !== "struct") return refuse("the double models names of a range or of one structured reference");
    if (only.ref.table === null) return refuse("a structured reference outside its table names the table");
    if (only.ref.items.includes("#This Row")) return refuse("a name has no row of its own for #This Row");
    const t = this.table(only.ref.table);
    if (!t) return refuse(`there is no table ${only.ref.table}`);
    const headers = new Set(this.headers(t).map((h) => h.toLowerCase()));
    const missing = only.ref.columns.find((c) => !headers.has(c.toLowerCase()));
    if (missing !== undefined) return refuse(`table ${t.name} has no column ${missing}`);
    return t;
  }

  /** Where a name's structured reference stands now — its columns' data (or their header or totals
   *  cells, or all of them) — or null when it is broken. */
  referenceRange(refersTo: string): { sheet: FakeSheet; r: RangePos } | null {
    const t = this.referenceTable(refersTo);
    const struct = tokenize(refersTo).find((x) => x.kind === "struct");
    if (!t || struct?.kind !== "struct") return null;
    const headers = this.headers(t).map((h) => h.toLowerCase());
    const cols = struct.ref.columns.map((c) => t.left + headers.indexOf(c.toLowerCase()));
    const left = cols.length ? Math.min(...cols) : t.left;
    const right = cols.length ? Math.max(...cols) : t.right;
    const items = struct.ref.items;
    if (items.includes("#Totals") && !t.showTotals) return null;
    const top = items.includes("#Headers") || items.includes("#All") ? t.top : items.includes("#Totals") && !items.includes("#Data") ? t.lastData + 1 : t.top + 1;
    const bottom = items.includes("#Totals") || items.includes("#All") ? bottomOf(t) : items.includes("#Headers") && !items.includes("#Data") ? t.top : t.lastData;
    return { sheet: t.sheet, r: { top, bottom, left, right } };
  }

  deleteName(name: string): void {
    if (!this.names.delete(name.toLowerCase())) throw err("ItemNotFound", `no name ${name}`);
  }

  /** TableColumn.name = …, or a new text in a header cell: the column and every reference to it. */
  renameColumn(t: FakeTable, index: number, to: string): void {
    this.guard(t.sheet, "structure");
    const headers = this.headers(t);
    const from = headers[index];
    if (from === undefined) throw err("ItemNotFound", `table ${t.name} has no column ${index}`);
    if (to.trim() === "") throw err("InvalidArgument", "a column name cannot be blank");
    if (headers.some((h, i) => i !== index && h.toLowerCase() === to.toLowerCase())) throw err("InvalidArgument", `table ${t.name} already has a column ${to}`);
    const c = t.sheet.cell(t.top, t.left + index);
    c.v = to;
    delete c.f;
    this.renameReferences(t, from, to);
  }

  private renameReferences(t: FakeTable, from: string, to: string): void {
    if (from === to) return;
    // A calculated column repeats one formula over thousands of rows: each text is read once.
    const memo = new Map<string, string>();
    for (const s of this.sheets) {
      for (const [k, c] of s.cells) {
        if (c.f === undefined || !c.f.includes("[")) continue; // no structured reference
        const { row, col } = FakeSheet.pos(k);
        const here = s.tableAt(row, col)?.name ?? null;
        const key = `${here}\u0000${c.f}`;
        let renamed = memo.get(key);
        if (renamed === undefined) memo.set(key, (renamed = renameInFormula(c.f, here, t.name, from, to)));
        c.f = renamed;
      }
    }
    for (const tt of this.tables()) for (const [i, f] of tt.calculated) tt.calculated.set(i, renameInFormula(f, tt.name, t.name, from, to));
    // A name of a structured reference is renamed with it, as a cell's formula is.
    for (const n of this.names.values()) if (n.refersTo !== undefined && n.refersTo !== "#REF!") n.refersTo = renameInFormula(`=${n.refersTo}`, null, t.name, from, to).replace(/^=/, "");
  }

  // ---------------------------------------------------------------- protection

  guard(s: FakeSheet, what: Guarded, cells?: RangePos): void {
    if (!s.protected) return;
    const o = s.protectOptions ?? {};
    if (what === "cells") {
      for (const row of range(cells!.top, cells!.bottom))
        for (const col of range(cells!.left, cells!.right)) if (s.locked(row, col)) throw err("AccessDenied", `The cell ${colLetters(col)}${row} is on a protected sheet.`);
      return;
    }
    if (what === "format" && o.allowFormatCells) return;
    if (what === "formatColumns" && o.allowFormatColumns) return;
    if (what === "objects" && o.allowEditObjects) return;
    throw err("AccessDenied", `The sheet ${s.name} is protected.`);
  }

  // ---------------------------------------------------------------- formulas

  private tokens(formula: string): Token[] {
    let t = this.parsed.get(formula);
    if (!t) {
      t = tokenize(formula);
      if (this.parsed.size > 50_000) this.parsed.clear();
      this.parsed.set(formula, t);
    }
    return t;
  }

  /**
   * Reads a formula entered at (row, col) of `sheet` as Excel does and refuses what it cannot resolve.
   * Returns false for a formula Excel would show as #NAME? (only with strictNames off). `times`
   * counts the cells that get this formula (AutoFill copies), for the report.
   */
  checkFormula(formula: string, sheet: FakeSheet, row: number, col: number, times = 1, memo = new Map<FakeTable, Set<string>>()): boolean {
    const here = sheet.tableAt(row, col);
    const unknown: string[] = [];
    const counts = emptyCounts();
    let afterSheet = false;
    for (const t of this.tokens(formula)) {
      if (t.kind === "space") continue;
      if (t.kind === "function") {
        counts.functions++;
        if (!EXCEL_2016_FUNCTIONS.has(t.text.toUpperCase().replace(/^_XLFN\.(_XLWS\.)?/, ""))) unknown.push(`${t.text}()`);
      } else if (t.kind === "struct") {
        const table = t.ref.table === null ? here : this.table(t.ref.table);
        if (!table) throw err("InvalidArgument", t.ref.table === null ? `${formula}: ${t.text} outside a table` : `${formula}: there is no table ${t.ref.table}`);
        counts.tables++;
        let headers = memo.get(table);
        if (!headers) memo.set(table, (headers = new Set(this.headers(table).map((h) => h.toLowerCase()))));
        for (const c of t.ref.columns) {
          counts.columns++;
          if (!headers.has(c.toLowerCase())) throw err("InvalidArgument", `${formula}: table ${table.name} has no column ${c}`);
        }
      } else if (t.kind === "sheet") {
        counts.sheets++;
        if (!this.sheetByName(t.sheet)) throw err("InvalidArgument", `${formula}: there is no sheet ${t.sheet}`);
      } else if (t.kind === "name" && !afterSheet) {
        counts.names++;
        if (!this.names.has(t.text.toLowerCase()) && !this.table(t.text)) unknown.push(t.text);
      }
      afterSheet = t.kind === "sheet";
    }
    this.checked.formulas += times;
    for (const k of ["tables", "columns", "names", "sheets", "functions"] as const) this.checked[k] += counts[k] * times;
    if (unknown.length === 0) return true;
    if (this.strictNames) throw new FakeOfficeError(STRICT_NAME, `${formula}: Excel would show #NAME? (${unknown.join(", ")} not defined)`);
    this.nameErrors.push(`${sheet.name}!${colLetters(col)}${row}: ${formula}`);
    return false;
  }

  // ---------------------------------------------------------------- cells

  /** Range.values / Range.formulas = data (a 2-D array of the range's size, or one value). */
  write(sheet: FakeSheet, r: RangePos, data: unknown): void {
    const rows = r.bottom - r.top + 1;
    const cols = r.right - r.left + 1;
    if (Array.isArray(data) && (data.length !== rows || (data as unknown[][]).some((x) => !Array.isArray(x) || x.length !== cols))) {
      throw err("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range ${rangeA1(r)}.`);
    }
    this.guard(sheet, "cells", r);
    const headerRows = sheet.tables.filter((t) => t.top >= r.top && t.top <= r.bottom && t.left <= r.right && t.right >= r.left);
    const before = headerRows.map((t) => this.headers(t));
    const memo = new Map<FakeTable, Set<string>>();
    for (let i = 0; i < rows; i++)
      for (let j = 0; j < cols; j++) {
        const input = Array.isArray(data) ? (data as unknown[][])[i]![j] : data;
        this.enterChecked(sheet, r.top + i, r.left + j, input, memo);
      }
    headerRows.forEach((t, k) => {
      this.fixHeaders(t);
      this.headers(t).forEach((h, i) => before[k]![i] !== h && this.renameReferences(t, before[k]![i]!, h));
    });
    this.noteCalculated(sheet, r);
  }

  private enterChecked(sheet: FakeSheet, row: number, col: number, input: unknown, memo: Map<FakeTable, Set<string>>): void {
    const c = sheet.cell(row, col);
    const t = typed(input, c.nf);
    if (!t) return;
    if (t.f !== undefined && !this.checkFormula(t.f, sheet, row, col, 1, memo)) t.v = "#NAME?";
    delete c.f;
    delete c.q;
    Object.assign(c, t);
  }

  /** A table column whose data cells all hold one formula is a calculated column (Excel fills it into
   *  new rows); one that holds none any more is not. */
  private noteCalculated(sheet: FakeSheet, r: RangePos): void {
    for (const t of sheet.tables) {
      if (t.left > r.right || t.right < r.left || t.top + 1 > r.bottom || t.lastData < r.top) continue;
      for (const col of range(Math.max(t.left, r.left), Math.min(t.right, r.right))) {
        const formulas = new Set(range(t.top + 1, t.lastData).map((row) => firstRowForm(sheet.get(row, col)?.f, row - t.top - 1)));
        const [only] = [...formulas];
        if (formulas.size === 1 && only !== undefined) t.calculated.set(col - t.left, only);
        else if (formulas.size === 1) t.calculated.delete(col - t.left);
      }
    }
  }

  numberFormat(sheet: FakeSheet, r: RangePos, data: unknown): void {
    if (Array.isArray(data) && (data.length !== r.bottom - r.top + 1 || (data as unknown[][]).some((x) => x.length !== r.right - r.left + 1))) {
      throw err("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range ${rangeA1(r)}.`);
    }
    this.guard(sheet, "format");
    for (const row of range(r.top, r.bottom))
      for (const col of range(r.left, r.right)) sheet.cell(row, col).nf = String(Array.isArray(data) ? (data as unknown[][])[row - r.top]![col - r.left] : data);
  }

  /**
   * A look for every cell of `r`. A border is given for the range, by Excel.BorderIndex (EdgeTop is the
   * range's top edge, InsideHorizontal the lines between its rows …); each cell keeps the sides it gets,
   * as "top", "bottom", "left" and "right".
   */
  format(sheet: FakeSheet, r: RangePos, patch: Fmt): void {
    this.guard(sheet, "format");
    const { borders, ...rest } = patch;
    if (Object.keys(rest).length > 0) {
      const change = JSON.stringify(rest);
      for (const row of range(r.top, r.bottom))
        for (const col of range(r.left, r.right)) {
          const c = sheet.cell(row, col);
          c.fmt = changed(c.fmt, change, () => ({ ...c.fmt, ...rest }));
        }
    }
    if (!borders) return;
    // Only the cells a border index reaches are touched (an edge is one row or column of the range): a
    // sheet of 10,000 bordered slips is formatted edge by edge.
    const lookText = new Map<unknown, string>();
    const line = (row: number, col: number, side: string, look: NonNullable<Fmt["borders"]>[string]) => {
      const c = sheet.cell(row, col);
      c.fmt = changed(c.fmt, `${side}:${lookText.get(look) ?? lookText.set(look, JSON.stringify(look)).get(look)!}`, () => {
        const mine = { ...(c.fmt?.borders ?? {}) };
        mine[side] = { ...mine[side], ...look };
        return { ...c.fmt, borders: mine };
      });
    };
    const rows = range(r.top, r.bottom);
    const cols = range(r.left, r.right);
    for (const [index, look] of Object.entries(borders)) {
      if (!look) continue;
      if (index === "EdgeTop") for (const col of cols) line(r.top, col, "top", look);
      if (index === "EdgeBottom") for (const col of cols) line(r.bottom, col, "bottom", look);
      if (index === "EdgeLeft") for (const row of rows) line(row, r.left, "left", look);
      if (index === "EdgeRight") for (const row of rows) line(row, r.right, "right", look);
      if (index === "InsideHorizontal")
        for (const row of rows)
          for (const col of cols) {
            if (row > r.top) line(row, col, "top", look);
            if (row < r.bottom) line(row, col, "bottom", look);
          }
      if (index === "InsideVertical")
        for (const row of rows)
          for (const col of cols) {
            if (col > r.left) line(row, col, "left", look);
            if (col < r.right) line(row, col, "right", look);
          }
    }
  }

  clear(sheet: FakeSheet, r: RangePos): void {
    this.guard(sheet, "cells", r);
    for (const row of range(r.top, r.bottom)) for (const col of range(r.left, r.right)) sheet.cells.delete(FakeSheet.key(row, col));
    this.noteCalculated(sheet, r);
  }

  /**
   * Range.autoFill(destination, "FillCopy"|"FillDefault"|"FillFormats"): the destination extends the
   * source down (the only direction the double models); each source row is copied down in turn —
   * formulas moved as copying moves them (relative rows shift) with their number formats and formats,
   * or (FillFormats, "Populates the adjacent cells with the selected formats") the formats alone —
   * Range.autoFill (ExcelApi 1.9), https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-autofill-member(1),
   * and Excel.AutoFillType, https://learn.microsoft.com/javascript/api/excel/excel.autofilltype.
   */
  autoFill(sheet: FakeSheet, src: RangePos, dest: RangePos, type: string): void {
    if (type !== "FillCopy" && type !== "FillDefault" && type !== "FillFormats") throw err("InvalidArgument", `the double models FillCopy, FillDefault and FillFormats only, not ${type}`);
    if (dest.left !== src.left || dest.right !== src.right || dest.top !== src.top || dest.bottom < src.bottom) {
      throw err("InvalidArgument", `The destination ${rangeA1(dest)} must extend the source ${rangeA1(src)}.`);
    }
    const formatsOnly = type === "FillFormats";
    this.guard(sheet, formatsOnly ? "format" : "cells", dest);
    const height = src.bottom - src.top + 1;
    for (const col of range(src.left, src.right)) {
      for (let k = 0; k < height; k++) {
        const from = sheet.get(src.top + k, col);
        const targets = range(src.bottom + 1, dest.bottom).filter((row) => (row - src.top) % height === k);
        if (targets.length === 0) continue;
        if (formatsOnly) {
          for (const row of targets) {
            const c = sheet.cell(row, col);
            if (from?.nf !== undefined) c.nf = from.nf;
            else delete c.nf;
            if (from?.fmt !== undefined) c.fmt = from.fmt;
            else delete c.fmt;
          }
          continue;
        }
        if (from?.f !== undefined) this.checkFormula(from.f, sheet, targets[0]!, col, targets.length);
        const moves = from?.f !== undefined && hasRelativeRows(from.f);
        for (const row of targets) {
          const copy: Cell = { v: from?.f !== undefined ? "" : (from?.v ?? "") };
          if (from?.f !== undefined) copy.f = moves ? moveFormula(from.f, row - src.top - k) : from.f;
          if (from?.q) copy.q = true;
          if (from?.nf !== undefined) copy.nf = from.nf;
          if (from?.fmt !== undefined) copy.fmt = from.fmt;
          sheet.cells.set(FakeSheet.key(row, col), copy);
        }
      }
    }
    this.noteCalculated(sheet, dest);
  }

  /** Range.getSpecialCells(Constants | Formulas): the matching cells of `r`, as rectangles. */
  specialCells(sheet: FakeSheet, r: RangePos, type: "Constants" | "Formulas"): RangePos[] {
    const hits: { row: number; col: number }[] = [];
    for (const [k, c] of sheet.cells) {
      const { row, col } = FakeSheet.pos(k);
      if (row < r.top || row > r.bottom || col < r.left || col > r.right) continue;
      if (type === "Formulas" ? c.f !== undefined : c.f === undefined && c.v !== "") hits.push({ row, col });
    }
    return rectanglesOf(hits);
  }

  // ---------------------------------------------------------------- table rows

  /** TableRowCollection.add: rows inserted at `index` (or the end), cells below in the table's columns
   *  move down; calculated columns are filled into the new rows where no value is given. */
  insertRows(t: FakeTable, index: number | undefined | null, values: Value[][]): void {
    this.guard(t.sheet, "structure");
    const k = values.length;
    const at = index === undefined || index === null || index < 0 ? t.lastData + 1 : t.top + 1 + index;
    if (at > t.lastData + 1) throw err("InvalidArgument", `row index ${index} is past the end of table ${t.name}`);
    this.shift(t.sheet, t.left, t.right, at, k, t);
    t.lastData += k;
    const memo = new Map<FakeTable, Set<string>>();
    values.forEach((row, i) => {
      if (row.length !== t.right - t.left + 1) throw err("InvalidArgument", `a row of table ${t.name} has ${t.right - t.left + 1} values`);
      row.forEach((v, j) => {
        // A calculated column's formula is its first data row's; a row gets it moved there (an A1
        // reference on the row follows it, as the calculated column Excel fills does).
        const calc = t.calculated.get(j);
        const input = calc !== undefined && (v === "" || v === null || v === undefined) ? moveFormula(calc, at + i - (t.top + 1)) : v;
        this.enterChecked(t.sheet, at + i, t.left + j, input, memo);
      });
    });
  }

  deleteRow(t: FakeTable, i: number): void {
    this.guard(t.sheet, "structure");
    const row = t.top + 1 + i;
    if (row > t.lastData) throw err("InvalidArgument", `table ${t.name} has no row ${i}`);
    if (t.lastData === t.top + 1) throw err("InvalidOperation", "a table keeps one data row");
    for (const col of range(t.left, t.right)) t.sheet.cells.delete(FakeSheet.key(row, col));
    this.shift(t.sheet, t.left, t.right, row + 1, -1, t);
    t.lastData -= 1;
  }

  showTotals(t: FakeTable, on: boolean): void {
    this.guard(t.sheet, "structure");
    if (!on || t.showTotals) {
      t.showTotals = on;
      return;
    }
    const row = t.lastData + 1;
    for (const col of range(t.left, t.right)) {
      const c = t.sheet.get(row, col);
      if (c && (c.v !== "" || c.f !== undefined)) throw err("InvalidOperation", "the row below the table is not empty");
    }
    t.showTotals = true;
    t.sheet.cell(row, t.left).v = "Total";
  }

  /**
   * Range.insert("Down"): the cells of columns r.left..r.right from row r.top on move down by the range's
   * height, and with them the tables, merged areas, validations and conditional formats wholly in those
   * columns. Excel refuses to shift part of a table ("the operation is attempting to shift cells in a table"),
   * and so does the double for a merge, validation or format only partly in the columns. A1 references to
   * the moved cells are not followed (none of ShopSheet's formulas name them: its tables are named).
   */
  insertCellsDown(s: FakeSheet, r: RangePos): void {
    const by = r.bottom - r.top + 1;
    const moves = (x: RangePos) => x.bottom >= r.top && x.right >= r.left && x.left <= r.right;
    const inside = (x: RangePos) => x.left >= r.left && x.right <= r.right && x.top >= r.top;
    const down = (x: RangePos): RangePos => ({ ...x, top: x.top + by, bottom: x.bottom + by });
    for (const t of s.tables) {
      const box = { top: t.top, bottom: bottomOf(t), left: t.left, right: t.right };
      if (moves(box) && !inside(box)) throw err("InvalidOperation", `the insert would shift part of table ${t.name}`);
    }
    const merges = s.merges.map((a1) => ({ a1, at: parseAddress(a1) }));
    for (const x of [...merges.map((m) => m.at), ...s.validations.map((v) => v.range), ...s.conditionalFormats.map((c) => c.range)]) {
      if (moves(x) && !inside(x)) throw err("InvalidOperation", `the double does not split ${rangeA1(x)} across an insert`);
    }
    const moved: [number, Cell][] = [];
    for (const [k, c] of s.cells) {
      const { row, col } = FakeSheet.pos(k);
      if (col >= r.left && col <= r.right && row >= r.top) {
        s.cells.delete(k);
        moved.push([FakeSheet.key(row + by, col), c]);
      }
    }
    for (const [k, c] of moved) s.cells.set(k, c);
    for (const t of s.tables) {
      if (t.left < r.left || t.right > r.right || t.top < r.top) continue;
      t.top += by;
      t.lastData += by;
    }
    s.merges = merges.map((m) => (inside(m.at) ? rangeA1(down(m.at)) : m.a1));
    s.validations = s.validations.map((v) => (inside(v.range) ? { ...v, range: down(v.range) } : v));
    s.conditionalFormats = s.conditionalFormats.map((c) => (inside(c.range) ? { ...c, range: down(c.range) } : c));
  }

  /** Cells in columns left..right at rows ≥ from move by `by` rows (and tables entirely in those columns with them). */
  private shift(s: FakeSheet, left: number, right: number, from: number, by: number, except: FakeTable): void {
    const moved: [number, Cell][] = [];
    for (const [k, c] of s.cells) {
      const { row, col } = FakeSheet.pos(k);
      if (col >= left && col <= right && row >= from) {
        s.cells.delete(k);
        moved.push([FakeSheet.key(row + by, col), c]);
      }
    }
    for (const [k, c] of moved) s.cells.set(k, c);
    for (const t of s.tables) {
      if (t === except || t.top < from) continue;
      if (t.left < left || t.right > right) {
        if (t.right >= left && t.left <= right) throw err("InvalidOperation", "the insert would shift part of another table");
        continue;
      }
      t.top += by;
      t.lastData += by;
    }
    this.followRows({ sheet: s.name, left, right, from, by }, except);
  }

  /**
   * A1 references to cells that rows moved follow them (./formula.ts shiftRows), in every formula of
   * the workbook and in the calculated columns of the tables that moved whole. The table whose rows
   * these are keeps its calculated columns: each is the formula of its first data row, which stays.
   * Formulas without an A1 reference (structured ones) are passed over by their text.
   */
  private followRows(sh: RowShift, except: FakeTable): void {
    const memo = new Map<string, string>();
    const follow = (formula: string, home: FakeSheet) => {
      if (this.noCells.has(formula)) return formula;
      const k = `${home.name}\u0000${formula}`;
      let out = memo.get(k);
      if (out === undefined) {
        if (!tokenize(formula).some((t) => t.kind === "cell")) {
          if (this.noCells.size > 50_000) this.noCells.clear();
          this.noCells.add(formula);
          return formula;
        }
        memo.set(k, (out = shiftRows(formula, home.name, sh) ?? "=#REF!"));
      }
      return out;
    };
    for (const sheet of this.sheets) {
      for (const c of sheet.cells.values()) if (c.f !== undefined) c.f = follow(c.f, sheet);
      for (const t of sheet.tables) if (t !== except) for (const [i, f] of t.calculated) t.calculated.set(i, follow(f, sheet));
    }
  }

  // ---------------------------------------------------------------- table columns

  /**
   * TableColumnCollection.add(index, values, name)
   * (https://learn.microsoft.com/javascript/api/excel/excel.tablecolumncollection#excel-excel-tablecolumncollection-add-member(1)):
   * "index: … If null or -1, the addition happens at the end. Columns with a higher index will be
   * shifted to the side"; "[Api set: ExcelApi 1.1 requires an index smaller than the total column count;
   * 1.4 allows index to be optional (null or -1) …; 1.4 allows name parameter at creation time]" (the
   * remark in @types/office-js). What the double does besides, as Excel does when a table column is
   * inserted:
   * - the cells of the table's rows (header, data, totals) from that column on move one column right,
   *   and so do the cells beside the table in those rows, and a table standing wholly in those rows; one
   *   that would be cut is refused (InvalidOperation, as for rows);
   * - A1 references to the moved cells follow them — in formulas of every sheet, defined names,
   *   conditional formats (ranges and formulas), data validation ranges, chart ranges (./formula.ts
   *   shiftColumns); structured references are by name and need nothing ("the cell references for
   *   structured references adjust automatically … as rows and columns are added and deleted in a
   *   table", https://support.microsoft.com/office/using-structured-references-with-excel-tables-f5ed2452-2337-4f71-bed3-c8ae6d2b276e);
   * - the new column is empty, formulas and formats alike (undocumented: the double does not copy the
   *   neighbour's looks, so a caller must write them), and is no calculated column; the calculated
   *   columns right of it keep their formulas;
   * - refused on a protected sheet (inserting columns is greyed out there); a name already in the table
   *   or blank is refused (InvalidArgument — undocumented, the strict reading); without a name the
   *   header is Column<n>. The double models the name form only: values are refused.
   */
  insertColumn(t: FakeTable, index: number | null | undefined, name: string | null | undefined, values?: unknown): void {
    this.guard(t.sheet, "structure");
    if (values !== undefined && values !== null) throw err("InvalidArgument", "the double models columns.add with a name, without values");
    const count = t.right - t.left + 1;
    const append = index === null || index === undefined || index === -1;
    const i = append ? count : index;
    if (!Number.isInteger(i) || i < 0 || i >= count + (append ? 1 : 0)) throw err("InvalidArgument", `column index ${index} of table ${t.name}: 0 to ${count - 1}, or null / -1 for the end`);
    const headers = this.headers(t);
    if (name !== null && name !== undefined) {
      if (name.trim() === "") throw err("InvalidArgument", "a column name cannot be blank");
      if (headers.some((h) => h.toLowerCase() === name.toLowerCase())) throw err("InvalidArgument", `table ${t.name} already has a column ${name}`);
    }
    const at = t.left + i;
    this.insertCells(t.sheet, t.top, bottomOf(t), at, t);
    t.right += 1;
    t.calculated = new Map([...t.calculated].map(([c, f]) => [c >= i ? c + 1 : c, f]));
    const header = t.sheet.cell(t.top, at);
    header.v = name ?? "";
    this.fixHeaders(t);
  }

  /**
   * TableColumn.delete() (ExcelApi 1.1,
   * https://learn.microsoft.com/javascript/api/excel/excel.tablecolumn#excel-excel-tablecolumn-delete-member(1)):
   * the column's cells go, the cells of the table's rows right of it (and beside the table in those rows)
   * move one column left, and so do A1 references to them; a reference to the deleted column itself —
   * structured or A1 — breaks: the double turns a formula holding one into =#REF! (Excel keeps the
   * rest of the formula around the #REF!; the value is an error either way). Refused on a protected
   * sheet and for a table's last column.
   */
  deleteColumn(t: FakeTable, index: number): void {
    this.guard(t.sheet, "structure");
    const count = t.right - t.left + 1;
    if (!Number.isInteger(index) || index < 0 || index >= count) throw err("InvalidArgument", `table ${t.name} has no column ${index}`);
    if (count === 1) throw err("InvalidOperation", "a table keeps one column");
    const header = this.headers(t)[index]!;
    const at = t.left + index;
    const s = t.sheet;
    const top = t.top;
    const bottom = bottomOf(t);
    // References to the column by name break first (while its header is there to be found).
    const broken = (f: string, home: FakeSheet, row: number, col: number) =>
      f.includes("[") &&
      tokenize(f).some((x) => x.kind === "struct" && (x.ref.table ?? home.tableAt(row, col)?.name ?? "").toLowerCase() === t.name.toLowerCase() && x.ref.columns.some((c) => c.toLowerCase() === header.toLowerCase()));
    for (const sheet of this.sheets)
      for (const [k, c] of sheet.cells) {
        if (c.f === undefined) continue;
        const { row, col } = FakeSheet.pos(k);
        if (broken(c.f, sheet, row, col)) c.f = "=#REF!";
      }
    for (const tt of this.tables()) for (const [i, f] of tt.calculated) if (broken(f, tt.sheet, tt.top + 1, tt.left + i)) tt.calculated.set(i, "=#REF!");
    for (const n of this.names.values()) if (n.refersTo !== undefined && n.refersTo !== "#REF!" && broken(n.refersTo, s, 0, 0)) n.refersTo = "#REF!";
    // A1 references to the band's cells right of it move left; one to the deleted cells breaks.
    const band = { sheet: s.name, top, bottom, at };
    for (const sheet of this.sheets)
      for (const c of sheet.cells.values()) if (c.f !== undefined) c.f = shiftColumnsLeft(c.f, sheet.name, band) ?? "=#REF!";
    for (const row of range(top, bottom)) s.cells.delete(FakeSheet.key(row, at));
    const moved: [number, Cell][] = [];
    for (const [k, c] of s.cells) {
      const { row, col } = FakeSheet.pos(k);
      if (row >= top && row <= bottom && col > at) {
        s.cells.delete(k);
        moved.push([FakeSheet.key(row, col - 1), c]);
      }
    }
    for (const [k, c] of moved) s.cells.set(k, c);
    t.right -= 1;
    t.calculated = new Map([...t.calculated].flatMap(([c, f]) => (c === index ? [] : [[c > index ? c - 1 : c, f] as [number, string]])));
    const left = (r: RangePos): RangePos | null => {
      if (r.top < top || r.bottom > bottom || r.right < at) return r;
      if (r.left === at && r.right === at) return null;
      return r.left > at ? { ...r, left: r.left - 1, right: r.right - 1 } : { ...r, right: r.right - 1 };
    };
    for (const other of s.tables) if (other !== t && other.top >= top && bottomOf(other) <= bottom && other.left > at) {
      other.left -= 1;
      other.right -= 1;
    }
    s.conditionalFormats = s.conditionalFormats.flatMap((cf) => {
      const r = left(cf.range);
      return r ? [{ ...cf, range: r }] : [];
    });
    s.validations = s.validations.flatMap((v) => {
      const r = left(v.range);
      return r ? [{ ...v, range: r }] : [];
    });
  }

  /** Cells of rows top..bottom from column `at` on moved one column right, and the references to them. */
  private insertCells(s: FakeSheet, top: number, bottom: number, at: number, except: FakeTable): void {
    const band = { top, bottom, at };
    const moves = (t: FakeTable) => t !== except && t.top <= bottom && bottomOf(t) >= top && t.right >= at;
    for (const t of s.tables.filter(moves)) {
      if (t.top < top || bottomOf(t) > bottom || t.left < at) throw err("InvalidOperation", `the insert would shift part of table ${t.name}`);
    }
    const moved: [number, Cell][] = [];
    for (const [k, c] of s.cells) {
      const { row, col } = FakeSheet.pos(k);
      if (row >= top && row <= bottom && col >= at) {
        s.cells.delete(k);
        moved.push([FakeSheet.key(row, col + 1), c]);
      }
    }
    for (const [k, c] of moved) s.cells.set(k, c);
    for (const t of s.tables.filter(moves)) {
      t.left += 1;
      t.right += 1;
    }
    const ins = { sheet: s.name, ...band };
    // A calculated column repeats one formula over thousands of rows: each text is read once.
    const memo = new Map<FakeSheet, Map<string, string>>();
    const shift = (formula: string, home: FakeSheet) => {
      let mine = memo.get(home);
      if (!mine) memo.set(home, (mine = new Map()));
      let out = mine.get(formula);
      if (out === undefined) mine.set(formula, (out = shiftColumns(formula, home.name, ins)));
      return out;
    };
    const shiftRange = (r: RangePos) => shiftedRange(r, band);
    for (const sheet of this.sheets) {
      for (const c of sheet.cells.values()) if (c.f !== undefined) c.f = shift(c.f, sheet);
      for (const t of sheet.tables) for (const [i, f] of t.calculated) t.calculated.set(i, shift(f, sheet));
      for (const cf of sheet.conditionalFormats) {
        cf.formula = shift(cf.formula, sheet);
        if (sheet === s) cf.range = shiftRange(cf.range);
      }
      for (const v of sheet.validations) {
        const list = (v.rule as { list?: { source?: unknown } } | undefined)?.list;
        if (list && typeof list.source === "string" && list.source.startsWith("=")) list.source = shift(list.source, sheet);
        if (sheet === s) v.range = shiftRange(v.range);
      }
    }
    for (const ch of s.charts) {
      const r = (a: string) => rangeA1(shiftRange(parseAddress(a)));
      ch.source = r(ch.source);
      for (const x of ch.series) if (x.values) x.values = r(x.values);
      if (ch.categories) ch.categories = r(ch.categories);
    }
    for (const n of this.names.values()) if (n.sheet === s) n.range = rangeA1(shiftRange(parseAddress(n.range)));
  }

  // ---------------------------------------------------------------- the user editing (for tests)

  /** Excel's "insert table row above" at data row `index`. */
  userInsertRow(table: string, index: number, values: Value[]): void {
    const t = this.table(table)!;
    const row = [...values, ...new Array<Value>(Math.max(0, t.right - t.left + 1 - values.length)).fill("")];
    this.insertRows(t, index, [row]);
  }

  /** Excel's "insert table column to the left" at column `index`, with a header (as columns.add does it). */
  userInsertColumn(table: string, index: number, header: string): void {
    const t = this.table(table)!;
    this.insertColumn(t, index === t.right - t.left + 1 ? null : index, header);
  }

  /** Whole sheet rows inserted above `row`: everything below moves down, tables and names too. */
  userInsertSheetRows(sheet: FakeSheet, row: number, count: number): void {
    const moved: [number, Cell][] = [];
    for (const [k, c] of sheet.cells) {
      if (FakeSheet.pos(k).row >= row) {
        sheet.cells.delete(k);
        moved.push([k + count * 16_385, c]);
      }
    }
    for (const [k, c] of moved) sheet.cells.set(k, c);
    for (const t of sheet.tables) {
      if (t.top >= row) {
        t.top += count;
        t.lastData += count;
      }
    }
    for (const n of this.names.values()) {
      if (n.sheet !== sheet) continue;
      n.range = n.range.replace(/([A-Z]+)(\d+)/g, (m, c: string, r: string) => (Number(r) >= row ? `${c}${Number(r) + count}` : m));
    }
  }

  /** A table of the user's own. */
  userTable(sheet: FakeSheet, name: string, address: string, headers: string[]): FakeTable {
    const r = parseAddress(address);
    headers.forEach((h, i) => (sheet.cell(r.top, r.left + i).v = h));
    const t = this.addTable(sheet, r, true);
    this.setTableName(t, name);
    t.style = "TableStyleLight1";
    return t;
  }

  /** Sheet named by a defined name ("ShopSheet.roles"). */
  sheetOfName(name: string): FakeSheet | undefined {
    return this.names.get(name.toLowerCase())?.sheet ?? undefined;
  }
}

/** Cells as rectangles: runs along a row, stacked while the next row has the same run. */
export function rectanglesOf(cells: readonly { row: number; col: number }[]): RangePos[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: RangePos[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.top === c.row && last.right === c.col - 1) last.right = c.col;
    else runs.push({ top: c.row, bottom: c.row, left: c.col, right: c.col });
  }
  const out: RangePos[] = [];
  const open = new Map<string, RangePos>();
  for (const r of runs) {
    const k = `${r.left}:${r.right}`;
    const prev = open.get(k);
    if (prev && prev.bottom === r.top - 1) prev.bottom = r.top;
    else {
      open.set(k, r);
      out.push(r);
    }
  }
  return out;
}

/**
 * One frozen object per distinct look, shared by every cell that has it: a workbook of 10,000 bordered
 * slips has a million formatted cells but a few dozen looks (a look per cell ran the tests out of heap).
 * Frozen, so that a change made in place (instead of a new look) fails loudly.
 */
const looks = new Map<string, Fmt>();
/** A shared look after a change (named by `change`), from a shared look or none: each pair worked out once. */
const after = new WeakMap<Fmt, Map<string, Fmt>>();
const fromNone = new Map<string, Fmt>();
function changed(before: Fmt | undefined, change: string, make: () => Fmt): Fmt {
  const known = before ? (after.get(before) ?? after.set(before, new Map()).get(before)!) : fromNone;
  let look = known.get(change);
  if (!look) known.set(change, (look = shared(make())));
  return look;
}
function shared(fmt: Fmt): Fmt {
  const key = JSON.stringify(fmt);
  let known = looks.get(key);
  if (!known) {
    if (fmt.borders) for (const side of Object.values(fmt.borders)) Object.freeze(side);
    Object.freeze(fmt.borders);
    known = Object.freeze(fmt);
    looks.set(key, known);
  }
  return known;
}

/** A data cell's formula as it reads in the table's first data row (`below` rows up): a column whose
 *  cells all read the same there is one calculated column — in structured references (the same text
 *  in every row) or in relative A1 text ("F5", "F6", … as the `shopsheet` command's files hold it). */
export function firstRowForm(formula: string | undefined, below: number): string | undefined {
  return formula === undefined || below === 0 ? formula : moveFormula(formula, -below);
}
