/**
 * A WorkbookGrid over a built WorkbookSpec, as a host would hand it over just after writing it: dates
 * as serials (Office.js `values`), blank cells as "". For round trips: build → read → the same config.
 */
import { isoToSerial } from "../../../src/core/serialDate";
import { a1, parseA1 } from "../../../src/workbook/address";
import { isDateValue, isFormulaCell, type CellValue, type WorkbookSpec } from "../../../src/workbook/spec";
import type { GridTable, WorkbookGrid } from "../../../src/workbook/read";
import { tableBounds } from "../../../src/workbook/validate";

const asHost = (v: CellValue | undefined): unknown => (v === null || v === undefined ? "" : isDateValue(v) ? isoToSerial(v.date) : v);

export function specGrid(spec: WorkbookSpec, edit?: (grid: { cells: Map<string, unknown>; tables: Map<string, Record<string, unknown>[]> }) => void): WorkbookGrid {
  const sheets = new Map(spec.sheets.map((s) => [s.key, s]));
  const cells = new Map<string, unknown>();
  const tables = new Map<string, Record<string, unknown>[]>();
  for (const s of spec.sheets) {
    for (const c of s.cells) cells.set(`${s.key}!${c.at}`, isFormulaCell(c) ? (c.result ?? "") : asHost(c.value));
    // A column of formulas whose values are read (a month's base) holds no value where it holds its formula (grid.ts).
    for (const t of s.tables) tables.set(t.name, t.rows.map((r) => Object.fromEntries(t.columns.map((c) => [c.key, c.formula !== undefined && c.reads !== undefined ? "" : asHost(r[c.key])]))));
  }
  edit?.({ cells, tables });
  return {
    sheetName: (key) => sheets.get(key)?.name,
    table(name): GridTable | undefined {
      const sheet = spec.sheets.find((s) => s.tables.some((t) => t.name === name));
      const t = sheet?.tables.find((x) => x.name === name);
      const rows = tables.get(name);
      if (!sheet || !t || !rows) return undefined;
      const b = tableBounds(t);
      return {
        sheet: sheet.name,
        rowCount: rows.length,
        values: (key) => (t.columns.some((c) => c.key === key) ? rows.map((r) => r[key]) : undefined),
        place(index, key) {
          const col = t.columns.findIndex((c) => c.key === key);
          const row = b.firstDataRow + index;
          return { sheet: sheet.name, address: a1(row, b.range.left + col), row, column: t.columns[col]!.header };
        },
      };
    },
    cell(sheetKey, at, name) {
      const sheet = sheets.get(sheetKey);
      if (!sheet) return undefined;
      const named = name === undefined ? undefined : spec.names.find((n) => n.name === name && n.sheet === sheetKey);
      const address = named?.range ?? at;
      parseA1(address);
      const value = cells.get(`${sheetKey}!${address}`) ?? "";
      return name !== undefined && named === undefined ? { value, place: { sheet: sheet.name, address }, unnamed: true } : { value, place: { sheet: sheet.name, address } };
    },
  };
}
