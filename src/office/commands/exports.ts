/**
 * The pane's exports, on the Office.js side: the config a month's payroll is computed from, read from
 * the workbook as the payroll sheets hold it (readMonthConfig: two round trips, nothing written), and a
 * new workbook opened from a file's bytes (openWorkbook: Excel.createWorkbook). What goes between —
 * the file's bytes — is src/xlsx/exportFiles.ts, the same function `shopsheet export` writes with; the
 * pane joins the three (src/taskpane/officeBridge.ts).
 */
import { monthYear, type Month } from "../../core/calendar";
import type { Config } from "../../core/types";
import { SHEET } from "../../workbook/names";
import { discover } from "../host/discover";
import { readInputs as loadInputs } from "../host/readInputs";
import { readInputs } from "../reconcile/inputs";
import { readRequest } from "../reconcile/readRequest";
import { workbookLang } from "../reconcile/workbookLang";
import { CommandStop, emptyStats, message, type CommandMessage, type CommandStats } from "../result";
import type { CommandOptions } from "./options";
import { checkMonth, ownedMonths, parsed, requireSetUp, runCommand } from "./session";

export type MonthConfigRead = { ok: true; config: Config; stats: CommandStats } | { ok: false; messages: CommandMessage[]; stats: CommandStats };

/** The config of Settings, Roles, Staff (its personal columns included) and the tax year's payroll sheets up to `month`. */
export async function readMonthConfig(month: Month, options: CommandOptions = {}): Promise<MonthConfigRead> {
  let config: Config | undefined;
  const r = await runCommand(options.lang, async (s) => {
    checkMonth(month, s.uiLang);
    const live = await discover(s.context, s.sync);
    requireSetUp(live, s.uiLang);
    if (!live.byKey.has(SHEET.payroll(month))) throw new CommandStop([message("error", "tp.payroll.noSheet", { month }, s.uiLang)]);
    const lang = workbookLang(live, s.uiLang);
    const chain = ownedMonths(live, "payroll").filter((m) => monthYear(m) === monthYear(month) && m <= month);
    const want = new Set<string>([SHEET.settings, SHEET.roles, SHEET.staff, SHEET.deductions, ...chain.map(SHEET.payroll)]);
    const data = await loadInputs(s.context, s.sync, readRequest(live, lang, (k) => want.has(k), undefined, s.features));
    config = parsed(readInputs({ live, data, lang, uiLang: s.uiLang }, chain), s.uiLang);
    return { summary: "", messages: [] };
  });
  if (!r.ok) return r;
  return { ok: true, config: config!, stats: r.stats };
}

export type OpenResult = { ok: true; stats: CommandStats } | { ok: false; messages: CommandMessage[]; stats: CommandStats };

/**
 * Opens a new workbook holding the .xlsx `base64` — Excel.createWorkbook (ExcelApi 1.8: "Creates and
 * opens a new workbook. Optionally, the workbook can be pre-populated with a Base64-encoded .xlsx
 * file", https://learn.microsoft.com/javascript/api/excel#excel-excel-createworkbook-function(1)). The
 * user saves it where they like; nothing is written to the open workbook. An Excel without 1.8
 * (Excel 2016) is told so, rather than failing with Office's words.
 */
export async function openWorkbook(base64: string, options: CommandOptions = {}): Promise<OpenResult> {
  const lang = options.lang ?? "zh-CN";
  const stats = emptyStats();
  if (typeof Excel === "undefined" || typeof Excel.createWorkbook !== "function") return { ok: false, messages: [message("error", "office.noExcel", {}, lang)], stats };
  if (!Office.context.requirements.isSetSupported("ExcelApi", "1.8")) return { ok: false, messages: [message("error", "office.export.needs18", {}, lang)], stats };
  try {
    await Excel.createWorkbook(base64);
    return { ok: true, stats };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, messages: [message("error", "office.export.openFailed", { detail }, lang)], stats };
  }
}
