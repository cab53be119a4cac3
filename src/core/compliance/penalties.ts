import { D, money, type Dec } from "../money";
import type { Warning } from "../types";

/**
 * 工资支付暂行规定 (劳部发〔1994〕489号) 第十六条: compensation for a loss the worker caused may be deducted from
 * wages, but each month's deduction must not exceed 20% of that month's wage, and what is left must not be
 * below the local monthly minimum wage (http://uianet.net/dictionary/b9521359.html quotes the article;
 * English: http://lnmlw.com/Localtaxation/xofcyicvlw.html). The general check: any deduction of a month
 * against that month's pay. Fires STRICTLY above 20%, and strictly below the minimum.
 */

export const PENALTY_SHARE_CAP = new D("0.2");

export interface PenaltyInput {
  penalty: Dec;
  /** The month's wage the deduction is taken from (gross before the deduction). */
  monthPay: Dec;
  /** The local monthly minimum wage; null skips the second check. */
  monthlyMinimum: Dec | null;
  where: string;
  params: Record<string, string>;
}

export function checkPenalty(input: PenaltyInput, cap: Dec = PENALTY_SHARE_CAP): Warning[] {
  const out: Warning[] = [];
  if (input.penalty.lessThanOrEqualTo(0)) return out;
  const limit = input.monthPay.times(cap);
  if (input.penalty.greaterThan(limit)) {
    out.push({
      code: "compliance.penaltyOver20",
      params: { ...input.params, penalty: money(input.penalty), pay: money(input.monthPay), limit: money(limit), share: cap.times(100).toString() },
      where: input.where,
    });
  }
  const left = input.monthPay.minus(input.penalty);
  if (input.monthlyMinimum !== null && left.lessThan(input.monthlyMinimum)) {
    out.push({
      code: "compliance.penaltyBelowMinimum",
      params: { ...input.params, penalty: money(input.penalty), left: money(left), minimum: money(input.monthlyMinimum) },
      where: input.where,
    });
  }
  return out;
}
