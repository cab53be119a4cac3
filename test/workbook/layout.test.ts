/**
 * A1 places inside a table, for conditional formats and validation formulas (Excel refuses structured
 * references there). A table at C4 with a header row: data from row 5; one blank row when it has none.
 */
import type { TableSpec } from "../../src/workbook/spec";
import { columnLetter, columnRangeAbs, firstCellColAbs, firstDataRow, formulaText } from "../../src/workbook/layout";

const table = (rows: number): TableSpec => ({
  name: "Items",
  at: "C4",
  columns: [{ key: "item", header: "项目" }, { key: "amount", header: "Amount" }, { key: "double", header: "Double", formula: "[@amount]*2" }],
  rows: Array.from({ length: rows }, (_, i) => ({ item: `x${i}`, amount: i })),
});

test("a column's letter counts from the table's first column", () => {
  expect(["item", "amount", "double"].map((k) => columnLetter(table(2), k))).toEqual(["C", "D", "E"]);
  expect(() => columnLetter(table(2), "nope")).toThrow(/table Items has no column nope/);
});

test("data cells start under the header and run as many rows as written (one when none)", () => {
  expect(firstDataRow(table(8))).toBe(5);
  expect(columnRangeAbs(table(8), "amount")).toBe("$D$5:$D$12");
  expect(columnRangeAbs(table(0), "amount")).toBe("$D$5:$D$5");
});

test("the first data cell for a conditional format: column fixed, row relative", () => {
  expect(firstCellColAbs(table(3), "double")).toBe("$E5");
});

test("text inside a formula is quoted, its quotes doubled", () => {
  expect(formulaText("缺")).toBe('"缺"');
  expect(formulaText('say "hi"')).toBe('"say ""hi"""');
  expect(formulaText("")).toBe('""');
});
