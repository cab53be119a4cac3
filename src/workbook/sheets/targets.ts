/**
 * The Targets sheet of one month: the monthly sales target spread over weeks and days, live.
 *
 * Layout (rows are fixed, so readers and the Office.js renderer can rely on them):
 *
 *   1  title
 *   2  input hint
 *   3–9   A: labels, D: values — the month target (D3, input), actual to date, remaining, attainment,
 *         and three helper cells in fen (D7 target, D8 actuals, D9 remaining)
 *   3     F: "by week" heading;  F4: the weekly table (at most 6 weeks: rows 4–10)
 *   11    note on the helper columns
 *   12    the daily table's header; one row per day; a totals row
 *
 * Only the date, the official holiday (a calendar fact from core) and the user's actuals (sales, orders,
 * visitors — typed, or imported from the shop's export by the pane or `shopsheet workbook --actuals`) are values;
 * everything else is a formula over this sheet and the Settings sheet (weekday weights, events, AOV,
 * conversion rate, holiday factor), so changing any of them, or typing an actual, recalculates the
 * month — in Excel and in LibreOffice, with or without the add-in.
 */
import { isMonth, type IsoDate, type Month } from "../../core/calendar";
import { sum, type Dec } from "../../core/money";
import type { TargetPlan } from "../../core/targets";
import type { Lang } from "../../data/lang";
import type { CodeSuffix } from "../../data/messages";
import { colLetters } from "../address";
import { SHEET, targetsTable, weeksTable } from "../names";
import type { CellSpec, ChartSpec, SheetSpec, StyleRef, TableColumnSpec, TableRow, TableSpec } from "../spec";
import { validSheetName } from "../sheetIdentity";
import { formulaCell, num, valueCell, wbText } from "../text";
import { formulaText } from "../layout";
import { WEIGHT_DECIMALS } from "../../core/targets/weights";
import { dailyFormulas, summaryFormulas, weeklyFormulas, type TargetCells } from "./targetsFormulas";
import { dailyResults, planMatches, summaryResults, weightCheckResult, writtenActuals, writtenCounts, type SummaryResults } from "./targetsResults";

export interface TargetsSheetInput {
  month: Month;
  /** The month's sales target as the user gave it (yuan); written into the input cell. */
  target: Dec;
  /** Core's spread of that target: the days, their official holidays, and the weeks. */
  plan: TargetPlan;
  lang: Lang;
  /** Actual sales typed by the user, by date; written back into the actual column (re-populating keeps
   *  them). Without it, the plan's actuals are written. Dates outside the month are ignored. */
  actuals?: ReadonlyMap<IsoDate, Dec>;
  /** Actual orders and visitors typed or imported, by date; written into their columns the same way.
   *  Without them, the plan's. */
  actualOrders?: ReadonlyMap<IsoDate, number>;
  actualVisitors?: ReadonlyMap<IsoDate, number>;
}

/** Fixed places on the sheet, for readers (the actuals and the target are the user's input). */
export const TARGETS_LAYOUT = {
  /** The month's target (input). */
  targetCell: "D3",
  /** Says how many days have a weight with more than 4 decimals (blank when none). */
  weightCheckCell: "A10",
  cells: { target: "$D$3", targetFen: "$D$7", actualFen: "$D$8", remainingFen: "$D$9" } satisfies TargetCells,
  weeksAt: "F4",
  noteRow: 11,
  dailyAt: "A12",
} as const;

/** Column keys of the daily table, in order (the helper columns last). */
export const DAILY_KEYS = [
  "date", "weekday", "week", "holiday", "eventFactor", "weight", "target", "orders", "visitors", "actual",
  "actualOrders", "actualVisitors",
  "variance", "cumTarget", "cumActual", "attainment", "ordersAttainment", "visitorsAttainment", "revisedTarget",
  "units", "floor", "remainder", "extra", "rUnits", "rFloor", "rRemainder", "rExtra", "decimals",
] as const;
export type DailyKey = (typeof DAILY_KEYS)[number];

export const WEEKLY_KEYS = ["week", "start", "end", "target", "actual", "revisedTarget"] as const;
export type WeeklyKey = (typeof WEEKLY_KEYS)[number];

const HELPERS: ReadonlySet<DailyKey> = new Set(["units", "floor", "remainder", "extra", "rUnits", "rFloor", "rRemainder", "rExtra", "decimals"]);

/** Data-cell style and width of each daily column (the weekly table shares columns F–K and their widths). */
const DAILY_LOOK: Record<DailyKey, { style?: StyleRef; width: number }> = {
  date: { style: "date", width: 12 },
  weekday: { style: "integer", width: 10 },
  week: { style: "integer", width: 8 },
  holiday: { style: "text", width: 16 },
  eventFactor: { width: 10 },
  weight: { width: 10 },
  target: { style: "money", width: 15 },
  orders: { style: "integer", width: 12 },
  visitors: { style: "integer", width: 15 },
  actual: { style: "money", width: 15 },
  actualOrders: { style: "integer", width: 12 },
  actualVisitors: { style: "integer", width: 12 },
  variance: { style: "money", width: 15 },
  cumTarget: { style: "money", width: 15 },
  cumActual: { style: "money", width: 15 },
  attainment: { style: "percent", width: 11 },
  ordersAttainment: { style: "percent", width: 11 },
  visitorsAttainment: { style: "percent", width: 11 },
  revisedTarget: { style: "money", width: 15 },
  units: { style: "note", width: 11 },
  floor: { style: "note", width: 12 },
  remainder: { style: "note", width: 12 },
  extra: { style: "note", width: 8 },
  rUnits: { style: "note", width: 11 },
  rFloor: { style: "note", width: 12 },
  rRemainder: { style: "note", width: 12 },
  rExtra: { style: "note", width: 8 },
  decimals: { style: "note", width: 10 },
};

const TOTALS: ReadonlySet<DailyKey> = new Set(["target", "orders", "visitors", "actual", "actualOrders", "actualVisitors", "revisedTarget"]);

/** The columns the user types into (or the pane's import fills): the day's actual sales, orders, visitors. */
const COUNT_INPUTS: ReadonlySet<DailyKey> = new Set(["actualOrders", "actualVisitors"]);

/** "$D$7" → "D7". */
const plain = (abs: string) => abs.replace(/\$/g, "");

export function targetsSheetName(month: Month, lang: Lang): string {
  return wbText("wb.targets.sheet", lang, { month });
}

/** The Targets sheet of `input.month`. Throws on a month that is not "YYYY-MM" or a plan of another month. */
export function targetsSheet(input: TargetsSheetInput): SheetSpec {
  const { month, plan, lang } = input;
  if (!isMonth(month)) throw new Error(`targetsSheet: not a month: ${month}`);
  if (plan.month !== month) throw new Error(`targetsSheet: the plan is for ${plan.month}, not ${month}`);
  const name = targetsSheetName(month, lang);
  if (!validSheetName(name)) throw new Error(`targetsSheet: invalid sheet name ${name}`);

  const L = TARGETS_LAYOUT;
  const daily = targetsTable(month);
  const t = (key: CodeSuffix<"wb.targets.">) => wbText(`wb.targets.${key}`, lang);
  const s = summaryFormulas(L.cells, daily);
  const cached = summaryResults(input);
  const summary = (at: string, formula: string, key: keyof SummaryResults, style: StyleRef) => {
    const cell = formulaCell(at, formula, style);
    return cached ? { ...cell, result: cached[key] } : cell;
  };

  const label = (row: number, key: CodeSuffix<"wb.targets.">, style: StyleRef = "label") => valueCell(`A${row}`, t(key), style);
  const target = input.target.isFinite() ? input.target.toNumber() : null;
  const cells: CellSpec[] = [
    valueCell("A1", wbText("wb.targets.title", lang, { month }), "title"),
    valueCell("A2", wbText("wb.targets.inputHint", lang, { cell: L.targetCell }), "note"),
    label(3, "monthTarget"),
    { ...valueCell(L.targetCell, target, ["input", "money"]), reads: { path: "salesTarget", nullable: true } },
    label(4, "actualToDate"),
    summary("D4", s.actualTotal, "actualTotal", "money"),
    label(5, "remaining"),
    summary("D5", s.remaining, "remaining", "money"),
    label(6, "monthAttainment"),
    summary("D6", s.attainment, "attainment", "percent"),
    label(7, "targetFen", "note"),
    summary(plain(L.cells.targetFen), s.targetFen, "targetFen", "note"),
    label(8, "actualFen", "note"),
    summary(plain(L.cells.actualFen), s.actualFen, "actualFen", "note"),
    label(9, "remainingFen", "note"),
    summary(plain(L.cells.remainingFen), s.remainingFen, "remainingFen", "note"),
    valueCell("F3", t("weeksHeading"), "header"),
    { ...formulaCell(L.weightCheckCell, weightCheck(daily, lang)), ...(cached ? { result: weightCheckResult(input.plan, lang) } : {}) },
    valueCell(`A${L.noteRow}`, t("helperNote"), "note"),
  ];

  const dailyTable = dailySpec(input, daily);
  const weeklyTable = weeklySpec(input, daily);
  const col = (key: DailyKey) => colLetters(1 + DAILY_KEYS.indexOf(key));
  const firstRow = Number(L.dailyAt.slice(1)) + 1;

  const chart: ChartSpec = {
    kind: "line",
    title: t("chartTitle"),
    table: daily,
    x: "date",
    series: ["cumTarget", "cumActual"],
    at: "M2",
    widthCols: 8,
    heightRows: 9,
  };

  return {
    key: SHEET.targets(month),
    name,
    cells,
    tables: [weeklyTable, dailyTable],
    // Widths come from the daily table's columns (the weekly table shares F–K); the labels in A run
    // over the empty B and C.
    freeze: { rows: Number(L.dailyAt.slice(1)), cols: 1 },
    validations: [
      {
        target: L.targetCell,
        rule: { kind: "decimal", min: 0, error: t("targetError"), errorTitle: t("monthTarget"), prompt: t("targetPrompt"), promptTitle: t("monthTarget") },
      },
    ],
    conditionalFormats: [
      // A day whose weight has more than 4 decimals (and was rounded): the weight and the check cell in red.
      { target: { table: daily, column: "weight" }, expression: `$${col("decimals")}${firstRow}>${WEIGHT_DECIMALS}`, style: "warning" },
      { target: L.weightCheckCell, expression: `${L.weightCheckCell}<>""`, style: "warning" },
      // Behind target on the day: red. (A1 only; written for the first data row.)
      { target: { table: daily, column: "variance" }, expression: `AND(ISNUMBER($${col("variance")}${firstRow}),$${col("variance")}${firstRow}<0)`, style: "warning" },
    ],
    charts: [chart],
    page: { paper: "A4", orientation: "landscape", fitToWidth: true, printTitleRows: [Number(L.dailyAt.slice(1)), Number(L.dailyAt.slice(1))] },
  };
}

function dailySpec(input: TargetsSheetInput, name: string): TableSpec {
  const { month, plan, lang } = input;
  const formulas = dailyFormulas(TARGETS_LAYOUT.cells);
  const columns: TableColumnSpec[] = DAILY_KEYS.map((key) => {
    const look = DAILY_LOOK[key];
    const c: TableColumnSpec = { key, header: wbText(`wb.targets.col.${key}`, lang), width: look.width };
    if (look.style !== undefined) c.style = look.style;
    const f = formulas[key];
    if (f !== undefined) c.formula = f;
    if (key === "actual") {
      c.input = true;
      c.validation = { kind: "decimal", error: wbText("wb.targets.actualError", lang), errorTitle: wbText("wb.targets.col.actual", lang), prompt: wbText("wb.targets.actualPrompt", lang) };
    }
    if (COUNT_INPUTS.has(key)) {
      c.input = true;
      c.validation = { kind: "whole", min: 0, error: wbText("wb.targets.countError", lang), errorTitle: wbText(`wb.targets.col.${key}`, lang), prompt: wbText("wb.targets.countPrompt", lang) };
    }
    if (TOTALS.has(key)) c.total = "sum";
    return c;
  });

  const actuals = writtenActuals(input);
  const counts = writtenCounts(input);
  const computed = planMatches(input) ? dailyResults(plan) : undefined;
  const rows: TableRow[] = plan.days.map((d, i) => {
    const actual = actuals.get(d.date);
    const row: Record<string, TableRow[string]> = { ...computed?.[i], date: { date: d.date } };
    if (d.holiday !== null) row.holiday = d.holiday;
    if (actual !== undefined) row.actual = num(actual);
    const orders = counts.orders.get(d.date);
    const visitors = counts.visitors.get(d.date);
    if (orders !== undefined) row.actualOrders = orders;
    if (visitors !== undefined) row.actualVisitors = visitors;
    return row;
  });
  if (rows.length === 0) throw new Error(`targetsSheet: the plan for ${month} has no days`);
  const table: TableSpec = { name, at: TARGETS_LAYOUT.dailyAt, columns, rows, totalsLabel: wbText("wb.targets.total", lang) };
  if (computed) {
    const count = (xs: (number | null)[]) => xs.reduce<number>((n, x) => n + (x ?? 0), 0);
    table.totalsResults = {
      target: plan.target.toNumber(),
      orders: count(plan.days.map((d) => d.orders)),
      visitors: count(plan.days.map((d) => d.visitors)),
      // The column holds the actuals as typed (the formulas round them), and so does its total.
      actual: sum([...actuals.values()]).toNumber(),
      actualOrders: [...counts.orders.values()].reduce((n, x) => n + x, 0),
      actualVisitors: [...counts.visitors.values()].reduce((n, x) => n + x, 0),
      revisedTarget: sum(plan.days.map((d) => d.revisedTarget)).toNumber(),
    };
  }
  return table;
}

function weeklySpec(input: TargetsSheetInput, daily: string): TableSpec {
  const { month, plan, lang } = input;
  const formulas = weeklyFormulas(daily);
  const styles: Record<WeeklyKey, StyleRef> = { week: "integer", start: "date", end: "date", target: "money", actual: "money", revisedTarget: "money" };
  return {
    name: weeksTable(month),
    at: TARGETS_LAYOUT.weeksAt,
    columns: WEEKLY_KEYS.map((key) => {
      const c: TableColumnSpec = { key, header: wbText(`wb.targets.week.${key}`, lang), style: styles[key] };
      const f = (formulas as Record<string, string | undefined>)[key];
      if (f !== undefined) c.formula = f;
      return c;
    }),
    rows: plan.weeks.map((w) => ({
      week: w.week,
      start: { date: w.start },
      end: { date: w.end },
      ...(planMatches(input) ? { target: w.target.toNumber(), actual: w.actual.toNumber(), revisedTarget: w.revisedTarget.toNumber() } : {}),
    })),
  };
}

/** "" when every day's weight is exact, else how many are not and what to do, in the workbook's language. */
function weightCheck(daily: string, lang: Lang): string {
  const count = `COUNTIF(${daily}[decimals],">${WEIGHT_DECIMALS}")`;
  const [before, after] = wbText("wb.targets.weightCheck", lang).split("{days}") as [string, string | undefined];
  return `IF(${count}=0,"",${formulaText(before)}&${count}&${formulaText(after ?? "")})`;
}

/** Helper columns (grey, for the exact split; not for typing). */
export function isHelperColumn(key: string): boolean {
  return HELPERS.has(key as DailyKey);
}
