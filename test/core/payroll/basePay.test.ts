import fc from "fast-check";
import { baseInRange, proratedBase } from "../../../src/core/payroll/basePay";
import { Q } from "../../oracle/model/rational";
import { d, s2 } from "./fixtures";

const FULL = d("21.75");

describe("proratedBase", () => {
  it("pays the whole base for a full month", () => {
    expect(s2(proratedBase(d(2500), FULL, FULL))).toBe("2500.00");
  });

  it("prorates a joiner by the weekdays derived from the start date", () => {
    // joined Monday 2026-03-16: 12 weekdays (employment.test.ts); 2500 × 12 / 21.75 = 1379.3103… → 1379.31
    expect(s2(proratedBase(d(2500), d(12), FULL))).toBe("1379.31");
  });

  it("prorates by explicit paid days, halves included", () => {
    // 2500 × 10 / 21.75 = 1149.4252… → 1149.43
    expect(s2(proratedBase(d(2500), d(10), FULL))).toBe("1149.43");
    // 8000 × 15.5 / 21.75 = 5701.1494… → 5701.15
    expect(s2(proratedBase(d(8000), d("15.5"), FULL))).toBe("5701.15");
  });

  it("caps at the monthly base: 23 weekdays are not 23/21.75 of a month", () => {
    // MIN(1, 23 / 21.75) = 1 → 2500.00
    expect(s2(proratedBase(d(2500), d(23), FULL))).toBe("2500.00");
  });

  it("pays nothing for no paid days", () => {
    expect(s2(proratedBase(d(2500), d(0), FULL))).toBe("0.00");
  });

  it("rounds an exact half fen up, as Excel's ROUND does: the issue's two examples", () => {
    // 1800.03 × 0.375 = 675.01125; ÷ 21.75 = 31.035 exactly (21.75 × 31.035 = 675.01125) → 31.04
    expect(s2(proratedBase(d("1800.03"), d("0.375"), FULL))).toBe("31.04");
    // 52447.95 × 2.625 = 137675.86875; ÷ 21.75 = 6329.925 exactly → 6329.93
    expect(s2(proratedBase(d("52447.95"), d("2.625"), FULL))).toBe("6329.93");
  });

  it("is the exact fraction base × days ÷ days-per-month rounded once, half away from zero (BigInt fractions)", () => {
    // Bases of an odd multiple of 0.29 with odd multiples of 3 hours hit an exact half fen every time at
    // 21.75 (29(2j+1) × 3(2h+1)/8 ÷ 87/4 = (2j+1)(2h+1)/2 fen); the other arbitraries roam freely.
    const base = fc.oneof(fc.integer({ min: 0, max: 10_000_000 }).map((fen) => (fen / 100).toFixed(2)), fc.integer({ min: 0, max: 100_000 }).map((j) => ((29 * (2 * j + 1)) / 100).toFixed(2)));
    const days = fc.oneof(fc.integer({ min: 0, max: 3100 }).map((n) => (n / 100).toString()), fc.integer({ min: 0, max: 80 }).map((h) => ((3 * (2 * h + 1)) / 8).toString()), fc.integer({ min: 0, max: 248 }).map((h) => (h / 8).toString()));
    const perMonth = fc.constantFrom("21.75", "21.75", "22", "20.83", "21");
    fc.assert(
      fc.property(base, days, perMonth, (b, n, m) => {
        const exact = Q.of(b).mul(Q.min(Q.ONE, Q.of(n).div(Q.of(m)))).roundFen().toMoney();
        expect(s2(proratedBase(d(b), d(n), d(m)))).toBe(exact);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("baseInRange", () => {
  it("includes both bounds, and a null bound does not bind", () => {
    expect(baseInRange(d(3000), d(3000), d(50000))).toBe(true);
    expect(baseInRange(d(50000), d(3000), d(50000))).toBe(true);
    expect(baseInRange(d("2999.99"), d(3000), d(50000))).toBe(false);
    expect(baseInRange(d("50000.01"), d(3000), d(50000))).toBe(false);
    expect(baseInRange(d(1), null, null)).toBe(true);
    expect(baseInRange(d(99999), d(3000), null)).toBe(true);
  });
});
