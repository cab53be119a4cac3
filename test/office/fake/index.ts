/**
 * A small Excel for the tests, as strict as Excel where ShopSheet's commands meet it:
 *
 *   ./excel.ts      Excel.run, the request context, context.sync() and its log
 *   ./objects.ts    workbook, worksheets, names, tables, charts (Office.js proxies)
 *   ./range.ts      Range, RangeAreas, formats, data validation, conditional formats
 *   ./proxy.ts      office-addin-mock behind a JS Proxy: reads before load() + sync() are errors
 *   ./workbook.ts   the model changed as Excel changes it, refusing what Excel refuses
 *   ./formula.ts    formulas read as Excel reads them: references, display form, renames, AutoFill
 *   ./naming.ts     Excel's rules for sheet, table and defined names
 *   ./functions.ts  the worksheet functions Excel 2016 knows
 *   ./errors.ts     Office.js error codes and the batch semantics of a failed sync
 *   ./model.ts      cells, sheets, tables; typing semantics of values/formulas
 *   ./serialize.ts  to and from a JSON state or an .xlsx; a copy of a double
 *
 * test/office/fake.test.ts pins each behaviour the double imitates to the page it follows.
 */
export { FakeExcel, type SyncRecord } from "./excel";
export { FakeOfficeError, STRICT_NAME } from "./errors";
export { enter, FakeSheet, parseAddress, type Cell, type FakeChart, type FakeTable, type Value } from "./model";
export { copyOf, loadState, loadXlsx, toState, type WorkbookState } from "./serialize";
export { emptyCounts, type CheckCounts } from "./workbook";
