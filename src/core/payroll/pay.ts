import type { Dec } from "../money";

/** The three sums of a payslip. Their parts are already rounded to the fen, so the sums need no rounding. */

/** Gross = paid base + commission + reward − penalty. */
export function grossPay(paidBase: Dec, commission: Dec, reward: Dec, penalty: Dec): Dec {
  return paidBase.plus(commission).plus(reward).minus(penalty);
}

/** Net = gross − employee social insurance − employee housing fund − income tax withheld. */
export function netPay(gross: Dec, socialInsurance: Dec, housingFund: Dec, iit: Dec): Dec {
  return gross.minus(socialInsurance).minus(housingFund).minus(iit);
}

/** Employer cost = gross + employer social insurance + employer housing fund. */
export function employerCost(gross: Dec, employerSocialInsurance: Dec, employerHousingFund: Dec): Dec {
  return gross.plus(employerSocialInsurance).plus(employerHousingFund);
}
