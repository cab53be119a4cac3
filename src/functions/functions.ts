/**
 * ShopSheet's custom functions, namespace SHOP (manifest.xml). This file is the metadata plugin's input:
 * each JSDoc block below becomes an entry of functions.json, and the plugin appends the
 * CustomFunctions.associate calls itself. Every function forwards to its declaration in shop.ts, where
 * its arguments are read and checked and core computes the result — through ./deferred.ts, which loads
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
 * The month's profit pool (利润分成池): ROUND(MAX(0, gross margin) × rate, 2).
 * @customfunction POOL
 * @param grossMargin The month's gross margin (毛利), in yuan; a loss gives a pool of 0.
 * @param [rate] The pool rate, e.g. 40% (the default).
 * @returns The profit pool, rounded to the fen.
 */
export function pool(grossMargin: unknown, rate?: unknown): number {
  return call("POOL", grossMargin, rate);
}

/**
 * One person's commission (提成) for the month: ROUND(pool × the role's share, 2).
 * @customfunction COMMISSION
 * @param margin The month's gross margin (毛利), in yuan.
 * @param role The role: its ID, Chinese or English name (e.g. manager, 电商部经理).
 * @param [roles] Your Roles table with its header row (e.g. Roles[#All]); default: the built-in catalogue.
 * @param [rate] The pool rate, e.g. 40% (the default).
 * @param [holders] How many people hold the role this month (splits a splitRole share); default: the table's count.
 * @returns The commission, rounded to the fen.
 */
export function commission(margin: unknown, role: unknown, roles?: unknown[][], rate?: unknown, holders?: unknown): number {
  return call("COMMISSION", margin, role, roles, rate, holders);
}

/**
 * Base pay prorated by paid days (应发底薪): ROUND(base × MIN(1, paidDays / daysPerMonth), 2).
 * @customfunction BASEPAY
 * @param base The monthly base pay (底薪).
 * @param paidDays The days paid this month; blank: a full month.
 * @param [daysPerMonth] Statutory paid days per month; default 21.75.
 * @returns The prorated base, rounded to the fen.
 */
export function basePay(base: unknown, paidDays: unknown, daysPerMonth?: unknown): number {
  return call("BASEPAY", base, paidDays, daysPerMonth);
}

/**
 * Overtime pay (加班工资): ROUND(base × (1.5 × workday + 2 × rest-day + 3 × holiday hours) ÷ (daysPerMonth × 8), 2)
 * (劳动法 第四十四条; hourly rate base ÷ 21.75 ÷ 8, 劳社部发〔2008〕3号).
 * @customfunction OVERTIME
 * @param base The monthly base pay (底薪).
 * @param [workdayHours] Overtime hours on workdays (150%); default 0.
 * @param [restDayHours] Overtime hours on rest days without time off in lieu (200%); default 0.
 * @param [holidayHours] Overtime hours on statutory holidays (300%); default 0.
 * @param [daysPerMonth] Statutory paid days per month; default 21.75.
 * @returns The overtime pay, rounded to the fen.
 */
export function overtime(base: unknown, workdayHours?: unknown, restDayHours?: unknown, holidayHours?: unknown, daysPerMonth?: unknown): number {
  return call("OVERTIME", base, workdayHours, restDayHours, holidayHours, daysPerMonth);
}

/**
 * Paid days (计薪天数) of a joiner or leaver from one date to another, both included, by the 21.75-day rule
 * (劳社部发〔2008〕3号): the days worked plus the statutory holidays — a swapped rest day is not paid, a make-up
 * workday is worked. Uses China's official holidays to 2026, or the years in a holidays range.
 * @customfunction PAIDDAYS
 * @param from The first day (a date).
 * @param to The last day (a date).
 * @param [holidays] The Holidays table on Settings (date, kind, holiday) for its years; default the shipped calendar.
 * @returns The paid days.
 */
export function paidDays(from: unknown, to: unknown, holidays?: unknown[][]): number {
  return call("PAIDDAYS", from, to, holidays);
}

/**
 * Tax on a year-end one-off bonus (全年一次性奖金). "separate": bonus × rate − quick deduction, the rate found
 * from bonus ÷ 12 in the monthly-converted table (财政部 税务总局公告2023年第30号, to 2027-12-31); "merged": what
 * adding the bonus to the cumulative taxable income adds to the tax (cumulativeTaxable: the year's so far, without it).
 * @customfunction BONUSTAX
 * @param bonus The bonus (年终奖).
 * @param [method] "separate" (default) or "merged".
 * @param [cumulativeTaxable] For "merged": the cumulative taxable income without the bonus; default 0.
 * @returns The tax on the bonus, rounded to the fen.
 */
export function bonusTax(bonus: unknown, method?: unknown, cumulativeTaxable?: unknown): number {
  return call("BONUSTAX", bonus, method, cumulativeTaxable);
}

/**
 * A special additional deduction's legal standard (专项附加扣除) in force in a month: the most one may claim a
 * month (国发〔2018〕41号, 国发〔2022〕8号, 国发〔2023〕13号) — child education 2,000 per child, care of a child
 * under 3 2,000, elderly support 3,000 (1,500 when shared), housing loan interest 1,000, rent 1,500 (the
 * highest tier), continuing education 400; a certificate's 3,600 and personal pension's 12,000 are a year's.
 * @customfunction SPECIALDEDUCTION
 * @param category The category: 子女教育, 3岁以下婴幼儿照护, 赡养老人, 住房贷款利息, 住房租金, 继续教育（学历）… or its English name.
 * @param month The month (2026-03, or any date in it).
 * @param [share] 100% (default), 50% (each parent or spouse), or "shared" (elderly support with siblings).
 * @returns The standard in yuan.
 */
export function specialDeduction(category: unknown, month: unknown, share?: unknown): number {
  return call("SPECIALDEDUCTION", category, month, share);
}

/**
 * Gross pay (应发合计): paid base + commission + reward − penalty.
 * @customfunction GROSS
 * @param paidBase The prorated base pay.
 * @param commission The commission.
 * @param [reward] Rewards (奖励); default 0.
 * @param [penalty] Penalties (扣罚); default 0.
 * @returns Gross pay.
 */
export function gross(paidBase: unknown, commission: unknown, reward?: unknown, penalty?: unknown): number {
  return call("GROSS", paidBase, commission, reward, penalty);
}

/**
 * The employee's social insurance (社保个人部分): pension + medical + unemployment, each ROUND(base × rate, 2).
 * @customfunction SOCIALINSURANCE
 * @param contributionBase The contribution base (缴费基数) before the city's floor and ceiling.
 * @param [floor] The city's floor; default: the example settings' (check your city's current figure).
 * @param [ceiling] The city's ceiling; default: the example settings'.
 * @param [rates] Three rates: pension, medical, unemployment; default 8%, 2%, 0.5%.
 * @param [rounding] How the city rounds each part (进位方式): 到分 fen (default), 到角 jiao, 见分进角 jiaoUp, 到元 yuan.
 * @returns The employee's part, rounded per component.
 */
export function socialInsurance(contributionBase: unknown, floor?: unknown, ceiling?: unknown, rates?: unknown[][], rounding?: unknown): number {
  return call("SOCIALINSURANCE", contributionBase, floor, ceiling, rates, rounding);
}

/**
 * The employer's social insurance (社保单位部分): pension + medical + unemployment + work injury, each rounded.
 * @customfunction EMPLOYERSOCIALINSURANCE
 * @param contributionBase The contribution base (缴费基数) before the city's floor and ceiling.
 * @param [floor] The city's floor; default: the example settings'.
 * @param [ceiling] The city's ceiling; default: the example settings'.
 * @param [rates] Four rates: pension, medical, unemployment, work injury; default 16%, 9.5%, 0.5%, 0.2%.
 * @param [rounding] How the city rounds each part (进位方式): 到分 fen (default), 到角 jiao, 见分进角 jiaoUp, 到元 yuan.
 * @returns The employer's part, rounded per component.
 */
export function employerSocialInsurance(contributionBase: unknown, floor?: unknown, ceiling?: unknown, rates?: unknown[][], rounding?: unknown): number {
  return call("EMPLOYERSOCIALINSURANCE", contributionBase, floor, ceiling, rates, rounding);
}

/**
 * Housing fund (公积金): the base clamped to the floor and ceiling × rate, rounded the city's way (to the fen by default).
 * @customfunction HOUSINGFUND
 * @param contributionBase The contribution base before the floor and ceiling.
 * @param [rate] The rate, one side (employee or employer); default 5%.
 * @param [floor] The city's floor; default: the example settings'.
 * @param [ceiling] The city's ceiling; default: the example settings'.
 * @param [rounding] How the city rounds (进位方式): 到分 fen (default), 到角 jiao, 见分进角 jiaoUp, 到元 yuan.
 * @returns The housing fund contribution, rounded.
 */
export function housingFund(contributionBase: unknown, rate?: unknown, floor?: unknown, ceiling?: unknown, rounding?: unknown): number {
  return call("HOUSINGFUND", contributionBase, rate, floor, ceiling, rounding);
}

/**
 * Cumulative taxable income (累计应纳税所得额): gross to date − 5000 × months − insurance to date − special deductions to date.
 * @customfunction CUMULATIVETAXABLE
 * @param grossToDate Gross pay this tax year at this employer, this month included.
 * @param monthsToDate Months employed this tax year, this month included.
 * @param [insuranceToDate] Employee social insurance and housing fund to date; default 0.
 * @param [specialDeductionsToDate] Special additional deductions (专项附加扣除) to date; default 0.
 * @returns The cumulative taxable income (negative when below the threshold).
 */
export function cumulativeTaxableIncome(grossToDate: unknown, monthsToDate: unknown, insuranceToDate?: unknown, specialDeductionsToDate?: unknown): number {
  return call("CUMULATIVETAXABLE", grossToDate, monthsToDate, insuranceToDate, specialDeductionsToDate);
}

/**
 * This month's individual income tax withholding (个税, 累计预扣法) by the annual table.
 * @customfunction IIT
 * @param cumulativeTaxable Cumulative taxable income of the year to date.
 * @param [withheldSoFar] Tax already withheld this year before this month; default 0.
 * @returns MAX(0, cumulative tax − withheld so far), rounded to the fen.
 */
export function iit(cumulativeTaxable: unknown, withheldSoFar?: unknown): number {
  return call("IIT", cumulativeTaxable, withheldSoFar);
}

/**
 * Net pay (实发工资): gross − social insurance − housing fund − income tax.
 * @customfunction NETPAY
 * @param gross Gross pay.
 * @param socialInsurance The employee's social insurance.
 * @param housingFund The employee's housing fund.
 * @param iit Income tax withheld this month.
 * @returns Net pay.
 */
export function netPayOf(gross: unknown, socialInsurance: unknown, housingFund: unknown, iit: unknown): number {
  return call("NETPAY", gross, socialInsurance, housingFund, iit);
}

/**
 * Employer cost (用人成本): gross + employer social insurance + employer housing fund.
 * @customfunction EMPLOYERCOST
 * @param gross Gross pay.
 * @param employerSocialInsurance The employer's social insurance.
 * @param employerHousingFund The employer's housing fund.
 * @returns The employer's cost.
 */
export function employerCostOf(gross: unknown, employerSocialInsurance: unknown, employerHousingFund: unknown): number {
  return call("EMPLOYERCOST", gross, employerSocialInsurance, employerHousingFund);
}

/**
 * The day's sales target (日目标): its largest-remainder share of the month, as the spread shows it.
 * @customfunction DAILYTARGET
 * @param monthlyTarget The month's sales target (月销售目标).
 * @param date The day (a date, or text 2026-11-11).
 * @param [weekdayWeights] Seven weights, Monday first, or the Settings weekday table; default: flat.
 * @param [events] Sales events: rows of date (MM-DD or a date), factor, name; default 6-18, 11-11, 12-12.
 * @returns The day's target, to the fen.
 */
export function dailyTarget(monthlyTarget: unknown, date: unknown, weekdayWeights?: unknown[][], events?: unknown[][]): number {
  return call("DAILYTARGET", monthlyTarget, date, weekdayWeights, events);
}

/**
 * The month's target spread over its days: a spilled table of date (text YYYY-MM-DD), weekday (1 = Monday) and target.
 * @customfunction SPREAD
 * @param monthlyTarget The month's sales target (月销售目标).
 * @param month The month: 2026-11, or any date in it.
 * @param [weekdayWeights] Seven weights, Monday first, or the Settings weekday table; default: flat.
 * @param [events] Sales events: rows of date (MM-DD or a date), factor, name; default 6-18, 11-11, 12-12.
 * @returns A header row and one row per day; the targets add up to the month exactly.
 */
export function spread(monthlyTarget: unknown, month: unknown, weekdayWeights?: unknown[][], events?: unknown[][]): unknown[][] {
  return call("SPREAD", monthlyTarget, month, weekdayWeights, events);
}

/**
 * Orders a day's sales need (所需订单数): ROUNDUP(sales ÷ average order value).
 * @customfunction ORDERS
 * @param sales The sales target.
 * @param averageOrderValue The average order value (客单价).
 * @returns Whole orders, rounded up.
 */
export function orders(sales: unknown, averageOrderValue: unknown): number {
  return call("ORDERS", sales, averageOrderValue);
}

/**
 * Visitors the orders need (所需访客数): ROUNDUP(orders ÷ conversion rate).
 * @customfunction VISITORS
 * @param orders Whole orders.
 * @param conversionRate The conversion rate (转化率), e.g. 3%.
 * @returns Whole visitors, rounded up.
 */
export function visitors(orders: unknown, conversionRate: unknown): number {
  return call("VISITORS", orders, conversionRate);
}

/**
 * The built-in role catalogue as a spilled table with the Roles table's headers: it can be passed as
 * SHOP.COMMISSION's roles argument.
 * @customfunction ROLES
 * @returns A header row and one row per role: ID, names, headcount, base range, share, share basis.
 */
export function roles(): unknown[][] {
  return call("ROLES");
}
