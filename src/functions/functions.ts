/**
 * ShopSheet's custom functions, namespace SHOP (manifest.xml). This file is the metadata plugin's input:
 * each JSDoc block below becomes an entry of functions.json (id, parameters, which are optional), and the
 * plugin appends the CustomFunctions.associate calls itself. What a function and each parameter mean,
 * as Excel shows them while a formula is typed, is in src/data/messages/functionHelp.ts (`fnHelp.<ID>`,
 * `fnHelp.<ID>.<parameter>`), in Chinese and English: the build writes them into functions.json and
 * functions-zh-CN.json (tools/localizedFunctionsMetadata.js); a parameter renamed here needs its texts
 * renamed there (the build says so). Every function forwards to its declaration in shop.ts, where its
 * arguments are read and checked and core computes the result — through ./deferred.ts, which loads
 * shop.ts after the pane's first render (or at the first call) and answers a call before that with a
 * Promise of the result.
 *
 * Arguments are typed `unknown` (metadata type "any") on purpose: Excel then hands over text as typed,
 * and the function can say "“abc” is not a number" in the user's language instead of a bare #VALUE!.
 * Optional arguments arrive as null when omitted. Ranges are `unknown[][]` (dimensionality matrix).
 */
import { call, loadWhenIdle } from "./deferred";

loadWhenIdle();

/**
 * Help: fnHelp.POOL.
 * @customfunction POOL
 * @param grossMargin
 * @param [rate]
 */
export function pool(grossMargin: unknown, rate?: unknown): number {
  return call("POOL", grossMargin, rate);
}

/**
 * Help: fnHelp.COMMISSION.
 * @customfunction COMMISSION
 * @param margin
 * @param role
 * @param [roles]
 * @param [rate]
 * @param [holders]
 */
export function commission(margin: unknown, role: unknown, roles?: unknown[][], rate?: unknown, holders?: unknown): number {
  return call("COMMISSION", margin, role, roles, rate, holders);
}

/**
 * Help: fnHelp.BASEPAY.
 * @customfunction BASEPAY
 * @param base
 * @param paidDays
 * @param [daysPerMonth]
 */
export function basePay(base: unknown, paidDays: unknown, daysPerMonth?: unknown): number {
  return call("BASEPAY", base, paidDays, daysPerMonth);
}

/**
 * Help: fnHelp.OVERTIME.
 * @customfunction OVERTIME
 * @param base
 * @param [workdayHours]
 * @param [restDayHours]
 * @param [holidayHours]
 * @param [daysPerMonth]
 */
export function overtime(base: unknown, workdayHours?: unknown, restDayHours?: unknown, holidayHours?: unknown, daysPerMonth?: unknown): number {
  return call("OVERTIME", base, workdayHours, restDayHours, holidayHours, daysPerMonth);
}

/**
 * Help: fnHelp.PAIDDAYS.
 * @customfunction PAIDDAYS
 * @param from
 * @param to
 * @param [holidays]
 */
export function paidDays(from: unknown, to: unknown, holidays?: unknown[][]): number {
  return call("PAIDDAYS", from, to, holidays);
}

/**
 * Help: fnHelp.BONUSTAX.
 * @customfunction BONUSTAX
 * @param bonus
 * @param [method]
 * @param [cumulativeTaxable]
 */
export function bonusTax(bonus: unknown, method?: unknown, cumulativeTaxable?: unknown): number {
  return call("BONUSTAX", bonus, method, cumulativeTaxable);
}

/**
 * Help: fnHelp.SPECIALDEDUCTION.
 * @customfunction SPECIALDEDUCTION
 * @param category
 * @param month
 * @param [share]
 */
export function specialDeduction(category: unknown, month: unknown, share?: unknown): number {
  return call("SPECIALDEDUCTION", category, month, share);
}

/**
 * Help: fnHelp.GROSS.
 * @customfunction GROSS
 * @param paidBase
 * @param commission
 * @param [reward]
 * @param [penalty]
 */
export function gross(paidBase: unknown, commission: unknown, reward?: unknown, penalty?: unknown): number {
  return call("GROSS", paidBase, commission, reward, penalty);
}

/**
 * Help: fnHelp.SOCIALINSURANCE.
 * @customfunction SOCIALINSURANCE
 * @param contributionBase
 * @param [floor]
 * @param [ceiling]
 * @param [rates]
 * @param [rounding]
 */
export function socialInsurance(contributionBase: unknown, floor?: unknown, ceiling?: unknown, rates?: unknown[][], rounding?: unknown): number {
  return call("SOCIALINSURANCE", contributionBase, floor, ceiling, rates, rounding);
}

/**
 * Help: fnHelp.EMPLOYERSOCIALINSURANCE.
 * @customfunction EMPLOYERSOCIALINSURANCE
 * @param contributionBase
 * @param [floor]
 * @param [ceiling]
 * @param [rates]
 * @param [rounding]
 */
export function employerSocialInsurance(contributionBase: unknown, floor?: unknown, ceiling?: unknown, rates?: unknown[][], rounding?: unknown): number {
  return call("EMPLOYERSOCIALINSURANCE", contributionBase, floor, ceiling, rates, rounding);
}

/**
 * Help: fnHelp.HOUSINGFUND.
 * @customfunction HOUSINGFUND
 * @param contributionBase
 * @param [rate]
 * @param [floor]
 * @param [ceiling]
 * @param [rounding]
 */
export function housingFund(contributionBase: unknown, rate?: unknown, floor?: unknown, ceiling?: unknown, rounding?: unknown): number {
  return call("HOUSINGFUND", contributionBase, rate, floor, ceiling, rounding);
}

/**
 * Help: fnHelp.CUMULATIVETAXABLE.
 * @customfunction CUMULATIVETAXABLE
 * @param grossToDate
 * @param monthsToDate
 * @param [insuranceToDate]
 * @param [specialDeductionsToDate]
 */
export function cumulativeTaxableIncome(grossToDate: unknown, monthsToDate: unknown, insuranceToDate?: unknown, specialDeductionsToDate?: unknown): number {
  return call("CUMULATIVETAXABLE", grossToDate, monthsToDate, insuranceToDate, specialDeductionsToDate);
}

/**
 * Help: fnHelp.IIT.
 * @customfunction IIT
 * @param cumulativeTaxable
 * @param [withheldSoFar]
 */
export function iit(cumulativeTaxable: unknown, withheldSoFar?: unknown): number {
  return call("IIT", cumulativeTaxable, withheldSoFar);
}

/**
 * Help: fnHelp.NETPAY.
 * @customfunction NETPAY
 * @param gross
 * @param socialInsurance
 * @param housingFund
 * @param iit
 */
export function netPayOf(gross: unknown, socialInsurance: unknown, housingFund: unknown, iit: unknown): number {
  return call("NETPAY", gross, socialInsurance, housingFund, iit);
}

/**
 * Help: fnHelp.EMPLOYERCOST.
 * @customfunction EMPLOYERCOST
 * @param gross
 * @param employerSocialInsurance
 * @param employerHousingFund
 */
export function employerCostOf(gross: unknown, employerSocialInsurance: unknown, employerHousingFund: unknown): number {
  return call("EMPLOYERCOST", gross, employerSocialInsurance, employerHousingFund);
}

/**
 * Help: fnHelp.DAILYTARGET.
 * @customfunction DAILYTARGET
 * @param monthlyTarget
 * @param date
 * @param [weekdayWeights]
 * @param [events]
 */
export function dailyTarget(monthlyTarget: unknown, date: unknown, weekdayWeights?: unknown[][], events?: unknown[][]): number {
  return call("DAILYTARGET", monthlyTarget, date, weekdayWeights, events);
}

/**
 * Help: fnHelp.SPREAD.
 * @customfunction SPREAD
 * @param monthlyTarget
 * @param month
 * @param [weekdayWeights]
 * @param [events]
 */
export function spread(monthlyTarget: unknown, month: unknown, weekdayWeights?: unknown[][], events?: unknown[][]): unknown[][] {
  return call("SPREAD", monthlyTarget, month, weekdayWeights, events);
}

/**
 * Help: fnHelp.ORDERS.
 * @customfunction ORDERS
 * @param sales
 * @param averageOrderValue
 */
export function orders(sales: unknown, averageOrderValue: unknown): number {
  return call("ORDERS", sales, averageOrderValue);
}

/**
 * Help: fnHelp.VISITORS.
 * @customfunction VISITORS
 * @param orders
 * @param conversionRate
 */
export function visitors(orders: unknown, conversionRate: unknown): number {
  return call("VISITORS", orders, conversionRate);
}

/**
 * Help: fnHelp.ROLES.
 * @customfunction ROLES
 */
export function roles(): unknown[][] {
  return call("ROLES");
}
