/**
 * Date cells as the shop platforms' exports and Excel give them. Serial dates in the 1900 date system
 * count days from 1899-12-30 (the phantom 29 February 1900 folded in): 46327 is 2026-11-01, 45351 is
 * 2024-02-29 (worked out with Python's datetime.date, not with this code).
 */
import { parseCellDate } from "../../../src/workbook/imports/dates";

test("every written form of a date the exports use", () => {
  const forms = ["2026-11-01", "2026/11/1", "2026.11.1", "20261101", "2026年11月1日", "2026-11-01 08:30", "2026/11/01 08:30:15", " 2026-11-01 ", "２０２６－１１－０１"];
  expect(forms.map(parseCellDate)).toEqual(forms.map(() => "2026-11-01"));
});

test("numbers: a yyyymmdd number and Excel serial dates, as numbers or as text", () => {
  expect(parseCellDate(20261101)).toBe("2026-11-01");
  expect(parseCellDate(46327)).toBe("2026-11-01");
  expect(parseCellDate("46327")).toBe("2026-11-01");
  expect(parseCellDate(45351)).toBe("2024-02-29");
});

test("a Date is read in UTC, as exceljs gives date cells", () => {
  expect(parseCellDate(new Date(Date.UTC(2026, 10, 1)))).toBe("2026-11-01");
  expect(parseCellDate(new Date(Number.NaN))).toBeNull();
});

test("impossible dates and what is no date read as null, never as a guess", () => {
  expect(["2026-02-30", "2025-02-29", "2026-13-01", "20261301", "11/01/2026", "next Monday", ""].map(parseCellDate)).toEqual([null, null, null, null, null, null, null]);
  expect([true, null, undefined, {}, Number.NaN, Number.POSITIVE_INFINITY].map(parseCellDate)).toEqual([null, null, null, null, null, null]);
});
