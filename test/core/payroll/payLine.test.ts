/**
 * payLine: the line's four sums (earnings, deductions, net, employer cost), added in whole fen where the
 * figures are (src/core/payroll/fenLane.ts) and in decimal.js where one is not, and its money columns in
 * fen for the month's totals. The expected figures are worked by hand below.
 */
import fc from "fast-check";
import { D, ZERO, type Dec } from "../../../src/core/money";
import { NO_BONUS } from "../../../src/core/payroll/annualBonusPay";
import { laneFen } from "../../../src/core/payroll/fenLane";
import type { MonthPay, MonthPayFen } from "../../../src/core/payroll/month";
import { MONEY_KEYS, type MoneyKey } from "../../../src/core/payroll/payColumns";
import { fenTotals } from "../../../src/core/payroll/payTotals";
import { payLine, type MonthTaxFen } from "../../../src/core/payroll/payLine";
import { EMPTY_YEAR_TO_DATE } from "../../../src/core/tax/cnIit";
import type { MonthTax } from "../../../src/core/payroll/yearToDate";

const d = (x: string) => new D(x);

type Figures = Partial<Omit<MonthPay, "fen" | "staffIndex" | "id" | "name" | "role" | "annualBonusTaxation">>;

/** A month's pay of the figures given (0 elsewhere), its fen as the lane makes it of each Decimal. */
function pay(figures: Figures): MonthPay {
  const money = {
    paidBase: ZERO, commission: ZERO, reward: ZERO, penalty: ZERO, overtimePay: ZERO, leaveDeduction: ZERO, allowances: ZERO,
    exemptAllowances: ZERO, annualBonus: ZERO, gross: ZERO, specialAdditionalDeduction: ZERO, pension: ZERO, medical: ZERO,
    unemployment: ZERO, socialInsurance: ZERO, housingFund: ZERO, employerSocialInsurance: ZERO, employerHousingFund: ZERO,
    ...figures,
  };
  const fen = Object.fromEntries(Object.entries(money).map(([k, v]) => [k, laneFen(v as Dec)])) as MonthPayFen;
  return { staffIndex: 0, id: "张三", name: "张三", role: "manager", paidDays: d("21.75"), annualBonusTaxation: null, ...money, fen };
}

function line(p: MonthPay, tax: MonthTax, bonusTax: Dec = ZERO) {
  const taxFen: MonthTaxFen = { taxable: laneFen(tax.cumulativeTaxable), tax: laneFen(tax.cumulativeTax), iit: laneFen(tax.iit) };
  const bonus = bonusTax.isZero() ? NO_BONUS : { ...NO_BONUS, taxation: "separate" as const, tax: bonusTax, separateTax: bonusTax };
  const deductions = { rule: "monthsEmployed" as const, basicMonths: 1, basicToDate: d("5000"), categories: null };
  // The line alone in a month's running totals: each column's total is the line's own figure in fen (or NaN).
  const totals = fenTotals();
  const l = payLine(totals, p, tax, taxFen, { before: EMPTY_YEAR_TO_DATE, after: EMPTY_YEAR_TO_DATE }, deductions, bonus);
  return { line: l, fen: Object.fromEntries(MONEY_KEYS.map((k, i) => [k, totals[i]!])) as Record<MoneyKey, number> };
}

const TAX: MonthTax = { cumulativeTaxable: d("3415.00"), cumulativeTax: d("102.45"), iit: d("35.00") };
const FIGURES: Figures = {
  paidBase: d("9800.00"),
  reward: d("400.00"),
  penalty: d("200.00"),
  gross: d("10000.00"),
  socialInsurance: d("1050.00"),
  housingFund: d("500.00"),
  employerSocialInsurance: d("2600.00"),
  employerHousingFund: d("500.00"),
};

describe("payLine", () => {
  test("the four sums, worked by hand, with a bonus's tax among the deductions", () => {
    const { line: l, fen } = line(pay(FIGURES), TAX, d("300.00"));
    expect(l.earningsTotal.toFixed(2)).toBe("10200.00"); // 10000 + 200 (the penalty put back)
    expect(l.deductionTotal.toFixed(2)).toBe("2085.00"); // 1050 + 500 + 35 + 300 + 200
    expect(l.net.toFixed(2)).toBe("8115.00"); // 10000 − 1050 − 500 − 35 − 300
    expect(l.employerCost.toFixed(2)).toBe("13100.00"); // 10000 + 2600 + 500
    expect([fen.earningsTotal, fen.deductionTotal, fen.net, fen.employerCost, fen.annualBonusTax]).toEqual([1020000, 208500, 811500, 1310000, 30000]);
  });

  test("a gross with a fraction of a fen leaves the lane: the sums are the same rule in decimal.js", () => {
    const { line: l, fen } = line(pay({ ...FIGURES, gross: d("10000.005") }), TAX);
    expect(l.earningsTotal.toString()).toBe("10200.005");
    expect(l.net.toString()).toBe("8415.005"); // 10000.005 − 1050 − 500 − 35
    expect(l.employerCost.toString()).toBe("13100.005");
    expect(l.deductionTotal.toFixed(2)).toBe("1785.00"); // 1050 + 500 + 35 + 200: no gross in it, still in the lane
    expect([fen.gross, fen.earningsTotal, fen.net, fen.employerCost]).toEqual([NaN, NaN, NaN, NaN]);
    expect(fen.deductionTotal).toBe(178500);
  });

  test("its money columns in fen are the lane's figures of the line's own Decimals, or NaN", () => {
    const figure = fc.oneof(
      fc.integer({ min: -(10 ** 9), max: 10 ** 9 }).map((f) => new D(f).div(100)),
      fc.integer({ min: -(10 ** 9), max: 10 ** 9 }).map((f) => new D(f).div(1000)),
      fc.integer({ min: -3, max: 3 }).map((f) => new D(2 ** 48 + f).div(100)), // two of these pass the lane's 2⁴⁹ fen
    );
    // Every money figure of a MonthPay, so that a column payLine forgot to add to the totals shows as 0 against the line's figure.
    const keys = [
      "paidBase", "commission", "reward", "penalty", "overtimePay", "leaveDeduction", "allowances", "exemptAllowances", "annualBonus", "gross",
      "pension", "medical", "unemployment", "socialInsurance", "housingFund", "employerSocialInsurance", "employerHousingFund", "specialAdditionalDeduction",
    ] as const;
    fc.assert(
      fc.property(fc.tuple(...keys.map(() => figure)), fc.tuple(figure, figure, figure), figure, (xs, [taxable, tax, iit], bonusTax) => {
        const figures = Object.fromEntries(keys.map((k, i) => [k, xs[i]])) as Figures;
        const { line: l, fen } = line(pay(figures), { cumulativeTaxable: taxable, cumulativeTax: tax, iit }, bonusTax);
        // A figure in fen is the line's own; NaN (a sum with a part off the lane, whatever its result) makes the
        // month's totals sum that column in decimal.js (payTotals.ts), so NaN is always safe, a wrong integer never.
        for (const k of MONEY_KEYS) if (!Number.isNaN(fen[k]) || Number.isNaN(laneFen(l[k]))) expect([k, fen[k]]).toEqual([k, laneFen(l[k])]);
        expect(l.net.toString()).toBe(l.gross.minus(l.socialInsurance).minus(l.housingFund).minus(l.iit).minus(l.annualBonusTax).toString());
        expect(l.earningsTotal.toString()).toBe(l.gross.plus(l.penalty).toString());
        expect(l.deductionTotal.toString()).toBe(l.socialInsurance.plus(l.housingFund).plus(l.iit).plus(l.annualBonusTax).plus(l.penalty).toString());
        expect(l.employerCost.toString()).toBe(l.gross.plus(l.employerSocialInsurance).plus(l.employerHousingFund).toString());
      }),
      { numRuns: 500 },
    );
  });
});
