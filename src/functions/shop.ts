import { isoWeekday } from "../core/calendar";
import { defaultEngineSettings } from "../core/defaults";
import { ZERO } from "../core/money";
import { contributionBase } from "../core/payroll/contributions";
import { roundContribution, type ContributionRounding } from "../core/insurance/rounding";
import { proratedBase } from "../core/payroll/basePay";
import { overtimePay } from "../core/pay/attendance";
import { mergedBonusTax, separateBonusTaxOnAnnualTable } from "../core/tax/annualBonus";
import { employerCost, grossPay, netPay } from "../core/payroll/pay";
import { commission, profitPool, SHARE_DECIMALS, shareFitsSheet } from "../core/pool";
import { catalogueRoles, findRole } from "../core/roles";
import { otherRoleIdForm, shownRoleId } from "../workbook/roleIds";
import { ordersFor, visitorsFor } from "../core/targets";
import { cumulativeTax, cumulativeTaxable, withholding } from "../core/tax/cnIit";
import { capSteps, entryCap } from "../core/tax/deductions";
import { deductionCategoryNames, specialDeductionStandards } from "../data/rules/specialDeductions";
import type { Dec } from "../core/money";
import type { Lang } from "../data/lang";
import { formatMessage, type MessageCode } from "../data/messages";
import { displayLanguage } from "./lang";
import { blankMeans, optional, p } from "./params";
import { problem } from "./problem";
import { commissionFast } from "./commissionFast";
import { CATALOGUE_ROLES, ratesReader, readEvents, readHolidays, readWeights, rolesFromRange, type PoolRole } from "./ranges";
import { buildHolidayCalendar, paidDaysBetween, type CalendarYear } from "../core/holidayCalendar";
import { defineFunction, type Cell } from "./runner";
import { cachedSpread, DEFAULT_TARGETS } from "./spread";

/**
 * Every SHOP.* function, declared once: its parameters (how each argument is read, which are optional
 * and what a blank means) and a body that is one call into core. No rule lives here; defaults are the
 * engine's default settings (src/core/defaults.ts). functions.ts gives each one its Excel signature.
 */

const S = defaultEngineSettings();
const SI = S.socialInsurance;
const HF = S.housingFund;

// Parameters several functions share.
const poolRate = optional(p.rate("rate"), () => S.poolRate);
const weekdayWeights = optional(p.range("weekdayWeights", readWeights), () => DEFAULT_TARGETS.weekdayWeights);
const events = optional(p.range("events", readEvents), () => DEFAULT_TARGETS.events);

/** Floor and ceiling of a contribution base, checked together. */
function clamped(base: Dec, floor: Dec, ceiling: Dec): Dec {
  if (floor.greaterThan(ceiling)) throw problem("fn.floorAboveCeiling", { floor: floor.toString(), ceiling: ceiling.toString() }).at("ceiling");
  return contributionBase(base, floor, ceiling);
}

/** Each rate's part of the clamped base, rounded the city's way, summed: as a payslip lists them (core's contributions). */
function roundedParts(base: Dec, rates: readonly Dec[], how: ContributionRounding): Dec {
  return rates.reduce((total, rate) => total.plus(roundContribution(base.times(rate), how)), ZERO);
}

function roleName(r: PoolRole, lang: Lang): string {
  return lang === "zh-CN" ? r.nameZh : r.nameEn;
}

/** A role's id as a sheet in `lang` shows it: a catalogue role's Chinese key in Chinese (电商部经理, not manager),
 *  which the function takes as well (findByOtherForm). A Chinese message names no English code. */
function roleIdIn(r: PoolRole, roles: readonly PoolRole[]): (lang: Lang) => string {
  return (lang) => shownRoleId(r.id, roles, lang);
}

/** "manager (E-commerce manager), promoter (…)"; in Chinese "电商部经理、推广策划和实施专员、…" (the ids a Chinese sheet shows). */
function knownRoles(roles: readonly PoolRole[], lang: Lang): string {
  return roles
    .map((r) => {
      const id = roleIdIn(r, roles)(lang);
      return roleName(r, lang) === id ? id : formatMessage("fn.roleLabel", { id, name: roleName(r, lang) }, lang);
    })
    .join(formatMessage("fn.listSeparator", {}, lang));
}

/**
 * The month's spread, refused where a day's weight would have more than 4 decimals: the Targets sheet
 * rounds such a weight, so the figure would be neither the typed weights' share nor the sheet's
 * without saying so (core/targets/weights.ts).
 */
function exactSpread(...args: Parameters<typeof cachedSpread>): ReturnType<typeof cachedSpread> {
  const spread = cachedSpread(...args);
  const rounded = spread.plan.warnings.find((w) => w.code === "targets.weightRounded");
  if (rounded !== undefined) throw problem("fn.weightDecimals", rounded.params);
  return spread;
}

function text(code: MessageCode, lang: Lang): string {
  return formatMessage(code, {}, lang);
}

const commissionParams = [
  p.amount("margin"),
  p.role("role"),
  optional(p.range("roles", rolesFromRange), (): readonly PoolRole[] => CATALOGUE_ROLES),
  poolRate,
  optional(p.whole("holders", 1, 10000), () => null),
] as const;

/** A catalogue role named by the form the list does not hold: `manager` in a Chinese workbook's Roles, whose id
 *  shows as 电商部经理 (src/workbook/roleIds.ts), or that Chinese key in a list of English ids. */
function findByOtherForm(roles: readonly PoolRole[], key: string): PoolRole | undefined {
  const other = otherRoleIdForm(key);
  return other === undefined ? undefined : findRole(roles, other);
}

function commissionBody(margin: Dec, key: string, roles: readonly PoolRole[], rate: Dec, holders: number | null): Dec {
  const role = findRole(roles, key) ?? findByOtherForm(roles, key);
  if (role === undefined) throw problem("fn.unknownRole", { role: key, known: (lang) => knownRoles(roles, lang) }, "notAvailable").at("role");
  if (role.share === null) throw problem("fn.shareMissing", { role: roleIdIn(role, roles) }, "notAvailable").at("role");
  // A splitRole share is split across the holders: the argument, else the Roles table's live count,
  // else the role's headcount. Whoever asks holds the role, so there is at least one.
  const n = holders ?? (role.holders !== null && role.holders > 0 ? role.holders : Math.max(1, role.headcount));
  // The payroll sheet floors with the share to 6 decimals; a finer one would pay differently there.
  if (!shareFitsSheet(role.share)) throw problem("fn.shareDecimals", { role: roleIdIn(role, roles), share: role.share.toString(), max: String(SHARE_DECIMALS) }).at("roles");
  return commission(profitPool(margin, rate), role.share, role.shareBasis, n);
}

/** SHOP.COMMISSION without its fast path (commissionFast.ts): what the fast path must agree with. */
export const COMMISSION_REFERENCE = defineFunction("SHOP.COMMISSION", commissionParams, commissionBody);

export const SHOP = {
  POOL: defineFunction("SHOP.POOL", [p.amount("grossMargin"), poolRate], (margin, rate) => profitPool(margin, rate)),

  COMMISSION: defineFunction("SHOP.COMMISSION", commissionParams, commissionBody, commissionFast),

  BASEPAY: defineFunction(
    "SHOP.BASEPAY",
    [p.nonNegative("base"), blankMeans(p.bounded("paidDays", 0, 31), () => null), optional(p.bounded("daysPerMonth", 1, 31), () => S.paidDaysPerMonth)],
    // A blank paidDays is a full month, as on the payroll sheet.
    (base, paidDays, perMonth) => proratedBase(base, paidDays ?? perMonth, perMonth),
  ),

  // Issue 13: overtime at 150% / 200% / 300% of base ÷ paid days ÷ 8, rounded once (src/core/pay/attendance.ts).
  OVERTIME: defineFunction(
    "SHOP.OVERTIME",
    [
      p.nonNegative("base"),
      optional(p.bounded("workdayHours", 0, 744), () => ZERO),
      optional(p.bounded("restDayHours", 0, 744), () => ZERO),
      optional(p.bounded("holidayHours", 0, 744), () => ZERO),
      optional(p.bounded("daysPerMonth", 1, 31), () => S.paidDaysPerMonth),
    ],
    (base, workday, restDay, holiday, perMonth) => overtimePay(base, { workday, restDay, holiday }, perMonth),
  ),

  // Issue 13: paid days of a part month by the 21.75-day rule (劳社部发〔2008〕3号): the days worked plus the statutory
  // holidays from `from` to `to` (src/core/holidayCalendar.ts paidDaysBetween), with the shipped calendar or the years
  // of a holidays range (the workbook's Holidays table) — the payroll sheet's joiner and leaver formula.
  PAIDDAYS: defineFunction(
    "SHOP.PAIDDAYS",
    [p.date("from"), p.date("to"), optional(p.range("holidays", readHolidays), (): CalendarYear[] => [])],
    (from, to, years) => {
      if (from > to) throw problem("fn.fromAfterTo", { from, to }).at("to");
      return paidDaysBetween(buildHolidayCalendar(years), from, to);
    },
  ),

  // Issue 13: the year-end one-off bonus's tax (src/core/tax/annualBonus.ts), separately by default
  // (财政部 税务总局公告2023年第30号) or what merging it adds to the cumulative withholding.
  BONUSTAX: defineFunction(
    "SHOP.BONUSTAX",
    [p.nonNegative("bonus"), optional(p.bonusTaxation("method"), () => "separate" as const), optional(p.amount("cumulativeTaxable"), () => ZERO)],
    (bonus, method, taxable) =>
      method === "separate" ? separateBonusTaxOnAnnualTable(bonus, S.taxTable) : mergedBonusTax(bonus, taxable, S.taxTable).extraWithholding,
  ),

  // Issue 13: a special additional deduction's legal standard in a month (src/core/tax/deductions.ts entryCap,
  // the dated standards of src/data/rules/specialDeductions.ts): the most one may claim a month.
  SPECIALDEDUCTION: defineFunction(
    "SHOP.SPECIALDEDUCTION",
    [p.deductionCategory("category"), p.month("month"), optional(p.deductionShare("share"), () => "full" as const)],
    (category, month, share) => {
      const name = (l: Lang) => (l === "zh-CN" ? deductionCategoryNames[category]!.zh : deductionCategoryNames[category]!.en);
      const shared = share === "shared";
      if ((shared && category !== "elderlySupport") || (share === "half" && !specialDeductionStandards[category].halfShare)) {
        throw problem("fn.deductionShareNotAllowed", { category: name, share: share === "half" ? "50%" : share }).at("share");
      }
      const cap = entryCap({ category, share: share === "half" ? "half" : "full", shared }, month);
      if (cap === null) throw problem("fn.deductionNotYet", { category: name, since: capSteps({ category, share: "full", shared })[0]!.from });
      return cap;
    },
  ),

  GROSS: defineFunction(
    "SHOP.GROSS",
    [p.nonNegative("paidBase"), p.nonNegative("commission"), optional(p.nonNegative("reward"), () => ZERO), optional(p.nonNegative("penalty"), () => ZERO)],
    (base, comm, reward, penalty) => grossPay(base, comm, reward, penalty),
  ),

  // Issue 13: the last argument rounds each part the city's way (到分 by default; src/core/insurance/rounding.ts).
  SOCIALINSURANCE: defineFunction(
    "SHOP.SOCIALINSURANCE",
    [
      p.nonNegative("contributionBase"),
      optional(p.nonNegative("floor"), () => SI.baseFloor),
      optional(p.nonNegative("ceiling"), () => SI.baseCeiling),
      optional(p.range("rates", ratesReader(3, "fn.rates.employee")), () => [SI.employee.pension, SI.employee.medical, SI.employee.unemployment]),
      optional(p.rounding("rounding"), () => "fen" as const),
    ],
    (base, floor, ceiling, rates, how) => roundedParts(clamped(base, floor, ceiling), rates, how),
  ),

  EMPLOYERSOCIALINSURANCE: defineFunction(
    "SHOP.EMPLOYERSOCIALINSURANCE",
    [
      p.nonNegative("contributionBase"),
      optional(p.nonNegative("floor"), () => SI.baseFloor),
      optional(p.nonNegative("ceiling"), () => SI.baseCeiling),
      optional(p.range("rates", ratesReader(4, "fn.rates.employer")), () => [SI.employer.pension, SI.employer.medical, SI.employer.unemployment, SI.employer.injury]),
      optional(p.rounding("rounding"), () => "fen" as const),
    ],
    (base, floor, ceiling, rates, how) => roundedParts(clamped(base, floor, ceiling), rates, how),
  ),

  HOUSINGFUND: defineFunction(
    "SHOP.HOUSINGFUND",
    [
      p.nonNegative("contributionBase"),
      optional(p.rate("rate"), () => HF.employeeRate),
      optional(p.nonNegative("floor"), () => HF.baseFloor),
      optional(p.nonNegative("ceiling"), () => HF.baseCeiling),
      optional(p.rounding("rounding"), () => "fen" as const),
    ],
    (base, rate, floor, ceiling, how) => roundContribution(clamped(base, floor, ceiling).times(rate), how),
  ),

  CUMULATIVETAXABLE: defineFunction(
    "SHOP.CUMULATIVETAXABLE",
    [
      p.amount("grossToDate"),
      p.whole("monthsToDate", 0, 12),
      optional(p.nonNegative("insuranceToDate"), () => ZERO),
      optional(p.nonNegative("specialDeductionsToDate"), () => ZERO),
    ],
    (gross, months, insurance, special) => cumulativeTaxable({ gross, months, insurance, specialAdditionalDeduction: special }, S.basicDeduction),
  ),

  IIT: defineFunction(
    "SHOP.IIT",
    [p.amount("cumulativeTaxable"), optional(p.nonNegative("withheldSoFar"), () => ZERO)],
    (taxable, withheld) => withholding(cumulativeTax(taxable, S.taxTable), withheld),
  ),

  NETPAY: defineFunction(
    "SHOP.NETPAY",
    [p.amount("gross"), p.nonNegative("socialInsurance"), p.nonNegative("housingFund"), p.nonNegative("iit")],
    (gross, si, hf, iit) => netPay(gross, si, hf, iit),
  ),

  EMPLOYERCOST: defineFunction(
    "SHOP.EMPLOYERCOST",
    [p.amount("gross"), p.nonNegative("employerSocialInsurance"), p.nonNegative("employerHousingFund")],
    (gross, si, hf) => employerCost(gross, si, hf),
  ),

  DAILYTARGET: defineFunction(
    "SHOP.DAILYTARGET",
    [p.nonNegative("monthlyTarget"), p.date("date"), weekdayWeights, events],
    (target, date, weights, evs) => {
      const day = exactSpread(target, date.slice(0, 7), weights, evs).byDate.get(date);
      if (day === undefined) throw new Error(`no spread row for ${date}`); // every date of the month has one
      return day.target;
    },
  ),

  SPREAD: defineFunction(
    "SHOP.SPREAD",
    [p.nonNegative("monthlyTarget"), p.month("month"), weekdayWeights, events],
    (target, month, weights, evs) => {
      const lang = displayLanguage();
      const header: Cell[] = (["fn.col.date", "fn.col.weekday", "fn.col.target"] as const).map((c) => text(c, lang));
      return [header, ...exactSpread(target, month, weights, evs).plan.days.map((d): Cell[] => [d.date, isoWeekday(d.date), d.target])];
    },
  ),

  ORDERS: defineFunction("SHOP.ORDERS", [p.nonNegative("sales"), p.positive("averageOrderValue")], (sales, aov) => {
    const orders = ordersFor(sales, aov);
    if (orders === null) throw new Error("ordersFor refused a positive average order value");
    return orders;
  }),

  VISITORS: defineFunction("SHOP.VISITORS", [p.whole("orders", 0, 1e12), p.positiveRate("conversionRate")], (orders, cvr) => {
    const visitors = visitorsFor(orders, cvr);
    if (visitors === null) throw new Error("visitorsFor refused a positive conversion rate");
    return visitors;
  }),

  ROLES: defineFunction("SHOP.ROLES", [], () => {
    const lang = displayLanguage();
    const keys = ["id", "nameZh", "nameEn", "headcount", "baseMin", "baseMax", "share", "shareBasis"] as const;
    const header: Cell[] = keys.map((k) => text(`wb.col.${k}`, lang));
    return [header, ...catalogueRoles().map((r): Cell[] => keys.map((k) => r[k]))];
  }),
};

export type ShopFunctionName = keyof typeof SHOP;
