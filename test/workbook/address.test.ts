/**
 * A1 helpers. Expected addresses are Excel's own: the last column of a sheet is XFD (16,384) and the
 * last row 1,048,576 (Excel specifications and limits:
 * https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 */
import fc from "fast-check";
import { a1, absRef, colLetters, colNumber, contains, MAX_COL, MAX_ROW, parseA1, parseRange, quoteSheet, rangeA1, rangesOverlap } from "../../src/workbook/address";

describe("columns", () => {
  test("letters by number, at the edges of each length", () => {
    expect([1, 26, 27, 52, 702, 703, 16384].map(colLetters)).toEqual(["A", "Z", "AA", "AZ", "ZZ", "AAA", "XFD"]);
  });
  test("numbers by letters, in either case", () => {
    expect(["A", "z", "AA", "aZ", "ZZ", "AAA", "XFD"].map(colNumber)).toEqual([1, 26, 27, 52, 702, 703, 16384]);
  });
  test("past Excel's last column, or not a column, is refused", () => {
    expect(() => colLetters(0)).toThrow(/column out of range/);
    expect(() => colLetters(MAX_COL + 1)).toThrow(/column out of range/);
    expect(() => colLetters(1.5)).toThrow(/column out of range/);
    expect(() => colNumber("XFE")).toThrow(/column out of range/);
    expect(() => colNumber("A1")).toThrow(/not a column/);
    expect(() => colNumber("ABCD")).toThrow(/not a column/);
  });
  test("letters and numbers are inverse over every column", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: MAX_COL }), (n) => colNumber(colLetters(n)) === n));
  });
});

describe("cells and ranges", () => {
  test("a cell by row and column, and back, with or without $", () => {
    expect(a1(3, 2)).toBe("B3");
    expect(parseA1("B3")).toEqual({ row: 3, col: 2 });
    expect(parseA1("$B$3")).toEqual({ row: 3, col: 2 });
    expect(parseA1(`XFD${MAX_ROW}`)).toEqual({ row: MAX_ROW, col: MAX_COL });
  });
  test("a row outside the sheet, or text that is no address, is refused", () => {
    expect(() => a1(0, 1)).toThrow(/row out of range/);
    expect(() => a1(MAX_ROW + 1, 1)).toThrow(/row out of range/);
    expect(() => parseA1("B0")).toThrow(/row out of range/);
    expect(() => parseA1("B")).toThrow(/not an A1 cell address/);
    expect(() => parseA1("R1C1")).toThrow(/not an A1 cell address/);
  });
  test("a range is normalised whichever corners it is given by", () => {
    expect(parseRange("D9:A2")).toEqual({ top: 2, left: 1, bottom: 9, right: 4 });
    expect(parseRange("B3")).toEqual({ top: 3, left: 2, bottom: 3, right: 2 });
    expect(() => parseRange("A1:B2:C3")).toThrow(/not an A1 range/);
  });
  test("a range as text: one cell alone, absolute on request", () => {
    expect(rangeA1({ top: 2, left: 1, bottom: 9, right: 4 })).toBe("A2:D9");
    expect(rangeA1({ top: 3, left: 2, bottom: 3, right: 2 })).toBe("B3");
    expect(rangeA1({ top: 2, left: 1, bottom: 9, right: 4 }, true)).toBe("$A$2:$D$9");
  });
  test("overlap and containment, edges included", () => {
    const r = parseRange("B2:D4");
    expect(rangesOverlap(r, parseRange("D4:F6"))).toBe(true); // one shared corner
    expect(rangesOverlap(r, parseRange("E1:F9"))).toBe(false);
    expect(rangesOverlap(r, parseRange("A5:Z5"))).toBe(false);
    expect(contains(r, parseA1("B2"))).toBe(true);
    expect(contains(r, parseA1("D4"))).toBe(true);
    expect(contains(r, parseA1("E4"))).toBe(false);
  });
});

describe("references to another sheet", () => {
  test("the sheet name is always quoted, a ' inside it doubled", () => {
    expect(quoteSheet("设置")).toBe("'设置'");
    expect(quoteSheet("O'Brien 角色")).toBe("'O''Brien 角色'");
    expect(quoteSheet("A1")).toBe("'A1'");
  });
  test("an absolute reference to a cell or a range", () => {
    expect(absRef("设置", "B3")).toBe("'设置'!$B$3");
    expect(absRef("设置", "B9:B3")).toBe("'设置'!$B$3:$B$9");
  });
});
