import { monthNumber as monthNumberImport, monthYear, type Month } from "../calendar";
import { money, type Dec } from "../money";
import { basicDeductionMonths as basicDeductionMonthsImport, basicDeductionRule as basicDeductionRuleImport, checkSpecialTaxpayer, NOT_SPECIAL as NOT_SPECIALImport, type BasicDeductionRule } from "../tax/basicDeduction";
import { DEDUCTION_CATEGORIES, monthDeductions, type CategoryAmounts } from "../tax/deductions";
import type { Staff, Warning } from "../types";
import { personParams } from "./month";

// The imported bindings a line uses, read once, not at every use (under tsx each read is two getters: ./fenLane.ts).
const monthNumber = monthNumberImport;
const basicDeductionRule = basicDeductionRuleImport;
const basicDeductionMonths = basicDeductionMonthsImport;
const NOT_SPECIAL = NOT_SPECIALImport;

/**
 * What one month's income tax deducts for a taxpayer besides insurance (issue 13, "Special taxpayers"):
 * how many months of the basic deduction the year to date takes (STA 2020 No. 19 and No. 13,
 * src/core/tax/basicDeduction.ts), and the month's special additional deduction — by category when the
 * person lists categories (src/core/tax/deductions.ts), else the one monthly figure of older files.
 * `taxpayer` is the person's first Staff record (a re-hire's flags and deductions are the person's).
 */
export interface TaxpayerMonth {
  rule: BasicDeductionRule;
  basicMonths: number;
  /** The month's special additional deduction: the categories' sum, or the monthly figure. */
  special: Dec;
  /** The month's amount per category; null when the person lists no categories. */
  byCategory: CategoryAmounts | null;
  warnings: readonly Warning[];
}

/** The basic deduction rule of a taxpayer without flags. */
const PLAIN_RULE = basicDeductionRule(NOT_SPECIAL);

/** The warnings of a month without any: one frozen empty list, shared. */
const NOTHING_TO_SAY: readonly Warning[] = Object.freeze([]);

export function taxpayerMonth(p: {
  taxpayer: Staff;
  taxpayerIndex: number;
  /** The record on this month's payroll (a re-hire's own), for the messages' name and id. */
  record: Pick<Staff, "id" | "name">;
  month: Month;
  /** Months employed here this tax year, this one and the opening balance's included. */
  monthsEmployed: number;
}): TaxpayerMonth {
  const { taxpayer, month } = p;
  const flags = taxpayer.iit ?? NOT_SPECIAL;
  const entries = taxpayer.deductions ?? [];
  // Most taxpayers have neither flags nor categories: nothing to say, and no message's place or params to make (issue 15).
  if (taxpayer.iit === undefined && entries.length === 0) {
    // Their rule counts the months employed, not the month's number: no month text to read a line.
    const basicMonths = PLAIN_RULE === "monthsEmployed" ? p.monthsEmployed : basicDeductionMonths(flags, monthNumber(month), p.monthsEmployed);
    return { rule: PLAIN_RULE, basicMonths, special: taxpayer.specialAdditionalDeduction, byCategory: null, warnings: NOTHING_TO_SAY };
  }
  const at = `staff[${p.taxpayerIndex}]`;
  const warnings = taxpayer.iit === undefined ? [] : checkSpecialTaxpayer(flags, taxpayer.startDate, monthYear(month), at, personParams(p.record, month));
  const rule = basicDeductionRule(flags);
  const basicMonths = basicDeductionMonths(flags, monthNumber(month), p.monthsEmployed);

  if (entries.length === 0) return { rule, basicMonths, special: taxpayer.specialAdditionalDeduction, byCategory: null, warnings };
  const { byCategory, total } = monthDeductions(entries, month);
  if (!taxpayer.specialAdditionalDeduction.isZero()) {
    warnings.push({
      code: "payroll.deductionsFlatIgnored",
      params: { ...personParams(p.record, month), flat: money(taxpayer.specialAdditionalDeduction), total: money(total) },
      where: `${at}.specialAdditionalDeduction`,
    });
  }
  return { rule, basicMonths, special: total, byCategory, warnings };
}

/** Per category, a + b (a new record). */
export function addCategories(a: CategoryAmounts, b: CategoryAmounts): CategoryAmounts {
  const out = { ...a };
  for (const c of DEDUCTION_CATEGORIES) if (!b[c].isZero()) out[c] = a[c].plus(b[c]);
  return out;
}
