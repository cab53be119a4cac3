/**
 * Whole-number arithmetic in formulas, exact in binary floating point (Excel and LibreOffice alike),
 * for the steps where a formula must agree with core's exact decimals to the last fen: floors of
 * quotients in the Targets sheet's largest-remainder split and the payroll sheet's commissions, and
 * ceilings in the Targets sheet's orders and visitors.
 *
 * INT is not an exact floor: LibreOffice (and Excel in its way) first snaps a value to 15 significant
 * digits, so INT(999999999.9999999) is 1000000000 (checked in LibreOffice 7.4). For integers
 * 0 ≤ num < 2⁵³ and den > 0 the quotient num/den is correctly rounded, so INT is off by at most one,
 * upwards; the floor is therefore corrected: q = INT(num/den), minus 1 when num − den × q < 0.
 */

/** ⌊num ÷ den⌋ for integer expressions 0 ≤ num < 2⁵³, den > 0. */
export function exactFloor(num: string, den: string): string {
  const q = `INT((${num})/(${den}))`;
  return `${q}-((${num})-(${den})*${q}<0)`;
}

/**
 * ⌈num ÷ den⌉ for integer expressions 0 ≤ num, num + den < 2⁵³, den > 0: ⌊(num + den − 1) ÷ den⌋.
 * Not ROUNDUP(num/den,0): LibreOffice 7.4's ROUNDUP snaps harder than INT — ROUNDUP(72721984000000/700,0)
 * is 103888548571 there, though the quotient is 103888548571.43 (found by the Targets oracle, seed 849042).
 */
export function exactCeil(num: string, den: string): string {
  return exactFloor(`(${num})+(${den})-1`, den);
}
