import Decimal from "decimal.js";

/**
 * Money and rates inside core are Decimals from this clone, so a caller's global Decimal settings can
 * never change how money rounds. ROUND_HALF_UP in decimal.js is half away from zero, as Excel's ROUND.
 */
export const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;

export const ZERO = new D(0);
export const ONE = new D(1);
export const FEN = new D("0.01");

/** Rounds to the fen, half away from zero (Excel's ROUND(x, 2)). */
export function round2(x: Decimal.Value): Decimal {
  return new D(x).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** The money string at the edges: two decimals, no grouping ("1234.50", "-0.01"). */
export function money(x: Decimal.Value): string {
  const r = round2(x);
  return (r.isZero() ? ZERO : r).toFixed(2);
}

export function sum(xs: readonly Decimal.Value[]): Decimal {
  return xs.reduce<Decimal>((acc, x) => acc.plus(x), ZERO);
}

export function max(a: Decimal.Value, b: Decimal.Value): Decimal {
  return Decimal.max(a, b) as Decimal;
}

export function min(a: Decimal.Value, b: Decimal.Value): Decimal {
  return Decimal.min(a, b) as Decimal;
}

/** Clamps x into [floor, ceiling]; a null bound does not bind. */
export function clamp(x: Decimal.Value, floor: Decimal.Value | null, ceiling: Decimal.Value | null): Decimal {
  let v = new D(x);
  if (floor !== null && v.lessThan(floor)) v = new D(floor);
  if (ceiling !== null && v.greaterThan(ceiling)) v = new D(ceiling);
  return v;
}

const AMOUNT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Parses a user's amount: a finite JSON number or a numeric string ("1,234.50" and "¥1234" too, as
 * people type them). Returns null for anything else, so the caller can say what and where.
 */
export function parseAmount(input: unknown): Decimal | null {
  if (typeof input === "number") return Number.isFinite(input) ? new D(String(input)) : null;
  if (typeof input !== "string") return null;
  const s = input.trim().replace(/^[¥￥]/, "").replace(/,/g, "").trim();
  if (!AMOUNT.test(s)) return null;
  return new D(s);
}
