import { D, type Dec } from "../money";
import { Exact, type ExactDec } from "./exact";
import { fenShares } from "./largestRemainder";
import type { TargetPlan } from "./types";
import { WEIGHT_DECIMALS } from "./weights";

/**
 * The split of a month in whole numbers, step by step, as the Targets sheet's helper columns show it:
 * the target in fen (T), each day's weight in units of 10⁻⁴ (U), the floor of T × U ÷ ΣU, its remainder
 * and the extra fen of the largest-remainder method — the same fenShares that spreadTarget's
 * largestRemainder runs, on weights scaled by 10⁴, so the floors and the order of the remainders are
 * the plan's. Then the same for what is left once actuals are in, over the days without one.
 */
export interface SplitStep {
  units: Dec;
  floor: Dec;
  remainder: Dec;
  extra: 0 | 1;
}

export interface DaySteps extends SplitStep {
  /** The re-spread of what is left; null on a day with an actual (it is out of the re-spread). */
  respread: SplitStep | null;
}

export interface SplitSteps {
  /** The month's target in fen. */
  targetFen: Dec;
  /** Σ actuals (each already rounded to the fen) in fen. */
  actualFen: Dec;
  /** MAX(0, target − actuals) in fen: what is re-spread. */
  remainingFen: Dec;
  days: DaySteps[];
}

const SCALE = new Exact(10).pow(WEIGHT_DECIMALS);

/** Units of the given weights; with no positive weight every day counts 1, as the even split does. */
function unitsOf(weights: readonly ExactDec[]): ExactDec[] {
  return weights.every((w) => w.isZero()) ? weights.map(() => new Exact(1)) : [...weights];
}

function steps(fens: ExactDec, units: readonly ExactDec[]): SplitStep[] {
  return fenShares(fens, units).map((s, i) => ({ units: new D(units[i]!), floor: new D(s.floor), remainder: new D(s.remainder), extra: s.extra }));
}

export function splitSteps(plan: TargetPlan): SplitSteps {
  const units = unitsOf(plan.days.map((d) => new Exact(d.weight).times(SCALE)));
  const targetFen = new Exact(plan.target).times(100);
  const actualFen = plan.days.reduce((acc, d) => acc.plus(d.actual === null ? 0 : new Exact(d.actual).times(100)), new Exact(0));
  const remainingFen = Exact.max(0, targetFen.minus(actualFen));

  const split = steps(targetFen, units);
  const openIndex = plan.days.flatMap((d, i) => (d.actual === null ? [i] : []));
  const respread = steps(remainingFen, unitsOf(openIndex.map((i) => units[i]!)));
  const byDay = new Map(openIndex.map((dayIndex, k) => [dayIndex, respread[k]!]));

  return {
    targetFen: new D(targetFen),
    actualFen: new D(actualFen),
    remainingFen: new D(remainingFen),
    days: split.map((s, i) => ({ ...s, respread: byDay.get(i) ?? null })),
  };
}
