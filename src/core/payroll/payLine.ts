import { fromFen, type Dec } from "../money";
import type { MonthPay } from "./month";
import { deductionTotal, earningsTotal, employerCost, netPay } from "./pay";
import { fenSum as fenSumImport, laneFen as laneFenImport } from "./fenLane";
import type { YearToDate } from "../tax/cnIit";
import type { MonthTax } from "./yearToDate";
import type { BasicDeductionRule } from "../tax/basicDeduction";
import type { CategoryAmounts } from "../tax/deductions";
import { NO_BONUS as NO_BONUSImport, type BonusOutcome } from "./annualBonusPay";
import { MONEY_KEYS, type MoneyKey, type PayValues } from "./payColumns";
import { addFen, TOTAL_AT } from "./payTotals";

// The imported bindings a line uses, read once, not at every use (under tsx each read is two getters: ./fenLane.ts).
const NO_BONUS = NO_BONUSImport;
const fenSum = fenSumImport;
const laneFen = laneFenImport;

/**
 * One row of a month's payroll sheet and one salary slip (工资条): every column of ./payColumns.ts, and
 * the year to date at this employer before this month and with it (opening balance included), which the
 * cumulative figures were computed from.
 */
export type PayLine = PayValues<Dec> & {
  yearToDate: { before: YearToDate; after: YearToDate };
  iitDeductions: IitDeductions;
  /**
   * The year-end bonus's working (0 and false without one): its tax either way, and whether a bonus of this
   * tax year was taxed separately in an earlier month — the payroll sheet's helper columns.
   */
  bonusWorking: { separateTax: Dec; mergedTax: Dec; separateBefore: boolean };
};

/**
 * What the income tax deducted besides insurance (issue 13): the basic deduction to date by the person's
 * rule (STA 2020 No. 19 / No. 13 / months employed), and the special additional deductions by category —
 * the month's and the year to date at this employer, as the e-filing export's 累计 columns need them.
 */
export interface IitDeductions {
  rule: BasicDeductionRule;
  basicMonths: number;
  /** 累计减除费用: the monthly basic deduction × basicMonths. */
  basicToDate: Dec;
  /**
   * Null when the person lists no categories (the monthly figure applies). The year to date covers the
   * months this payroll computed; an opening balance's deductions are one figure, not by category.
   */
  categories: { month: CategoryAmounts; toDate: CategoryAmounts } | null;
}

export { MONEY_KEYS };
export type { MoneyKey };

/** The month's income tax figures in whole fen (./fenLane.ts), as withholding computed them. */
export interface MonthTaxFen {
  taxable: number;
  tax: number;
  iit: number;
}

/** Read once (an imported binding is a getter call per use under tsx, the CLI's runner: issue 15). */
const decimalOfFen = fromFen;
const add = addFen;
const AT = TOTAL_AT;

/** A line without a bonus: its working is 0 either way, shared by every such line (issue 15). */
const NO_BONUS_WORKING: PayLine["bonusWorking"] = Object.freeze({ separateTax: NO_BONUS.separateTax, mergedTax: NO_BONUS.mergedTax, separateBefore: false });
const NO_BONUS_SEPARATE_BEFORE: PayLine["bonusWorking"] = Object.freeze({ ...NO_BONUS_WORKING, separateBefore: true });

/**
 * One pay line, its money columns added in whole fen to the month's running totals (`totals`, ./payTotals.ts).
 * The four sums of the line (earnings, deductions, net, employer cost) are added in whole fen from the
 * figures the pay and the tax carry (./fenLane.ts), else in decimal.js (./pay.ts): the value is the same
 * either way. `pay.fen.specialAdditionalDeduction` must be the one of `pay` (a taxpayer's categories replace both).
 */
export function payLine(
  totals: Float64Array,
  pay: MonthPay,
  tax: MonthTax,
  taxFen: MonthTaxFen,
  yearToDate: PayLine["yearToDate"],
  iitDeductions: IitDeductions,
  bonus: Pick<BonusOutcome, "taxation" | "tax" | "separateTax" | "mergedTax"> = NO_BONUS,
  separateBefore = false,
): PayLine {
  const f = pay.fen;
  const bonusTaxFen = bonus.tax.isZero() ? 0 : laneFen(bonus.tax);
  const earningsFen = fenSum(f.gross + f.penalty);
  const deductionsFen = fenSum(f.socialInsurance + f.housingFund + taxFen.iit + bonusTaxFen + f.penalty);
  const netFen = fenSum(f.gross - f.socialInsurance - f.housingFund - taxFen.iit - bonusTaxFen);
  const costFen = fenSum(f.gross + f.employerSocialInsurance + f.employerHousingFund);
  const line: PayLine = {
    id: pay.id,
    name: pay.name,
    role: pay.role,
    paidDays: pay.paidDays,
    paidBase: pay.paidBase,
    commission: pay.commission,
    reward: pay.reward,
    overtimePay: pay.overtimePay,
    leaveDeduction: pay.leaveDeduction,
    allowances: pay.allowances,
    annualBonus: pay.annualBonus,
    earningsTotal: Number.isNaN(earningsFen) ? earningsTotal(pay.gross, pay.penalty) : decimalOfFen(earningsFen),
    gross: pay.gross,
    pension: pay.pension,
    medical: pay.medical,
    unemployment: pay.unemployment,
    socialInsurance: pay.socialInsurance,
    housingFund: pay.housingFund,
    specialAdditionalDeduction: pay.specialAdditionalDeduction,
    cumulativeTaxable: tax.cumulativeTaxable,
    cumulativeTax: tax.cumulativeTax,
    iit: tax.iit,
    annualBonusTaxation: bonus.taxation ?? "",
    annualBonusTax: bonus.tax,
    penalty: pay.penalty,
    deductionTotal: Number.isNaN(deductionsFen) ? deductionTotal(pay.socialInsurance, pay.housingFund, tax.iit, bonus.tax, pay.penalty) : decimalOfFen(deductionsFen),
    net: Number.isNaN(netFen) ? netPay(pay.gross, pay.socialInsurance, pay.housingFund, tax.iit).minus(bonus.tax) : decimalOfFen(netFen),
    employerSocialInsurance: pay.employerSocialInsurance,
    employerHousingFund: pay.employerHousingFund,
    employerCost: Number.isNaN(costFen) ? employerCost(pay.gross, pay.employerSocialInsurance, pay.employerHousingFund) : decimalOfFen(costFen),
    yearToDate,
    iitDeductions,
    bonusWorking: bonus === NO_BONUS ? (separateBefore ? NO_BONUS_SEPARATE_BEFORE : NO_BONUS_WORKING) : { separateTax: bonus.separateTax, mergedTax: bonus.mergedTax, separateBefore },
  };
  // Every money column of the line, in MONEY_KEYS order (test/core/payroll/payLine.test.ts checks each against the line).
  add(totals, AT.paidBase, f.paidBase);
  add(totals, AT.commission, f.commission);
  add(totals, AT.reward, f.reward);
  add(totals, AT.overtimePay, f.overtimePay);
  add(totals, AT.leaveDeduction, f.leaveDeduction);
  add(totals, AT.allowances, f.allowances);
  add(totals, AT.annualBonus, f.annualBonus);
  add(totals, AT.earningsTotal, earningsFen);
  add(totals, AT.gross, f.gross);
  add(totals, AT.pension, f.pension);
  add(totals, AT.medical, f.medical);
  add(totals, AT.unemployment, f.unemployment);
  add(totals, AT.socialInsurance, f.socialInsurance);
  add(totals, AT.housingFund, f.housingFund);
  add(totals, AT.specialAdditionalDeduction, f.specialAdditionalDeduction);
  add(totals, AT.cumulativeTaxable, taxFen.taxable);
  add(totals, AT.cumulativeTax, taxFen.tax);
  add(totals, AT.iit, taxFen.iit);
  add(totals, AT.annualBonusTax, bonusTaxFen);
  add(totals, AT.penalty, f.penalty);
  add(totals, AT.deductionTotal, deductionsFen);
  add(totals, AT.net, netFen);
  add(totals, AT.employerSocialInsurance, f.employerSocialInsurance);
  add(totals, AT.employerHousingFund, f.employerHousingFund);
  add(totals, AT.employerCost, costFen);
  return line;
}
