/**
 * Round trip 2: the cells a command reads (the user's inputs, the keys of our tables' rows, what the
 * sheets it writes hold where ShopSheet writes), as ../reconcile/readRequest.ts asks for them.
 */
import { a1, parseRange } from "../../workbook/address";
import type { OfficeValue } from "../reconcile/cells";
import { splitAddress } from "../reconcile/features";
import { areaAddresses, cellKey, emptyReadData, emptyReadRequest, mergeReadData, type GeneratedData, type ReadData, type ReadRequest, type TableData } from "../reconcile/liveModel";

type Sync = () => Promise<void>;

/**
 * Round trip 2 (skipped when there is nothing to read). The response grows with the data (the key and
 * input columns of our tables: about 3.8 MB for 10,000 staff over a full year); if Excel refuses it as
 * too large, the tables and the whole-written sheets are read again one per round trip — only then
 * does the count grow.
 */
export async function readInputs(context: Excel.RequestContext, sync: Sync, req: ReadRequest): Promise<ReadData> {
  try {
    return await readBatch(context, sync, req);
  } catch (e) {
    if ((e as { code?: unknown }).code !== "ResponsePayloadSizeLimitExceeded" || req.tables.length + req.generated.length <= 1) throw e;
  }
  const data = await readBatch(context, sync, { ...req, tables: [], generated: [] });
  for (const t of req.tables) mergeReadData(data, await readBatch(context, sync, { ...emptyReadRequest(), tables: [t] }));
  for (const g of req.generated) mergeReadData(data, await readBatch(context, sync, { ...emptyReadRequest(), generated: [g] }));
  return data;
}

async function readBatch(context: Excel.RequestContext, sync: Sync, req: ReadRequest): Promise<ReadData> {
  const data = emptyReadData();
  if (req.tables.length + req.cells.length + req.usedRanges.length + req.formulaRanges.length + req.generated.length === 0) return data;
  const sheet = (name: string) => context.workbook.worksheets.getItem(name);

  const tables = req.tables.map((t) => {
    const table = context.workbook.tables.getItem(t.table);
    const range = table.getRange().load("address");
    const at = (i: number) => (t.places ? t.places[i] : i);
    const columns = t.columns.flatMap((i) => {
      const live = at(i);
      return live === null || live === undefined ? [] : [[i, table.columns.getItemAt(live).getDataBodyRange().load("values")] as const];
    });
    const body = t.formulas || t.constants ? table.getDataBodyRange() : null;
    const formulas = t.formulas === "all" ? body!.load("formulas") : t.formulas === "first" ? body!.getRow(0).load("formulas") : null;
    const constants = t.constants ? body!.getSpecialCellsOrNullObject("Constants" as Excel.SpecialCellType).load("address") : null;
    return { name: t.table, range, columns, formulas, constants, places: t.places };
  });
  const cells = req.cells.map((c) => ({ ...c, range: sheet(c.sheet).getRange(c.address).load("values") }));
  const used = req.usedRanges.map((name) => ({ sheet: name, range: sheet(name).getUsedRange(true).load("address") }));
  const formulaRanges = req.formulaRanges.map((c) => ({ ...c, range: sheet(c.sheet).getRange(c.address).load(["address", "formulas"]) }));
  const generated = req.generated.map((g) => {
    const usedRange = sheet(g.sheet).getUsedRange(true);
    if (!g.special) return { sheet: g.sheet, grid: usedRange.load(["address", "formulas"]), constants: null, formulas: null };
    const areas = (type: string) => usedRange.getSpecialCellsOrNullObject(type as Excel.SpecialCellType).load("address");
    return { sheet: g.sheet, grid: null, constants: areas("Constants"), formulas: areas("Formulas") };
  });
  await sync();

  const areaList = (a: Excel.RangeAreas | null) => (a === null || a.isNullObject ? "" : a.address);
  for (const t of tables) {
    const td: TableData = {
      range: splitAddress(t.range.address)?.range ?? t.range.address,
      columns: new Map(t.columns.map(([i, r]) => [i, r.values.map((row) => row[0] as OfficeValue)])),
    };
    if (t.places) td.places = t.places;
    if (t.formulas) td.formulas = inLayout(t.formulas.formulas as OfficeValue[][], t.places);
    if (t.constants) td.constants = areaList(t.constants);
    data.tables.set(t.name.toLowerCase(), td);
  }
  for (const c of cells) data.cells.set(cellKey(c.sheet, c.address), (c.range.values[0]?.[0] ?? "") as OfficeValue);
  // A blank sheet reports A1: harmless, since only rows below what we write are ever cleared.
  for (const u of used) data.used.set(u.sheet, splitAddress(u.range.address)?.range ?? null);
  for (const f of formulaRanges) eachCell(f.range.address, f.range.formulas as OfficeValue[][], (address, v) => data.formulas.set(cellKey(f.sheet, address), v));
  for (const g of generated) {
    if (g.grid) {
      const found: GeneratedData = { constants: [], formulas: [] };
      eachCell(g.grid.address, g.grid.formulas as OfficeValue[][], (address, v) => {
        if (typeof v === "string" && v.startsWith("=")) found.formulas.push(address);
        else if (v !== "") found.constants.push(address);
      });
      data.generated.set(g.sheet, found);
    } else data.generated.set(g.sheet, { constants: areaAddresses(areaList(g.constants)), formulas: areaAddresses(areaList(g.formulas)) });
  }
  return data;
}

/** Rows of a live table's cells as columns of the current layout ("" for a column not there yet). */
function inLayout(rows: OfficeValue[][], places: readonly (number | null)[] | undefined): OfficeValue[][] {
  if (!places) return rows;
  return rows.map((row) => places.map((p) => (p === null ? "" : (row[p] ?? ""))));
}

/** Each cell of a grid read from `address` ("'Sheet'!B3:D4"), with its own A1 address. */
function eachCell(address: string, grid: OfficeValue[][], fn: (address: string, v: OfficeValue) => void): void {
  const r = parseRange(splitAddress(address)?.range ?? address);
  grid.forEach((row, i) => row.forEach((v, j) => fn(a1(r.top + i, r.left + j), v)));
}

