import type { IsoDate, Month } from "../core/calendar";
import { defaultEngineSettings } from "../core/defaults";
import type { Dec } from "../core/money";
import { spreadTarget, type DayPlan, type TargetPlan } from "../core/targets";
import type { SalesEvent } from "../core/types";
import { BoundedCache } from "./cache";

export const DEFAULT_TARGETS = defaultEngineSettings().targets;

export interface CachedSpread {
  plan: TargetPlan;
  byDate: Map<IsoDate, DayPlan>;
}

const spreads = new BoundedCache<CachedSpread>(64);

/**
 * The month's spread (core's spreadTarget: largest remainder over the day weights), computed once per
 * (target, month, weights, events): the 30 SHOP.DAILYTARGET cells of a month share one spread, so each
 * day is exactly its share of the whole and the days add up to the month.
 */
export function cachedSpread(target: Dec, month: Month, weekdayWeights: readonly Dec[], events: readonly SalesEvent[]): CachedSpread {
  const key = [target.toString(), month, weekdayWeights.join(","), events.map((e) => `${e.date}=${e.factor.toString()}`).join(";")].join("|");
  return spreads.getOrMake(key, () => {
    const plan = spreadTarget({ month, target, settings: { ...DEFAULT_TARGETS, weekdayWeights: [...weekdayWeights], events: [...events] } });
    return { plan, byDate: new Map(plan.days.map((d) => [d.date, d])) };
  });
}

export function clearSpreadCache(): void {
  spreads.clear();
}

/** How many spreads are cached (tests check that 30 days of one month compute it once). */
export function spreadCacheSize(): number {
  return spreads.size;
}
