import type { Month } from "../calendar";
import { money, type Dec } from "../money";
import type { PoolSummary } from "../pool";
import { EMPTY_YEAR_TO_DATE as EMPTY_YEAR_TO_DATEImport, type YearToDate } from "../tax/cnIit";
import type { Config, Warning } from "../types";
import { personParams } from "./month";
import { monthMissing, runMonth } from "./monthRun";
import type { RepeatedPays } from "./repeatPay";
import { payLine as payLineImport, type IitDeductions, type MonthTaxFen, type PayLine } from "./payLine";
import { fenTotals, finishTotals, type PayTotals } from "./payTotals";
import { laneFen as laneFenImport, fenSum as fenSumImport } from "./fenLane";
import { fenWithholding, withholdWith as withholdWithImport, withholdingDecimals as withholdingDecimalsImport, yearToDateFen as yearToDateFenImport, type YearToDateFen } from "./withholdFen";
import { addCategories, taxpayerMonth as taxpayerMonthImport } from "./taxpayerMonth";
import { zeros, type CategoryAmounts } from "../tax/deductions";
import { firstRecordIndex } from "./taxpayer";
import { chainMonths, withholdMonthDecimal as withholdMonthDecimalImport, yearToDateIncomplete, type MonthTax } from "./yearToDate";
import { NO_BONUS as NO_BONUSImport, taxAnnualBonus } from "./annualBonusPay";
import type { BasicDeductionRule } from "../tax/basicDeduction";

// The imported bindings a line uses, read once, not at every use (under tsx each read is two getters: ./fenLane.ts).
const EMPTY_YEAR_TO_DATE = EMPTY_YEAR_TO_DATEImport;
const taxpayerMonth = taxpayerMonthImport;
const laneFen = laneFenImport;
const fenSum = fenSumImport;
const withholdWith = withholdWithImport;
const yearToDateFen = yearToDateFenImport;
const withholdMonthDecimal = withholdMonthDecimalImport;
const withholdingDecimals = withholdingDecimalsImport;
const NO_BONUS = NO_BONUSImport;
const payLine = payLineImport;

/** The config path of a person's entry in a month (`months[11].entries[2]`), for the bonus's warnings; the month's when there is none. */
function entryWhere(config: Config, month: Month, id: string): string {
  const i = config.months.findIndex((mi) => mi.month === month);
  const j = i < 0 ? -1 : config.months[i]!.entries.findIndex((e) => e.staff === id);
  return i < 0 ? "months" : j < 0 ? `months[${i}]` : `months[${i}].entries[${j}]`;
}

export type { PoolSummary } from "../pool";
export type { IitDeductions, PayLine } from "./payLine";
export type { PayTotals } from "./payTotals";
export { MONEY_KEYS, PAY_COLUMNS, payColumnsWhere, type EntryPayKey, type MoneyKey, type PayColumn, type PayGroup, type PayKey } from "./payColumns";
export { payrollSummary, type PayrollSummary } from "./summary";
export { payLineInputs, type PayLineInputs } from "./lineInputs";
export { staffProblem, type StaffProblem } from "./staffCheck";

export interface PayrollResult {
  month: Month;
  pool: PoolSummary;
  /** The people employed in the month, in config.staff order. */
  employees: PayLine[];
  totals: PayTotals;
  /**
   * What the user should look at for this month: its own warnings (each once: every check runs once
   * per month and person, role or entry), plus the gaps in the chain before it.
   */
  warnings: Warning[];
  /**
   * What makes this month's payroll wrong as entered — its own (a negative gross) and those of the
   * months before it in the chain, whose year to date it carries. Not empty: do not pay or write it.
   */
  errors: Warning[];
}

/**
 * Every month of the cumulative chain up to `month`, in order (the workbook writes one sheet per
 * month). Each result carries its own month's warnings, plus the gaps in the chain before it, which
 * change its income tax too.
 */
export function computePayrollYear(config: Config, month: Month): PayrollResult[] {
  const chain = chainMonths(config.months, month);
  const chainStart = chain[0] ?? month;
  // By the index of each person's first record in config.staff (a re-hire shares it): the year so far,
  // from that record's opening balance, and who lacks an opening balance they need.
  const person = firstRecordIndex(config.staff);
  // Arrays by record index, not Maps: a line reads and writes them several times (issue 15).
  const yearToDate: YearToDate[] = config.staff.map((s) => s.opening ?? EMPTY_YEAR_TO_DATE);
  // The same year to date in whole fen (./fenLane.ts), by first record, once a person has had a month.
  const yearToDateInFen: (YearToDateFen | undefined)[] = [];
  const incomplete: boolean[] = [];
  config.staff.forEach((s, i) => {
    const first = config.staff[person[i]!]!;
    if (yearToDateIncomplete({ ...s, opening: first.opening }, chainStart)) incomplete[person[i]!] = true;
  });
  // By first record: the special additional deductions by category so far this year at this employer.
  const categoriesToDate: (CategoryAmounts | undefined)[] = [];
  const earlierGaps: Warning[] = [];
  // People (by first record) whose bonus of this tax year was taxed separately: at most once a year. The chain is one tax year.
  const separateUsed: boolean[] = [];
  // The tax table and the basic deduction in whole fen, once (null: the decimal.js path for every line).
  const withholding = fenWithholding(config.settings);
  const earlierErrors: Warning[] = [];
  // 累计减除费用 by the number of basic months (0 to 12 and a little more): one product each, not one a line (issue 15).
  const basicToDate: Dec[] = [];
  const basicToDateOf = (months: number): Dec => (basicToDate[months] ??= config.settings.basicDeduction.times(months));
  // The deductions of a person without categories depend on the rule and the months only: one object for each pair, shared by the lines (issue 15).
  const plainDeductions = new Map<BasicDeductionRule, IitDeductions[]>();
  const plainDeductionsOf = (rule: BasicDeductionRule, months: number): IitDeductions => {
    let byMonths = plainDeductions.get(rule);
    if (byMonths === undefined) plainDeductions.set(rule, (byMonths = []));
    return (byMonths[months] ??= Object.freeze({ rule, basicMonths: months, basicToDate: basicToDateOf(months), categories: null }));
  };

  // Each person's last month without an entry, for the next months to repeat while nothing it reads changes (./repeatPay.ts).
  const kept: RepeatedPays = [];

  return chain.map((m) => {
    const run = runMonth(config, m, kept);
    const warnings: Warning[] = [...earlierGaps, ...run.warnings];
    const errors: Warning[] = [...earlierErrors, ...run.errors];

    const totals = fenTotals();
    const employees = run.people.map((pay) => {
      const key = person[pay.staffIndex] ?? pay.staffIndex;
      const before = yearToDate[key] ?? EMPTY_YEAR_TO_DATE;
      // The taxpayer's basic deduction rule and the month's special deduction (by category, or the one figure).
      const t = taxpayerMonth({ taxpayer: config.staff[key] ?? config.staff[pay.staffIndex]!, taxpayerIndex: key, record: pay, month: m, monthsEmployed: before.months + 1 });
      if (t.warnings.length > 0) warnings.push(...t.warnings);
      const deducted = t.byCategory === null ? pay : { ...pay, specialAdditionalDeduction: t.special, fen: { ...pay.fen, specialAdditionalDeduction: laneFen(t.special) } };
      // Exempt allowances are paid (in gross) but are no taxable income: the year to date's income leaves them out.
      // So does the year-end bonus: it is taxed on its own below, and added to the year to date only when merged.
      const outsideWages = pay.annualBonus.isZero() ? pay.exemptAllowances : pay.exemptAllowances.plus(pay.annualBonus);
      const income = outsideWages.isZero() ? deducted : { ...deducted, gross: deducted.gross.minus(outsideWages) };
      const f = deducted.fen;
      // In whole fen where every figure is (./withholdFen.ts), else in decimal.js: the same figures either way.
      const inFen = withholdWith(withholding, yearToDateInFen[key] ?? yearToDateFen(before), fenSum(f.gross - f.exemptAllowances - f.annualBonus), f.socialInsurance, f.housingFund, f.specialAdditionalDeduction, t.basicMonths);
      const wages: { after: YearToDate; tax: MonthTax } = inFen === null ? withholdMonthDecimal(before, income, config.settings, t.basicMonths) : withholdingDecimals(before, income, inFen);
      const taxFen: MonthTaxFen = inFen === null ? { taxable: laneFen(wages.tax.cumulativeTaxable), tax: laneFen(wages.tax.cumulativeTax), iit: laneFen(wages.tax.iit) } : inFen;
      const wagesAfterFen = inFen === null ? yearToDateFen(wages.after) : inFen.after;
      // Most lines have no bonus: skip the lookups (the entry's place is a search of the month's entries).
      const bonus = pay.annualBonus.isZero() ? NO_BONUS : taxAnnualBonus({
        bonus: pay.annualBonus,
        requested: pay.annualBonusTaxation,
        month: m,
        taxableWithoutBonus: wages.tax.cumulativeTaxable,
        withheldBefore: before.taxWithheld,
        separateUsed: separateUsed[key] === true,
        settings: config.settings,
        who: personParams(pay, m),
        where: entryWhere(config, m, pay.id),
      });
      const separateBefore = separateUsed[key] === true;
      if (bonus.taxation === "separate") separateUsed[key] = true;
      if (bonus.warnings.length > 0) warnings.push(...bonus.warnings);
      // Merged, the bonus is income of the year and its tax is withheld: the next months' cumulative figures carry both.
      const merged = bonus.taxation === "merged";
      const after = merged ? { ...wages.after, gross: wages.after.gross.plus(pay.annualBonus), taxWithheld: wages.after.taxWithheld.plus(bonus.tax) } : wages.after;
      const tax = wages.tax;
      yearToDate[key] = after;
      yearToDateInFen[key] = merged ? { ...wagesAfterFen, gross: fenSum(wagesAfterFen.gross + f.annualBonus), taxWithheld: fenSum(wagesAfterFen.taxWithheld + laneFen(bonus.tax)) } : wagesAfterFen;
      let categories: IitDeductions["categories"] = null;
      if (t.byCategory !== null) {
        const toDate = addCategories(categoriesToDate[key] ?? zeros(), t.byCategory);
        categoriesToDate[key] = toDate;
        categories = { month: t.byCategory, toDate };
      }

      const deductions = categories === null ? plainDeductionsOf(t.rule, t.basicMonths) : { rule: t.rule, basicMonths: t.basicMonths, basicToDate: basicToDateOf(t.basicMonths), categories };
      const line = payLine(totals, deducted, tax, taxFen, { before, after }, deductions, bonus, separateBefore);
      if (line.net.isNegative() && !line.gross.isNegative()) {
        warnings.push({ code: "payroll.negativeNet", params: { ...personParams(pay, m), net: money(line.net) }, where: `staff[${pay.staffIndex}]` });
      }
      if (incomplete[key] === true) {
        warnings.push({ code: "history.ytdIncomplete", params: { ...personParams(pay, m), from: chainStart }, where: `staff[${key}].opening` });
      }
      return line;
    });

    if (run.input === undefined) earlierGaps.push(monthMissing(m));
    earlierErrors.push(...run.errors);
    return { month: m, pool: run.pool, employees, totals: finishTotals(totals, employees), warnings, errors };
  });
}

/** One month's payroll, its income tax withheld by the cumulative method over the months before it. */
export function computePayroll(config: Config, month: Month): PayrollResult {
  const year = computePayrollYear(config, month);
  const last = year[year.length - 1];
  if (last === undefined) throw new Error(`No payroll chain for ${month}`); // the chain always ends at `month`
  return last;
}
