import { ONE, min, round2, type Dec } from "../money";

/**
 * ROUND(base × MIN(1, paidDays / paidDaysPerMonth), 2). The cap keeps a month with more weekdays
 * than 21.75 (there are months with 23) from paying more than the monthly base.
 */
export function proratedBase(base: Dec, paidDays: Dec, paidDaysPerMonth: Dec): Dec {
  return round2(base.times(min(ONE, paidDays.div(paidDaysPerMonth))));
}

/** Whether a base lies within the role's range; a null bound does not bind. */
export function baseInRange(base: Dec, baseMin: Dec | null, baseMax: Dec | null): boolean {
  return (baseMin === null || base.greaterThanOrEqualTo(baseMin)) && (baseMax === null || base.lessThanOrEqualTo(baseMax));
}
