import { parseAmount, round2, type Dec } from "../../core/money";
import type { Warning } from "../../core/types";

/** Money as an export's input gives it: a Decimal from the payroll, or a string at the edges ("1234.50",
 *  "1,234.50"). Never a binary float. */
export type MoneyInput = Dec | string;

/** The amount to the fen, ≥ 0; a problem (at `where`) and null otherwise. */
export function exportAmount(v: MoneyInput, where: string, problems: Warning[]): Dec | null {
  const d = typeof v === "string" ? parseAmount(v) : v;
  if (d === null || !d.isFinite()) {
    problems.push({ code: "value.notAmount", params: { value: String(v).slice(0, 40) }, where });
    return null;
  }
  if (d.isNegative() && !d.isZero()) {
    problems.push({ code: "value.negative", params: { value: d.toFixed() }, where });
    return null;
  }
  return round2(d);
}
