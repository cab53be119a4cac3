import { D, type Dec } from "../money";
import type { Warning } from "../types";

/**
 * 劳动法 第四十一条: overtime generally at most 1 hour a day, at most 3 hours a day in special cases, and
 * at most 36 hours a month (http://enghunan.gov.cn/hneng/Services/Work/LaborRights/202506/t20250628_33722408.html).
 * The month's check only: fires when the month's overtime hours are STRICTLY above 36. Rest-day and
 * holiday hours count as overtime too.
 */
export const MONTHLY_OVERTIME_LIMIT = new D(36);

export function checkOvertimeLimit(totalHours: Dec, where: string, params: Record<string, string>, limit: Dec = MONTHLY_OVERTIME_LIMIT): Warning[] {
  if (!totalHours.greaterThan(limit)) return [];
  return [{ code: "compliance.overtimeOver36", params: { ...params, hours: totalHours.toString(), limit: limit.toString() }, where }];
}
