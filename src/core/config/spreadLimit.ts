import { D, ONE, type Dec } from "../money";
import type { TargetSettings } from "../types";
import type { MessageCode } from "../../data/messages";

/**
 * The Targets sheet splits the target with whole numbers: the target in fen times a day's weight in
 * units of 10⁻⁴ (src/workbook/sheets/targetsFormulas.ts). Those products are exact only below 2⁵³,
 * the largest whole number a double (an Excel cell) holds exactly. Past it the sheet's split drifts
 * from core's — a target of 10⁴⁵ would even "work", wrongly — so such a target is refused.
 */
const EXACT = new D(2).pow(53);

/** The largest weight a day can get: weekday weight × the events on one date × the holiday factor. */
export function largestDayWeight(t: TargetSettings): Dec {
  const weekday = t.weekdayWeights.reduce((m, w) => D.max(m, w), new D(0));
  // Core multiplies every event on a day: one recurring (MM-DD) and one dated (YYYY-MM-DD) at most,
  // as a date may appear once. Factors below 1 never raise the largest weight.
  const byDay = new Map<string, { recurring: Dec; dated: Dec }>();
  for (const e of t.events) {
    const day = e.date.slice(-5);
    const f = D.max(ONE, e.factor);
    const at = byDay.get(day) ?? { recurring: ONE, dated: ONE };
    if (e.date.length === 5) at.recurring = D.max(at.recurring, f);
    else at.dated = D.max(at.dated, f);
    byDay.set(day, at);
  }
  const event = [...byDay.values()].reduce((m, x) => D.max(m, x.recurring.times(x.dated)), ONE);
  return weekday.times(event).times(D.max(ONE, t.holidayFactor));
}

/** A message code and params if `target` cannot be split exactly to the fen in the workbook; else null. */
export function spreadLimitProblem(target: Dec, t: TargetSettings): { code: MessageCode; params: Record<string, string> } | null {
  const weight = largestDayWeight(t);
  const units = weight.times(10000).toDecimalPlaces(0, D.ROUND_UP);
  const fen = target.times(100).toDecimalPlaces(0, D.ROUND_HALF_UP);
  if (fen.times(units).greaterThanOrEqualTo(EXACT)) {
    const most = EXACT.dividedBy(units.times(100)).toDecimalPlaces(0, D.ROUND_DOWN);
    return { code: "config.spreadTooLarge", params: { target: target.toFixed(2), weight: weight.toString(), max: most.toString() } };
  }
  if (t.aov !== null && t.aov.greaterThan(0) && t.cvr !== null) {
    // Visitors = ⌈orders × 10⁶ ÷ (rate × 10⁶)⌉: orders × 10⁶ must stay below 2⁵³ too.
    const orders = target.dividedBy(t.aov).toDecimalPlaces(0, D.ROUND_UP);
    if (orders.times(1_000_000).greaterThanOrEqualTo(EXACT))
      return { code: "config.ordersTooMany", params: { target: target.toFixed(2), aov: t.aov.toString(), orders: orders.toString() } };
  }
  return null;
}
