/**
 * The write plan as plain data: what ./plan.ts decides and ./execute.ts performs. Keeping it data
 * makes the payload measurable before anything is sent: each op knows its size, and the plan is cut
 * into batches under PAYLOAD_LIMIT, one context.sync() each.
 *
 * Sheets are named by spec key; the executor resolves keys to worksheets (existing or just added).
 * Addresses are A1 on that sheet. Cell data is Office.js input (./cells.ts): strings already carry
 * their text apostrophe, formulas their "=".
 */
import { parseRange, rangeA1 } from "../../workbook/address";
import type { StyleDef } from "../../workbook/spec";
import type { OfficeInput } from "./cells";

/** Excel on the web rejects a request over 5 MB; we stay under 4 MB per sync. */
export const PAYLOAD_LIMIT = 4_000_000;
/** A write op bigger than this is cut into row bands before batching. */
export const SPLIT_ABOVE = 500_000;
/** Bytes one API call adds to a request besides its arguments: the action and the object path
 *  Office.js serializes for it (measured requests carry ~100–200 bytes per call). */
export const CALL_OVERHEAD = 200;

export type CellData = OfficeInput[][];

/** A data-validation rule in Office.js's shape (Excel.DataValidationRule and friends). */
export interface OfficeValidation {
  rule: Record<string, unknown>;
  errorAlert?: { message?: string; title?: string; showAlert: boolean; style: "Stop" };
  prompt?: { message?: string; title?: string; showPrompt: boolean };
  ignoreBlanks: boolean;
}

export interface OfficeConditionalFormat {
  /** With "=". */
  formula: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

export type Op =
  | { op: "unprotect"; sheet: string }
  /** `first`: placed before every other sheet (Worksheet.position = 0, ExcelApi 1.1): the contents. */
  | { op: "addSheet"; sheet: string; name: string; keyName: string; replaceKeyName: boolean; first?: true }
  | { op: "addName"; name: string; sheet: string; range: string; replace: boolean }
  | { op: "deleteName"; name: string }
  /** The header row's texts are in the range's first row already: they name the columns. */
  | { op: "addTable"; sheet: string; table: string; range: string; style: string }
  /** TableColumnCollection.add(index, undefined, name) (ExcelApi 1.4 for the name): a column at
   *  `index` (null: at the end), the columns from there on moved right with their cells. */
  | { op: "insertColumn"; table: string; index: number | null; name: string }
  /** TableColumn.name: Excel renames every reference to the column as well. */
  | { op: "renameColumn"; table: string; index: number; name: string }
  /** TableColumn.delete() (ExcelApi 1.1): the columns right of it move left; references to it break. */
  | { op: "deleteColumn"; table: string; index: number }
  /** The values of one table column's data cells copied onto another's (Range.copyFrom, "Values";
   *  ExcelApi 1.9): a moved column of the user's input keeps what was typed, in its rows. */
  | { op: "copyColumn"; table: string; from: number; to: number }
  | { op: "deleteRows"; table: string; indexes: number[] }
  | { op: "insertRows"; table: string; index: number | null; values: CellData }
  | { op: "showTotals"; table: string }
  | { op: "clear"; sheet: string; range: string }
  /** Range.insert(down) (ExcelApi 1.1): cells inserted at `range`, what stands below them in its columns
   *  moved down — a whole table with its name, so the formulas that name it keep working (an upgrade's shift). */
  | { op: "insertCells"; sheet: string; range: string }
  /** Range.unmerge() (ExcelApi 1.2): a sheet written whole loses its old merged cells first. */
  | { op: "unmerge"; sheet: string; range: string }
  /** Values and formulas of a block (formulas may mix constants and "=…"). */
  | { op: "write"; sheet: string; range: string; data: CellData }
  /** Range.autoFill(to, fill) from the block `from` (the first row of `to`): a column of formulas
   *  (FillCopy) or of looks (FillFormats) for a few bytes, whatever the rows (ExcelApi 1.9; older
   *  Excels get them written out cell by cell). */
  | { op: "autoFill"; sheet: string; from: string; to: string; fill: "FillCopy" | "FillFormats" }
  /** A look for a range; a number format goes out as a grid of the range's size (the documented form). */
  | { op: "format"; sheet: string; range: string; style: StyleDef }
  /** One look for several ranges at once (ExcelApi 1.9 RangeAreas): at most AREAS_PER_CALL ranges. */
  | { op: "formatAreas"; sheet: string; ranges: string[]; style: StyleDef }
  /** Number formats of a block, cell by cell. */
  | { op: "numberFormat"; sheet: string; range: string; data: string[][] }
  | { op: "width"; sheet: string; columns: string; points: number }
  | { op: "freeze"; sheet: string; rows: number; cols: number }
  | { op: "validation"; sheet: string; range: string; validation: OfficeValidation }
  | { op: "conditionalFormats"; sheet: string; range: string; formats: OfficeConditionalFormat[] }
  | { op: "merge"; sheet: string; range: string }
  | {
      op: "page";
      sheet: string;
      orientation: "Portrait" | "Landscape";
      fitToWidth: boolean;
      /** Pages tall allowed when fitting to one page wide: enough never to be the limit (see planLooks). */
      fitTall: number;
      printTitleRows: string | null;
      rowBreaks: number[];
      /** PageLayout.setPrintArea (ExcelApi 1.9): "A:S", or null for none. */
      printArea: string | null;
      /** Margins in points (PageLayout.leftMargin … footerMargin, ExcelApi 1.9). */
      margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
      /** The header's and footer's sections in Excel's codes (HeaderFooter.leftHeader …, ExcelApi 1.9); "" for none. */
      header: { left: string; center: string; right: string };
      footer: { left: string; center: string; right: string };
    }
  /** Range.columnHidden / rowHidden (ExcelApi 1.2): the sheet's workings out of the way. */
  | { op: "hide"; sheet: string; range: string; by: "columns" | "rows"; hidden: boolean }
  /** Range.format.rowHeight (ExcelApi 1.1), in points. */
  | { op: "rowHeight"; sheet: string; range: string; points: number }
  /** One height for the rows of several ranges at once (RangeAreas.format.rowHeight, ExcelApi 1.9): at
   *  most AREAS_PER_CALL ranges. */
  | { op: "rowHeightAreas"; sheet: string; ranges: string[]; points: number }
  /** The whole new sheet's font (Range.format.font.name over Worksheet.getRange(), ExcelApi 1.1). */
  | { op: "sheetFont"; sheet: string; name: string }
  | {
      op: "chart";
      sheet: string;
      name: string;
      title: string;
      replace: boolean;
      /** First series with its header cell on top (the chart is created from it). */
      first: string;
      /** Further series: header text and values range. */
      more: { name: string; values: string }[];
      categories: string;
      from: string;
      to: string;
    }
  | { op: "protect"; sheet: string; options: Excel.WorksheetProtectionOptions };

/** API calls an op makes (property sets and method calls), for the overhead estimate. */
function calls(op: Op): number {
  switch (op.op) {
    case "addSheet":
      return 3 + (op.replaceKeyName ? 1 : 0);
    case "addName":
      return 2 + (op.replace ? 1 : 0);
    case "addTable":
      return 4;
    case "deleteRows":
      return 2 * op.indexes.length;
    case "renameColumn":
      return 3;
    case "format":
      return 1 + styleCalls(op.style);
    case "formatAreas":
      return 1 + styleCalls({ ...op.style, numFmt: undefined }) + (op.style.numFmt === undefined ? 0 : 2 * op.ranges.length);
    case "validation":
      return 6;
    case "conditionalFormats":
      return 2 + op.formats.length * 5;
    case "page":
      return 17 + op.rowBreaks.length;
    case "chart":
      return 8 + op.more.length * 2 + (op.replace ? 2 : 0);
    default:
      return 2;
  }
}

/** Property sets a look takes. */
function styleCalls(s: StyleDef): number {
  const borders = s.border ? Object.keys(s.border).length * 2 : 0;
  return [s.numFmt, s.fill, s.fontColor, s.bold, s.italic, s.underline, s.size, s.wrap, s.align, s.valign, s.unlocked || undefined].filter((x) => x !== undefined).length + borders;
}

/** Ranges per RangeAreas call (Excel documents no limit on the address list; we keep it modest). */
export const AREAS_PER_CALL = 100;

/** Estimated bytes an op adds to a request: its arguments as JSON plus the per-call overhead. */
export function opBytes(op: Op): number {
  return jsonBytes(op) + numberFormatBytes(op) + calls(op) * CALL_OVERHEAD;
}

/** Cells of an A1 range ("B3:D9"). */
export function cellCount(range: string): number {
  const r = parseRange(range);
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

/** The grid a look's number format travels as: one string per cell, not in the op itself. */
function numberFormatBytes(op: Op): number {
  const grid = (range: string, numFmt: string) => {
    const r = parseRange(range);
    const rows = r.bottom - r.top + 1;
    return rows * ((r.right - r.left + 1) * (jsonBytes(numFmt) + 1) + 2) + 2;
  };
  if (op.op === "format" && op.style.numFmt !== undefined) return grid(op.range, op.style.numFmt);
  if (op.op === "formatAreas" && op.style.numFmt !== undefined) return op.ranges.reduce((n, r) => n + grid(r, op.style.numFmt!), 0);
  return 0;
}

/** UTF-8 length of the JSON, as it travels. */
export function jsonBytes(x: unknown): number {
  return utf8Length(JSON.stringify(x) ?? "");
}

/** Bytes of a string in UTF-8, without Node's Buffer (this runs in the task pane's browser). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4; // a surrogate pair: one code point above U+FFFF
      i++;
    } else n += 3; // the rest of the BMP, and a lone surrogate (encoded as U+FFFD)
  }
  return n;
}

/** Cuts big write ops into row bands of at most SPLIT_ABOVE bytes each (a band is at least one row). */
export function splitLarge(ops: readonly Op[]): Op[] {
  return ops.flatMap((op) => {
    if ((op.op === "write" || op.op === "numberFormat") && jsonBytes(op.data) > SPLIT_ABOVE) return bands(op);
    if (op.op === "format" && numberFormatBytes(op) > SPLIT_ABOVE) return formatBands(op);
    if (op.op === "insertRows" && op.index === null && jsonBytes(op.values) > SPLIT_ABOVE) return insertBands(op);
    return [op];
  });
}

function bandRows(data: readonly (readonly unknown[])[]): number[][] {
  // Row counts per band, each band's JSON under SPLIT_ABOVE.
  const sizes = data.map((row) => jsonBytes(row) + 1);
  const groups: number[][] = [];
  let current: number[] = [];
  let bytes = 0;
  sizes.forEach((s, i) => {
    if (current.length > 0 && bytes + s > SPLIT_ABOVE) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(i);
    bytes += s;
  });
  if (current.length) groups.push(current);
  return groups;
}

function bands<T extends Extract<Op, { op: "write" | "numberFormat" }>>(op: T): T[] {
  const [from, to] = op.range.split(":");
  const start = /^([A-Z]+)(\d+)$/.exec(from!)!;
  const end = /^([A-Z]+)(\d+)$/.exec((to ?? from)!)!;
  const top = Number(start[2]);
  return bandRows(op.data).map((rows) => {
    const first = top + rows[0]!;
    const last = top + rows[rows.length - 1]!;
    return { ...op, range: `${start[1]}${first}:${end[1]}${last}`, data: rows.map((r) => op.data[r]!) } as T;
  });
}

/** A look over many rows, cut into row bands whose number-format grids stay under SPLIT_ABOVE. */
function formatBands(op: Extract<Op, { op: "format" }>): Op[] {
  const r = parseRange(op.range);
  const perRow = (r.right - r.left + 1) * (jsonBytes(op.style.numFmt) + 1) + 2;
  const rows = Math.max(1, Math.floor(SPLIT_ABOVE / perRow));
  const out: Op[] = [];
  for (let top = r.top; top <= r.bottom; top += rows) out.push({ ...op, range: rangeA1({ top, bottom: Math.min(r.bottom, top + rows - 1), left: r.left, right: r.right }) });
  return out;
}

function insertBands(op: Extract<Op, { op: "insertRows" }>): Op[] {
  return bandRows(op.values).map((rows) => ({ ...op, values: rows.map((r) => op.values[r]!) }));
}

export interface Batch {
  ops: Op[];
  bytes: number;
}

/** Greedy batches in order, each at most `limit` bytes (an op bigger than the limit goes alone —
 *  splitLarge makes sure none is). */
export function batches(ops: readonly Op[], limit = PAYLOAD_LIMIT): Batch[] {
  const out: Batch[] = [];
  let current: Batch = { ops: [], bytes: 0 };
  for (const op of splitLarge(ops)) {
    const b = opBytes(op);
    if (current.ops.length > 0 && current.bytes + b > limit) {
      out.push(current);
      current = { ops: [], bytes: 0 };
    }
    current.ops.push(op);
    current.bytes += b;
  }
  if (current.ops.length) out.push(current);
  return out;
}
