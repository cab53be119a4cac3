import { ZERO, max, round2, type Dec } from "../money";
import type { OpeningBalance, TaxBracket } from "../types";

/**
 * China's individual income tax on wages, withheld by the cumulative method (累计预扣法, State
 * Taxation Administration announcement 2018 No. 61, art. 6):
 *
 *   累计预扣预缴应纳税所得额 = 累计收入 − 累计减除费用 − 累计专项扣除 − 累计专项附加扣除
 *   本期应预扣预缴税额 = (累计应纳税所得额 × 预扣率 − 速算扣除数) − 累计已预扣预缴税额
 *
 * Only what this shop uses: no tax-free income, other deductions, donations or reliefs.
 */

/** Year-to-date figures of one person at one employer; an opening balance has the same shape. */
export type YearToDate = OpeningBalance;

export const EMPTY_YEAR_TO_DATE: YearToDate = {
  months: 0,
  gross: ZERO,
  insurance: ZERO,
  specialAdditionalDeduction: ZERO,
  taxWithheld: ZERO,
};

/**
 * Cumulative taxable income: gross − basic deduction × months − employee social insurance and housing
 * fund − special additional deductions. The months are those employed here unless a special taxpayer's
 * rule says otherwise (./basicDeduction.ts basicDeductionMonths: 12 under STA 2020 No. 19, the month
 * number under No. 13). It may be negative (no tax then); it is not floored, so the slip shows how far
 * below the threshold the person is.
 */
export function cumulativeTaxable(ytd: Omit<YearToDate, "taxWithheld">, basicDeduction: Dec, basicMonths: number = ytd.months): Dec {
  return ytd.gross
    .minus(basicDeduction.times(basicMonths))
    .minus(ytd.insurance)
    .minus(ytd.specialAdditionalDeduction);
}

/**
 * The bracket for a cumulative taxable amount: the first whose `upTo` is at least the amount (the
 * table is in ascending order; the last row's `upTo` is null). Past a table whose last row has a
 * bound, the last row still applies, so a mistyped table never drops tax to nothing.
 */
export function taxBracket(taxable: Dec, table: readonly TaxBracket[]): TaxBracket {
  const last = table[table.length - 1];
  if (last === undefined) throw new Error("The tax table is empty: settings validation should have refused it.");
  return table.find((b) => b.upTo === null || taxable.lessThanOrEqualTo(b.upTo)) ?? last;
}

/** ROUND(MAX(0, taxable × rate − quick deduction), 2): the tax due on the year so far. */
export function cumulativeTax(taxable: Dec, table: readonly TaxBracket[]): Dec {
  const b = taxBracket(taxable, table);
  return round2(max(0, taxable.times(b.rate).minus(b.quickDeduction)));
}

/** MAX(0, cumulative tax − withheld so far): within the year an over-withholding is not refunded. */
export function withholding(cumTax: Dec, withheldSoFar: Dec): Dec {
  return max(0, cumTax.minus(withheldSoFar));
}
