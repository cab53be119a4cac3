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
  // A whole number of fen needs no rounding: written from the integer (issue 15: a warning's figures, thousands a payroll).
  const fen = typeof x === "object" ? fenOf(x) : null;
  if (fen !== null) return fenText(fen);
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

// ---------------------------------------------------------------- whole fen

/**
 * Money as a whole number of fen in a JS number, for the engine's hot loops (issue 15): integers up
 * to Number.MAX_SAFE_INTEGER (9 × 10¹⁵ fen, far above the 10¹³ yuan a workbook can hold — see
 * MAX_AMOUNT) add, subtract and multiply exactly, and every helper below checks that a result stays
 * in that range, returning null otherwise so the caller computes in decimal.js instead. These are
 * never binary fractions: a yuan amount with a fraction of a fen has no fen value (null).
 */

const POW10 = Array.from({ length: 16 }, (_, i) => 10 ** i);

/**
 * The largest whole-fen magnitude the hot loops take as an input (2⁴⁹ fen, about 5.6 × 10¹² yuan):
 * sums of up to fifteen such values stay safe integers (below 2⁵³), so additions need no check of their own.
 */
export const FEN_LIMIT = 2 ** 49;

/** The number of decimal digits of a whole number from 1 to 9,999,999 (a decimal.js word). */
function wordDigits(w: number): number {
  return w < 10 ? 1 : w < 100 ? 2 : w < 1000 ? 3 : w < 10000 ? 4 : w < 100000 ? 5 : w < 1000000 ? 6 : 7;
}

/**
 * x in whole fen, or null when x is not a whole number of fen or lies outside the safe integers.
 * Reads decimal.js's documented read-only fields (node_modules/decimal.js/decimal.d.ts: d, e, s): the
 * digits in base-10⁷ words — the first word without leading zeros, every later word standing for
 * exactly seven digits — and the decimal exponent of the first digit, so that value = 0.(digits) ×
 * 10^(e+1) and fen = (digits as a whole number) × 10^(e + 3 − number of digits). The last word's
 * trailing zeros are dropped first, so that 900719925.48 (digits 90|0719925|4800000) stays in range.
 * It costs a few dozen nanoseconds where x.times(100).toNumber() costs a few hundred.
 */
export function fenOf(x: Decimal): number | null {
  const fen = fenOfDigits(x);
  return fen === null ? null : smallInteger(fen);
}

/**
 * n itself, as a small integer (a "Smi", held in the pointer) wherever it is a 32-bit integer. Not a change of
 * value: a change of how V8 holds it. Products with POW10 (an array of doubles: 10¹⁰ and above are not Smis)
 * come out of the interpreter as heap numbers even when whole, and one heap number stored into an object's
 * field makes V8 hold that field as a double for every object of its shape, each value a heap number of its
 * own (16 bytes): the pay line's fen figures were eleven of them a pay, the withholding's eight a line
 * (issue 15, 2026-12-07). -0 becomes 0 (none of the callers makes one).
 */
function smallInteger(n: number): number {
  return (n | 0) === n ? n | 0 : n;
}

function fenOfDigits(x: Decimal): number | null {
  if (x === ZERO) return 0; // the engine's most common figure (no reward, no penalty, no deduction)
  const d = x.d;
  if (!d || d.length === 0) return null; // NaN, ±Infinity
  const first = d[0]!;
  if (first === 0) return d.length === 1 ? 0 : null;
  if (d.length <= 2) {
    const fen = shortFen(first, d.length === 2 ? d[1]! : 0, x.e);
    if (fen !== undefined) return fen === null ? null : x.s * fen;
  }
  const lastIndex = d.length - 1;
  let digits = 0;
  let count = 0;
  for (let i = 0; i <= lastIndex; i++) {
    let word = d[i]!;
    let width = i === 0 ? wordDigits(word) : 7;
    if (i === lastIndex) {
      while (word % 10 === 0) {
        word /= 10;
        width--;
      }
    }
    digits = digits * POW10[width]! + word;
    count += width;
    if (!Number.isSafeInteger(digits)) return null;
  }
  const k = x.e + 3 - count;
  if (k >= 0) {
    if (k >= POW10.length) return null;
    const fen = digits * POW10[k]!;
    return Number.isSafeInteger(fen) ? x.s * fen : null;
  }
  if (-k >= POW10.length) return null;
  const p = POW10[-k]!;
  return digits % p === 0 ? x.s * (digits / p) : null;
}

/**
 * fenOf's common case without its loop (issue 15: most of a payroll's figures are one or two words, from
 * 0.01 to 10⁷ yuan): the first word is worth first × 10^k fen, the second word × 10^(k − 7). Undefined
 * when the figure is outside that case (below 0.01 yuan or beyond 10¹⁵ fen): fenOf's loop decides then.
 */
function shortFen(first: number, second: number, e: number): number | null | undefined {
  const k = e + 3 - wordDigits(first);
  if (k < 0 || k >= POW10.length) return undefined;
  const high = first * POW10[k]!;
  let low = 0;
  if (second !== 0) {
    const k2 = k - 7;
    if (k2 >= 0) low = second * POW10[k2]!;
    else {
      const p = POW10[-k2]!;
      if (second % p !== 0) return null; // a digit below the fen
      low = second / p;
    }
  }
  const fen = high + low;
  return Number.isSafeInteger(high) && Number.isSafeInteger(fen) ? fen : undefined;
}

/**
 * x as the double nearest to it, as x.toNumber() gives it. A whole number of fen takes a shortcut:
 * fen ÷ 100 is correctly rounded, so it is the double nearest to the exact quotient — x itself — the
 * same double toNumber's decimal string parses to, at a tenth of the cost (the workbook converts a
 * million figures at 1,000 staff, issue 15).
 */
export function toDouble(x: Decimal): number {
  const fen = fenOf(x);
  if (fen === null) return x.toNumber();
  return fen === 0 ? x.s * 0 : fen / 100; // −0 stays −0, as toNumber keeps it
}

/** Decimals of recent fen values: the same pay and contributions recur month after month. */
const fenDecimals = new Map<number, Decimal>();
const FEN_CACHE_SIZE = 4096;

/** The Decimal of a whole number of fen (a safe integer), e.g. 123456 → 1234.56. */
export function fromFen(fen: number): Decimal {
  if (!Number.isSafeInteger(fen)) throw new Error(`fromFen: not a safe whole number of fen: ${fen}`);
  if (fen === 0) return ZERO;
  let dec = fenDecimals.get(fen);
  if (dec === undefined) {
    dec = new D(fenText(fen));
    if (fenDecimals.size >= FEN_CACHE_SIZE) fenDecimals.clear();
    fenDecimals.set(fen, dec);
  }
  return dec;
}

/** A safe whole number of fen as money's text: "1234.56", "-0.05", "0.00" (never "-0.00"). */
function fenText(fen: number): string {
  const abs = fen < 0 ? -fen : fen;
  const cents = abs % 100;
  return `${fen < 0 ? "-" : ""}${(abs - cents) / 100}.${cents < 10 ? "0" : ""}${cents}`;
}

/**
 * ROUND(n ÷ 10^k, 0), half away from zero, for a safe integer n: the fen of an amount kept in units of
 * 10^-k fen (a rate's decimals). Exact: the quotient and remainder are corrected with whole-number
 * arithmetic, never trusted from a floating division.
 */
export function roundPow10(n: number, k: number): number {
  if (!Number.isSafeInteger(n) || Math.abs(n) > FEN_LIMIT || !(k >= 0 && k < POW10.length)) throw new Error(`roundPow10: ${n} ÷ 10^${k} is outside whole-fen arithmetic`);
  if (k === 0) return n;
  const p = POW10[k]!;
  const abs = n < 0 ? -n : n;
  let q = Math.trunc(abs / p);
  let r = abs - q * p;
  if (r < 0) {
    q -= 1;
    r += p;
  } else if (r >= p) {
    q += 1;
    r -= p;
  }
  const rounded = 2 * r >= p ? q + 1 : q;
  return smallInteger(n < 0 && rounded !== 0 ? -rounded : rounded);
}

/**
 * A rate as a whole number over a power of ten (0.08 → 8 / 10²), or null when it has more than
 * `maxDecimals` decimals or its numerator is not a safe integer.
 */
export function scaledRate(rate: Decimal, maxDecimals = 8): { units: number; decimals: number } | null {
  const decimals = rate.decimalPlaces();
  if (decimals > maxDecimals) return null;
  const units = rate.times(POW10[decimals]!).toNumber();
  return Number.isSafeInteger(units) ? { units, decimals } : null;
}
