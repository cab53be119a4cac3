import { firstDay, type Month } from "../calendar";
import { ZERO, max, money, type Dec } from "../money";
import { bonusCliffOf, mergedBonusTax, monthlyTableOf, separateBonusTaxOnAnnualTable, separateTaxationInForce, type BonusTaxation } from "../tax/annualBonus";
import type { TaxBracket, Warning } from "../types";

/**
 * The year-end one-off bonus of one person in one month, taxed with the month's payroll (issue 13):
 * separately (bonus × rate − quick deduction, the rate found from bonus ÷ 12: 财政部 税务总局公告2023年第30号
 * art. 1) or merged into the month's wages in the cumulative withholding (art. 2). The same rules as
 * src/core/tax/annualBonusChecks.ts decideBonuses, one payment at a time, so the payroll's chain of months
 * carries "a bonus of this year was already taxed separately" from month to month:
 * - asked for nothing: the cheaper, saying which and by how much (on a tie, separate: it leaves the wages'
 *   cumulative figures alone);
 * - separate at most once per person per tax year (国税发〔2005〕9号 第三条): a second is merged, and said so;
 * - separate only while the policy is in force (the setting annualBonus.separateTaxationUntil, default
 *   2027-12-31 — art. 3): a month that starts after it is merged, and said so;
 * - a separately taxed bonus inside a cliff (36,000 → 1,080; 36,001 → 3,390.10) is warned about.
 *
 * What this month's withholding sees (the payroll sheet computes the same, src/workbook/sheets/payrollFormulas.ts):
 *   separate = ROUND(MAX(0, B × rate(B) − quick deduction(B) ÷ 12), 2), the bracket of B in the annual table;
 *   merged   = MAX(0, CT(T + B) − W) − MAX(0, CT(T) − W), T the cumulative taxable income of the wages to this
 *              month, CT the cumulative tax, W the tax withheld in earlier months.
 */

export interface BonusInput {
  bonus: Dec;
  requested: BonusTaxation | null;
  month: Month;
  /** The wages' cumulative taxable income to this month, without the bonus (T), and the tax withheld before (W). */
  taxableWithoutBonus: Dec;
  withheldBefore: Dec;
  /** A bonus of this tax year was already taxed separately for this person (an earlier month of the chain). */
  separateUsed: boolean;
  settings: { taxTable: readonly TaxBracket[]; annualBonus: { separateTaxationUntil: string | null } };
  /** {id, name, month} of the person, and the entry's config path for the warnings. */
  who: Record<string, string>;
  where: string;
}

export interface BonusOutcome {
  /** Null when there is no bonus. */
  taxation: BonusTaxation | null;
  /** The tax on the bonus this month: the separate tax, or what merging adds to the withholding. */
  tax: Dec;
  separateTax: Dec;
  mergedTax: Dec;
  warnings: Warning[];
}

export const NO_BONUS: BonusOutcome = { taxation: null, tax: ZERO, separateTax: ZERO, mergedTax: ZERO, warnings: [] };

/** The bonus's taxation and tax this month (see above); NO_BONUS for none. */
export function taxAnnualBonus(p: BonusInput): BonusOutcome {
  if (p.bonus.isZero()) return NO_BONUS;
  const table = p.settings.taxTable;
  const separateTax = separateBonusTaxOnAnnualTable(p.bonus, table);
  const merged = mergedBonusTax(p.bonus, p.taxableWithoutBonus, table, p.withheldBefore);
  const mergedTax = merged.extraWithholding;
  const cheaper: BonusTaxation = mergedTax.lessThan(separateTax) ? "merged" : "separate";
  const saving = separateTax.minus(mergedTax).abs();
  const until = p.settings.annualBonus.separateTaxationUntil;
  // The month's first day: a month that begins while the policy is in force may still pay it separately.
  const paidOn = firstDay(p.month);
  const params = { ...p.who, paidOn: p.month, bonus: money(p.bonus) };
  const warnings: Warning[] = [];

  let taxation: BonusTaxation = p.requested ?? cheaper;
  if (taxation === "separate" && !separateTaxationInForce(paidOn, until)) {
    warnings.push({ code: "bonus.separateExpired", params: { ...params, until: until ?? "" }, where: `${p.where}.annualBonus` });
    taxation = "merged";
  } else if (taxation === "separate" && p.separateUsed) {
    warnings.push({ code: "bonus.separateTwice", params: { ...params, year: p.month.slice(0, 4) }, where: `${p.where}.annualBonus` });
    taxation = "merged";
  }
  const figures = { separateTax: money(separateTax), mergedTax: money(mergedTax) };
  if (p.requested === null && taxation === cheaper) {
    warnings.push({ code: taxation === "separate" ? "bonus.choseSeparate" : "bonus.choseMerged", params: { ...params, ...figures, saving: money(saving) }, where: `${p.where}.annualBonus` });
  } else if (p.requested !== null && taxation === p.requested && p.requested !== cheaper && saving.greaterThan(0)) {
    warnings.push({ code: "bonus.requestedCostsMore", params: { ...params, ...figures, requested: p.requested, extra: money(saving) }, where: `${p.where}.annualBonusTaxation` });
  }
  if (taxation === "separate") {
    const cliff = bonusCliffOf(p.bonus, monthlyTableOf(table));
    if (cliff) {
      const lessThanBound = cliff.bound.minus(cliff.taxAtBound).minus(p.bonus.minus(separateTax));
      warnings.push({
        code: "bonus.cliff",
        params: { ...params, tax: money(separateTax), bound: money(cliff.bound), taxAtBound: money(cliff.taxAtBound), breakEven: money(cliff.breakEven), lessThanBound: money(max(0, lessThanBound)) },
        where: `${p.where}.annualBonus`,
      });
    }
  }
  return { taxation, tax: taxation === "separate" ? separateTax : mergedTax, separateTax, mergedTax, warnings };
}
