/**
 * The figures the task pane shows after a payroll run: the month's totals and its profit pool, as
 * the engine computes them from what the workbook holds now (Settings, Roles, Staff and the payroll
 * sheets of the tax year up to the month, with the rewards, penalties, paid days and gross margins
 * typed there). These are the numbers the sheet's formulas reproduce, so the pane and the sheet agree.
 * Read only: two round trips, nothing written; never throws.
 */
import { monthYear, type Month } from "../../core/calendar";
import { computePayroll, payrollSummary, type PayrollSummary } from "../../core/payroll";
import type { Lang } from "../../data/lang";
import { SHEET } from "../../workbook/names";
import { readRequest, runCommand, workbookLang, type CommandOptions } from "./steps";
import { discover } from "../host/discover";
import { readInputs as loadInputs } from "../host/readInputs";
import { located, parseInputs, readInputs } from "../reader";
import { CommandStop, message, type CommandMessage, type CommandStats } from "../result";
import { sheetKind } from "../../workbook/templates";

/** The month's totals and pool (money as "1234.50" strings: the pane formats them), and its warnings. */
export interface PayrollFigures extends PayrollSummary {
  /** The engine's warnings for the month, placed on their cells. */
  warnings: CommandMessage[];
}

export type PayrollRead = { ok: true; figures: PayrollFigures; stats: CommandStats } | { ok: false; messages: CommandMessage[]; stats: CommandStats };

export async function readPayroll(month: Month, options: CommandOptions = {}): Promise<PayrollRead> {
  let figures: PayrollFigures | undefined;
  const r = await runCommand(options.lang, async (s) => {
    const live = await discover(s.context, s.sync);
    const missing = [SHEET.settings, SHEET.roles, SHEET.staff].filter((k) => !live.byKey.has(k));
    if (missing.length) throw new CommandStop([message("error", "office.needsSetup", { what: missing.join(", ") }, s.uiLang)]);
    if (!live.byKey.has(SHEET.payroll(month))) throw new CommandStop([message("error", "tp.payroll.noSheet", { month }, s.uiLang)]);
    const lang: Lang = workbookLang(live, s.uiLang);
    const chain = [...live.byKey.keys()]
      .map((k) => sheetKind(k))
      .filter((k): k is { kind: string; month: Month } => k.kind === "payroll" && k.month !== null && monthYear(k.month) === monthYear(month) && k.month <= month)
      .map((k) => k.month)
      .sort();
    const want = new Set<string>([SHEET.settings, SHEET.roles, SHEET.staff, ...chain.map(SHEET.payroll)]);
    const data = await loadInputs(s.context, s.sync, readRequest(live, lang, (k) => want.has(k)));
    const inputs = readInputs({ live, data, lang, uiLang: s.uiLang }, chain);
    const parsed = parseInputs(inputs, s.uiLang);
    if (!parsed.ok) throw new CommandStop(parsed.errors);
    const result = computePayroll(parsed.config, month);
    if (result.errors.length > 0) throw new CommandStop(result.errors.map((w) => located(w, inputs.locator, "error", s.uiLang)));
    figures = { ...payrollSummary(result), warnings: result.warnings.map((w) => located(w, inputs.locator, "warning", s.uiLang, false)) };
    return { summary: "", messages: [] };
  });
  if (!r.ok) return r;
  return { ok: true, figures: figures!, stats: r.stats };
}
