import { isIsoDate, type IsoDate, type Month } from "../core/calendar";
import { D, parseAmount, type Dec } from "../core/money";
import { isEventDate } from "../core/targets/events";
import { serialToIso } from "../core/serialDate";

/**
 * What Excel hands a custom function, read as the engine's inputs. Excel passes numbers as binary
 * doubles, text as strings, TRUE/FALSE as booleans, dates as serial numbers, an omitted optional
 * argument as null, and a range as rows of such cells. Each reader returns null for what it cannot
 * read, so the caller says what and where.
 */

/** An omitted argument or an empty cell ("" or spaces). */
export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** A range argument: rows of cells. A single value passed where a range belongs is a 1×1 range. */
export function asRows(v: unknown): unknown[][] {
  if (!Array.isArray(v)) return [[v]];
  return v.map((row) => (Array.isArray(row) ? row : [row]));
}

export function isBlankRange(v: unknown): boolean {
  return isBlank(v) || asRows(v).every((row) => row.every(isBlank));
}

/** The value as the user sees it, for a message. */
export function shown(v: unknown): string {
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return v.trim();
  if (typeof v === "number") return String(v);
  return v === null || v === undefined ? "" : JSON.stringify(v) ?? String(v);
}

/** Full-width digits and signs (１２３，％) as people type them with a Chinese input method. */
function narrow(s: string): string {
  return s.normalize("NFKC").trim();
}

/**
 * A number or numeric text ("1,234.50", "¥1234", "１２３") as a Decimal. A number is taken at Excel's
 * precision, 15 significant digits, so a cell showing 1.005 rounds as 1.005 does (ROUND(1.005, 2) =
 * 1.01 in Excel), not as the binary double just below it.
 */
export function decimalOf(v: unknown): Dec | null {
  if (typeof v === "number") return Number.isFinite(v) ? new D(v.toPrecision(15)) : null;
  if (typeof v === "string") return parseAmount(narrow(v));
  return null;
}

/** 10^0 … 10^11: exact doubles. */
const POW10 = Array.from({ length: 12 }, (_, i) => 10 ** i);

/**
 * decimalOf(v) in whole fen for a number, without making a Decimal (a few nanoseconds against a
 * microsecond: issue 15), or null where that is not certain — the caller then takes decimalOf.
 *
 * decimalOf takes v to 15 significant digits. For 1 ≤ |v| < 10¹¹ with 10^e ≤ |v| < 10^(e+1), the 15th
 * digit is worth u = 10^(e−14) ≤ 10⁻⁴ yuan, a hundredth of a fen or less. Let f = ROUND(v × 100).
 * - If the 15-digit value is a whole number of fen g, then |v − g/100| ≤ u/2, so |100v − g| ≤ 0.005
 *   and f = g.
 * - If it is not, it and f/100 are different multiples of u, so |v − f/100| ≥ u − u/2 = u/2.
 * So |100v − f| < 100u/2 tells the two apart. Computing 100v errs by at most half an ulp, below
 * 2⁻⁵² × 10^(e+3) = 0.222 × 100u, so the test accepts only under 0.25 × 100u: the second case is then
 * always refused (its computed distance is at least 0.278 × 100u), and what is accepted is the first.
 * The double nearest a whole-fen amount is almost always accepted; what is not falls back to decimalOf.
 */
export function fenOfNumber(v: number): number | null {
  if (v === 0) return 0;
  const a = v < 0 ? -v : v;
  if (!(a >= 1 && a < POW10[11]!)) return null;
  let e = 0;
  while (a >= POW10[e + 1]!) e++;
  const hundredU = POW10[e]! / 1e12; // 100 × 10^(e−14), within a rounding of exact: only a threshold
  const scaled = v * 100;
  const f = Math.round(scaled);
  return Math.abs(scaled - f) < 0.25 * hundredU ? f : null;
}

/** A rate: a number (a cell formatted 40% holds 0.4), or text "0.4" or "40%". */
export function rateOf(v: unknown): Dec | null {
  if (typeof v === "string") {
    const s = narrow(v);
    if (s.endsWith("%")) {
      const d = parseAmount(s.slice(0, -1));
      return d === null ? null : d.dividedBy(100);
    }
    return parseAmount(s);
  }
  return decimalOf(v);
}

/** A role key: text, or a number typed as an id. */
export function textOf(v: unknown): string | null {
  if (typeof v === "string") return v.trim() === "" ? null : v.trim();
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return null;
}

const pad2 = (s: string) => s.padStart(2, "0");
const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const MONTH_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/;
const MONTH_DAY_TEXT = /^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/** A date cell (serial) or date text ("2026-11-11", "2026/11/11", "2026年11月11日"). */
export function isoDateOf(v: unknown): IsoDate | null {
  if (typeof v === "number") return serialToIso(v);
  if (typeof v !== "string") return null;
  const m = DATE_TEXT.exec(narrow(v));
  if (!m) return null;
  const iso = `${m[1]}-${pad2(m[2]!)}-${pad2(m[3]!)}`;
  return isIsoDate(iso) ? iso : null;
}

/** A month: text "2026-11" / "2026/11" / "2026年11月", or any date in it (a date cell or date text). */
export function monthOf(v: unknown): Month | null {
  if (typeof v === "string") {
    const m = MONTH_TEXT.exec(narrow(v));
    if (m) {
      const month = Number(m[2]);
      return month >= 1 && month <= 12 ? `${m[1]}-${pad2(m[2]!)}` : null;
    }
  }
  return isoDateOf(v)?.slice(0, 7) ?? null;
}

/** A sales event's date: "MM-DD" recurs every year; a full date (or a date cell) is that day only. */
export function eventDateOf(v: unknown): string | null {
  if (typeof v === "string") {
    const m = MONTH_DAY_TEXT.exec(narrow(v));
    if (m) {
      const md = `${pad2(m[1]!)}-${pad2(m[2]!)}`;
      return isEventDate(md) ? md : null;
    }
  }
  return isoDateOf(v);
}
