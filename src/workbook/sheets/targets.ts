/**
 * The Targets sheet of one month: the monthly sales target spread over weeks and days, live.
 *
 * Layout (rows are fixed, so readers and the Office.js renderer can rely on them):
 *
 *   1  title
 *   2  input hint
 *   3–9   A: labels, D: values — the month target (D3, input), actual to date, remaining, attainment,
 *         (the figures across D:E)
 *   7–9   V: labels, W: values — three helper cells in fen (W7 target, W8 actuals, W9 remaining), in the
 *         folded-away helper columns: the split's workings, not shown or printed
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
import { weekdayCode, type CodeSuffix } from "../../data/messages";
import { colLetters, parseA1 } from "../address";
import type { SalesEvent } from "../../core/types";
import { wrappedNote, a4 } from "./page";
import { heightFor, linesFor } from "../textFit";
import { shownHolidayName } from "../holidayNames";
import { shownEventName } from "../eventNames";
import { eventKey } from "../../core/targets";
import { SHEET, targetsTable, weeksTable } from "../names";
import type { CellSpec, CellValue, ChartSpec, SheetSpec, StyleRef, TableColumnSpec, TableRow, TableSpec } from "../spec";
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
  /** The sales events of the settings, for the cached results of each day's event name. */
  events?: readonly SalesEvent[];
  /** The shop's name for the printed header. */
  company?: string | null;
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
  cells: { target: "$D$3", targetFen: "$W$7", actualFen: "$W$8", remainingFen: "$W$9" } satisfies TargetCells,
  weeksAt: "F4",
  noteRow: 11,
  dailyAt: "A12",
} as const;

/** Column keys of the daily table, in order (the helper columns last). */
export const DAILY_KEYS = [
  "date", "weekday", "weekdayName", "week", "holiday", "event", "eventFactor", "weight", "target", "orders", "visitors", "actual",
  "actualOrders", "actualVisitors",
  "variance", "cumTarget", "cumActual", "attainment", "ordersAttainment", "visitorsAttainment", "revisedTarget",
  "units", "floor", "remainder", "extra", "rUnits", "rFloor", "rRemainder", "rExtra", "decimals",
] as const;
export type DailyKey = (typeof DAILY_KEYS)[number];

export const WEEKLY_KEYS = ["week", "start", "end", "target", "orders", "visitors", "actual", "revisedTarget"] as const;
export type WeeklyKey = (typeof WEEKLY_KEYS)[number];

const HELPERS: ReadonlySet<DailyKey> = new Set(["units", "floor", "remainder", "extra", "rUnits", "rFloor", "rRemainder", "rExtra", "decimals"]);

/**
 * Data-cell style and width of each daily column. The weekly table shares columns F–M and their
 * widths (dates in G and H); the month's figures in D3:E9 take D and E together. The weekday's number
 * (what the weights are looked up by) is folded away: its name shows.
 */
const DAILY_LOOK: Record<DailyKey, { style?: StyleRef; width: number }> = {
  date: { style: "date", width: 11 },
  weekday: { style: "integer", width: 6 },
  weekdayName: { style: "center", width: 6 },
  week: { style: "integer", width: 6 },
  holiday: { style: "text", width: 10 },
  event: { width: 11 },
  eventFactor: { width: 11 },
  weight: { width: 11 },
  target: { style: "money", width: 12 },
  orders: { style: "integer", width: 9 },
  visitors: { style: "integer", width: 10 },
  actual: { style: "money", width: 12 },
  // Wide enough for the weeks table above (F:M), whose revised target stands in M.
  actualOrders: { style: "integer", width: 12 },
  actualVisitors: { style: "integer", width: 10 },
  variance: { style: "money", width: 12 },
  cumTarget: { style: "money", width: 12 },
  cumActual: { style: "money", width: 12 },
  attainment: { style: "percent", width: 9 },
  ordersAttainment: { style: "percent", width: 9 },
  visitorsAttainment: { style: "percent", width: 9 },
  revisedTarget: { style: "money", width: 12 },
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

  // Labels across A:C, figures across D:E (D3 is the target typed).
  const label = (row: number, key: CodeSuffix<"wb.targets.">, style: StyleRef = "label", col = "A") => valueCell(`${col}${row}`, t(key), style);
  const target = input.target.isFinite() ? input.target.toNumber() : null;
  const title = wbText("wb.targets.title", lang, { month });
  const lastPrinted = colLetters(DAILY_KEYS.indexOf("revisedTarget") + 1);
  const widths = Object.fromEntries(DAILY_KEYS.map((k, i) => [colLetters(i + 1), DAILY_LOOK[k].width]));
  const hint = wrappedNote(2, 1, DAILY_KEYS.indexOf("revisedTarget") + 1, wbText("wb.targets.inputHint", lang, { cell: L.targetCell }), widths);
  const helperNote = wrappedNote(L.noteRow, 1, DAILY_KEYS.indexOf("revisedTarget") + 1, t("helperNote"), widths);
  const cells: CellSpec[] = [
    valueCell("A1", title, "title"),
    hint.cell,
    label(3, "monthTarget"),
    { ...valueCell(L.targetCell, target, ["input", "money"]), reads: { path: "salesTarget", nullable: true } },
    label(4, "actualToDate"),
    summary("D4", s.actualTotal, "actualTotal", "money"),
    label(5, "remaining"),
    summary("D5", s.remaining, "remaining", "money"),
    label(6, "monthAttainment"),
    summary("D6", s.attainment, "attainment", "percent"),
    label(7, "targetFen", "note", "V"),
    summary(plain(L.cells.targetFen), s.targetFen, "targetFen", "note"),
    label(8, "actualFen", "note", "V"),
    summary(plain(L.cells.actualFen), s.actualFen, "actualFen", "note"),
    label(9, "remainingFen", "note", "V"),
    summary(plain(L.cells.remainingFen), s.remainingFen, "remainingFen", "note"),
    valueCell("F3", t("weeksHeading"), "header"),
    { ...formulaCell(L.weightCheckCell, weightCheck(daily, lang), "wrap"), ...(cached ? { result: weightCheckResult(input.plan, lang) } : {}) },
    helperNote.cell,
  ];
  const weeksRight = colLetters(parseA1(L.weeksAt).col + WEEKLY_KEYS.length - 1);

  const dailyTable = dailySpec(input, daily);
  const weeklyTable = weeklySpec(input, daily);
  const col = (key: DailyKey) => colLetters(1 + DAILY_KEYS.indexOf(key));
  const firstRow = Number(L.dailyAt.slice(1)) + 1;

  // Below the days (a month has at most 31: the table ends by row 45), inside what prints.
  const chart: ChartSpec = {
    kind: "line",
    title: t("chartTitle"),
    table: daily,
    x: "date",
    series: ["cumTarget", "cumActual"],
    at: "A47",
    widthCols: 10,
    heightRows: 16,
  };
  const headerRow = Number(L.dailyAt.slice(1));
  const headerLines = DAILY_KEYS.reduce((n, k) => (HELPERS.has(k) ? n : Math.max(n, linesFor(wbText(`wb.targets.col.${k}`, lang), DAILY_LOOK[k].width))), 1);

  return {
    key: SHEET.targets(month),
    name,
    cells,
    tables: [weeklyTable, dailyTable],
    // Widths come from the daily table's columns (the weekly table shares F–M).
    merges: [hint.merge, helperNote.merge, `F3:${weeksRight}3`, `${L.weightCheckCell}:E${parseA1(L.weightCheckCell).row}`, ...[3, 4, 5, 6].flatMap((r) => [`A${r}:C${r}`, `D${r}:E${r}`])],
    rowHeights: { [hint.height[0]]: hint.height[1], [helperNote.height[0]]: helperNote.height[1], [String(headerRow)]: heightFor(headerLines) },
    // The weekday's number and the helper columns (the month's figures in fen among them) are the
    // split's workings: folded away.
    columnGroups: [
      { from: col("weekday"), to: col("weekday"), collapsed: true },
      { from: col("units"), to: col("decimals"), collapsed: true },
    ],
    freeze: { rows: headerRow, cols: 1 },
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
    // The chart from a page of its own: the days filled the first page and cut it in two across the page break.
    page: a4({ lang, company: input.company ?? null }, title, {
      orientation: "landscape",
      fitToWidth: true,
      printArea: `A:${lastPrinted}`,
      printTitleRows: [headerRow, headerRow],
      rowBreaks: [parseA1(chart.at).row - 1],
      narrowMargins: true,
    }),
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
  // The day's weekday and event by name, in the workbook's language (issue 12).
  const named = (rows: TableRow[]): TableRow[] =>
    rows.map((r, i) => {
      const d = plan.days[i]!;
      return { ...r, weekdayName: wbText(weekdayCode(d.weekday), lang), ...(input.events === undefined ? {} : { event: dayEvent(d.date, input.events, lang) }) };
    });
  const computed = planMatches(input) ? named(dailyResults(plan)) : undefined;
  const rows: TableRow[] = plan.days.map((d, i) => {
    const actual = actuals.get(d.date);
    const row: Record<string, TableRow[string]> = { ...computed?.[i], date: { date: d.date } };
    if (d.holiday !== null) row.holiday = shownHolidayName(d.holiday, lang);
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
  const styles: Record<WeeklyKey, StyleRef> = { week: "integer", start: "date", end: "date", target: "money", orders: "integer", visitors: "integer", actual: "money", revisedTarget: "money" };
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
      ...(planMatches(input) ? { target: w.target.toNumber(), ...weekFunnel(plan, w.week), actual: w.actual.toNumber(), revisedTarget: w.revisedTarget.toNumber() } : {}),
    })),
  };
}

/**
 * The name the sheet shows for a day's event: the first Events row for this very date, else the first
 * for its month and day — as the event column's formula finds it (Excel 2016 has no TEXTJOIN to list
 * them all; the factor counts every one).
 */
function dayEvent(date: IsoDate, events: readonly SalesEvent[], lang: Lang): string {
  const dated = events.find((e) => eventKey(e.date) === Number(date.replace(/-/g, "")));
  const recurring = events.find((e) => eventKey(e.date) === Number(date.slice(5).replace("-", "")));
  const e = dated ?? recurring;
  return e === undefined ? "" : shownEventName(e.name, lang);
}

/** A week's orders and visitors: the sums of its days', blank where the days have none (no AOV, no conversion rate). */
function weekFunnel(plan: TargetPlan, week: number): { orders: CellValue; visitors: CellValue } {
  const days = plan.days.filter((d) => d.week === week);
  const total = (xs: (number | null)[]): CellValue => (xs.some((x) => x !== null) ? xs.reduce<number>((n, x) => n + (x ?? 0), 0) : "");
  return { orders: total(days.map((d) => d.orders)), visitors: total(days.map((d) => d.visitors)) };
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
