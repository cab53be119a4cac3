import { D, type Dec } from "../../../src/core/money";
import type { SalesEvent, TargetSettings } from "../../../src/core/types";

export const d = (x: string | number): Dec => new D(x);

/** Flat weekdays, no events, holidays as ordinary days, no funnel: the plainest spread. */
export function flatSettings(overrides: Partial<TargetSettings> = {}): TargetSettings {
  return {
    aov: null,
    cvr: null,
    weekdayWeights: ["1", "1", "1", "1", "1", "1", "1"].map(d),
    events: [],
    holidayFactor: d(1),
    ...overrides,
  };
}

export function event(date: string, factor: string, name = date): SalesEvent {
  return { date, factor: d(factor), name };
}

/** Amounts as fixed two-decimal strings, so a failure shows the money as a person reads it. */
export const fen = (xs: readonly Dec[]): string[] => xs.map((x) => x.toFixed(2));

/** `n` copies of `x`. */
export const times = <T>(n: number, x: T): T[] => Array.from({ length: n }, () => x);
