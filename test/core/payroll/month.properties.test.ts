import fc from "fast-check";
import { monthsOfYearTo } from "../../../src/core/calendar";
import { D, FEN, sum, type Dec } from "../../../src/core/money";
import { MONEY_KEYS, computePayroll, computePayrollYear, type PayrollResult } from "../../../src/core/payroll";
import { fen, shopArb } from "./arbitraries";
import { config, entry, monthInput, role, staff } from "./fixtures";

const RUNS = { numRuns: 200 };

const eachMonth = (property: (r: PayrollResult) => void) =>
  fc.property(shopArb, ({ config, month }) => computePayrollYear(config, month).forEach(property));

describe("payroll properties", () => {
  it("net = gross − social insurance − housing fund − income tax (and the bonus's tax), exactly, on every line", () => {
    fc.assert(
      eachMonth((r) => {
        for (const l of r.employees) {
          expect(l.net.equals(l.gross.minus(l.socialInsurance).minus(l.housingFund).minus(l.iit).minus(l.annualBonusTax))).toBe(true);
          // The tax's base: the pay after the penalty.
          expect(l.gross.equals(l.paidBase.plus(l.commission).plus(l.reward).plus(l.annualBonus).minus(l.penalty))).toBe(true);
          expect(l.employerCost.equals(l.gross.plus(l.employerSocialInsurance).plus(l.employerHousingFund))).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("on the printed figures of a 工资表 (issue 12): 应发合计 is the items of pay, 扣款合计 the deductions with the penalty, and 应发合计 − 扣款合计 = 实发", () => {
    let penalised = 0;
    fc.assert(
      eachMonth((r) => {
        for (const l of r.employees) {
          const items = [l.paidBase, l.commission, l.reward, l.overtimePay, l.leaveDeduction.negated(), l.allowances, l.annualBonus];
          const deductions = [l.pension, l.medical, l.unemployment, l.housingFund, l.iit, l.annualBonusTax, l.penalty];
          expect(l.earningsTotal.equals(sum(items))).toBe(true);
          expect(l.deductionTotal.equals(sum(deductions))).toBe(true);
          expect(l.earningsTotal.minus(l.deductionTotal).equals(l.net)).toBe(true);
          if (!l.penalty.isZero()) penalised++;
        }
      }),
      RUNS,
    );
    // The penalty case is the one this is about: the random teams must have had it.
    expect(penalised).toBeGreaterThan(0);
  });

  it("never withholds a negative income tax, and every money figure is whole fen", () => {
    fc.assert(
      eachMonth((r) => {
        for (const l of r.employees) {
          expect(l.iit.isNegative()).toBe(false);
          for (const k of MONEY_KEYS) expect(l[k].decimalPlaces()).toBeLessThanOrEqual(2);
        }
      }),
      RUNS,
    );
  });

  it("reconciles the pool with the commissions on the sheet", () => {
    fc.assert(
      eachMonth((r) => {
        const paid = sum(r.employees.map((l) => l.commission));
        expect(r.pool.allocated.equals(paid)).toBe(true);
        expect(r.pool.allocated.plus(r.pool.unallocated).equals(r.pool.pool)).toBe(true);
        if (r.pool.allocatedShare.lessThanOrEqualTo(1)) {
          // each commission rounds its exact amount by at most half a fen (see pool.test.ts)
          const holders = r.employees.filter((l) => !l.commission.isZero()).length;
          expect(paid.lessThanOrEqualTo(r.pool.pool.plus(FEN.div(2).times(holders)))).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("totals every money column", () => {
    fc.assert(
      eachMonth((r) => {
        for (const k of MONEY_KEYS) expect(r.totals[k].equals(sum(r.employees.map((l) => l[k])))).toBe(true);
      }),
      RUNS,
    );
  });

  it("gives computePayroll the last month of computePayrollYear, and lists each warning once", () => {
    fc.assert(
      fc.property(shopArb, ({ config, month }) => {
        const year = computePayrollYear(config, month);
        expect(year[year.length - 1]!.month).toBe(month);
        const one = computePayroll(config, month);
        expect(one).toEqual(year[year.length - 1]);
        const keys = one.warnings.map((w) => JSON.stringify(w));
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 100 },
    );
  });

  it("never lowers the cumulative tax month over month for constant pay through a year", () => {
    const constantShop = fc.record({
      base: fen(0, 10_000_000),
      special: fen(0, 500_000),
      insured: fc.boolean(),
      share: fc.integer({ min: 0, max: 3000 }).map((n) => new D(n).div(10000)),
      margin: fen(0, 1_000_000_00),
      reward: fen(0, 2_000_000),
      penalty: fen(0, 500_000),
    });
    fc.assert(
      fc.property(constantShop, (p) => {
        const months = monthsOfYearTo("2026-12").map((m) =>
          monthInput(m, { grossMargin: p.margin, entries: [entry("e1", { reward: p.reward, penalty: p.penalty })] }),
        );
        const c = config({
          roles: [role("r", { share: p.share, insured: p.insured })],
          staff: [staff("e1", "r", { base: p.base, specialAdditionalDeduction: p.special, startDate: "2025-01-01" })],
          months,
        });
        const taxes: Dec[] = computePayrollYear(c, "2026-12").map((r) => r.employees[0]!.cumulativeTax);
        expect(taxes).toHaveLength(12);
        taxes.slice(1).forEach((t, i) => expect(t.greaterThanOrEqualTo(taxes[i]!)).toBe(true));
      }),
      RUNS,
    );
  });
});
