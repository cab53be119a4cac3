/**
 * Reading beside writing: a workbook's inputs back into a config file, whatever host holds it. The
 * hosts: src/office (Office.js), src/xlsx/readWorkbook.ts (an .xlsx file, `shopsheet read`).
 */
export type { CellLocation, GridTable, GridValue, WorkbookGrid } from "./grid";
export { Locator } from "./locator";
export { describeReadProblem, placeText, placed, type ReadProblem } from "./problems";
export { parseRead, readConfig, workbookMonths, type ParsedRead, type RawConfig, type ReadOptions, type ReadResult } from "./readConfig";
export { isBlankValue, rawDate, rawValue } from "./cellValues";
