import { monthOf, type IsoDate, type Month } from "../../core/calendar";
import { D, ZERO, type Dec } from "../../core/money";
import type { Warning } from "../../core/types";
import { PRODUCT_DAILY_COLUMNS } from "./columns";
import { isBlankRow, TOP_LEFT, type Grid, type GridOrigin, type ImportOutcome } from "./grid";
import { locateHeader } from "./header";
import { RowReader } from "./rowReader";

/** One day of the shop, summed over the export's rows for that day (one row per product). */
export interface DayFigures {
  date: IsoDate;
  /** Σ 支付金额: the day's actual sales. */
  sales: Dec;
  /** Σ 支付买家数 — the orders the targets plan counts. null when the export has no such column. */
  orders: number | null;
  /** Σ 商品访客数. Per-product visitors are distinct within a product only: a shopper who viewed two
   *  products counts twice, so over products this is the number of product visits, an upper bound of
   *  the shop's distinct visitors (the shop-level 访客数 is in the 经营概况 export). */
  visitors: number | null;
  /** Σ 支付件数. */
  units: number | null;
  /** Σ 成功退款金额. */
  refunds: Dec | null;
  /** orders ÷ visitors (a fraction, unrounded), recomputed from the sums — a rate column cannot be
   *  added up over products. null without both columns or without visitors. */
  conversion: Dec | null;
  /** How many export rows went into the day. */
  rows: number;
}

export interface ProductDailyImport {
  /** The month filter applied, if any. */
  month: Month | null;
  /** Sheet row of the header (null for the JSON actuals, which have none). */
  headerRow: number | null;
  /** True when rows are per product (the export has 商品ID or 商品名称), so visitors and orders are sums over products. */
  perProduct: boolean;
  /** Days with at least one row, in date order. */
  days: DayFigures[];
  total: Omit<DayFigures, "date">;
}

export interface ProductDailyOptions {
  /** Keep only the days of this month ("2026-11"); rows of other months are skipped and counted. */
  month?: Month;
  origin?: GridOrigin;
}

type Row = Omit<DayFigures, "conversion" | "rows">;

/**
 * Reads the 商品_全部 daily product export (or any grid with 统计日期 and 支付金额 headers): preamble rows
 * are skipped, the header is found by name, summary rows (总计) are skipped, and every other row must be
 * a day's figures or the whole import fails with every bad cell listed.
 */
export function importProductDaily(grid: Grid, options: ProductDailyOptions = {}): ImportOutcome<ProductDailyImport> {
  const origin = options.origin ?? TOP_LEFT;
  const located = locateHeader(grid, PRODUCT_DAILY_COLUMNS, origin);
  if (!located.ok) return located;
  const { place } = located;
  const month = options.month ?? null;

  const problems: Warning[] = [];
  const rows: Row[] = [];
  const firstRowOfKey = new Map<string, number>();
  let summaries = 0;
  let outside = 0;

  for (let r = place.index + 1; r < grid.length; r++) {
    if (isBlankRow(grid[r])) continue;
    const row = new RowReader(grid, place, origin, r, problems);
    if (row.isSummary()) {
      summaries++;
      continue;
    }
    const date = row.date("date");
    if (date !== null && month !== null && monthOf(date) !== month) {
      outside++;
      continue;
    }
    const figures = {
      sales: row.money("sales"),
      orders: row.count("buyers"),
      visitors: row.count("visitors"),
      units: row.count("units"),
      refunds: row.money("refunds"),
    };
    if (date === null || figures.sales === null) continue;
    const key = `${date}\u0000${row.text("productId") || row.text("productName")}`;
    const first = firstRowOfKey.get(key);
    if (first !== undefined) {
      row.rowProblem("import.duplicateRow", { first: String(first), date });
      continue;
    }
    firstRowOfKey.set(key, row.rowNumber);
    rows.push({ date, ...figures, sales: figures.sales });
  }

  if (problems.length === 0 && rows.length === 0) {
    problems.push(month !== null && outside > 0 ? { code: "import.noRowsInMonth", params: { month }, where: "" } : { code: "import.noRows", params: {}, where: "" });
  }
  if (problems.length > 0) return { ok: false, problems };

  const perProduct = place.columns.productId !== null || place.columns.productName !== null;
  const notes: Warning[] = [];
  if (summaries > 0) notes.push({ code: "import.summarySkipped", params: { count: String(summaries) }, where: "" });
  if (outside > 0 && month !== null) notes.push({ code: "import.outsideMonth", params: { count: String(outside), month }, where: "" });
  if (perProduct && place.columns.visitors !== null) notes.push({ code: "import.visitorsSummed", params: {}, where: "" });

  const byDate = new Map<IsoDate, Row[]>();
  for (const row of rows) {
    const group = byDate.get(row.date);
    if (group) group.push(row);
    else byDate.set(row.date, [row]);
  }
  const days = [...byDate.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, group]) => ({ date, ...sumRows(group) }));
  return {
    ok: true,
    value: { month, headerRow: origin.row + place.index, perProduct, days, total: sumRows(rows) },
    notes,
  };
}

function sumRows(rows: readonly Row[]): Omit<DayFigures, "date"> {
  const countSum = (k: "orders" | "visitors" | "units") => (rows.some((r) => r[k] === null) ? null : rows.reduce((a, r) => a + r[k]!, 0));
  const orders = countSum("orders");
  const visitors = countSum("visitors");
  return {
    sales: rows.reduce<Dec>((a, r) => a.plus(r.sales), ZERO),
    orders,
    visitors,
    units: countSum("units"),
    refunds: rows.some((r) => r.refunds === null) ? null : rows.reduce<Dec>((a, r) => a.plus(r.refunds!), ZERO),
    conversion: orders !== null && visitors !== null && visitors > 0 ? new D(orders).div(visitors) : null,
    rows: rows.length,
  };
}

/** The days' sales as the targets spread takes actuals (`spreadTarget({ …, actuals })`). */
export function salesByDate(days: readonly DayFigures[]): Map<IsoDate, Dec> {
  return new Map(days.map((d) => [d.date, d.sales]));
}
