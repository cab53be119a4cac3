import type { Dec } from "../money";
import type { Warning } from "../types";

/**
 * The cumulative basic deduction (累计减除费用) of a month, for the two kinds of special taxpayer:
 *
 * - 国家税务总局公告2020年第19号 (from 2021-01-01): a resident whose employer withheld for them on wages in
 *   every month of the previous tax year, with that year's wages not above 60,000 yuan — 累计减除费用自1月份起
 *   直接按照全年6万元计算扣除: the cumulative deduction is 60,000 in every month of the year (no tax until the
 *   year's income passes 60,000). Staff key `iit.previousYearUnder60k`.
 *   (Orbitax summary: https://orbitax.com/news/country/article/China-Provides-Personal-Income-44676; its three
 *   conditions — same employer and declared every month January to December, the year's wages including the
 *   bonus at most 60,000, employed again from January: https://www.i-admin.com/news/china-statutory-update-individual-income-tax-iit-withholding-calculation-optimization/ ).
 *   The withholding agent notes 上年各月均有申报且全年收入不超过6万元 in the return's 备注 column
 *   (the announcement, in the translation at http://lnmlw.com/Localtaxation/zbcwygvhfn.html): the tax export does.
 * - 国家税务总局公告2020年第13号 (from 2020-07-01): a resident who gets wages for the FIRST time in the tax
 *   year — 可按照5000元/月乘以纳税人当年截至本月月份数计算累计减除费用: 5,000 × the month number, counted from
 *   January, not from the month they joined. Staff key `iit.firstJobThisYear`. "First time" means no wages
 *   (nor labour income withheld cumulatively) from January until the month employed (BDO's summary:
 *   https://www.bdo.global/en-gb/microsites/tax-newsletters/ges-news/september-2020-issue/china-policies-on-improving-the-methods-of-withholding-and-prepayment-of-individual-income-tax ).
 * - Everyone else: 5,000 × the months employed at this employer this year (国家税务总局公告2018年第61号 第六条).
 */

export interface SpecialTaxpayer {
  previousYearUnder60k: boolean;
  firstJobThisYear: boolean;
}

export const NOT_SPECIAL: SpecialTaxpayer = { previousYearUnder60k: false, firstJobThisYear: false };

export interface BasicDeductionInput {
  /** 1 = January … 12 = December. */
  monthNumber: number;
  /** Months employed at this employer in the tax year up to and including this one. */
  monthsEmployed: number;
  taxpayer: SpecialTaxpayer;
  /** 5,000: the monthly basic deduction (a setting). */
  monthly: Dec;
  /** 60,000: the annual figure announcement 2020 No. 19 deducts from January (a setting). */
  annual?: Dec;
}

export type BasicDeductionRule = "previousYearUnder60k" | "firstJobThisYear" | "monthsEmployed";

/** Which rule applies; announcement No. 19 first (a person it covers was employed all last year, so No. 13 cannot). */
export function basicDeductionRule(taxpayer: SpecialTaxpayer): BasicDeductionRule {
  if (taxpayer.previousYearUnder60k) return "previousYearUnder60k";
  if (taxpayer.firstJobThisYear) return "firstJobThisYear";
  return "monthsEmployed";
}

/**
 * How many months of the monthly basic deduction the year to date deducts: 12 under No. 19 (the law's
 * 60,000 a year is 5,000 × 12: 个人所得税法 第六条), the month number under No. 13, else the months employed
 * here. The engine multiplies the monthly setting by it (in whole fen on its fast path), and the payroll
 * sheet writes the same IF on the person's two flags.
 */
export function basicDeductionMonths(taxpayer: SpecialTaxpayer, monthNumber: number, monthsEmployed: number): number {
  switch (basicDeductionRule(taxpayer)) {
    case "previousYearUnder60k":
      return 12;
    case "firstJobThisYear":
      return monthNumber;
    case "monthsEmployed":
      return monthsEmployed;
  }
}

export function cumulativeBasicDeduction(input: BasicDeductionInput): Dec {
  if (input.annual !== undefined && basicDeductionRule(input.taxpayer) === "previousYearUnder60k") return input.annual;
  return input.monthly.times(basicDeductionMonths(input.taxpayer, input.monthNumber, input.monthsEmployed));
}

/**
 * Contradictions in a person's flags, said where: both flags at once (No. 19 covers someone this employer
 * paid every month of last year, who is therefore not in their first job of this year), or No. 19 for
 * someone who started at this employer this year.
 */
export function checkSpecialTaxpayer(taxpayer: SpecialTaxpayer, startDate: string | null, taxYear: number, where: string, params: Record<string, string>): Warning[] {
  const out: Warning[] = [];
  if (taxpayer.previousYearUnder60k && taxpayer.firstJobThisYear) {
    out.push({ code: "iit.flagsConflict", params: { ...params }, where: `${where}.iit` });
  }
  if (taxpayer.previousYearUnder60k && startDate !== null && Number(startDate.slice(0, 4)) >= taxYear) {
    out.push({ code: "iit.under60kButNew", params: { ...params, startDate, year: String(taxYear) }, where: `${where}.iit.previousYearUnder60k` });
  }
  return out;
}
