/**
 * A workbook's values as the reader sees them, whatever holds them: Office.js (src/office), an .xlsx
 * file read with exceljs (src/xlsx/readWorkbook.ts), or a spec just built (tests). The host finds our
 * sheets and tables and says where each cell is; ./readConfig.ts does the rest.
 */

/** A place in the workbook a message is about; `row` and `column` are filled for table cells. */
export interface CellLocation {
  /** The sheet's visible name. */
  sheet: string;
  /** A1 address on that sheet, e.g. "D7". */
  address: string;
  /** 1-based worksheet row. */
  row?: number;
  /** The table column's visible header. */
  column?: string;
}

/**
 * A cell's value as a host gives it: a number, text, a boolean, a Date (exceljs), or blank (null, "",
 * undefined). ./cellValues.ts reads them all the same way.
 */
export type GridValue = unknown;

/** One of our tables: its data rows (not the totals row), by column key. */
export interface GridTable {
  /** The visible name of its sheet. */
  sheet: string;
  rowCount: number;
  /** The data cells of the column with `key`, top to bottom; undefined when the column was not read
   *  (or the host could not find it). In a column whose template has both a formula and `reads` (a
   *  payroll month's base: issue 15) only constants count: a cell holding a formula is blank (null) —
   *  ShopSheet's formula there is no entry, a value is one. */
  values(key: string): readonly GridValue[] | undefined;
  /** Where the cell of data row `index` (0-based) in the column with `key` is. */
  place(index: number, key: string): CellLocation;
}

export interface WorkbookGrid {
  /** The visible name of our sheet with this key ("settings", "payroll:2026-11"), if it is there. */
  sheetName(key: string): string | undefined;
  table(name: string): GridTable | undefined;
  /**
   * A single cell of our sheet `sheetKey`: the one the defined name `name` points at when given and
   * there (a named cell follows its row when rows move), else the one at `at`, where the sheet's
   * builder puts it (`unnamed`: the name was asked for and is not in the workbook — one made before the
   * setting existed, or whose name the user deleted). Undefined when the sheet is not there.
   */
  cell(sheetKey: string, at: string, name?: string): { value: GridValue; place: CellLocation; unnamed?: true } | undefined;
}
