/**
 * What Office.js read (./liveModel.ts LiveWorkbook and ReadData) as the host-neutral reader's grid
 * (src/workbook/read): our tables by column key, each cell where it is now — before an upgrade
 * inserts the columns an older layout lacks — and named cells where their names point.
 */
import type { Lang } from "../../data/lang";
import { a1, parseRange } from "../../workbook/address";
import type { GridTable, WorkbookGrid } from "../../workbook/read";
import { tableTemplate } from "../../workbook/templates";
import { cellKey, type LiveWorkbook, type ReadData } from "./liveModel";

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
        values: (key) => td.columns.get(index(key)),
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
