import { fenOf, fromFen, sum, type Dec } from "../money";
import type { MonthPay } from "./month";
import { deductionTotal, earningsTotal, employerCost, netPay } from "./pay";
import type { YearToDate } from "../tax/cnIit";
import type { MonthTax } from "./yearToDate";
import type { BasicDeductionRule } from "../tax/basicDeduction";
import type { CategoryAmounts } from "../tax/deductions";
import { NO_BONUS, type BonusOutcome } from "./annualBonusPay";
import { MONEY_KEYS, type MoneyKey, type PayValues } from "./payColumns";

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
export type PayTotals = Record<MoneyKey, Dec>;

export function payLine(pay: MonthPay, tax: MonthTax, yearToDate: PayLine["yearToDate"], iitDeductions: IitDeductions, bonus: Pick<BonusOutcome, "taxation" | "tax" | "separateTax" | "mergedTax"> = NO_BONUS, separateBefore = false): PayLine {
  return {
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
    earningsTotal: earningsTotal(pay.gross, pay.penalty),
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
    deductionTotal: deductionTotal(pay.socialInsurance, pay.housingFund, tax.iit, bonus.tax, pay.penalty),
    net: bonus.tax.isZero() ? netPay(pay.gross, pay.socialInsurance, pay.housingFund, tax.iit) : netPay(pay.gross, pay.socialInsurance, pay.housingFund, tax.iit).minus(bonus.tax),
    employerSocialInsurance: pay.employerSocialInsurance,
    employerHousingFund: pay.employerHousingFund,
    employerCost: employerCost(pay.gross, pay.employerSocialInsurance, pay.employerHousingFund),
    yearToDate,
    iitDeductions,
    bonusWorking: { separateTax: bonus.separateTax, mergedTax: bonus.mergedTax, separateBefore },
  };
}

/**
 * The column sums of a sheet: every money key, as a SUM row under each money column would give.
 * The cumulative columns are summed too for that reason, though only the per-person figures mean much.
 */
export function payTotals(lines: readonly PayLine[]): PayTotals {
  return Object.fromEntries(MONEY_KEYS.map((k) => [k, columnSum(lines, k)])) as PayTotals;
}

/**
 * Each money column read by a function of its own: `line[key]` with a key that changes from call to
 * call is a slow (megamorphic) property load, a fifth of payTotals' time at 1,000 staff (issue 15).
 * The Record type makes a new money key a compile error here until it has its reader.
 */
const READ: { [K in MoneyKey]: (line: PayLine) => Dec } = {
  paidBase: (l) => l.paidBase,
  commission: (l) => l.commission,
  reward: (l) => l.reward,
  overtimePay: (l) => l.overtimePay,
  leaveDeduction: (l) => l.leaveDeduction,
  allowances: (l) => l.allowances,
  annualBonus: (l) => l.annualBonus,
  earningsTotal: (l) => l.earningsTotal,
  gross: (l) => l.gross,
  pension: (l) => l.pension,
  medical: (l) => l.medical,
  unemployment: (l) => l.unemployment,
  socialInsurance: (l) => l.socialInsurance,
  housingFund: (l) => l.housingFund,
  specialAdditionalDeduction: (l) => l.specialAdditionalDeduction,
  cumulativeTaxable: (l) => l.cumulativeTaxable,
  cumulativeTax: (l) => l.cumulativeTax,
  iit: (l) => l.iit,
  annualBonusTax: (l) => l.annualBonusTax,
  penalty: (l) => l.penalty,
  deductionTotal: (l) => l.deductionTotal,
  net: (l) => l.net,
  employerSocialInsurance: (l) => l.employerSocialInsurance,
  employerHousingFund: (l) => l.employerHousingFund,
  employerCost: (l) => l.employerCost,
};

/** fenOf read once: under tsx (the CLI's runner) each use of an imported function is a getter call (issue 15). */
const fenOfColumn = fenOf;

/**
 * One column's sum: in whole fen while every figure is a whole number of fen and the running sum a safe
 * integer (15 decimal.js sums per line were a fifth of a payroll year: issue 15), else in decimal.js.
 * Two safe integers add exactly whenever their sum is safe, and a sum past 2⁵³ never rounds back into
 * the safe range, so the check after each addition is enough.
 */
function columnSum(lines: readonly PayLine[], key: MoneyKey): Dec {
  const read = READ[key];
  let fen = 0;
  for (const line of lines) {
    const f = fenOfColumn(read(line));
    if (f === null) return sum(lines.map(read));
    fen += f;
    if (!Number.isSafeInteger(fen)) return sum(lines.map(read));
  }
  return fromFen(fen);
}

const READERS = MONEY_KEYS.map((key) => READ[key]);

/**
 * payTotals built line by line, as each line is made: its figures are still in the processor's cache
 * then, where a pass over a finished month reads 25 figures of every line back from memory (issue 15).
 * Each column is summed in whole fen as columnSum does; a column that leaves whole fen (a figure with a
 * fraction of a fen, a sum past the safe integers) is summed again by columnSum at the end, so the
 * totals are payTotals' exactly.
 */
export class PayTotalsBuilder {
  private readonly fen = new Float64Array(READERS.length);
  private readonly inFen = new Uint8Array(READERS.length).fill(1);

  add(line: PayLine): void {
    const { fen, inFen } = this;
    for (let k = 0; k < READERS.length; k++) {
      if (inFen[k] === 0) continue;
      const f = fenOfColumn(READERS[k]!(line));
      const total = f === null ? NaN : fen[k]! + f;
      if (Number.isSafeInteger(total)) fen[k] = total;
      else inFen[k] = 0;
    }
  }

  /** The totals of `lines`, the lines added, in order. */
  totals(lines: readonly PayLine[]): PayTotals {
    const out: Partial<PayTotals> = {};
    MONEY_KEYS.forEach((key, k) => {
      out[key] = this.inFen[k] === 1 ? fromFen(this.fen[k]!) : columnSum(lines, key);
    });
    return out as PayTotals;
  }
}
