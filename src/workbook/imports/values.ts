import { D, round2, type Dec } from "../../core/money";
import { cellText } from "./grid";

/**
 * Numbers as the Business Advisor exports write them: text with thousands separators ("6,069",
 * "12,186.70"), percentages ("89.45%"), "-" where there is nothing to count, and — once the file has
 * passed through Excel — plain numbers. Each parser returns null for what it cannot read, so the caller
 * reports the cell; it never turns bad input into 0.
 */

/** What the exports write for "none": a dash in any of its widths, or an empty cell. Additive columns
 *  (money, counts) read it as 0 — nothing sold, nobody came. */
const NONE = new Set(["", "-", "--", "—", "–"]);

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Thousands separators only where they group by three: "1,234.56" yes; "1,2" and a decimal comma
 *  ("1234,56", as some European settings write it) no — stripping them would read 123456. */
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

function numberText(v: unknown): string | null {
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : null;
  if (typeof v !== "string") return v === null || v === undefined ? "" : null;
  const s = cellText(v).replace(/^[¥$]\s*/, "");
  if (s.includes(",") && !GROUPED.test(s)) return null;
  return s.replace(/,/g, "");
}

export function isNone(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && NONE.has(cellText(v)));
}

/** Money to the fen: ≥ 0, "-" or empty = 0. A binary double from a cell (12186.7) is read through its
 *  shortest decimal form, then rounded to the fen, so float noise never reaches the sums. */
export function parseMoney(v: unknown): Dec | null {
  if (isNone(v)) return round2(0);
  const s = numberText(v);
  if (s === null || !NUMBER.test(s)) return null;
  const d = new D(s);
  return d.isNegative() && !d.isZero() ? null : round2(d);
}

/** A whole count ≥ 0 ("6,069" → 6069); "-" or empty = 0. */
export function parseCount(v: unknown): number | null {
  if (isNone(v)) return 0;
  const s = numberText(v);
  if (s === null || !NUMBER.test(s)) return null;
  const d = new D(s);
  if (!d.isInteger() || d.isNegative() || d.greaterThan(Number.MAX_SAFE_INTEGER)) return null;
  return d.toNumber();
}
