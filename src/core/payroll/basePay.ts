import { fenOf, mulDivRound, round2, type Dec } from "../money";

/**
 * ROUND(base × MIN(1, paidDays / paidDaysPerMonth), 2). The cap keeps a month with more weekdays
 * than 21.75 (there are months with 23) from paying more than the monthly base.
 *
 * Below the cap the amount is the exact fraction base × paidDays ÷ paidDaysPerMonth, rounded once:
 * paid days ÷ 21.75 is not a finite decimal, and cutting it to any number of digits before the
 * multiplication can turn an exact half fen into a fen less (base 1800.03, 0.375 days: 31.035 → 31.04).
 */
export function proratedBase(base: Dec, paidDays: Dec, paidDaysPerMonth: Dec): Dec {
  // A base in whole fen is its own rounding: keep the Decimal rather than make an equal one.
  // A full month is most often the setting itself (employment.ts): the same Decimal needs no comparing.
  // fenOf answers "at most two decimals" for most bases at a tenth of decimalPlaces' cost (issue 15).
  if (paidDays === paidDaysPerMonth || paidDays.greaterThanOrEqualTo(paidDaysPerMonth)) return fenOfBase(base) !== null || base.decimalPlaces() <= 2 ? base : round2(base);
  return mulDivRound(base, paidDays, paidDaysPerMonth);
}

/** Read once (an imported binding is a getter call per use under tsx: issue 15). */
const fenOfBase = fenOf;

/** Whether a base lies within the role's range; a null bound does not bind. */
export function baseInRange(base: Dec, baseMin: Dec | null, baseMax: Dec | null): boolean {
  // In whole fen when all three are (each month of each person asks: issue 15), else in decimal.js.
  const b = fenOfBase(base);
  const lo = baseMin === null ? -Infinity : fenOfBase(baseMin);
  const hi = baseMax === null ? Infinity : fenOfBase(baseMax);
  if (b !== null && lo !== null && hi !== null) return b >= lo && b <= hi;
  return (baseMin === null || base.greaterThanOrEqualTo(baseMin)) && (baseMax === null || base.lessThanOrEqualTo(baseMax));
}
