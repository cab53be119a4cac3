import type { Month } from "../calendar";
import { ZERO, max, type Dec } from "../money";
import type { MonthEntry, Role, Settings, Staff, Warning } from "../types";
import { checkMinimumWage, clearsMonthlyMinimumFen as clearsMonthlyMinimumFenImport } from "../compliance/minimumWage";
import { fenSum as fenSumImport, laneFen } from "./fenLane";
import { checkInsured, checkLateJoinerInsurance } from "../compliance/insurance";
import { checkOvertimeLimit } from "../compliance/overtimeLimit";
import { HOURS_PER_DAY } from "../pay/attendance";
import type { MonthPay } from "./month";

// The imported bindings a line uses, read once, not at every use (under tsx each read is two getters: ./fenLane.ts).
const fenSum = fenSumImport;
const clearsMonthlyMinimumFen = clearsMonthlyMinimumFenImport;

/**
 * The compliance checks of one person's month (issue 13), run on the month's figures once they are
 * computed. The rules and their sources are in src/core/compliance/; this file decides what each is
 * given, and the payroll sheet's check column (src/workbook/sheets/payrollFormulas.ts COMPLIANCE_CHECK)
 * computes the same conditions from the same figures:
 *
 * - Minimum wage, monthly: the pay for normal hours is the gross LESS the year-end bonus, overtime pay
 *   and exempt allowances (最低工资规定 第十二条 leaves those out; a penalty and a leave deduction stay in, as what
 *   is left after a deduction must not be below the minimum either: 工资支付暂行规定 第十六条). The
 *   minimum is prorated by the days worked: paid days less unpaid and sick leave days (the sick pay of
 *   those days stays in the pay, which only makes the check gentler). Fires when
 *   pay < ROUND(monthly minimum × days worked ÷ paid days per month, 2) (the minimum itself when the
 *   days worked reach a full month).
 * - Minimum wage, hourly: the hourly minimum is for part-time (非全日制) work, and ShopSheet has no
 *   hours but the paid days. A person whose paid days are typed with a fraction (12.5) is taken as paid
 *   by the hour (the default full month, 21.75 days, is not typed and is not): hours = days worked × 8 (劳动法 第三十六条: eight hours a day), and the check fires
 *   when the same pay is below ROUND(hourly minimum × hours, 2). Whole paid days are held to the monthly minimum
 *   only.
 * - Deductions over 20% of the month's pay: payroll.penaltyAboveLimit (./month.ts), already.
 * - No social insurance: the person's role is not insured, or is not in the catalogue (the sheet then
 *   computes no insurance either). Every month; from 2025-09 the message says a waiver is void.
 * - A late joiner (started after the 1st of this month) whose employee insurance and housing fund are
 *   more than a share of the gross (without the year-end bonus): the setting compliance.lateJoinerShare,
 *   default one half.
 * - Overtime above 36 hours in the month (劳动法 第四十一条): the entry's workday, rest-day and holiday hours
 *   together, strictly above 36.
 */

/** The checks, in the order the sheet's check column lists them. */
export const COMPLIANCE_CHECKS = ["belowMinimumWage", "belowHourlyMinimum", "penaltyAboveLimit", "uninsured", "lateJoinerInsurance", "overtimeOver36"] as const;
export type ComplianceCheck = (typeof COMPLIANCE_CHECKS)[number];

/** The warning codes each check is said with. */
const CODES: Readonly<Record<string, ComplianceCheck>> = {
  "compliance.belowMinimumWage": "belowMinimumWage",
  "compliance.belowHourlyMinimum": "belowHourlyMinimum",
  "payroll.penaltyAboveLimit": "penaltyAboveLimit",
  "compliance.uninsured": "uninsured",
  "compliance.uninsuredWaiverVoid": "uninsured",
  "compliance.lateJoinerInsurance": "lateJoinerInsurance",
  "compliance.overtimeOver36": "overtimeOver36",
};

/** The month's wages: the gross without the year-end bonus (see complianceWarnings). */
function wagesOf(pay: MonthPay): Dec {
  return pay.annualBonus.isZero() ? pay.gross : pay.gross.minus(pay.annualBonus);
}

/** Days worked: paid days less unpaid and sick leave, never below 0. */
export function daysWorked(paidDays: Dec, entry: MonthEntry | undefined): Dec {
  if (entry === undefined) return paidDays;
  return max(ZERO, paidDays.minus(entry.leaveDays.unpaid).minus(entry.leaveDays.sick));
}

/**
 * False when complianceWarnings can say nothing of this line, from figures the line has at hand: no entry
 * (no hourly pay, no overtime), an insured role, not a joiner of this month, and normal pay in whole fen of
 * at least the monthly minimum (clearsMonthlyMinimumFen). True is no verdict: complianceWarnings decides.
 * Most lines of a month are such, and skip the call and its params (issue 15).
 * test/core/payroll/compliance.test.ts checks that false always means no warning.
 */
export function complianceMayWarn(pay: MonthPay, staff: Staff, role: Role | undefined, month: Month, entry: MonthEntry | undefined, minimumFen: number, paidDaysPerMonth: Dec): boolean {
  if (entry !== undefined || !(role?.insured ?? false) || staff.startDate?.slice(0, 7) === month) return true;
  const f = pay.fen;
  // As complianceWarnings computes it: NaN (not whole fen) never clears.
  const normalPayFen = fenSum(fenSum(f.gross - f.annualBonus) - f.overtimePay - f.exemptAllowances);
  return !clearsMonthlyMinimumFen(normalPayFen, minimumFen, paidDaysPerMonth);
}

export function complianceWarnings(p: {
  pay: MonthPay;
  staff: Staff;
  staffIndex: number;
  role: Role | undefined;
  roleIndex: number;
  month: Month;
  entry: MonthEntry | undefined;
  /** The entry's config path (`months[2].entries[0]`), where an overtime warning points. */
  entryWhere: string | null;
  settings: Settings;
  who: Record<string, string>;
  /** settings.minimumWage.monthly in whole fen (laneFen), when the caller has it: once a month, not once a line. */
  minimumFen?: number;
}): Warning[] {
  const { pay, settings, who } = p;
  // The person's config path (`staff[3]`) is written only where a message needs it: most lines have none (issue 15).
  const out: Warning[] = [];
  const f = pay.fen;
  // The month's wages: the gross without the year-end bonus, which is no pay for the month's work (a
  // one-off award, taxed on its own: ./annualBonusPay.ts), so it neither lifts a wage to the minimum nor
  // dilutes a late joiner's insurance. The sheet's check column subtracts it the same way.
  // In whole fen where the figures are (./fenLane.ts: most lines need no decimal.js here, issue 15).
  const wagesFen = fenSum(f.gross - f.annualBonus);
  // A negative gross is an error of its own (./month.ts, which leaves the bonus out too): nothing here is meaningful then.
  if (Number.isNaN(wagesFen) ? wagesOf(pay).isNegative() : wagesFen < 0) return out;
  const byTheHour = p.entry?.paidDays != null && !p.entry.paidDays.isInteger();
  // Pay of at least the monthly minimum clears the monthly check whatever the days (clearsMonthlyMinimum); the hourly check is only by the hour.
  const normalPayFen = fenSum(wagesFen - f.overtimePay - f.exemptAllowances);
  if (byTheHour || !clearsMonthlyMinimumFen(normalPayFen, p.minimumFen ?? laneFen(settings.minimumWage.monthly), settings.paidDaysPerMonth)) {
    const w = wagesOf(pay);
    const normalPay = pay.overtimePay.isZero() && pay.exemptAllowances.isZero() ? w : w.minus(pay.overtimePay).minus(pay.exemptAllowances);
    const worked = daysWorked(pay.paidDays, p.entry);
    out.push(
      ...checkMinimumWage({
        pay: normalPay,
        monthlyMinimum: settings.minimumWage.monthly,
        paidDays: worked,
        paidDaysPerMonth: settings.paidDaysPerMonth,
        hours: byTheHour ? worked.times(HOURS_PER_DAY) : null,
        hourlyMinimum: byTheHour ? settings.minimumWage.hourly : null,
        where: `staff[${p.staffIndex}].base`,
        params: who,
      }),
    );
  }
  if (!(p.role?.insured ?? false)) {
    const roleParams = { roleZh: p.role?.nameZh ?? p.staff.role, roleEn: p.role?.nameEn ?? p.staff.role };
    out.push(...checkInsured({ month: p.month, insured: false, where: p.role === undefined ? `staff[${p.staffIndex}].role` : `roles[${p.roleIndex}].insured`, params: { ...who, ...roleParams } }));
  }
  // Only a joiner of this month can be a late joiner: others need not pay for the sum below (issue 15).
  if (p.staff.startDate?.slice(0, 7) === p.month) {
    out.push(
      ...checkLateJoinerInsurance(
        { month: p.month, startDate: p.staff.startDate, gross: wagesOf(pay), employeeInsurance: pay.socialInsurance.plus(pay.housingFund), where: `staff[${p.staffIndex}].startDate`, params: who },
        settings.compliance.lateJoinerShare,
      ),
    );
  }
  if (p.entry !== undefined) {
    const hours = p.entry.overtimeHours;
    out.push(...checkOvertimeLimit(hours.workday.plus(hours.restDay).plus(hours.holiday), `${p.entryWhere ?? `staff[${p.staffIndex}]`}.overtimeHours`, who));
  }
  return out;
}

/** The checks a month's warnings raise for one person (by staff id), in the check column's order. */
export function complianceChecksOf(warnings: readonly Warning[], id: string): ComplianceCheck[] {
  const raised = new Set<ComplianceCheck>();
  for (const w of warnings) {
    const check = CODES[w.code];
    if (check !== undefined && w.params.id === id) raised.add(check);
  }
  return COMPLIANCE_CHECKS.filter((c) => raised.has(c));
}

/** complianceChecksOf for every person at once, by staff id: the month's warnings read once. */
export function complianceChecksById(warnings: readonly Warning[]): Map<string, ComplianceCheck[]> {
  const raised = new Map<string, Set<ComplianceCheck>>();
  for (const w of warnings) {
    const check = CODES[w.code];
    const id = w.params.id;
    if (check === undefined || id === undefined) continue;
    let set = raised.get(id);
    if (!set) raised.set(id, (set = new Set()));
    set.add(check);
  }
  return new Map([...raised].map(([id, set]) => [id, COMPLIANCE_CHECKS.filter((c) => set.has(c))]));
}
