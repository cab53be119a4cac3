/** The Targets sheet of a month: planned from its target, refreshed after actual sales are typed. */
import type { Month } from "../../core/calendar";
import { calendarOf } from "../../core/holidayCalendar";
import { max, sum, ZERO } from "../../core/money";
import { spreadTarget } from "../../core/targets";
import { SHEET } from "../../workbook/names";
import { settingsSheet } from "../../workbook/sheets/settings";
import { targetsSheet } from "../../workbook/sheets/targets";
import type { CellValue } from "../../workbook/spec";
import { TARGETS_LAYOUT } from "../../workbook/templates";
import { discover } from "../host/discover";
import { located } from "../reconcile/inputs";
import { CommandStop, message, type CommandResult } from "../result";
import type { CommandOptions } from "./options";
import { amountArg, checkMonth, render, runCommand, withContents, yuan, type Done, type Session } from "./session";
import { readTargetsMonth } from "./targetsMonth";
import { CHINESE_FONT } from "../../workbook/build";

/** The month's Targets sheet: the target spread over weeks and days. `target` (yuan) replaces the
 *  sheet's target cell; without it the cell keeps what is there. Actual sales already typed are kept. */
export function planMonth(month: Month, target?: number | string | null, options: CommandOptions = {}): Promise<CommandResult> {
  return runCommand(options.lang, (s) => targetsCommand(s, month, target, "plan", !!options.replaceEdits));
}

/** Re-renders the month's Targets sheet after actual sales were typed (they are kept), and reports
 *  what is left of the target and how it is re-spread over the remaining days. */
export function refreshTargets(month: Month, options: CommandOptions = {}): Promise<CommandResult> {
  return runCommand(options.lang, (s) => targetsCommand(s, month, undefined, "refresh", !!options.replaceEdits));
}

async function targetsCommand(s: Session, month: Month, target: number | string | null | undefined, mode: "plan" | "refresh", replaceEdits: boolean): Promise<Done> {
  checkMonth(month, s.uiLang);
  const given = target === undefined || target === null ? undefined : amountArg(target, "target", s.uiLang);
  const live = await discover(s.context, s.sync);
  if (!live.byKey.has(SHEET.settings)) throw new CommandStop([message("error", "office.needsSetup", { what: SHEET.settings }, s.uiLang)]);
  if (mode === "refresh" && !live.byKey.has(SHEET.targets(month))) throw new CommandStop([message("error", "office.needsPlan", { month }, s.uiLang)]);
  const { key, lang, data, inputs, config, existing } = await readTargetsMonth(s, live, month);

  const monthTarget = given ?? existing?.target ?? ZERO;
  const actuals = existing?.actuals ?? new Map();
  const counts = { actualOrders: existing?.actualOrders ?? new Map<string, number>(), actualVisitors: existing?.actualVisitors ?? new Map<string, number>() };
  const settings = settingsSheet(config.settings, lang, config.insuranceProfiles ?? []);
  // The holidays the Targets sheet marks: the workbook's Holidays table as read (its user years in config.calendar).
  const calendar = calendarOf(config);
  const plan = spreadTarget({ month, target: monthTarget, settings: config.settings.targets, calendar });
  const company = config.settings.companyName;
  const sheet = targetsSheet({ month, target: monthTarget, plan, lang, actuals, ...counts, events: config.settings.targets.events, company });
  const spec = withContents({ sheets: [settings.sheet, sheet], names: settings.names, ...(lang === "zh-CN" ? { font: CHINESE_FONT } : {}) }, live, month, { lang, company });
  const overrides = given === undefined ? undefined : new Map([[key, new Map<string, CellValue>([[TARGETS_LAYOUT.targetCell, given.toNumber()]])]]);
  const written = await render(s, live, data, lang, { spec, render: [SHEET.contents, key], replaceEdits, ...(overrides ? { overrides } : {}) });

  const respread = spreadTarget({ month, target: monthTarget, settings: config.settings.targets, actuals, calendar });
  const warnings = respread.warnings.map((w) => located(w, inputs.locator, "warning", s.uiLang, false));
  const actual = sum([...respread.days.flatMap((d) => (d.actual === null ? [] : [d.actual]))]);
  const open = respread.days.filter((d) => d.actual === null).length;
  const summary =
    mode === "plan" && actuals.size === 0
      ? message("info", "office.done.plan", { month, target: yuan(respread.target), days: String(respread.days.length), weeks: String(respread.weeks.length) }, s.uiLang).text
      : message("info", "office.done.refresh", { month, target: yuan(respread.target), actual: yuan(actual), remaining: yuan(max(ZERO, respread.target.minus(actual))), open: String(open) }, s.uiLang).text;
  return { summary, messages: [...written.notes, ...warnings] };
}
