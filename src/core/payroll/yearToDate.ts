import { addMonths, firstDay, lastDay, monthNumber, monthYear, monthsOfYearTo, type Month } from "../calendar";
import type { Dec } from "../money";
import { cumulativeTax, cumulativeTaxable, withholding, type YearToDate } from "../tax/cnIit";
import type { MonthInput, Settings, Staff } from "../types";
import { employedWithin } from "./employment";
import type { MonthPay } from "./month";
import { withholdMonthFen } from "./withholdFen";

/**
 * The cumulative chain: income tax for month m depends on every month of the tax year before it, so
 * the engine computes the months of m's year from the first one the user entered up to m. What came
 * before the chain is the person's opening balance (figures from another payroll system).
 */

/**
 * The months to compute for month m: from the first month of m's year present in `months` (if it is
 * not after m), else m alone, up to m.
 */
export function chainMonths(months: readonly Pick<MonthInput, "month">[], m: Month): Month[] {
  const year = monthsOfYearTo(m);
  const start = year.find((ym) => months.some((input) => input.month === ym)) ?? m;
  return year.filter((ym) => ym >= start);
}

/**
 * True when the person worked for us earlier in the tax year than the chain starts, with no opening
 * balance to carry those months: the withholding would then restart the year and come out too low.
 */
export function yearToDateIncomplete(staff: Pick<Staff, "startDate" | "endDate" | "opening">, chainStart: Month): boolean {
  if (staff.opening !== null) return false;
  if (monthNumber(chainStart) === 1) return false;
  const january = firstDay(`${monthYear(chainStart)}-01`);
  return employedWithin(staff, january, lastDay(addMonths(chainStart, -1))) !== null;
}

export interface MonthTax {
  cumulativeTaxable: Dec;
  cumulativeTax: Dec;
  iit: Dec;
}

/**
 * Adds one employed month to a person's year to date and withholds its tax:
 *   taxable   = YTD gross − basic deduction × basic months − YTD insurance − YTD special additional deduction
 *   tax       = ROUND(MAX(0, taxable × rate − quick deduction), 2)
 *   this month = MAX(0, tax − withheld so far)
 * The basic months are the months employed here this year (the YTD's, this one included) unless the
 * person is a special taxpayer (src/core/tax/basicDeduction.ts basicDeductionMonths).
 */
export function withholdMonth(
  before: YearToDate,
  pay: Pick<MonthPay, "gross" | "socialInsurance" | "housingFund" | "specialAdditionalDeduction">,
  settings: Pick<Settings, "basicDeduction" | "taxTable">,
  basicMonths: number = before.months + 1,
): { after: YearToDate; tax: MonthTax } {
  return withholdMonthFen(before, pay, settings, basicMonths) ?? withholdMonthDecimal(before, pay, settings, basicMonths);
}

/** withholdMonth in decimal.js: the reference, and the path for whatever whole fen cannot hold. */
export function withholdMonthDecimal(
  before: YearToDate,
  pay: Pick<MonthPay, "gross" | "socialInsurance" | "housingFund" | "specialAdditionalDeduction">,
  settings: Pick<Settings, "basicDeduction" | "taxTable">,
  basicMonths: number = before.months + 1,
): { after: YearToDate; tax: MonthTax } {
  const accrued = {
    months: before.months + 1,
    gross: before.gross.plus(pay.gross),
    insurance: before.insurance.plus(pay.socialInsurance).plus(pay.housingFund),
    specialAdditionalDeduction: before.specialAdditionalDeduction.plus(pay.specialAdditionalDeduction),
  };
  const taxable = cumulativeTaxable(accrued, settings.basicDeduction, basicMonths);
  const tax = cumulativeTax(taxable, settings.taxTable);
  const iit = withholding(tax, before.taxWithheld);
  return {
    after: { ...accrued, taxWithheld: before.taxWithheld.plus(iit) },
    tax: { cumulativeTaxable: taxable, cumulativeTax: tax, iit },
  };
}
