/**
 * Numbers as the platforms' exports write them: thousands separators only where they group by
 * three, "-" (in any width) for none, and money rounded to the fen half away from zero.
 */
import { isNone, parseCount, parseMoney } from "../../../src/workbook/imports/values";

const money = (v: unknown) => parseMoney(v)?.toFixed(2) ?? null;

describe("money", () => {
  test("grouped, plain, with a currency sign, or a number from Excel", () => {
    expect(["12,186.70", "12186.7", "¥1,234.5", "$ 1,234.50", "0.005", "1,234,567"].map(money)).toEqual(["12186.70", "12186.70", "1234.50", "1234.50", "0.01", "1234567.00"]);
    expect(money(12186.7)).toBe("12186.70");
    expect(money(0.1 + 0.2)).toBe("0.30"); // float noise never reaches the fen
  });
  test("none is zero: a dash in any width, an empty cell", () => {
    expect(["-", "--", "—", "–", "", null, undefined].map(money)).toEqual(["0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00"]);
  });
  test("what cannot be money is null, for the caller to report: misplaced commas, a decimal comma, negatives, words", () => {
    expect(["1,2", "1234,56", "12,34.5", "-5", "12 元", "abc", "1e3x"].map(money)).toEqual([null, null, null, null, null, null, null]);
    expect(money(-0.5)).toBeNull();
    expect(money(true)).toBeNull();
  });
});

describe("counts", () => {
  test("whole counts, grouped or not; none is 0", () => {
    expect(["6,069", "6069", 42, "-", ""].map(parseCount)).toEqual([6069, 6069, 42, 0, 0]);
  });
  test("fractions, negatives, misgrouped text and counts past 2^53 are null", () => {
    expect(["1.5", "-3", "6,06", "9007199254740993", "x"].map(parseCount)).toEqual([null, null, null, null, null]);
  });
});

test("isNone: only the dashes and empty", () => {
  expect(["-", " — ", "", null, undefined].map(isNone)).toEqual([true, true, true, true, true]);
  expect(["0", 0, "n/a"].map(isNone)).toEqual([false, false, false]);
});
