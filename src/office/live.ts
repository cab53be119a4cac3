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
import { sheetKeyFromName } from "../workbook/spec";
import type { OfficeValue } from "./cells";
import { splitAddress } from "./features";

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
}

type Sync = () => Promise<void>;

/** Round trip 1: the workbook's shape. */
export async function discover(context: Excel.RequestContext, sync: Sync): Promise<LiveWorkbook> {
  const sheets = context.workbook.worksheets;
  sheets.load({
    name: true,
    position: true,
    protection: { protected: true, options: true },
    tables: { name: true, showHeaders: true, showTotals: true, columns: { name: true } },
    charts: { name: true },
  } as Excel.Interfaces.WorksheetCollectionLoadOptions);
  const names = context.workbook.names;
  names.load({ name: true, type: true, value: true } as Excel.Interfaces.NamedItemCollectionLoadOptions);
  await sync();

  const live: LiveSheet[] = sheets.items.map((ws) => ({
    name: ws.name,
    position: ws.position,
    protected: !!ws.protection?.protected,
    protectionOptions: ws.protection?.protected ? (ws.protection.options ?? {}) : null,
    tables: ws.tables.items.map((t) => ({
      name: t.name,
      sheet: ws.name,
      showHeaders: t.showHeaders !== false,
      showTotals: !!t.showTotals,
      headers: t.columns.items.map((c) => String(c.name)),
    })),
    charts: ws.charts.items.map((c) => c.name),
  }));
  return assemble(
    live,
    names.items.map((n) => ({ name: n.name, type: String(n.type), value: n.value as unknown })),
  );
}

/** Builds the lookups from what was loaded (pure, for tests). */
export function assemble(sheets: LiveSheet[], names: { name: string; type: string; value: unknown }[]): LiveWorkbook {
  const bySheetName = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));
  const wb: LiveWorkbook = { sheets, byKey: new Map(), keyNames: new Map(), names: new Map(), tables: new Map() };
  for (const s of sheets) for (const t of s.tables) wb.tables.set(t.name.toLowerCase(), t);
  for (const n of names) {
    const target = n.type === "Range" && typeof n.value === "string" ? splitAddress(n.value) : null;
    const named: LiveName = { name: n.name, target: target && bySheetName.has(target.sheet.toLowerCase()) ? target : null };
    wb.names.set(n.name.toLowerCase(), named);
    const key = sheetKeyFromName(n.name);
    if (key === null) continue;
    wb.keyNames.set(key, named);
    const sheet = named.target ? bySheetName.get(named.target.sheet.toLowerCase()) : undefined;
    if (sheet && !wb.byKey.has(key)) wb.byKey.set(key, sheet);
  }
  return wb;
}

// ---------------------------------------------------------------- round trip 2: the inputs

export interface TableReadRequest {
  table: string;
  /** Column indexes (0-based, in the table) whose data cells to read. */
  columns: number[];
}

export interface ReadRequest {
  tables: TableReadRequest[];
  /** Single cells, by sheet name and A1 address. */
  cells: { sheet: string; address: string }[];
  /** Sheets whose used range (values only) is needed, to clear what a shrinking sheet left behind. */
  usedRanges: string[];
}

export interface TableData {
  /** The whole table (headers, data, totals) as a plain A1 range, e.g. "A9:AK30". */
  range: string;
  /** Data cells of the requested columns, top to bottom. */
  columns: Map<number, OfficeValue[]>;
}

export interface ReadData {
  tables: Map<string, TableData>;
  /** By `${sheet}!${address}`. */
  cells: Map<string, OfficeValue>;
  /** Used range (plain A1, values only) by sheet name. */
  used: Map<string, string | null>;
}

export const cellKey = (sheet: string, address: string) => `${sheet}!${address}`;

/**
 * Round trip 2 (skipped when there is nothing to read). The response grows with the data (the key and
 * input columns of our tables: about 3.8 MB for 10,000 staff over a full year); if Excel refuses it as
 * too large, the tables are read again one per round trip — only then does the count grow.
 */
export async function readInputs(context: Excel.RequestContext, sync: Sync, req: ReadRequest): Promise<ReadData> {
  try {
    return await readBatch(context, sync, req);
  } catch (e) {
    if ((e as { code?: unknown }).code !== "ResponsePayloadSizeLimitExceeded" || req.tables.length <= 1) throw e;
  }
  const data = await readBatch(context, sync, { ...req, tables: [] });
  for (const t of req.tables) {
    const one = await readBatch(context, sync, { tables: [t], cells: [], usedRanges: [] });
    for (const [k, v] of one.tables) data.tables.set(k, v);
  }
  return data;
}

async function readBatch(context: Excel.RequestContext, sync: Sync, req: ReadRequest): Promise<ReadData> {
  const data: ReadData = { tables: new Map(), cells: new Map(), used: new Map() };
  if (req.tables.length === 0 && req.cells.length === 0 && req.usedRanges.length === 0) return data;

  const tables = req.tables.map((t) => {
    const table = context.workbook.tables.getItem(t.table);
    const range = table.getRange().load("address");
    const columns = t.columns.map((i) => [i, table.columns.getItemAt(i).getDataBodyRange().load("values")] as const);
    return { name: t.table, range, columns };
  });
  const cells = req.cells.map((c) => ({ ...c, range: context.workbook.worksheets.getItem(c.sheet).getRange(c.address).load("values") }));
  const used = req.usedRanges.map((sheet) => ({ sheet, range: context.workbook.worksheets.getItem(sheet).getUsedRange(true).load("address") }));
  await sync();

  for (const t of tables) {
    data.tables.set(t.name.toLowerCase(), {
      range: splitAddress(t.range.address)?.range ?? t.range.address,
      columns: new Map(t.columns.map(([i, r]) => [i, r.values.map((row) => row[0] as OfficeValue)])),
    });
  }
  for (const c of cells) data.cells.set(cellKey(c.sheet, c.address), (c.range.values[0]?.[0] ?? "") as OfficeValue);
  // A blank sheet reports A1: harmless, since only rows below what we write are ever cleared.
  for (const u of used) data.used.set(u.sheet, splitAddress(u.range.address)?.range ?? null);
  return data;
}
