import { fenOf, fromFen, type Dec } from "../money";

/**
 * The three sums of a payslip. Their parts are already rounded to the fen, so the sums need no rounding.
 * Each is added in whole fen when every part is a whole number of fen (a few dozen nanoseconds against a
 * few hundred per decimal.js operation: issue 15), else in decimal.js; the value is the same either way.
 */

/** The month's pay items of issue 13: overtime pay, the leave deduction and the allowances. */
export interface AttendanceItems {
  overtimePay: Dec;
  leaveDeduction: Dec;
  allowances: Dec;
}

/** Gross (应发合计) = paid base + commission + reward − penalty + overtime pay − leave deduction + allowances. */
export function grossPay(paidBase: Dec, commission: Dec, reward: Dec, penalty: Dec, items?: AttendanceItems): Dec {
  const a = part(paidBase);
  const b = part(commission);
  const c = part(reward);
  const d = part(penalty);
  const e = items === undefined ? 0 : part(items.overtimePay);
  const f = items === undefined ? 0 : part(items.leaveDeduction);
  const g = items === undefined ? 0 : part(items.allowances);
  if (a === null || b === null || c === null || d === null || e === null || f === null || g === null) {
    const base = paidBase.plus(commission).plus(reward).minus(penalty);
    return items === undefined ? base : base.plus(items.overtimePay).minus(items.leaveDeduction).plus(items.allowances);
  }
  return fromFen(a + b + c - d + e - f + g);
}

/** Net = gross − employee social insurance − employee housing fund − income tax withheld. */
export function netPay(gross: Dec, socialInsurance: Dec, housingFund: Dec, iit: Dec): Dec {
  const a = part(gross);
  const b = part(socialInsurance);
  const c = part(housingFund);
  const d = part(iit);
  return a === null || b === null || c === null || d === null ? gross.minus(socialInsurance).minus(housingFund).minus(iit) : fromFen(a - b - c - d);
}

/**
 * Deductions (扣款合计) = employee social insurance + employee housing fund + income tax withheld + the
 * year-end bonus's tax + the penalty. The bonus is in 应发合计, so its tax is taken with the others; the
 * penalty is a deduction as a 工资表 lists it: net = earnings total (./pay.ts earningsTotal) − this.
 */
export function deductionTotal(socialInsurance: Dec, housingFund: Dec, iit: Dec, annualBonusTax?: Dec, penalty?: Dec): Dec {
  const a = part(socialInsurance);
  const b = part(housingFund);
  const c = part(iit);
  const d = annualBonusTax === undefined ? 0 : part(annualBonusTax);
  const e = penalty === undefined ? 0 : part(penalty);
  if (a === null || b === null || c === null || d === null || e === null) {
    const wages = socialInsurance.plus(housingFund).plus(iit);
    const withBonus = annualBonusTax === undefined ? wages : wages.plus(annualBonusTax);
    return penalty === undefined ? withBonus : withBonus.plus(penalty);
  }
  return fromFen(a + b + c + d + e);
}

/**
 * Earnings total (应发合计) = the gross with the penalty put back: the items of pay (paid base, commission,
 * reward, overtime pay, allowances, the year-end bonus, less the leave deduction), the penalty not taken off.
 */
export function earningsTotal(gross: Dec, penalty: Dec): Dec {
  const a = part(gross);
  const b = part(penalty);
  return a === null || b === null ? gross.plus(penalty) : fromFen(a + b);
}

/** Employer cost = gross + employer social insurance + employer housing fund. */
export function employerCost(gross: Dec, employerSocialInsurance: Dec, employerHousingFund: Dec): Dec {
  const a = part(gross);
  const b = part(employerSocialInsurance);
  const c = part(employerHousingFund);
  return a === null || b === null || c === null ? gross.plus(employerSocialInsurance).plus(employerHousingFund) : fromFen(a + b + c);
}

/** Seven parts of at most 2⁵⁰ fen add up exactly (below 2⁵³). */
const PART_LIMIT = 2 ** 50;

/**
 * fenOf read once: under tsx (the CLI's runner) every use of an imported function is a getter call, a third
 * of fenOf's own cost, and a pay line reads a dozen parts (issue 15).
 */
const fenOfPart = fenOf;

/** A part in whole fen, or null when it is not a whole number of fen within ±2⁵⁰. */
function part(x: Dec): number | null {
  const f = fenOfPart(x);
  return f === null || f > PART_LIMIT || f < -PART_LIMIT ? null : f;
}
