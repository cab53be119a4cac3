import { D, type Dec } from "../money";
import { Exact, type ExactDec } from "./exact";

/**
 * Splits `total` into fen amounts in proportion to `weights`, adding up to the total exactly — the
 * largest-remainder (Hamilton) method:
 *
 *   1. each part's exact share is total × w / Σw; floor it to the fen;
 *   2. the fens still missing (fewer than there are parts) go one each to the parts with the largest
 *      remainders; equal remainders go to the lower index, i.e. the earlier date.
 *
 * Why not ROUND(share, 2) per part: 30 days of 1000.00 ÷ 30 round to 999.90, and the month must add up.
 * Each part stays within one fen of its exact share, a heavier weight never gets less than a lighter one,
 * and a zero weight gets exactly 0.
 *
 * Edges, so that no input can make it throw: the total is first rounded to the fen (half away from zero),
 * and one that is not a finite number splits as 0; a negative total is split as its absolute value and
 * negated; weights below zero or not finite count as 0; if no weight is positive the split is even; with
 * no weights there is nothing to split into: [].
 */
export function largestRemainder(total: Dec, weights: readonly Dec[]): Dec[] {
  if (weights.length === 0) return [];
  const signed = total.isFinite() ? new Exact(total).toDecimalPlaces(2) : new Exact(0);
  const fens = splitFens(signed.abs().times(100), weights.map(usable));
  return fens.map((f) => {
    const yuan = new D(f.dividedBy(100));
    return signed.isNegative() && !yuan.isZero() ? yuan.negated() : yuan;
  });
}

function usable(w: Dec): ExactDec {
  return w.isFinite() && w.greaterThan(0) ? new Exact(w) : new Exact(0);
}

/** One part of a largest-remainder split, in whole fen: the floor of its exact share, what is left
 *  over (a numerator over Σ weights), and the extra fen it gets (0 or 1). */
export interface FenShare {
  floor: ExactDec;
  remainder: ExactDec;
  extra: 0 | 1;
}

/**
 * The steps of splitting `fens` (a non-negative integer) by `weights` (≥ 0): the parts are floor + extra.
 * With no positive weight every weight counts as 1 (an even split).
 */
export function fenShares(fens: ExactDec, weights: readonly ExactDec[]): FenShare[] {
  const w = weights.every((x) => x.isZero()) ? weights.map(() => new Exact(1)) : weights;
  const sumW = w.reduce((acc, x) => acc.plus(x), new Exact(0));

  // share = fens × w / Σw = floor + remainder / Σw. Every remainder has the same denominator Σw, so the
  // numerators compare exactly, with no division that could round.
  const shares = w.map((x, index) => {
    const numerator = fens.times(x);
    const floor = numerator.dividedToIntegerBy(sumW);
    return { index, floor, remainder: numerator.minus(floor.times(sumW)) };
  });
  const floored = shares.reduce((acc, s) => acc.plus(s.floor), new Exact(0));
  const missing = fens.minus(floored).toNumber();

  const lucky = new Set(
    shares
      .slice()
      .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index)
      .slice(0, missing)
      .map((s) => s.index),
  );
  return shares.map((s) => ({ floor: s.floor, remainder: s.remainder, extra: lucky.has(s.index) ? 1 : 0 }));
}

/** Whole fens for each weight; `fens` is a non-negative integer and the weights are ≥ 0. */
function splitFens(fens: ExactDec, weights: readonly ExactDec[]): ExactDec[] {
  return fenShares(fens, weights).map((s) => s.floor.plus(s.extra));
}
