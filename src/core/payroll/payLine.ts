import { sum, type Dec } from "../money";
import type { MonthPay } from "./month";
import { employerCost, netPay } from "./pay";
import type { YearToDate } from "../tax/cnIit";
import type { MonthTax } from "./yearToDate";
import { MONEY_KEYS, type MoneyKey, type PayValues } from "./payColumns";

/**
 * One row of a month's payroll sheet and one salary slip (工资条): every column of ./payColumns.ts, and
 * the year to date at this employer before this month and with it (opening balance included), which the
 * cumulative figures were computed from.
 */
export type PayLine = PayValues<Dec> & { yearToDate: { before: YearToDate; after: YearToDate } };

export { MONEY_KEYS };
export type { MoneyKey };
export type PayTotals = Record<MoneyKey, Dec>;

export function payLine(pay: MonthPay, tax: MonthTax, yearToDate: PayLine["yearToDate"]): PayLine {
  return {
    id: pay.id,
    name: pay.name,
    role: pay.role,
    paidDays: pay.paidDays,
    paidBase: pay.paidBase,
    commission: pay.commission,
    reward: pay.reward,
    penalty: pay.penalty,
    gross: pay.gross,
    socialInsurance: pay.socialInsurance,
    housingFund: pay.housingFund,
    specialAdditionalDeduction: pay.specialAdditionalDeduction,
    cumulativeTaxable: tax.cumulativeTaxable,
    cumulativeTax: tax.cumulativeTax,
    iit: tax.iit,
    net: netPay(pay.gross, pay.socialInsurance, pay.housingFund, tax.iit),
    employerSocialInsurance: pay.employerSocialInsurance,
    employerHousingFund: pay.employerHousingFund,
    employerCost: employerCost(pay.gross, pay.employerSocialInsurance, pay.employerHousingFund),
    yearToDate,
  };
}

/**
 * The column sums of a sheet: every money key, as a SUM row under each money column would give.
 * The cumulative columns are summed too for that reason, though only the per-person figures mean much.
 */
export function payTotals(lines: readonly PayLine[]): PayTotals {
  return Object.fromEntries(MONEY_KEYS.map((k) => [k, sum(lines.map((l) => l[k]))])) as PayTotals;
}
