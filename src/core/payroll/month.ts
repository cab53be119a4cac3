import { firstDay, type Month } from "../calendar";
import { D, ZERO, fromFen, money, round2, type Dec } from "../money";
import type { MonthEntry, Role, Settings, Staff, Warning } from "../types";
import { baseInRange as baseInRangeImport, proratedBase as proratedBaseImport } from "./basePay";
import { monthStaff as monthStaffImport } from "./monthBase";
import { contributionsWithFen as contributionsWithFenImport, type Contributions } from "./contributions";
import { fenSum, laneFen } from "./fenLane";
import type { ProfilePeriod } from "../insurance/profiles";
import type { DefaultPaidDays } from "./employment";
import { grossPay } from "./pay";
import type { BonusTaxation } from "../tax/annualBonus";
import { allowanceTotals, leaveDeduction, NO_LEAVE, NO_OVERTIME, overtimePay } from "../pay/attendance";

// The imported bindings a line uses, read once, not at every use (under tsx each read is two getters: ./fenLane.ts).
const monthStaff = monthStaffImport;
const contributionsWithFen = contributionsWithFenImport;
const proratedBase = proratedBaseImport;
const baseInRange = baseInRangeImport;

/**
 * Overtime, leave and allowances of the month (issue 13), on the monthly base (0 where none is given):
 *   overtime = ROUND(base × (1.5 × workday + 2 × rest day + 3 × holiday hours) ÷ (paid days per month × 8), 2)
 *   leave    = ROUND((base × unpaid days + (base − MAX(base × sick pay rate, 80% × minimum wage)) × sick days) ÷ paid days per month, 2)
 * (劳动法 第四十四条; 劳社部发〔2008〕3号; 劳部发〔1995〕309号 第59条 — src/core/pay/attendance.ts cites each).
 */
export function attendancePay(base: Dec, entry: MonthEntry | undefined, settings: Settings): AttendancePay {
  // Most people of a month have no entry: nothing to compute, and nothing new to allocate (issue 15).
  if (entry === undefined) return NO_ATTENDANCE;
  const hours = entry.overtimeHours ?? NO_OVERTIME;
  const leave = entry.leaveDays ?? NO_LEAVE;
  const noOvertime = hours.workday.isZero() && hours.restDay.isZero() && hours.holiday.isZero();
  const noLeave = leave.unpaid.isZero() && leave.sick.isZero();
  const totals = entry.allowances.length === 0 ? null : allowanceTotals(entry.allowances);
  return {
    overtimePay: noOvertime ? ZERO : overtimePay(base, hours, settings.paidDaysPerMonth),
    leaveDeduction: noLeave ? ZERO : leaveDeduction(base, leave, { rate: settings.sickPay.rate, minimumWage: settings.minimumWage.monthly }, settings.paidDaysPerMonth),
    // Rounded to the fen as the sheet's ROUND does (an amount may be typed with more decimals).
    allowances: totals === null ? ZERO : round2(totals.total),
    exemptAllowances: totals === null ? ZERO : round2(totals.exempt),
  };
}

type AttendancePay = Pick<MonthPay, "overtimePay" | "leaveDeduction" | "allowances" | "exemptAllowances">;

/** A month without an entry: no overtime, leave or allowances. */
const NO_ATTENDANCE: AttendancePay = Object.freeze({ overtimePay: ZERO, leaveDeduction: ZERO, allowances: ZERO, exemptAllowances: ZERO });

/**
 * One person's month up to gross pay and contributions; the income tax needs the year so far (yearToDate.ts).
 * Read-only once made: a payroll year keeps a month's MonthPay to copy the next months' from (./repeatPay.ts).
 */
export interface MonthPay extends Contributions {
  staffIndex: number;
  id: string;
  name: string;
  role: string;
  paidDays: Dec;
  paidBase: Dec;
  commission: Dec;
  reward: Dec;
  penalty: Dec;
  /** Issue 13: overtime pay, what leave takes off, and the allowances (taxable and exempt together). */
  overtimePay: Dec;
  leaveDeduction: Dec;
  allowances: Dec;
  /** The part of the allowances the law keeps out of taxable income: in gross (应发), not in the tax. */
  exemptAllowances: Dec;
  /**
   * Issue 13: the year-end one-off bonus (全年一次性奖金) paid this month, and how the user asked it to be taxed
   * (null: the cheaper). It is in gross (应发合计: it is paid with the month), never in the wages' own checks
   * (negative pay, the penalty's 20%), and its tax is decided with the year to date (./annualBonusPay.ts).
   */
  annualBonus: Dec;
  annualBonusTaxation: BonusTaxation | null;
  gross: Dec;
  specialAdditionalDeduction: Dec;
  /** The money figures above in whole fen (./fenLane.ts), for the pay line's sums and the year to date. */
  fen: MonthPayFen;
}

/** Each money figure of a MonthPay in whole fen: the Decimal's own value, or NaN (./fenLane.ts). */
export type MonthPayFen = { [K in Exclude<keyof MonthPay, "paidDays" | "fen"> as MonthPay[K] extends Dec ? K : never]: number };

/** Read once: under tsx (the CLI's runner) each use of an imported binding is a getter call (issue 15). */
const fenOfPart = laneFen;
const sumOfParts = fenSum;
const decimalOfFen = fromFen;
const NONE = ZERO;

/** A Staff record's config path: `staff[3]`. */
function staffAt(staffIndex: number): string {
  return `staff[${staffIndex}]`;
}

/** Params every warning about a person carries, so a message can name them. */
export function personParams(staff: Pick<Staff, "id" | "name">, month: Month): Record<string, string> {
  return { id: staff.id, name: staff.name, month };
}

/**
 * 《工资支付暂行规定》(劳部发〔1994〕489号) 第十六条: a deduction from wages for a loss the employee caused
 * "每月扣除的部分不得超过劳动者当月工资的20%" — at most 20% of the month's wages (the article as quoted at
 * https://www.lawparks.com/ask/how-much-can-labor-law-deduct). ShopSheet reads the month's wages as the
 * pay before the penalty (paid base + commission + reward) and warns above that.
 */
const PENALTY_LIMIT = new D("0.2");

/**
 * One month for one person employed in it. `entry` is the month's row for the person, if any, and
 * `entryWhere` its config path (`months[2].entries[0]`); `fullOrWorked` the paid days without an entry
 * (employment.ts); `commission` comes from the month's pool (pool.ts), since it depends on everyone in
 * the role. `errors` are what makes the month unpayable as entered (a negative gross).
 */
export function monthPay(p: {
  staff: Staff;
  staffIndex: number;
  role: Role | undefined;
  month: Month;
  entry: MonthEntry | undefined;
  entryWhere: string | null;
  fullOrWorked: DefaultPaidDays;
  commission: Dec;
  /** The commission in whole fen (laneFen), when the caller has it: one role's for the whole month. */
  commissionFen?: number;
  settings: Settings;
  /** personParams(staff, month), when the caller has it: one object a line, not one a check (issue 15). */
  who?: Record<string, string>;
  /** The city profile's period for the month (src/core/insurance/select.ts), or null: the single limits of Settings. */
  insurancePeriod?: ProfilePeriod | null;
}): { pay: MonthPay; warnings: Warning[]; errors: Warning[] } {
  const { staff, staffIndex, role, month, entry, fullOrWorked: fallback, settings } = p;
  const warnings: Warning[] = [];
  const errors: Warning[] = [];
  const who = p.who ?? personParams(staff, month);
  const at = staffAt(staffIndex);

  let paidDays: Dec;
  if (entry?.paidDays != null) {
    paidDays = entry.paidDays;
  } else {
    paidDays = fallback.paidDays;
    if (fallback.derived) {
      // Point at the date that cut the month short: the start date for a joiner, else the end date.
      const cut = fallback.span.from !== firstDay(month) ? "startDate" : "endDate";
      warnings.push({
        code: "payroll.paidDaysDerived",
        params: { ...who, paidDays: paidDays.toString(), from: fallback.span.from, to: fallback.span.to },
        where: `${at}.${cut}`,
      });
    }
  }

  if (role === undefined) {
    warnings.push({ code: "payroll.unknownRole", params: { ...who, role: staff.role }, where: `${at}.role` });
  }

  // The month's base: its entry's in a closed month (issue 15), else the person's on Staff. A message about
  // it points where it was read from.
  const monthly = monthStaff(staff, entry);
  const base = monthly.base;
  const baseAt = entry?.base != null && p.entryWhere !== null ? `${p.entryWhere}.base` : `${at}.base`;
  let paidBase = NONE;
  if (base === null) {
    warnings.push({ code: "payroll.baseMissing", params: who, where: baseAt });
  } else {
    paidBase = proratedBase(base, paidDays, settings.paidDaysPerMonth);
    if (role !== undefined && !baseInRange(base, role.baseMin, role.baseMax)) {
      warnings.push({
        code: "payroll.baseOutOfRange",
        params: {
          ...who,
          base: money(base),
          min: role.baseMin === null ? "…" : money(role.baseMin),
          max: role.baseMax === null ? "…" : money(role.baseMax),
        },
        where: baseAt,
      });
    }
  }

  const reward = entry?.reward ?? NONE;
  const penalty = entry?.penalty ?? NONE;
  const attendance = attendancePay(base ?? NONE, entry, settings);
  for (const [i, a] of (entry?.allowances ?? []).entries()) {
    if (a.taxableAssumed) warnings.push({ code: "allowance.taxableAssumed", params: { ...who, name: a.name }, where: `${p.entryWhere ?? at}.allowances[${i}].taxable` });
  }
  // Each part in whole fen once, here: the pay line and the year to date add these (./fenLane.ts).
  const noEntry = entry === undefined;
  const commissionFen = p.commissionFen ?? fenOfPart(p.commission);
  const paidBaseFen = fenOfPart(paidBase);
  const rewardFen = noEntry ? 0 : fenOfPart(reward);
  const penaltyFen = noEntry ? 0 : fenOfPart(penalty);
  const overtimeFen = noEntry ? 0 : fenOfPart(attendance.overtimePay);
  const leaveFen = noEntry ? 0 : fenOfPart(attendance.leaveDeduction);
  const allowancesFen = noEntry ? 0 : fenOfPart(attendance.allowances);
  const wagesFen = sumOfParts(paidBaseFen + commissionFen + rewardFen - penaltyFen + overtimeFen - leaveFen + allowancesFen);
  const wages = Number.isNaN(wagesFen) ? grossPay(paidBase, p.commission, reward, penalty, attendance) : decimalOfFen(wagesFen);
  const annualBonus = entry?.annualBonus ?? NONE;
  const annualBonusFen = noEntry ? 0 : fenOfPart(annualBonus);
  const grossFen = annualBonusFen === 0 ? wagesFen : sumOfParts(wagesFen + annualBonusFen);
  // The checks below are about the month's wages: a bonus neither hides a negative pay nor raises the penalty's limit.
  const gross = wages;
  // Only a penalty can make gross negative (every other part is ≥ 0), so the place is the entry's penalty.
  const penaltyAt = p.entryWhere === null ? at : `${p.entryWhere}.penalty`;
  // Without a penalty there is nothing to check (gross ≥ 0 then): skip the two decimal.js operations.
  const payBeforePenalty = penalty.isZero() ? gross : gross.plus(penalty);
  if (gross.isNegative() && (gross.plus(penalty).isNegative() || penalty.isZero())) {
    // Leave alone takes more than the month's pay (more unpaid days than the month has paid days): the place is
    // the entry's leave days, not its penalty.
    const pay = gross.plus(penalty).plus(attendance.leaveDeduction);
    errors.push({
      code: "payroll.leaveAbovePay",
      params: { ...who, gross: money(gross), leave: money(attendance.leaveDeduction), pay: money(pay) },
      where: p.entryWhere === null ? at : `${p.entryWhere}.leaveDays`,
    });
  } else if (gross.isNegative()) {
    errors.push({ code: "payroll.negativeGross", params: { ...who, gross: money(gross), penalty: money(penalty), pay: money(payBeforePenalty) }, where: penaltyAt });
  } else if (!penalty.isZero() && penalty.greaterThan(payBeforePenalty.times(PENALTY_LIMIT))) {
    warnings.push({
      code: "payroll.penaltyAboveLimit",
      params: { ...who, penalty: money(penalty), pay: money(payBeforePenalty), limit: money(payBeforePenalty.times(PENALTY_LIMIT)) },
      where: penaltyAt,
    });
  }

  const { contributions: contrib, fen: contribFen } = contributionsWithFen(monthly, role?.insured ?? false, settings.socialInsurance, settings.housingFund, p.insurancePeriod ?? null);
  return {
    pay: {
      staffIndex,
      id: staff.id,
      name: staff.name,
      role: staff.role,
      paidDays,
      paidBase,
      commission: p.commission,
      reward,
      penalty,
      // Field by field, not spread: a spread in the middle of a literal copies slowly, and every line had two (issue 15).
      overtimePay: attendance.overtimePay,
      leaveDeduction: attendance.leaveDeduction,
      allowances: attendance.allowances,
      exemptAllowances: attendance.exemptAllowances,
      annualBonus,
      annualBonusTaxation: entry?.annualBonusTaxation ?? null,
      gross: annualBonusFen === 0 ? wages : annualBonus.isZero() ? wages : wages.plus(annualBonus),
      specialAdditionalDeduction: staff.specialAdditionalDeduction,
      pension: contrib.pension,
      medical: contrib.medical,
      unemployment: contrib.unemployment,
      socialInsurance: contrib.socialInsurance,
      housingFund: contrib.housingFund,
      employerSocialInsurance: contrib.employerSocialInsurance,
      employerHousingFund: contrib.employerHousingFund,
      fen: {
        paidBase: paidBaseFen,
        commission: commissionFen,
        reward: rewardFen,
        penalty: penaltyFen,
        overtimePay: overtimeFen,
        leaveDeduction: leaveFen,
        allowances: allowancesFen,
        exemptAllowances: noEntry ? 0 : fenOfPart(attendance.exemptAllowances),
        annualBonus: annualBonusFen,
        gross: grossFen,
        specialAdditionalDeduction: fenOfPart(staff.specialAdditionalDeduction),
        pension: contribFen.pension,
        medical: contribFen.medical,
        unemployment: contribFen.unemployment,
        socialInsurance: contribFen.socialInsurance,
        housingFund: contribFen.housingFund,
        employerSocialInsurance: contribFen.employerSocialInsurance,
        employerHousingFund: contribFen.employerHousingFund,
      },
    },
    warnings,
    errors,
  };
}
