import type * as ExcelJS from "exceljs";
import { money, round2 } from "../../src/core/money";
import type { Dec } from "../../src/core/money";
import type { SheetSpec, WorkbookSpec } from "../../src/workbook/spec";
import { tableBounds } from "../../src/workbook/validate";
import { columnLetter } from "../../src/workbook/layout";
import { readCell, readTable, sheetNameByKey, type Read } from "./libreoffice";

/** A recalculated table's rows keyed by column KEY (the spec's), whatever the headers' language. */
export function rowsByKey(wb: ExcelJS.Workbook, spec: WorkbookSpec, sheetKey: string, tableName: string): Record<string, Read>[] {
  const table = sheetSpec(spec, sheetKey).tables.find((t) => t.name === tableName);
  if (!table) throw new Error(`no table ${tableName} on ${sheetKey}`);
  const keyOf = new Map(table.columns.map((c) => [c.header, c.key]));
  return readTable(wb, sheetNameByKey(wb, sheetKey), tableName).map((row) =>
    Object.fromEntries(Object.entries(row).map(([header, v]) => [keyOf.get(header) ?? header, v])),
  );
}

/** A table's totals-row cell, by column key. */
export function totalByKey(wb: ExcelJS.Workbook, spec: WorkbookSpec, sheetKey: string, tableName: string, key: string): Read {
  const table = sheetSpec(spec, sheetKey).tables.find((t) => t.name === tableName)!;
  const row = tableBounds(table).totalsRow;
  if (row === null) throw new Error(`${tableName} has no totals row`);
  return readCell(wb, sheetNameByKey(wb, sheetKey), `${columnLetter(table, key)}${row}`);
}

export function cellByKey(wb: ExcelJS.Workbook, sheetKey: string, address: string): Read {
  return readCell(wb, sheetNameByKey(wb, sheetKey), address);
}

export function sheetSpec(spec: WorkbookSpec, key: string): SheetSpec {
  const s = spec.sheets.find((x) => x.key === key);
  if (!s) throw new Error(`no sheet ${key}`);
  return s;
}

/**
 * A cell read back as money to the fen ("1234.50"), so that it compares with the engine's figure as
 * a string. A blank reads as 0.00; text stays text (and will not match).
 */
export function fen(v: Read): string {
  if (v === null) return "0.00";
  if (typeof v === "number") return money(round2(v));
  return `not a number: ${String(v)}`;
}

export const fenOf = (d: Dec) => money(d);
