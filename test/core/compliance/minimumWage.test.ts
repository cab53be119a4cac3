import fc from "fast-check";
import { D, type Dec } from "../../../src/core/money";
import { belowFullMonthMinimum, belowMonthlyFloor, checkMinimumWage, clearsMonthlyMinimum } from "../../../src/core/compliance/minimumWage";

const d = (x: string | number): Dec => new D(x);
const who = { id: "s1", name: "王五", month: "2026-11" };
const fenArb = (max: number) => fc.integer({ min: 0, max }).map((n) => new D(n).div(100));
const codes = (ws: { code: string }[]) => ws.map((w) => w.code);

describe("minimum wage (最低工资规定 第十二条)", () => {
  const base = { monthlyMinimum: d(2690), paidDays: d("21.75"), paidDaysPerMonth: d("21.75"), where: "staff[0]", params: who };

  it("fires one fen below the minimum, not at it", () => {
    expect(codes(checkMinimumWage({ ...base, pay: d("2689.99") }))).toEqual(["compliance.belowMinimumWage"]);
    expect(checkMinimumWage({ ...base, pay: d(2690) })).toEqual([]);
  });

  it("prorates the minimum for a part month: 10.875 of 21.75 paid days → 1345", () => {
    expect(checkMinimumWage({ ...base, paidDays: d("10.875"), pay: d(1345) })).toEqual([]);
    const [w] = checkMinimumWage({ ...base, paidDays: d("10.875"), pay: d("1344.99") });
    expect(w?.params).toMatchObject({ pay: "1344.99", minimum: "1345.00", monthlyMinimum: "2690.00" });
  });

  it("asks again for the same pay against another minimum or other days: the answer is remembered by all four figures (issue 15)", () => {
    const pay = d("2000.00"); // one Decimal, as a month repeated gives it (src/core/payroll/repeatPay.ts)
    const first = checkMinimumWage({ ...base, pay });
    expect(first.map((w) => [w.params.minimum, w.params.month])).toEqual([["2690.00", "2026-11"]]);
    // The same pay a month later: a new warning (its own params, its own month), the same figures.
    const again = checkMinimumWage({ ...base, pay, params: { ...who, month: "2026-12" } });
    expect(again.map((w) => [w.params.pay, w.params.minimum, w.params.month])).toEqual([["2000.00", "2690.00", "2026-12"]]);
    expect(again[0]!.params).not.toBe(first[0]!.params);
    expect(first[0]!.params.month).toBe("2026-11");
    // A lower minimum: 2000 is not below 1900. Fewer days: 2690 × 15 ÷ 21.75 = 1855.172… → 1855.17, not above 2000.
    expect(checkMinimumWage({ ...base, pay, monthlyMinimum: d(1900) })).toEqual([]);
    expect(checkMinimumWage({ ...base, pay, paidDays: d(15) })).toEqual([]);
    // More days per month: the floor is 2690 × 21.75 ÷ 43.5 = 1345.00, and 2000 is not below it.
    expect(checkMinimumWage({ ...base, pay, paidDaysPerMonth: d("43.5") })).toEqual([]);
    // And the first answer still holds for the first figures.
    expect(checkMinimumWage({ ...base, pay }).map((w) => w.params.minimum)).toEqual(["2690.00"]);
  });

  it("checks the hourly minimum for an hourly worker: 80 hours at 24 = 1920 against 24/h", () => {
    const part = { ...base, monthlyMinimum: d(0), hourlyMinimum: d(24), hours: d(80) };
    expect(checkMinimumWage({ ...part, pay: d(1920) })).toEqual([]);
    expect(codes(checkMinimumWage({ ...part, pay: d("1919.99") }))).toEqual(["compliance.belowHourlyMinimum"]);
  });

  it("holds a prorated base of exactly the minimum to the floor rounded to the fen: 2690 × 10.5 ÷ 21.75 = 1298.6206… → 1298.62 is not below", () => {
    expect(checkMinimumWage({ ...base, paidDays: d("10.5"), pay: d("1298.62") })).toEqual([]);
    expect(codes(checkMinimumWage({ ...base, paidDays: d("10.5"), pay: d("1298.61") }))).toEqual(["compliance.belowMinimumWage"]);
  });

  it("fires exactly when pay < minimum × paid share, rounded to the fen (property)", () => {
    fc.assert(
      fc.property(fenArb(1_000_000), fenArb(500_000), fc.integer({ min: 1, max: 2175 }).map((n) => new D(n).div(100)), (pay, min, days) => {
        const fired = checkMinimumWage({ ...base, pay, monthlyMinimum: min, paidDays: days }).length > 0;
        // The floor rounded half up to the fen, by integer arithmetic on whole fen: ⌊(2 × min fen × days × 100 + 2175) ÷ 4350⌋.
        const minFen = BigInt(min.times(100).toFixed(0));
        const daysCent = BigInt(days.times(100).toFixed(0));
        const floorFen = days.greaterThanOrEqualTo("21.75") ? minFen : (2n * minFen * daysCent + 2175n) / 4350n;
        expect(fired).toBe(BigInt(pay.times(100).toFixed(0)) < floorFen);
      }),
      { numRuns: 300 },
    );
  });

  it("remembered answers are the exact rule's: a run of checks over a few shared Decimals, in any order (property)", () => {
    // Few objects, drawn again and again: the same pay meets other minimums and days, as across a payroll's months.
    const pays = [d("2000"), d("2689.99"), d("2690"), d("1344.99"), d("1298.62"), d("0.005")];
    const minimums = [d(2690), d(1900), d("2690.005")];
    const days = [d("21.75"), d("10.875"), d("10.5"), d(15), d(0)];
    const perMonth = [d("21.75"), d("43.5"), d(20)];
    const pick = <T,>(xs: T[]) => fc.integer({ min: 0, max: xs.length - 1 }).map((i) => xs[i]!);
    const check = fc.record({ pay: pick(pays), monthlyMinimum: pick(minimums), paidDays: pick(days), paidDaysPerMonth: pick(perMonth) });
    fc.assert(
      fc.property(fc.array(check, { minLength: 1, maxLength: 40 }), (checks) => {
        for (const c of checks) {
          const floor = belowMonthlyFloor(c);
          const [w] = checkMinimumWage({ ...base, ...c });
          expect(w?.params.minimum ?? null).toBe(floor === null ? null : floor.toFixed(2));
          expect(w?.params.pay ?? null).toBe(floor === null ? null : c.pay.toFixed(2));
        }
      }),
      { numRuns: 200 },
    );
  });

  describe("the whole-fen shortcut (a pay at or above the monthly minimum) never changes the answer", () => {
    /** Figures with up to 3 decimals (some not whole fen), either sign. */
    const amount = (max: number) => fc.integer({ min: -max, max }).map((n) => new D(n).div(1000));
    const paidDays = fc.oneof(fc.integer({ min: -500, max: 4000 }).map((n) => new D(n).div(100)), fc.constantFrom(d(0), d("21.75"), d("21.76"), d("21.74")));
    const perMonth = fc.oneof(fc.constantFrom(d("21.75"), d(0), d(-5), d(30)), fc.integer({ min: -3000, max: 3100 }).map((n) => new D(n).div(100)));

    it("where it answers, the exact floor is never above the pay", () => {
      fc.assert(
        fc.property(amount(5_000_000), amount(5_000_000), paidDays, perMonth, (pay, min, days, per) => {
          if (clearsMonthlyMinimum(pay, min, per)) expect(belowMonthlyFloor({ pay, monthlyMinimum: min, paidDays: days, paidDaysPerMonth: per })).toBeNull();
        }),
        { numRuns: 3000 },
      );
    });

    it("at and around its boundary, the minimum ± 3 fen, it agrees with the exact rule", () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 500_000 }), fc.integer({ min: -3, max: 3 }), paidDays, (minFen, offset, days) => {
          const min = new D(minFen).div(100);
          const pay = new D(minFen + offset).div(100);
          const exact = belowMonthlyFloor({ pay, monthlyMinimum: min, paidDays: days, paidDaysPerMonth: d("21.75") });
          // The shortcut answers exactly from the minimum up, and then the exact rule finds nothing either.
          expect(clearsMonthlyMinimum(pay, min, d("21.75"))).toBe(offset >= 0);
          if (offset >= 0) expect(exact).toBeNull();
          // A full month below the minimum is below its floor, the minimum itself.
          if (offset < 0 && days.greaterThanOrEqualTo("21.75")) expect(exact?.toFixed(2)).toBe(min.toFixed(2));
          expect(checkMinimumWage({ ...base, pay, monthlyMinimum: min, paidDays: days }).length > 0).toBe(exact !== null);
        }),
        { numRuns: 2000 },
      );
    });

    it("a full month's shortcut (the floor is the whole-fen minimum itself) gives the exact floor, at and around the minimum and anywhere", () => {
      const same = (pay: Dec, min: Dec, days: Dec, per: Dec) => {
        const input = { pay, monthlyMinimum: min, paidDays: days, paidDaysPerMonth: per };
        const fast = belowFullMonthMinimum(input);
        if (fast !== undefined) expect(fast?.toString() ?? null).toBe(belowMonthlyFloor(input)?.toString() ?? null);
        return fast;
      };
      fc.assert(
        fc.property(fc.integer({ min: -500_000, max: 500_000 }), fc.integer({ min: -3, max: 3 }), fc.integer({ min: 0, max: 300 }), (minFen, offset, extraDays) => {
          const days = d("21.75").plus(new D(extraDays).div(100));
          const fast = same(new D(minFen + offset).div(100), new D(minFen).div(100), days, d("21.75"));
          expect(fast === undefined ? "none" : fast === null ? "clear" : "below").toBe(offset < 0 ? "below" : "clear");
        }),
        { numRuns: 2000 },
      );
      fc.assert(fc.property(amount(5_000_000), amount(5_000_000), paidDays, perMonth, (pay, min, days, per) => void same(pay, min, days, per)), { numRuns: 3000 });
      expect(belowFullMonthMinimum({ pay: d(2000), monthlyMinimum: d(2690), paidDays: d("21.74"), paidDaysPerMonth: d("21.75") })).toBeUndefined(); // a part month: the exact rule
    });

    it("leaves a minimum that is not a whole number of fen, or a pay that is not, to the exact rule", () => {
      expect(clearsMonthlyMinimum(d("2690.005"), d(2690), d("21.75"))).toBe(false);
      expect(clearsMonthlyMinimum(d(3000), d("2690.005"), d("21.75"))).toBe(false);
      expect(clearsMonthlyMinimum(d(3000), d(-1), d("21.75"))).toBe(false);
      expect(clearsMonthlyMinimum(d(3000), d(2690), d(0))).toBe(false);
      expect(clearsMonthlyMinimum(d(3000), d(2690), d("21.75"))).toBe(true);
    });
  });

  it("the hourly minimum: at ROUND(hourly minimum × days worked × 8, 2) no flag, one fen below a flag (property, the sheet's rule)", () => {
    // Days worked typed with a fraction (an hourly worker), hours = days × 8 (劳动法 第三十六条), as src/core/payroll/compliance.ts
    // passes them and the payroll sheet's check column computes them; the threshold worked in whole fen by integers.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8700 }).map((n) => new D(n).div(400)), fenArb(10_000), (days, hourly) => {
        const hours = days.times(8);
        const floorFen = (BigInt(hourly.times(100).toFixed(0)) * BigInt(hours.times(100).toFixed(0)) * 2n + 100n) / 200n;
        const at = new D(floorFen.toString()).div(100);
        const check = (pay: Dec) => codes(checkMinimumWage({ ...base, monthlyMinimum: d(0), pay, paidDays: days, hours, hourlyMinimum: hourly })).includes("compliance.belowHourlyMinimum");
        expect(check(at)).toBe(false);
        if (at.greaterThan(0)) expect(check(at.minus("0.01"))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
