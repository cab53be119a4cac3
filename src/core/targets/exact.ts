import { D, type Dec } from "../money";

/**
 * A Decimal clone for integer-exact steps (fen counts times weights, remainders, ceilings). Products of a
 * few user decimals and a fen count fit easily in 40 digits, but the largest-remainder method ranks days
 * by comparing remainders, and a remainder rounded away would let rounding noise, not the date, break a
 * tie. With this much headroom nothing is ever rounded; it costs nothing, because decimal.js works on the
 * digits a number has, not on the precision it may have.
 */
export const Exact = D.clone({ precision: 1000 });
export type ExactDec = InstanceType<typeof Exact>;

/** ⌈a ÷ b⌉ for b > 0, exactly (no division to a finite number of digits on the way). */
export function ceilDiv(a: Dec, b: Dec): Dec {
  const x = new Exact(a);
  const y = new Exact(b);
  const q = x.dividedToIntegerBy(y); // truncated toward zero
  return new D(q.times(y).lessThan(x) ? q.plus(1) : q);
}
