/**
 * A cell's value as a config file holds it, whichever host read it. Office.js gives a date as its
 * serial (46327 is 2026-11-01 in the 1900 system: days from 1899-12-30, worked out with Python),
 * exceljs as a Date at UTC midnight.
 */
import { isBlankValue, rawDate, rawValue } from "../../../src/workbook/read/cellValues";

test("blank: nothing, null, or only spaces", () => {
  expect([undefined, null, "", "   ", "\t"].map(isBlankValue)).toEqual([true, true, true, true, true]);
  expect([0, false, "0", " x "].map(isBlankValue)).toEqual([false, false, false, false]);
});

test("values: text trimmed, numbers and booleans as they are, a Date as its day, blank as undefined", () => {
  expect(rawValue("  王五 ")).toBe("王五");
  expect(rawValue(0)).toBe(0);
  expect(rawValue(false)).toBe(false);
  expect(rawValue(new Date(Date.UTC(2026, 10, 1)))).toBe("2026-11-01");
  expect(rawValue(new Date(Number.NaN))).toBeUndefined();
  expect(rawValue("  ")).toBeUndefined();
});

test("dates: a serial or a Date becomes ISO; text stays as typed for the config to check", () => {
  expect(rawDate(46327)).toBe("2026-11-01");
  expect(rawDate(new Date(Date.UTC(2026, 10, 1)))).toBe("2026-11-01");
  expect(rawDate(" 2026/11/1 ")).toBe("2026/11/1");
  expect(rawDate(true)).toBe("true");
  expect(rawDate(null)).toBeUndefined();
});
