/**
 * The engine's fast paths (issue 15) equal the decimal.js reference on random inputs — whole fen and
 * not, small and beyond the whole-fen range, ordinary and odd tax tables — and the remembered results
 * are computed again when an input changes. The engine against an independent model on whole random
 * teams is test/oracle/differential.test.ts.
 */
import fc from "fast-check";
import { defaultEngineSettings } from "../../../src/core/defaults";
import { D, FEN_LIMIT, fenOf, sum, type Dec } from "../../../src/core/money";
import { baseInRange, proratedBase } from "../../../src/core/payroll/basePay";
import { contributions, contributionPart, employeeSocialInsurance, employerSocialInsurance, contributionBases } from "../../../src/core/payroll/contributions";
import { employerCost, grossPay, netPay } from "../../../src/core/payroll/pay";
import { MONEY_KEYS, type PayLine } from "../../../src/core/payroll/payLine";
import { payTotals } from "../../../src/core/payroll/payTotals";
import { withholdMonthFen } from "../../../src/core/payroll/withholdFen";
import { withholdMonth, withholdMonthDecimal } from "../../../src/core/payroll/yearToDate";
import type { TaxBracket } from "../../../src/core/types";
import { d, staff } from "./fixtures";

/** Amounts: mostly whole fen of ordinary size, some with a fraction of a fen, some beyond FEN_LIMIT. */
const amount = (maxYuan: number) =>
  fc.oneof(
    { weight: 40, arbitrary: fc.integer({ min: 0, max: maxYuan * 100 }).map((f) => new D(f).div(100)) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: maxYuan * 1000 }).map((f) => new D(f).div(1000)) },
    { weight: 1, arbitrary: fc.bigInt({ min: BigInt(FEN_LIMIT) - 5n, max: BigInt(FEN_LIMIT) * 4n }).map((f) => new D(f.toString()).div(100)) },
  );
const signed = (maxYuan: number) => fc.tuple(amount(maxYuan), fc.boolean()).map(([x, neg]) => (neg ? x.negated() : x));
const same = (a: Dec, b: Dec) => a.equals(b) && a.isNegative() === b.isNegative();

/** Tax tables: the statutory one, or random ascending brackets whose rates may have many decimals. */
const taxTable: fc.Arbitrary<TaxBracket[]> = fc.oneof(
  fc.constant(defaultEngineSettings().taxTable),
  fc
    .record({
      bounds: fc.uniqueArray(fc.integer({ min: 1, max: 200_000_000 }), { minLength: 0, maxLength: 6 }),
      // Up to 9 decimals: past 8 the rate has no whole-number form and decimal.js computes.
      rates: fc.array(fc.tuple(fc.integer({ min: 0, max: 10 ** 6 }), fc.integer({ min: 0, max: 9 })), { minLength: 7, maxLength: 7 }),
      quick: fc.array(fc.oneof({ weight: 20, arbitrary: fc.integer({ min: 0, max: 50_000_000 }).map((f) => new D(f).div(100)) }, { weight: 1, arbitrary: amount(500_000) }), { minLength: 7, maxLength: 7 }),
      bounded: fc.boolean(),
    })
    .map(({ bounds, rates, quick, bounded }) => {
      const upTos = [...bounds].sort((a, b) => a - b).map((b) => new D(b).div(100));
      return [...upTos, null].map((upTo, i) => ({
        upTo: i === upTos.length && bounded ? new D(10 ** 7) : upTo,
        rate: new D(rates[i]![0]).div(10 ** rates[i]![1]).toDecimalPlaces(12),
        quickDeduction: quick[i]!,
      }));
    }),
);

const yearToDate = fc.record({
  months: fc.integer({ min: 0, max: 14 }),
  gross: amount(2_000_000),
  insurance: amount(200_000),
  specialAdditionalDeduction: amount(100_000),
  taxWithheld: amount(500_000),
});
const pay = fc.record({ gross: signed(200_000), socialInsurance: amount(5_000), housingFund: amount(5_000), specialAdditionalDeduction: amount(5_000) });
const basicDeduction = fc.oneof(fc.constant(d(5000)), amount(10_000));

function expectSameWithholding(got: ReturnType<typeof withholdMonth>, want: ReturnType<typeof withholdMonth>) {
  expect(got.after.months).toBe(want.after.months);
  for (const k of ["gross", "insurance", "specialAdditionalDeduction", "taxWithheld"] as const) expect([k, got.after[k].toString()]).toEqual([k, want.after[k].toString()]);
  for (const k of ["cumulativeTaxable", "cumulativeTax", "iit"] as const) expect([k, got.tax[k].toString()]).toEqual([k, want.tax[k].toString()]);
  for (const k of ["cumulativeTax", "iit"] as const) expect(got.tax[k].isNegative()).toBe(false);
}

describe("withholdMonth in whole fen equals decimal.js", () => {
  test("on random years to date, pay and tax tables, month after month", () => {
    let fast = 0;
    let runs = 0;
    fc.assert(
      fc.property(yearToDate, fc.array(pay, { minLength: 1, maxLength: 4 }), taxTable, basicDeduction, (start, pays, table, basic) => {
        const settings = { basicDeduction: basic, taxTable: table };
        let before = start;
        let reference = start;
        for (const p of pays) {
          runs++;
          if (withholdMonthFen(before, p, settings) !== null) fast++;
          const got = withholdMonth(before, p, settings);
          const want = withholdMonthDecimal(reference, p, settings);
          expectSameWithholding(got, want);
          before = got.after;
          reference = want.after;
        }
      }),
      { numRuns: 3000 },
    );
    // The fast path must have been taken most of the time, or this test compares decimal.js with itself.
    expect(fast / runs).toBeGreaterThan(0.3);
    expect(fast).toBeLessThan(runs); // and the fall-back too
  });

  test("at every bracket's bound and a fen either side of it, on random tables", () => {
    fc.assert(
      fc.property(taxTable, fc.constantFrom(-1, 0, 1), (table, offset) => {
        const settings = { basicDeduction: d(5000), taxTable: table };
        const zero = { months: 0, gross: d(0), insurance: d(0), specialAdditionalDeduction: d(0), taxWithheld: d(0) };
        for (const b of table) {
          if (b.upTo === null) continue;
          const p = { gross: b.upTo.plus(5000).plus(new D(offset).div(100)), socialInsurance: d(0), housingFund: d(0), specialAdditionalDeduction: d(0) };
          expectSameWithholding(withholdMonth(zero, p, settings), withholdMonthDecimal(zero, p, settings));
        }
      }),
      { numRuns: 300 },
    );
  });

  test("the statutory table on a year of ordinary pay takes the fast path every month", () => {
    const settings = defaultEngineSettings();
    let before = { months: 0, gross: d(0), insurance: d(0), specialAdditionalDeduction: d(0), taxWithheld: d(0) };
    for (let m = 1; m <= 12; m++) {
      const p = { gross: d("23456.78"), socialInsurance: d("1234.56"), housingFund: d("345.67"), specialAdditionalDeduction: d(1500) };
      expect(withholdMonthFen(before, p, settings)).not.toBeNull();
      const got = withholdMonth(before, p, settings);
      expectSameWithholding(got, withholdMonthDecimal(before, p, settings));
      before = got.after;
    }
    // By hand: 12 × (23456.78 − 5000 − 1234.56 − 345.67 − 1500) = 12 × 15376.55 = 184518.60 → 20%, 16920.
    expect(before.taxWithheld.toFixed(2)).toBe("19983.72"); // 184518.60 × 0.2 − 16920 = 19983.72
  });

  test("a year to date changed after it was made is read afresh, not from what the fast path remembered", () => {
    const settings = defaultEngineSettings();
    const p = { gross: d(20000), socialInsurance: d(0), housingFund: d(0), specialAdditionalDeduction: d(0) };
    const first = withholdMonth({ months: 0, gross: d(0), insurance: d(0), specialAdditionalDeduction: d(0), taxWithheld: d(0) }, p, settings).after;
    first.gross = d(50000); // replaced in place
    expectSameWithholding(withholdMonth(first, p, settings), withholdMonthDecimal(first, p, settings));
    expect(withholdMonth(first, p, settings).tax.cumulativeTaxable.toFixed(2)).toBe("60000.00"); // 50000 + 20000 − 2 × 5000
  });

  test("a tax table changed in place is converted again", () => {
    const settings = defaultEngineSettings();
    const p = { gross: d(20000), socialInsurance: d(0), housingFund: d(0), specialAdditionalDeduction: d(0) };
    const zero = { months: 0, gross: d(0), insurance: d(0), specialAdditionalDeduction: d(0), taxWithheld: d(0) };
    expect(withholdMonth(zero, p, settings).tax.iit.toFixed(2)).toBe("450.00"); // 15000 × 3%
    settings.taxTable[0] = { ...settings.taxTable[0]!, rate: d("0.05") };
    expect(withholdMonth(zero, p, settings).tax.iit.toFixed(2)).toBe("750.00"); // 15000 × 5%
  });
});

describe("the payslip's sums in whole fen equal decimal.js", () => {
  test("gross, net and employer cost on random parts, whole fen or not, small or huge", () => {
    fc.assert(
      fc.property(signed(100_000), amount(100_000), amount(100_000), signed(100_000), (a, b, c, x) => {
        expect(same(grossPay(a, b, c, x), a.plus(b).plus(c).minus(x))).toBe(true);
        expect(same(netPay(a, b, c, x), a.minus(b).minus(c).minus(x))).toBe(true);
        expect(same(employerCost(a, b, c), a.plus(b).plus(c))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  test("payTotals equals a decimal.js sum of every money column", () => {
    const line = fc.tuple(...MONEY_KEYS.map(() => signed(1_000_000))).map((xs) => Object.fromEntries(MONEY_KEYS.map((k, i) => [k, xs[i]])) as unknown as PayLine);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const totals = payTotals(lines);
        for (const k of MONEY_KEYS) expect([k, totals[k].toString()]).toEqual([k, sum(lines.map((l) => l[k])).toString()]);
      }),
      { numRuns: 500 },
    );
  });

  test("a column whose sum leaves the safe integers is summed in decimal.js", () => {
    const big = new D(Number.MAX_SAFE_INTEGER).div(100);
    const lines = [big, big, d("0.01")].map((x) => Object.fromEntries(MONEY_KEYS.map((k) => [k, x])) as unknown as PayLine);
    expect(payTotals(lines).gross.toString()).toBe("180143985094819.83"); // 2 × 90071992547409.91 + 0.01
  });
});

describe("base pay checks in whole fen equal decimal.js", () => {
  test("baseInRange and the full month's prorated base", () => {
    const bound = fc.option(amount(60_000), { nil: null });
    fc.assert(
      fc.property(amount(60_000), bound, bound, (base, lo, hi) => {
        expect(baseInRange(base, lo, hi)).toBe((lo === null || base.gte(lo)) && (hi === null || base.lte(hi)));
        const full = d("21.75");
        expect(same(proratedBase(base, full, full), base.toDecimalPlaces(2, D.ROUND_HALF_UP))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("contributions are remembered per person and computed again when an input changes", () => {
  const fresh = (who: ReturnType<typeof staff>, settings: ReturnType<typeof defaultEngineSettings>) => {
    const { socialInsurance: siBase, housingFund: hfBase } = contributionBases(who, settings.socialInsurance, settings.housingFund);
    const e = settings.socialInsurance.employee;
    return {
      pension: contributionPart(siBase, e.pension),
      medical: contributionPart(siBase, e.medical),
      unemployment: contributionPart(siBase, e.unemployment),
      socialInsurance: employeeSocialInsurance(siBase, e),
      housingFund: contributionPart(hfBase, settings.housingFund.employeeRate),
      employerSocialInsurance: employerSocialInsurance(siBase, settings.socialInsurance.employer),
      employerHousingFund: contributionPart(hfBase, settings.housingFund.employerRate),
    };
  };
  const text = (c: Record<string, Dec>) => Object.fromEntries(Object.entries(c).map(([k, v]) => [k, v.toFixed(2)]));

  test("the same person and settings give the same figures; a rate or base replaced in place gives new ones", () => {
    const settings = defaultEngineSettings();
    const who = staff("p", "manager", { base: d("8000") });
    const c = (s = settings) => text(contributions(who, true, s.socialInsurance, s.housingFund) as unknown as Record<string, Dec>);
    expect(c()).toEqual(text(fresh(who, settings)));
    expect(c()).toEqual(text(fresh(who, settings))); // remembered
    settings.socialInsurance.employee.pension = d("0.1");
    expect(c()).toEqual(text(fresh(who, settings)));
    expect(c().socialInsurance).toBe(text(fresh(who, settings)).socialInsurance);
    settings.housingFund.employeeRate = d("0.12");
    expect(c().housingFund).toBe("960.00"); // 8000 × 12%, by hand
    who.base = d("9000");
    expect(c().housingFund).toBe("1080.00"); // 9000 × 12%
    who.contributionBase = d("10000");
    expect(c().housingFund).toBe("1200.00"); // 10000 × 12%
  });

  test("equal to a fresh computation on random people and settings", () => {
    fc.assert(
      fc.property(fc.option(amount(60_000), { nil: null }), fc.option(amount(60_000), { nil: null }), fc.integer({ min: 0, max: 120 }), (base, declared, hfPermille) => {
        const settings = defaultEngineSettings();
        settings.housingFund.employeeRate = new D(hfPermille).div(1000);
        const who = staff("p", "x", { base, contributionBase: declared });
        const got = contributions(who, true, settings.socialInsurance, settings.housingFund);
        expect(text(got as unknown as Record<string, Dec>)).toEqual(text(fresh(who, settings)));
        expect(fenOf(got.housingFund) === null || got.housingFund.decimalPlaces() <= 2).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
