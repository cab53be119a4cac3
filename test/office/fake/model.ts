/**
 * What the double's workbook holds: sheets of cells, tables, names, charts — plain data, no Office.js.
 * ./workbook.ts changes it the way Excel does; ./excel.ts puts Office.js proxies in front of it.
 */
import { MAX_ROW, parseRange, type RangePos } from "../../../src/workbook/address";

export type Value = string | number | boolean;

export interface Fmt {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  size?: number;
  wrap?: boolean;
  align?: string;
  valign?: string;
  locked?: boolean;
  /** By Excel.BorderIndex ("EdgeTop", "InsideVertical" …): the line's style and weight. */
  borders?: Record<string, { style?: string; weight?: string }>;
}

export interface Cell {
  /** "" when empty or a formula (not calculated; "#NAME?" for a name Excel cannot find). */
  v: Value;
  /** The formula as entered, with its "=" (Excel's stored form). */
  f?: string;
  nf?: string;
  /** Written with a leading apostrophe: text, whatever it looks like. */
  q?: boolean;
  fmt?: Fmt;
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  top: number;
  left: number;
  right: number;
  lastData: number;
  showTotals: boolean;
  style: string;
  /** Calculated columns: column offset → the formula Excel fills into every row, new ones included. */
  calculated: Map<number, string>;
}

export interface FakeChart {
  name: string;
  type: string;
  source: string;
  series: { name: string | null; values: string }[];
  categories: string | null;
  title: string;
  from: string | null;
  to: string | null;
}

export interface Validation {
  range: RangePos;
  rule?: unknown;
  ignoreBlanks?: boolean;
  errorAlert?: unknown;
  prompt?: unknown;
}

export interface ConditionalFormat {
  range: RangePos;
  formula: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

export interface PageSetup {
  orientation?: string;
  paperSize?: string;
  zoom?: unknown;
  printTitleRows?: string;
  breaks: string[];
  printArea?: string;
  /** In points, by PageLayout property (leftMargin …). */
  margins?: Record<string, number>;
  /** HeadersFooters.defaultForAllPages, by HeaderFooter property (leftHeader …). */
  headerFooter?: Record<string, string>;
}

const ROW_STRIDE = 16_385;

export class FakeSheet {
  cells = new Map<number, Cell>();
  tables: FakeTable[] = [];
  protected = false;
  password: string | null = null;
  protectOptions: Excel.WorksheetProtectionOptions | null = null;
  freeze: { rows: number; cols: number } | null = null;
  widths = new Map<number, number>();
  validations: Validation[] = [];
  conditionalFormats: ConditionalFormat[] = [];
  merges: string[] = [];
  page: PageSetup = { breaks: [] };
  charts: FakeChart[] = [];
  hiddenColumns = new Set<number>();
  hiddenRows = new Set<number>();
  rowHeights = new Map<number, number>();
  /** The font of the whole sheet (Worksheet.getRange().format.font.name). */
  font: string | null = null;
  constructor(
    public name: string,
    readonly id: number,
  ) {}

  /**
   * The merged areas that overlap `r`. `merges` stays the record (serialised, compared by tests); the
   * index beside it, by row, is rebuilt when the list was replaced or shortened — a sheet of 10,000 slips
   * holds tens of thousands of merges, and checking each new one against all of them took minutes.
   */
  mergesOverlapping(r: RangePos): string[] {
    const index = this.mergeIndex();
    const found = new Set<string>();
    const rows = r.bottom - r.top < index.size ? Array.from({ length: r.bottom - r.top + 1 }, (_, i) => index.get(r.top + i) ?? []) : [...index.values()];
    for (const list of rows) for (const m of list) if (overlap(m.at, r)) found.add(m.a1);
    return [...found];
  }

  /** Records a merge of `r` (its A1 text `a1`), unless that area is merged already. */
  addMerge(a1: string, r: RangePos): void {
    if (this.mergesOverlapping(r).includes(a1)) return;
    const byRow = this.mergeIndex();
    this.merges.push(a1);
    this.indexMerge(byRow, a1, r);
    this.indexed = { list: this.merges, length: this.merges.length, byRow };
  }

  private indexed: { list: string[]; length: number; byRow: Map<number, { a1: string; at: RangePos }[]> } | null = null;

  private mergeIndex(): Map<number, { a1: string; at: RangePos }[]> {
    if (this.indexed && this.indexed.list === this.merges && this.indexed.length === this.merges.length) return this.indexed.byRow;
    const byRow = new Map<number, { a1: string; at: RangePos }[]>();
    for (const a1 of this.merges) this.indexMerge(byRow, a1, parseAddress(a1));
    this.indexed = { list: this.merges, length: this.merges.length, byRow };
    return byRow;
  }

  private indexMerge(byRow: Map<number, { a1: string; at: RangePos }[]>, a1: string, at: RangePos): void {
    for (let row = at.top; row <= at.bottom; row++) {
      const list = byRow.get(row);
      if (list) list.push({ a1, at });
      else byRow.set(row, [{ a1, at }]);
    }
  }

  static key(row: number, col: number): number {
    return row * ROW_STRIDE + col;
  }

  static pos(key: number): { row: number; col: number } {
    return { row: Math.floor(key / ROW_STRIDE), col: key % ROW_STRIDE };
  }

  get(row: number, col: number): Cell | undefined {
    return this.cells.get(FakeSheet.key(row, col));
  }

  /** Value as Office.js `values` returns it. */
  value(row: number, col: number): Value {
    return this.get(row, col)?.v ?? "";
  }

  /** Stored formula, or the value. */
  formula(row: number, col: number): Value {
    const c = this.get(row, col);
    return c?.f ?? c?.v ?? "";
  }

  cell(row: number, col: number): Cell {
    const k = FakeSheet.key(row, col);
    let c = this.cells.get(k);
    if (!c) {
      c = { v: "" };
      this.cells.set(k, c);
    }
    return c;
  }

  /** The user typing into a cell (bypasses the queue and the formula check; for tests). */
  type(address: string, input: Value | null): void {
    const p = parseAddress(address);
    enter(this.cell(p.top, p.left), input);
  }

  tableAt(row: number, col: number): FakeTable | undefined {
    return this.tables.find((t) => row >= t.top && row <= bottomOf(t) && col >= t.left && col <= t.right);
  }

  usedRange(valuesOnly = false): RangePos | null {
    let r: RangePos | null = null;
    for (const [k, c] of this.cells) {
      const has = c.v !== "" || c.f !== undefined || (!valuesOnly && (c.nf !== undefined || c.fmt !== undefined));
      if (!has) continue;
      const { row, col } = FakeSheet.pos(k);
      r = r ? { top: Math.min(r.top, row), bottom: Math.max(r.bottom, row), left: Math.min(r.left, col), right: Math.max(r.right, col) } : { top: row, bottom: row, left: col, right: col };
    }
    return r;
  }

  locked(row: number, col: number): boolean {
    return this.get(row, col)?.fmt?.locked !== false;
  }
}

/** Last row of a table, totals included. */
export function bottomOf(t: FakeTable): number {
  return t.showTotals ? t.lastData + 1 : t.lastData;
}

/** "A1", "$A$1:$B$2", "Sheet!A1", "A:C", "3:5" → a range. */
/** Addresses parsed before (a sheet's merged areas are checked against each new one), copied out. */
const parsedAddresses = new Map<string, RangePos>();

export function parseAddress(a: string): RangePos {
  const known = parsedAddresses.get(a);
  if (known) return { ...known };
  const r = parseAddressAnew(a);
  if (parsedAddresses.size > 200_000) parsedAddresses.clear();
  parsedAddresses.set(a, r);
  return { ...r };
}

function parseAddressAnew(a: string): RangePos {
  const s = a.replace(/\$/g, "").replace(/^.*!/, "");
  let m = /^([A-Za-z]+):([A-Za-z]+)$/.exec(s);
  if (m) return { top: 1, bottom: MAX_ROW, left: parseRange(`${m[1]}1`).left, right: parseRange(`${m[2]}1`).left };
  m = /^(\d+):(\d+)$/.exec(s);
  if (m) return { top: Number(m[1]), bottom: Number(m[2]), left: 1, right: 16_384 };
  return parseRange(s);
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/**
 * What a cell holds after Office.js `values`/`formulas` writes `input` — the same as typing it:
 * "=…", and "+…"/"-…" that are not numbers, become formulas; numeric, percent, TRUE/FALSE and
 * date-like strings become numbers and booleans — unless the cell's number format is "@" or the
 * string starts with an apostrophe (kept as the quote prefix; the value is the rest). null leaves the
 * cell as it is.
 */
export function typed(input: unknown, numberFormat: string | undefined): Omit<Cell, "nf" | "fmt"> | null {
  if (input === null || input === undefined) return null;
  if (typeof input === "number" || typeof input === "boolean") return { v: input };
  const s = String(input);
  if (s === "") return { v: "" };
  if (s.startsWith("'")) return { v: s.slice(1), q: true };
  if (numberFormat === "@") return { v: s };
  if (s.length > 1 && (s.startsWith("=") || ((s.startsWith("+") || s.startsWith("-")) && !NUMERIC.test(s)))) return { v: "", f: s.startsWith("=") ? s : `=${s}` };
  if (NUMERIC.test(s)) return { v: Number(s) };
  if (/^\d+(\.\d+)?%$/.test(s)) return { v: Number(s.slice(0, -1)) / 100 };
  if (/^(TRUE|FALSE)$/i.test(s)) return { v: s.toUpperCase() === "TRUE" };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s) ?? (/^(\d{1,2})-(\d{1,2})$/.test(s) ? /^()(\d{1,2})-(\d{1,2})$/.exec(s) : null);
  if (iso) {
    const y = iso[1] ? Number(iso[1]) : 2026;
    return { v: Date.UTC(y, Number(iso[2]) - 1, Number(iso[3])) / 86_400_000 + 25_569 };
  }
  return { v: s };
}

/** One cell typed into, as Excel does it (no formula check: the user's keystrokes in tests). */
export function enter(c: Cell, input: unknown): void {
  const t = typed(input, c.nf);
  if (!t) return;
  delete c.f;
  delete c.q;
  Object.assign(c, t);
}

export function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

export function overlap(a: RangePos, b: RangePos): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
