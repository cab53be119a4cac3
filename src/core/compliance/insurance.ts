import { money, type Dec } from "../money";
import type { Month } from "../calendar";
import type { Warning } from "../types";

/**
 * Social insurance checks.
 *
 * Uninsured: employer and worker must both join social insurance (社会保险法 第四条, 第五十八条). From
 * 2025-09-01, 最高人民法院关于审理劳动争议案件适用法律问题的解释（二）(法释〔2025〕12号) 第十九条: an agreement
 * or a worker's promise that no social insurance is paid is VOID, and the worker may quit and claim
 * economic compensation (text quoted at https://mkan.china.com/article/6894029.html ;
 * http://www.melissafhart.com/mobile/info/detail/tid/46/id/657.html). So a role or person without
 * insurance is flagged every month; from September 2025 on the message adds that a waiver does not help.
 *
 * Late joiner: contributions are monthly and on a base no lower than the city's floor, whatever the days
 * worked; a person who joins late in the month can be charged more insurance than a small gross bears.
 * Many cities start insurance the next month for late joiners (check your city's cut-off day). Fires when
 * the person started after the 1st of the month and the employee's insurance is STRICTLY more than a
 * share of the gross (a setting, default one half).
 */

export const WAIVER_VOID_FROM: Month = "2025-09";

export interface UninsuredInput {
  month: Month;
  insured: boolean;
  where: string;
  params: Record<string, string>;
}

export function checkInsured(input: UninsuredInput): Warning[] {
  if (input.insured) return [];
  const code = input.month >= WAIVER_VOID_FROM ? "compliance.uninsuredWaiverVoid" : "compliance.uninsured";
  return [{ code, params: { ...input.params, month: input.month }, where: input.where }];
}

export interface LateJoinerInput {
  month: Month;
  /** ISO start date at this employer. */
  startDate: string | null;
  gross: Dec;
  /** The employee's social insurance plus housing fund this month. */
  employeeInsurance: Dec;
  where: string;
  params: Record<string, string>;
}

/** `share`: the setting compliance.lateJoinerShare (src/core/config/settingFields.ts, default one half). */
export function checkLateJoinerInsurance(input: LateJoinerInput, share: Dec): Warning[] {
  if (input.startDate === null || input.startDate.slice(0, 7) !== input.month || input.startDate.endsWith("-01")) return [];
  if (input.employeeInsurance.lessThanOrEqualTo(0)) return [];
  if (!input.employeeInsurance.greaterThan(input.gross.times(share))) return [];
  return [
    {
      code: "compliance.lateJoinerInsurance",
      params: { ...input.params, month: input.month, startDate: input.startDate, gross: money(input.gross), insurance: money(input.employeeInsurance), share: share.times(100).toString() },
      where: input.where,
    },
  ];
}
