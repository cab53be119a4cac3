/**
 * What Office.js read (./liveModel.ts LiveWorkbook and ReadData) as the host-neutral reader's grid
 * (src/workbook/read): our tables by column key, each cell where it is now — before an upgrade
 * inserts the columns an older layout lacks — and named cells where their names point.
 */
import type { Lang } from "../../data/lang";
import { a1, parseRange } from "../../workbook/address";
import type { GridTable, WorkbookGrid } from "../../workbook/read";
import { tableTemplate } from "../../workbook/templates";
import { areaAddresses, cellKey, type LiveWorkbook, type ReadData, type TableData } from "./liveModel";

export function officeGrid(live: LiveWorkbook, data: ReadData, lang: Lang): WorkbookGrid {
  return {
    sheetName: (key) => live.byKey.get(key)?.name,
    table(name): GridTable | undefined {
      const lt = live.tables.get(name.toLowerCase());
      const td = data.tables.get(name.toLowerCase());
      const template = tableTemplate(name, lang);
      if (!lt || !td || !template) return undefined;
      const r = parseRange(td.range);
      const firstDataRow = r.top + 1;
      const rowCount = Math.max(0, ...[...td.columns.values()].map((c) => c.length));
      const index = (key: string) => template.columns.findIndex((c) => c.key === key);
      return {
        sheet: lt.sheet,
        rowCount,
        values(key) {
          const j = index(key);
          const column = td.columns.get(j);
          const c = template.columns[j];
          if (column === undefined || c?.formula === undefined || c.reads === undefined) return column;
          // A column of formulas whose constants are read (a month's base, issue 15): a formula is blank.
          const liveCol = r.left + (td.places ? (td.places[j] ?? j) : j);
          const constant = constantRows(td, j, liveCol, firstDataRow);
          return column.map((v, i) => (constant(i) ? v : null));
        },
        place(row, key) {
          const col = index(key);
          const at = td.places ? (td.places[col] ?? null) : col;
          const header = at === null ? template.columns[col]?.header : lt.headers[at];
          return { sheet: lt.sheet, address: a1(firstDataRow + row, r.left + Math.max(0, at ?? col)), row: firstDataRow + row, column: header ?? key };
        },
      };
    },
    cell(sheetKey, at, name) {
      const place = cellPlace(live, sheetKey, at, name);
      if (place === null) return undefined;
      const value = data.cells.get(cellKey(place.sheet, place.address));
      return name !== undefined && !live.names.has(name.toLowerCase()) ? { value, place, unnamed: true } : { value, place };
    },
  };
}

/**
 * Which data rows of column `j` (at `liveCol` on the sheet) hold a constant: by the table's constants areas
 * (Range.getSpecialCells), else by its formulas read whole; neither read: none (every cell taken for ShopSheet's
 * formula — ./readRequest.ts reads one of them wherever such a column is).
 */
function constantRows(td: TableData, j: number, liveCol: number, firstDataRow: number): (row: number) => boolean {
  if (td.constants !== undefined) {
    const areas = areaAddresses(td.constants).map((a) => parseRange(a.includes("!") ? a.slice(a.lastIndexOf("!") + 1) : a));
    return (i) => areas.some((a) => liveCol >= a.left && liveCol <= a.right && firstDataRow + i >= a.top && firstDataRow + i <= a.bottom);
  }
  const formulas = td.formulas;
  if (formulas !== undefined && formulas.length > 1) return (i) => !isFormulaText(formulas[i]?.[j]);
  return () => false;
}

const isFormulaText = (v: unknown): boolean => typeof v === "string" && v.startsWith("=");

/**
 * Where a single cell of our sheet is: the one its defined name points at (the name follows the cell
 * when rows move); a name the user deleted is looked for where the sheet's builder puts it (and added
 * back there). Null when the sheet is not there, or the name points into another sheet.
 */
export function cellPlace(live: LiveWorkbook, sheetKey: string, at: string, name?: string): { sheet: string; address: string } | null {
  const sheet = live.byKey.get(sheetKey);
  if (!sheet) return null;
  const named = name === undefined ? undefined : live.names.get(name.toLowerCase());
  if (!named || named.target === null) return { sheet: sheet.name, address: at };
  return named.target.sheet.toLowerCase() === sheet.name.toLowerCase() ? { sheet: named.target.sheet, address: named.target.range } : null;
}
