/**
 * What is in the open workbook, in two fixed round trips: discover() loads the sheets, their tables
 * (names and headers), charts and protection, and the workbook's names in one batch; readInputs()
 * then loads, in one more batch, the cells the commands read (the user's inputs and the keys of our
 * tables' rows). Neither grows with the data: one load per table column or cell asked for.
 *
 * ShopSheet's own sheets are found by the defined name sheetKeyName(key) that marks each one (the
 * xlsx renderer writes the same names), so a renamed tab is still ours and any other sheet is never
 * touched.
 */
import { LAYOUT_VERSION, layoutVersionOf, UNVERSIONED } from "../../workbook/layoutVersion";
import { sheetKeyFromName } from "../../workbook/sheetIdentity";
import type { OfficeValue } from "./cells";
import { splitAddress } from "./features";
import { olderSheetOf } from "../../workbook/layoutUpgrades";

export interface LiveTable {
  name: string;
  /** Visible name of its sheet. */
  sheet: string;
  showHeaders: boolean;
  showTotals: boolean;
  headers: string[];
}

export interface LiveSheet {
  name: string;
  position: number;
  protected: boolean;
  /** The protection's options when protected (restored after a write, unless the spec says otherwise). */
  protectionOptions: Excel.WorksheetProtectionOptions | null;
  tables: LiveTable[];
  charts: string[];
}

export interface LiveName {
  name: string;
  /** Where a range name points; null for a broken (#REF!) or non-range name. */
  target: { sheet: string; range: string } | null;
}

export interface LiveWorkbook {
  sheets: LiveSheet[];
  /** ShopSheet's sheets by key. */
  byKey: Map<string, LiveSheet>;
  /** Key names found, by key, including broken ones (their sheet was deleted). */
  keyNames: Map<string, LiveName>;
  /** Every workbook-level name, by lower-case name. */
  names: Map<string, LiveName>;
  /** Every table, by lower-case name. */
  tables: Map<string, LiveTable>;
  /** The layout version (src/workbook/layoutVersion.ts) and the names that record it. A workbook with
   *  ShopSheet's sheets and no such name is version 1; one without them has nothing to upgrade. */
  layout: {
    version: number;
    names: string[];
    /** Sheets (by key) an upgrade left with ShopSheet's formulas of an older version, and the name
     *  that marks each (src/workbook/layoutUpgrades.ts olderSheetName). */
    older: Map<string, { version: number; name: string }>;
  };
}

/** The layout version a sheet of ours holds: the workbook's, or older where an upgrade left it so (`older`). */
export function sheetVersion(live: LiveWorkbook, key: string): number {
  const version = live.layout.version;
  return Math.min(version, live.layout.older.get(key)?.version ?? version);
}

/** Builds the lookups from what was loaded (pure, for tests). */
export function assemble(sheets: LiveSheet[], names: { name: string; type: string; value: unknown }[]): LiveWorkbook {
  const bySheetName = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));
  const wb: LiveWorkbook = { sheets, byKey: new Map(), keyNames: new Map(), names: new Map(), tables: new Map(), layout: { version: LAYOUT_VERSION, names: [], older: new Map() } };
  for (const s of sheets) for (const t of s.tables) wb.tables.set(t.name.toLowerCase(), t);
  const versions: number[] = [];
  for (const n of names) {
    const v = layoutVersionOf(n.name);
    if (v !== null) {
      versions.push(v);
      wb.layout.names.push(n.name);
    }
    const older = olderSheetOf(n.name);
    if (older) wb.layout.older.set(older.key, { version: Math.min(older.version, wb.layout.older.get(older.key)?.version ?? older.version), name: n.name });
    const target = n.type === "Range" && typeof n.value === "string" ? splitAddress(n.value) : null;
    const named: LiveName = { name: n.name, target: target && bySheetName.has(target.sheet.toLowerCase()) ? target : null };
    wb.names.set(n.name.toLowerCase(), named);
    const key = sheetKeyFromName(n.name);
    if (key === null) continue;
    wb.keyNames.set(key, named);
    const sheet = named.target ? bySheetName.get(named.target.sheet.toLowerCase()) : undefined;
    if (sheet && !wb.byKey.has(key)) wb.byKey.set(key, sheet);
  }
  if (versions.length) wb.layout.version = Math.max(...versions);
  else if (wb.byKey.size > 0) wb.layout.version = UNVERSIONED;
  return wb;
}

// ---------------------------------------------------------------- round trip 2: the inputs

export interface TableReadRequest {
  table: string;
  /** Columns (0-based, in the current layout of the table) whose data cells to read. */
  columns: number[];
  /** Where each column of the current layout is in the live table (src/workbook/layoutUpgrades.ts columnPlaces): its
   *  index there, or null for one an upgrade is still to insert (read as blank). Absent: the same. */
  places?: (number | null)[];
  /** The data cells' formulas (Excel's display form), to see what was typed over computed cells: every
   *  row, or the first one only (tables of people can be long; see ./edits.ts). */
  formulas?: "all" | "first";
  /** Where the data cells hold constants rather than formulas (Range.getSpecialCellsOrNullObject,
   *  ExcelApi 1.9): typed values in a column of formulas show up here, however long the table. */
  constants?: boolean;
}

export interface ReadRequest {
  tables: TableReadRequest[];
  /** Single cells, by sheet name and A1 address. */
  cells: { sheet: string; address: string }[];
  /** Sheets whose used range (values only) is needed, to clear what a shrinking sheet left behind. */
  usedRanges: string[];
  /** Ranges whose formulas (or values, for constants) to read, by sheet name and A1 address: the cells
   *  ShopSheet writes outside its tables, to see what the user changed there. */
  formulaRanges: { sheet: string; address: string }[];
  /** Sheets ShopSheet writes whole (the slips): where their constants and formulas are (special cells,
   *  ExcelApi 1.9), or — `special` false, an older Excel — every formula of the used range. */
  generated: { sheet: string; special: boolean }[];
}

export const emptyReadRequest = (): ReadRequest => ({ tables: [], cells: [], usedRanges: [], formulaRanges: [], generated: [] });

export interface TableData {
  /** The whole table (headers, data, totals) as a plain A1 range, e.g. "A9:AK30". */
  range: string;
  /** Data cells of the requested columns, top to bottom, by column of the current layout (one an
   *  upgrade is still to insert is left out: blank). */
  columns: Map<number, OfficeValue[]>;
  /** Where each column of the current layout is in the live table (null: not there yet); absent when
   *  the same. Addresses of cells read are the live ones. */
  places?: (number | null)[];
  /** Formulas of the data cells (all rows, or the first), when asked for — by column of the current
   *  layout, "" for one not there yet. */
  formulas?: OfficeValue[][];
  /** RangeAreas address of the data cells holding constants ("" when none), when asked for. */
  constants?: string;
}

/** What a whole-written sheet holds: cells with constants and with formulas, as A1 areas. */
export interface GeneratedData {
  constants: string[];
  formulas: string[];
}

export interface ReadData {
  tables: Map<string, TableData>;
  /** By `${sheet}!${address}`. */
  cells: Map<string, OfficeValue>;
  /** Used range (plain A1, values only) by sheet name. */
  used: Map<string, string | null>;
  /** Formula (or constant) of each cell read for formulaRanges, by `${sheet}!${address}` of the cell. */
  formulas: Map<string, OfficeValue>;
  /** By sheet name. */
  generated: Map<string, GeneratedData>;
}

export const emptyReadData = (): ReadData => ({ tables: new Map(), cells: new Map(), used: new Map(), formulas: new Map(), generated: new Map() });

/** What a later read found (`extra`) over what `data` holds: a table or sheet read again, or read whole. */
export function mergeReadData(data: ReadData, extra: ReadData): void {
  for (const [k, v] of extra.tables) data.tables.set(k, v);
  for (const [k, v] of extra.cells) data.cells.set(k, v);
  for (const [k, v] of extra.used) data.used.set(k, v);
  for (const [k, v] of extra.formulas) data.formulas.set(k, v);
  for (const [k, v] of extra.generated) data.generated.set(k, v);
}

export const cellKey = (sheet: string, address: string) => `${sheet}!${address}`;

/** "Sheet1!A1:B4, Sheet1!D1:D4" (RangeAreas.address) → ["A1:B4", "D1:D4"]. */
export function areaAddresses(address: string): string[] {
  if (address.trim() === "") return [];
  const out: string[] = [];
  let part = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      out.push(part);
      part = "";
    } else part += ch;
  }
  out.push(part);
  return out.map((p) => splitAddress(p.trim())?.range ?? p.trim().replace(/\$/g, ""));
}
