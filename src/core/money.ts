import Decimal from "decimal.js";
import type { MessageCode } from "../data/messages";

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

/**
 * Whole-number arithmetic on decimals with nothing ever rounded: decimal.js works on the digits a
 * number has, so 1000 digits of headroom cost nothing, and products of money, days and rates (a few
 * dozen digits) are exact.
 */
const Whole = D.clone({ precision: 1000 });

/**
 * ROUND(a × b ÷ c, 2), half away from zero, computed as an exact fraction: multiply first, then divide
 * with a remainder, then round. Dividing first to a finite number of digits can land just below an
 * exact half fen (1800.03 × 0.375 ÷ 21.75 = 31.035 became 31.03). c must not be 0.
 */
export function mulDivRound(a: Decimal.Value, b: Decimal.Value, c: Decimal.Value): Decimal {
  const num = new Whole(a).times(b).times(100);
  const den = new Whole(c);
  const q = num.abs().dividedToIntegerBy(den.abs()); // truncated: exact, no digits are cut
  const twiceRemainder = num.abs().minus(q.times(den.abs())).times(2);
  const fen = twiceRemainder.greaterThanOrEqualTo(den.abs()) ? q.plus(1) : q;
  const negative = num.isNegative() !== den.isNegative() && !fen.isZero();
  return new D((negative ? fen.negated() : fen).dividedBy(100));
}

/**
 * ⌊a × b ÷ c⌋ to the fen for a, b ≥ 0 and c > 0, exactly: the fen below the exact quotient, never
 * above it, so parts of a whole rounded this way never add up to more than the whole.
 */
export function mulDivFloor(a: Decimal.Value, b: Decimal.Value, c: Decimal.Value): Decimal {
  const fen = new Whole(a).times(b).times(100).dividedToIntegerBy(c);
  return new D(fen.dividedBy(100));
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

/**
 * The one grammar of an amount typed as text, after NFKC (so full-width digits, commas, points, signs
 * and ￥ typed with a Chinese input method read as their ASCII forms): an optional sign, an optional
 * ¥ (either order), then digits — plain ("12345.50") or grouped by thousands with commas exactly
 * every three digits ("12,345.50") — or a plain number in JSON's exponent notation ("1.5e3").
 * "12,34.5", "1,2,3", ",,,5", "8000," and "8000." are refused: a misplaced comma is a typo, and
 * guessing which number was meant is how a salary goes wrong.
 */
const AMOUNT = /^([+-])?\s*(?:¥\s*([+-])?\s*)?((?:[1-9]\d{0,2}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)$/;
const EXPONENT = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)[eE][+-]?\d+$/;

/**
 * Parses a user's amount: a finite JSON number, or text in the grammar above. Returns null for
 * anything else, so the caller can say what and where. Bounds (MAX_AMOUNT, 15 significant digits)
 * are the caller's: see amountLimitProblem.
 */
export function parseAmount(input: unknown): Decimal | null {
  if (typeof input === "number") return Number.isFinite(input) ? new D(String(input)) : null;
  if (typeof input !== "string") return null;
  const s = input.normalize("NFKC").trim();
  if (EXPONENT.test(s)) return new D(s);
  const m = AMOUNT.exec(s);
  if (!m) return null;
  const [, before, after, digits] = m;
  if (before !== undefined && after !== undefined) return null; // "-¥-5"
  return new D(`${before ?? after ?? ""}${digits!.replace(/,/g, "")}`);
}

/**
 * The largest amount of money ShopSheet takes, in yuan (一亿). Excel holds numbers to 15 significant
 * digits; with every amount at most 10⁸ yuan (10¹⁰ fen, 11 digits), a month's gross (a few amounts),
 * a tax year of it (12 months plus the opening balance) and a month's total over 10,000 people all
 * stay below 10¹³ yuan, 15 digits with the fen — so the workbook's figures stay exact to the fen.
 */
export const MAX_AMOUNT = new D("100000000");

/** Excel keeps 15 significant digits of a number; a decimal typed with more changes when stored. */
export const MAX_SIGNIFICANT_DIGITS = 15;

/**
 * What is wrong with a parsed number as a value for the workbook, or null. `raw` is what the user
 * gave: a JS number is already the double Excel will hold, so only text can carry more digits than a
 * cell keeps. `money` adds the MAX_AMOUNT bound.
 */
export function amountLimitProblem(d: Decimal, raw: unknown, money: boolean): { code: MessageCode; params: Record<string, string> } | null {
  if (money && d.abs().greaterThan(MAX_AMOUNT)) return { code: "value.tooLarge", params: { max: "100,000,000" } };
  if (typeof raw === "string" && d.sd() > MAX_SIGNIFICANT_DIGITS)
    return { code: "value.tooPrecise", params: { digits: String(d.sd()), max: String(MAX_SIGNIFICANT_DIGITS) } };
  return null;
}
