import fc from "fast-check";
import { D, type Dec } from "../../../src/core/money";
import { checkMinimumWage } from "../../../src/core/compliance/minimumWage";

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
