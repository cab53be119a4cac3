/**
 * The user's inputs, read through the host-neutral reader (src/workbook/read) from what Office.js
 * read, as commands need them: the raw config (commands add to it: the pane's seeds, a gross margin
 * typed in the pane), its problems as command messages placed on their cells, and a month's Targets
 * inputs (the target and the actual sales typed, which are not config).
 */
import type { IsoDate, Month } from "../../core/calendar";
import { parseAmount, type Dec } from "../../core/money";
import type { Config, Warning } from "../../core/types";
import type { Lang } from "../../data/lang";
import { SHEET, targetsTable } from "../../workbook/names";
import { isBlankValue, parseRead, rawDate, rawValue, readConfig, type CellLocation, type Locator, type ReadProblem, type ReadResult } from "../../workbook/read";
import { TARGETS_LAYOUT } from "../../workbook/templates";
import { message, type CommandMessage } from "../result";
import { officeGrid } from "./grid";
import type { LiveWorkbook, ReadData } from "./liveModel";

export interface ReadContext {
  live: LiveWorkbook;
  data: ReadData;
  /** The workbook's language (its headers'). */
  lang: Lang;
  /** The language of messages. */
  uiLang: Lang;
}

export type Inputs = ReadResult;

/** Settings, Roles, Staff and the payroll sheets of `payrollMonths` (gross margin, entries), as a raw config. */
export function readInputs(ctx: ReadContext, payrollMonths: readonly Month[]): Inputs {
  return readConfig(officeGrid(ctx.live, ctx.data, ctx.lang), ctx.lang, { months: payrollMonths });
}

/** A problem of what was read as a command message, on its cell; unplaced ones keep their path ("roles[2].share: …"). */
export function problemMessage(p: ReadProblem, level: CommandMessage["level"], lang: Lang, showPath = true): CommandMessage {
  if (p.place) return message(level, p.code, p.params, lang, p.place);
  const m = message(level, p.code, p.params, lang);
  return p.path && showPath ? { ...m, text: `${p.path}: ${m.text}` } : m;
}

/** An engine warning or error placed on the cell its config path was read from. */
export function located(w: Warning, locator: Locator, level: CommandMessage["level"], lang: Lang, showPath = true): CommandMessage {
  const place = locator.find(w.where);
  return problemMessage({ code: w.code, params: w.params, path: w.where, ...(place ? { place } : {}) }, level, lang, showPath);
}

/** parseConfig over what was read, with every problem placed on its cell. */
export function parseInputs(inputs: Inputs, lang: Lang): { ok: true; config: Config } | { ok: false; errors: CommandMessage[] } {
  const r = parseRead(inputs);
  return r.ok ? r : { ok: false, errors: r.problems.map((p) => problemMessage(p, "error", lang)) };
}

/** The inputs of a month's Targets sheet: its target and the actual sales, orders and visitors typed so far. */
export interface TargetInputs {
  target: Dec | null;
  actuals: Map<IsoDate, Dec>;
  actualOrders: Map<IsoDate, number>;
  actualVisitors: Map<IsoDate, number>;
  errors: CommandMessage[];
}

export function readTargets(ctx: ReadContext, month: Month): TargetInputs | null {
  const grid = officeGrid(ctx.live, ctx.data, ctx.lang);
  const cell = grid.cell(SHEET.targets(month), TARGETS_LAYOUT.targetCell);
  if (!cell) return null;
  const errors: CommandMessage[] = [];
  const amount = (v: unknown, place: CellLocation): Dec | null => {
    if (isBlankValue(v)) return null;
    const d = parseAmount(rawValue(v));
    if (d === null) errors.push(message("error", "value.notAmount", { value: String(rawValue(v)) }, ctx.uiLang, place));
    return d;
  };
  /** A whole number ≥ 0 (the sheet's validation asks for one; a pasted value may be anything). */
  const count = (v: unknown, place: CellLocation): number | null => {
    if (isBlankValue(v)) return null;
    const d = parseAmount(rawValue(v));
    if (d === null || !d.isInteger() || d.isNegative() || d.greaterThan(Number.MAX_SAFE_INTEGER)) {
      errors.push(message("error", "value.notWholeNumber", { value: String(rawValue(v)) }, ctx.uiLang, place));
      return null;
    }
    return d.toNumber();
  };
  const target = amount(cell.value, cell.place);
  const actuals = new Map<IsoDate, Dec>();
  const actualOrders = new Map<IsoDate, number>();
  const actualVisitors = new Map<IsoDate, number>();
  const table = grid.table(targetsTable(month));
  const dates = table?.values("date") ?? [];
  const typed = table?.values("actual") ?? [];
  // An older layout's table (before version 4) has no count columns yet: nothing typed there.
  const orders = table?.values("actualOrders") ?? [];
  const visitors = table?.values("actualVisitors") ?? [];
  dates.forEach((d, i) => {
    const date = rawDate(d);
    if (typeof date !== "string") return;
    const a = amount(typed[i], table!.place(i, "actual"));
    if (a !== null) actuals.set(date, a);
    const o = count(orders[i], table!.place(i, "actualOrders"));
    if (o !== null) actualOrders.set(date, o);
    const v = count(visitors[i], table!.place(i, "actualVisitors"));
    if (v !== null) actualVisitors.set(date, v);
  });
  return { target, actuals, actualOrders, actualVisitors, errors };
}
