/**
 * A1 address helpers. Pure and tiny: the sheet specs speak A1 ("B3", "A2:D9"), and both renderers
 * (exceljs, Office.js) accept it, so nothing here knows about either.
 */

export interface CellPos {
  /** 1-based row. */
  row: number;
  /** 1-based column (A = 1). */
  col: number;
}

export interface RangePos {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Excel's limits (xlsx, Excel 2007+). */
export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;

/** 1 → "A", 27 → "AA". */
export function colLetters(col: number): string {
  if (!Number.isInteger(col) || col < 1 || col > MAX_COL) throw new Error(`column out of range: ${col}`);
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "A" → 1, "aa" → 27. */
export function colNumber(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new Error(`not a column: ${letters}`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  if (n > MAX_COL) throw new Error(`column out of range: ${letters}`);
  return n;
}

/** (row 3, col 2) → "B3". */
export function a1(row: number, col: number): string {
  if (!Number.isInteger(row) || row < 1 || row > MAX_ROW) throw new Error(`row out of range: ${row}`);
  return `${colLetters(col)}${row}`;
}

/** "B3" or "$B$3" → { row: 3, col: 2 }. */
export function parseA1(address: string): CellPos {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address);
  if (!m) throw new Error(`not an A1 cell address: ${address}`);
  const row = Number(m[2]);
  if (row < 1 || row > MAX_ROW) throw new Error(`row out of range: ${address}`);
  return { row, col: colNumber(m[1]!) };
}

/** "A2:D9" (or a single cell "B3") → its corners, normalised so top ≤ bottom and left ≤ right. */
export function parseRange(range: string): RangePos {
  const [from, to, extra] = range.split(":");
  if (from === undefined || extra !== undefined) throw new Error(`not an A1 range: ${range}`);
  const a = parseA1(from);
  const b = parseA1(to ?? from);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** Corners → "A2:D9" ("B3" when it is one cell). */
export function rangeA1(r: RangePos, absolute = false): string {
  const cell = (row: number, col: number) => (absolute ? `$${colLetters(col)}$${row}` : a1(row, col));
  const tl = cell(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${cell(r.bottom, r.right)}`;
}

export function rangesOverlap(a: RangePos, b: RangePos): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(r: RangePos, p: CellPos): boolean {
  return p.row >= r.top && p.row <= r.bottom && p.col >= r.left && p.col <= r.right;
}

/**
 * A sheet name as it appears in a formula. Always quoted: quoting is valid for every name, and
 * deciding when it is *needed* (spaces, CJK, leading digits, names that look like A1 or R1C1) is
 * where bugs live. A ' inside the name is doubled.
 */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** ("设置", "B3") → `'设置'!$B$3`; ranges too: ("设置", "B3:B9") → `'设置'!$B$3:$B$9`. */
export function absRef(sheetName: string, range: string): string {
  return `${quoteSheet(sheetName)}!${rangeA1(parseRange(range), true)}`;
}
