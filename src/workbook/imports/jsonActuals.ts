import { isIsoDate, monthOf, type IsoDate, type Month } from "../../core/calendar";
import { amountLimitProblem, ZERO, type Dec } from "../../core/money";
import type { Warning } from "../../core/types";
import type { ImportOutcome } from "./grid";
import type { ProductDailyImport } from "./productDaily";
import { quoted } from "./rowReader";
import { parseMoney } from "./values";

/**
 * The hand-made actuals file, `{"2026-11-01": "12000", …}` (amounts as strings or numbers, "12,000.50"
 * too), read into the same shape as an export so one caller handles both. Sales only: orders, visitors
 * and refunds are null. A date outside the month is an error here, not a skipped row: in a file the user
 * typed it is a typo.
 */
export function actualsFromJson(raw: unknown, month?: Month): ImportOutcome<ProductDailyImport> {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    return { ok: false, problems: [{ code: "config.expectedObject", params: {}, where: "actuals" }] };
  }
  const problems: Warning[] = [];
  const days: { date: IsoDate; sales: Dec }[] = [];
  for (const [date, value] of Object.entries(raw as Record<string, unknown>)) {
    const where = `actuals[${date}]`;
    if (!isIsoDate(date)) problems.push({ code: "value.notDate", params: { value: date }, where });
    else if (month !== undefined && monthOf(date) !== month) problems.push({ code: "import.dateOutsideMonth", params: { date, month }, where });
    else {
      const sales = typeof value === "string" || typeof value === "number" ? parseMoney(value) : null;
      // The config's limits (at most 100,000,000 yuan, 15 significant digits) keep the Targets sheet exact.
      const limit = sales === null ? null : amountLimitProblem(sales, value, true);
      if (sales === null) problems.push({ code: "value.notAmount", params: { value: quoted(typeof value === "string" ? value : JSON.stringify(value) ?? "") }, where });
      else if (limit !== null) problems.push({ code: limit.code, params: { value: quoted(String(value)), ...limit.params }, where });
      else days.push({ date, sales });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  days.sort((a, b) => (a.date < b.date ? -1 : 1));
  const figures = (sales: Dec, rows: number) => ({ sales, orders: null, visitors: null, units: null, refunds: null, conversion: null, rows });
  return {
    ok: true,
    value: {
      month: month ?? null,
      headerRow: null,
      perProduct: false,
      days: days.map((d) => ({ date: d.date, ...figures(d.sales, 1) })),
      total: figures(days.reduce<Dec>((a, d) => a.plus(d.sales), ZERO), days.length),
    },
    notes: [],
  };
}
