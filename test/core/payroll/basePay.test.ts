import { baseInRange, proratedBase } from "../../../src/core/payroll/basePay";
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
