import { D, ZERO, max, parseAmount, round2, type Dec } from "../money";
import type { Warning } from "../types";
import { isRecord } from "../record";

/**
 * Overtime, leave and allowances of one month, exact: every figure is computed as an exact fraction and
 * rounded ONCE, to the fen, at the end — the same as the sheet formula ROUND(base*hours*rate/174, 2).
 *
 * - Paid days: 月计薪天数 = (365 − 104) ÷ 12 = 21.75, 日工资 = 月工资收入 ÷ 月计薪天数, 小时工资 = 日工资 ÷ 8
 *   (劳社部发〔2008〕3号《关于职工全年月平均工作时间和工资折算问题的通知》). 21.75 × 8 = 174 exactly.
 * - Overtime (劳动法 第四十四条): extended hours on a workday ≥ 150%, a rest day without time off in lieu
 *   ≥ 200%, a statutory holiday ≥ 300% (https://www.managechina.com/governmentgrants/2008/02/17/salary-and-treatment-payment-for-overtime-work ;
 *   Ministry of Commerce guide quoted at http://enghunan.gov.cn/hneng/Services/Work/LaborRights/202506/t20250628_33722408.html).
 * - Sick pay may be below the local minimum wage but never below 80% of it (关于贯彻执行《中华人民共和国劳动法》
 *   若干问题的意见, 劳部发〔1995〕309号, 第59条; https://wechat.estsglobal.com/wechat/law_contents/39).
 */

export interface OvertimeHours {
  workday: Dec;
  restDay: Dec;
  holiday: Dec;
}

export const NO_OVERTIME: OvertimeHours = { workday: ZERO, restDay: ZERO, holiday: ZERO };

/** The multipliers of 劳动法 第四十四条 (the legal minimum; a contract may pay more). */
export const OVERTIME_RATES = { workday: new D("1.5"), restDay: new D(2), holiday: new D(3) } as const;

export const HOURS_PER_DAY = new D(8);

/** The exact (unrounded) hourly rate: base ÷ paid days ÷ 8. Show it rounded; never round before multiplying. */
export function hourlyRate(base: Dec, paidDaysPerMonth: Dec): Dec {
  return base.div(paidDaysPerMonth.times(HOURS_PER_DAY));
}

/** Weighted overtime hours: 1.5 × workday + 2 × rest day + 3 × holiday. */
export function weightedOvertimeHours(hours: OvertimeHours, rates = OVERTIME_RATES): Dec {
  return hours.workday.times(rates.workday).plus(hours.restDay.times(rates.restDay)).plus(hours.holiday.times(rates.holiday));
}

/** ROUND(base × (1.5 wd + 2 rd + 3 hol) ÷ (paid days × 8), 2): one rounding, at the end. */
export function overtimePay(base: Dec, hours: OvertimeHours, paidDaysPerMonth: Dec, rates = OVERTIME_RATES): Dec {
  return round2(base.times(weightedOvertimeHours(hours, rates)).div(paidDaysPerMonth.times(HOURS_PER_DAY)));
}

export interface LeaveDays {
  unpaid: Dec;
  sick: Dec;
}

export const NO_LEAVE: LeaveDays = { unpaid: ZERO, sick: ZERO };

export interface SickPaySettings {
  /** Sick pay as a fraction of the base (a setting: 0.6 = 60%). */
  rate: Dec;
  /** The local monthly minimum wage (a setting); its 80% is the floor of a month's sick pay. */
  minimumWage: Dec;
}

const SICK_FLOOR_SHARE = new D("0.8");

/** The monthly rate sick days are paid at: MAX(base × rate, 80% × minimum wage). */
export function sickMonthlyRate(base: Dec, sick: SickPaySettings): Dec {
  return max(base.times(sick.rate), sick.minimumWage.times(SICK_FLOOR_SHARE));
}

/** Whether the 80% floor, not the rate, sets the sick pay. */
export function sickPayFloored(base: Dec, sick: SickPaySettings): boolean {
  return sick.minimumWage.times(SICK_FLOOR_SHARE).greaterThan(base.times(sick.rate));
}

/**
 * What leave takes off the base, in one rounding:
 *   ROUND((base × unpaid days + (base − MAX(base × rate, 0.8 × minimum wage)) × sick days) ÷ 21.75, 2)
 * Unpaid days lose the whole daily base (base ÷ 21.75 × days); sick days lose the part of it above the
 * sick pay. When the 80% floor is above the base itself the sick days ADD to the pay (a negative
 * deduction), so the floor is never silently lost.
 */
export function leaveDeduction(base: Dec, days: LeaveDays, sick: SickPaySettings, paidDaysPerMonth: Dec): Dec {
  const unpaid = base.times(days.unpaid);
  const sickLoss = base.minus(sickMonthlyRate(base, sick)).times(days.sick);
  return round2(unpaid.plus(sickLoss).div(paidDaysPerMonth));
}

/** The sick pay itself, for the slip: ROUND(MAX(base × rate, 0.8 × minimum wage) × sick days ÷ 21.75, 2). */
export function sickPay(base: Dec, sickDays: Dec, sick: SickPaySettings, paidDaysPerMonth: Dec): Dec {
  return round2(sickMonthlyRate(base, sick).times(sickDays).div(paidDaysPerMonth));
}

// ---------------------------------------------------------------- allowances

/**
 * An allowance (津贴/补贴): taxable ones are wages (个人所得税法实施条例 第六条: 工资、薪金所得 includes 津贴、补贴);
 * exempt ones are those the law keeps out of wages — e.g. 独生子女补贴, 托儿补助费, 差旅费津贴、误餐补助
 * (国税发〔1994〕89号 第二条) — and are paid on top of net pay, outside the taxable income.
 */
export interface Allowance {
  name: string;
  amount: Dec;
  taxable: boolean;
}

export interface AllowanceTotals {
  taxable: Dec;
  exempt: Dec;
  total: Dec;
}

export function allowanceTotals(allowances: readonly Allowance[]): AllowanceTotals {
  let taxable = ZERO;
  let exempt = ZERO;
  for (const a of allowances) {
    if (a.taxable) taxable = taxable.plus(a.amount);
    else exempt = exempt.plus(a.amount);
  }
  return { taxable, exempt, total: taxable.plus(exempt) };
}

// ---------------------------------------------------------------- reading the entry's inputs

function nonNegative(raw: unknown, where: string, problems: Warning[]): Dec {
  if (raw === undefined || raw === null || raw === "") return ZERO;
  const v = parseAmount(raw);
  if (v === null || v.isNegative()) {
    problems.push({ code: "attendance.numberInvalid", params: { value: String(raw) }, where });
    return ZERO;
  }
  return v;
}

/** Reads `overtimeHours: {workday, restDay, holiday}` of a month entry; missing parts are 0. */
export function parseOvertimeHours(input: unknown, where: string): { hours: OvertimeHours; problems: Warning[] } {
  const problems: Warning[] = [];
  if (input === undefined || input === null) return { hours: NO_OVERTIME, problems };
  if (!isRecord(input)) return { hours: NO_OVERTIME, problems: [{ code: "attendance.objectExpected", params: { keys: "workday, restDay, holiday" }, where }] };
  const hours = {
    workday: nonNegative(input.workday, `${where}.workday`, problems),
    restDay: nonNegative(input.restDay, `${where}.restDay`, problems),
    holiday: nonNegative(input.holiday, `${where}.holiday`, problems),
  };
  return { hours, problems };
}

/** Reads `leaveDays: {unpaid, sick}`; missing parts are 0. */
export function parseLeaveDays(input: unknown, where: string): { days: LeaveDays; problems: Warning[] } {
  const problems: Warning[] = [];
  if (input === undefined || input === null) return { days: NO_LEAVE, problems };
  if (!isRecord(input)) return { days: NO_LEAVE, problems: [{ code: "attendance.objectExpected", params: { keys: "unpaid, sick" }, where }] };
  return { days: { unpaid: nonNegative(input.unpaid, `${where}.unpaid`, problems), sick: nonNegative(input.sick, `${where}.sick`, problems) }, problems };
}

/**
 * Reads `allowances: [{name, amount, taxable}]`. A missing `taxable` counts as taxable — the side that
 * never under-withholds — and says so; a bad amount leaves the allowance out and says where.
 */
export function parseAllowances(input: unknown, where: string): { allowances: Allowance[]; problems: Warning[] } {
  const problems: Warning[] = [];
  const allowances: Allowance[] = [];
  if (input === undefined || input === null) return { allowances, problems };
  if (!Array.isArray(input)) return { allowances, problems: [{ code: "allowance.notAList", params: {}, where }] };
  input.forEach((raw, i) => {
    const at = `${where}[${i}]`;
    if (!isRecord(raw)) return problems.push({ code: "allowance.entryInvalid", params: {}, where: at });
    const name = typeof raw.name === "string" ? raw.name.trim() : "";
    if (name === "") return problems.push({ code: "allowance.nameMissing", params: {}, where: `${at}.name` });
    const amount = parseAmount(raw.amount);
    if (amount === null || amount.isNegative()) return problems.push({ code: "allowance.amountInvalid", params: { name, value: String(raw.amount) }, where: `${at}.amount` });
    let taxable = true;
    if (raw.taxable === undefined || raw.taxable === null) problems.push({ code: "allowance.taxableAssumed", params: { name }, where: `${at}.taxable` });
    else if (typeof raw.taxable === "boolean") taxable = raw.taxable;
    else return problems.push({ code: "allowance.taxableInvalid", params: { name, value: String(raw.taxable) }, where: `${at}.taxable` });
    allowances.push({ name, amount, taxable });
  });
  return { allowances, problems };
}

