/**
 * A month's payroll: written (runPayroll, addNextMonth), or read for the pane (readPayroll: the
 * month's totals and pool as the engine computes them from what the workbook holds now — the numbers
 * the sheet's formulas reproduce, so the pane and the sheet agree; two round trips, nothing written).
 */
import { addMonths, monthYear, type Month } from "../../core/calendar";
import type { Dec } from "../../core/money";
import { computePayroll, payrollSummary, type PayrollSummary } from "../../core/payroll";
import { buildWorkbook } from "../../workbook/build";
import { SHEET, TABLE } from "../../workbook/names";
import { formulasChangedSince, shiftedSince } from "../../workbook/layoutUpgrades";
import { isDateValue, type CellValue, type WorkbookSpec } from "../../workbook/spec";
import { PAYROLL_CELLS, tableTemplate } from "../../workbook/templates";
import { parseA1, parseRange } from "../../workbook/address";
import type { Lang } from "../../data/lang";
import { discover } from "../host/discover";
import { readInputs as loadInputs } from "../host/readInputs";
import { located, readInputs, type ReadContext } from "../reconcile/inputs";
import { mergeReadData, sheetVersion, type LiveWorkbook, type ReadData } from "../reconcile/liveModel";
import { roleIdTextsAfter } from "../reconcile/planValues";
import { readRequest } from "../reconcile/readRequest";
import { workbookLang } from "../reconcile/workbookLang";
import { CommandStop, message, type CommandMessage, type CommandResult, type CommandStats } from "../result";
import type { CommandOptions, NextMonthOptions, PayrollOptions } from "./options";
import { amountArg, capped, checkMonth, dedupe, load, ownedKeys, ownedMonths, parsed, protectOption, render, requireSetUp, runCommand, withContents, yuan, type Done, type Session } from "./session";

/** The month's payroll: a payroll sheet for every month of the tax year's chain (so the year to date
 *  is carried by formulas), the month's slips, and the role sheets for the month. Rewards, penalties,
 *  paid days and gross margins already typed are kept. */
export function runPayroll(month: Month, options: PayrollOptions = {}): Promise<CommandResult> {
  return runCommand(options.lang, async (s) => {
    checkMonth(month, s.uiLang);
    const live = await discover(s.context, s.sync);
    requireSetUp(live, s.uiLang);
    const gm = options.grossMargin === undefined || options.grossMargin === null ? undefined : amountArg(options.grossMargin, "grossMargin", s.uiLang);
    return monthCommand(s, live, month, { grossMargin: gm, protect: protectOption(options, live), replaceEdits: !!options.replaceEdits }, "payroll");
  });
}

/** The month after the latest one in the workbook (or after `options.after`): its Targets sheet, its
 *  payroll sheet (carrying the year to date from the month before, or starting a new tax year in
 *  January), slips and role sheets. */
export function addNextMonth(options: NextMonthOptions = {}): Promise<CommandResult> {
  return runCommand(options.lang, async (s) => {
    if (options.after !== undefined) checkMonth(options.after, s.uiLang);
    const live = await discover(s.context, s.sync);
    requireSetUp(live, s.uiLang);
    const months = [...ownedMonths(live, "payroll"), ...ownedMonths(live, "targets")].sort();
    const latest = options.after ?? months[months.length - 1];
    if (latest === undefined) throw new CommandStop([message("error", "office.noMonth", {}, s.uiLang)]);
    return monthCommand(s, live, addMonths(latest, 1), { protect: protectOption(options, live), replaceEdits: !!options.replaceEdits }, "next");
  });
}

/** The payroll months of the tax year of `month`, up to it, that the workbook has. */
function chainOf(live: LiveWorkbook, month: Month): Month[] {
  return ownedMonths(live, "payroll").filter((m) => monthYear(m) === monthYear(month) && m <= month);
}

async function monthCommand(s: Session, live: LiveWorkbook, month: Month, opts: { grossMargin?: Dec; protect: boolean; replaceEdits: boolean }, mode: "payroll" | "next"): Promise<Done> {
  const lang = workbookLang(live, s.uiLang);
  const chain = chainOf(live, month);
  const want = new Set<string>([SHEET.settings, SHEET.roles, SHEET.staff, SHEET.deductions, SHEET.slips(month), ...chain.map(SHEET.payroll), ...ownedKeys(live, "role")]);
  if (mode === "next") want.add(SHEET.targets(month));
  // A workbook whose Roles table an upgrade gives new helper columns (the codes the payroll formulas
  // read) has the Roles sheet written too: till then those columns are empty.
  const roles = formulasChangedSince(live.layout.version, { table: TABLE.roles });
  // Settings is written when the payroll's formulas need it to change: a workbook made before the city
  // profiles' table (layout 12) or the Holidays table (layout 13) gets it (read whole with the rest), and the
  // Holidays table must hold the days of every year the month's payroll touches — a month in a year the
  // table lacks (a workbook made last year, a December run after January's) brings that year's known days in
  // beside the rows there — and say which months no calendar covers (then Settings is read whole in a
  // round trip of its own: known only once its inputs are read, and rare) — as when the Holidays table still
  // stands where layout 14 had it: it moves down when its sheet is written (src/workbook/layoutUpgrades.ts, layout 15).
  const settingsTables = !live.tables.has(TABLE.insuranceBases.toLowerCase()) || !live.tables.has(TABLE.holidays.toLowerCase());
  const setUp = new Set<string>([SHEET.staff, SHEET.deductions, ...(settingsTables ? [] : [SHEET.settings]), ...(roles ? [] : [SHEET.roles])]);
  // The payroll formulas read the Special deductions table: a workbook without it (made before layout 11) gets it.
  const addDeductions = !live.byKey.has(SHEET.deductions);
  const data = await load(s, live, lang, (k) => want.has(k), (k) => want.has(k) && !setUp.has(k));
  const ctx: ReadContext = { live, data, lang, uiLang: s.uiLang };
  const inputs = readInputs(ctx, chain);
  const current = inputs.raw.months.find((m) => m.month === month);
  if (opts.grossMargin !== undefined) {
    if (current) current.grossMargin = opts.grossMargin.toString();
    else inputs.raw.months.push({ month, grossMargin: opts.grossMargin.toString(), entries: [] });
  } else if (!current) inputs.raw.months.push({ month, grossMargin: null, entries: [] });
  const config = parsed(inputs, s.uiLang);

  // The role sheets' B3 holds what Roles' id cells will (this command never sets them).
  const roleIdTexts = roleIdTextsAfter(inputs.roleIdTexts ?? new Map(), config.roles, sheetVersion(live, SHEET.roles), lang, roles);
  const built = buildWorkbook(config, month, lang, { protect: opts.protect, roleIdTexts, ...(inputs.holidayYears ? { holidayYears: inputs.holidayYears } : {}) });
  // A month that cannot be paid as entered (a negative gross) stops the command before anything is written.
  const unpayable = built.payroll[built.payroll.length - 1]!.errors;
  if (unpayable.length > 0) throw new CommandStop(unpayable.map((w) => located(w, inputs.locator, "error", s.uiLang)));
  const spec = withContents(built.spec, live, month, { lang, company: config.settings.companyName });
  const keys = spec.sheets.map((x) => x.key);
  const fillHolidays = missingHolidayYears(spec, inputs.holidayYears);
  const holidays = fillHolidays ? { setInputs: new Set([TABLE.holidays]) } : {};
  const settings = settingsTables || fillHolidays || built.uncoveredMonths.length > 0 || holidaysToMove(live, data, lang);
  if (settings && !settingsTables) mergeReadData(data, await load(s, live, lang, (k) => k === SHEET.settings, (k) => k === SHEET.settings));
  const rendered = keys.filter((k) => k === SHEET.contents || (roles && k === SHEET.roles) || (settings && k === SHEET.settings) || (addDeductions && k === SHEET.deductions) || k.startsWith("payroll:") || k === SHEET.slips(month) || k.startsWith("role:") || (mode === "next" && k === SHEET.targets(month)));
  const overrides = opts.grossMargin === undefined ? undefined : new Map([[SHEET.payroll(month), new Map<string, CellValue>([[PAYROLL_CELLS.grossMargin, opts.grossMargin.toNumber()]])]]);
  const written = await render(s, live, data, lang, { spec, render: rendered, replaceEdits: opts.replaceEdits, ...(overrides ? { overrides } : {}), ...holidays });

  const result = built.payroll[built.payroll.length - 1]!;
  const warnings = capped(dedupe(result.warnings).map((w) => located(w, inputs.locator, "warning", s.uiLang, false)), s.uiLang);
  const params = { month, people: String(result.employees.length), gross: yuan(result.totals.earningsTotal), net: yuan(result.totals.net), sheets: String(written.keys.length) };
  const summary = message("info", mode === "payroll" ? "office.done.payroll" : "office.done.nextMonth", params, s.uiLang).text;
  return { summary, messages: [...written.notes, ...warnings] };
}

/**
 * Whether the Holidays table the command writes has a year the workbook's table has no row of (the
 * month's year, in a workbook made in another): then its rows are written from the spec — the table's own
 * years as read (the user's changes kept), the new year's days as ShopSheet knows them.
 */
function missingHolidayYears(spec: WorkbookSpec, tableYears: readonly number[] | undefined): boolean {
  if (tableYears === undefined) return false; // no table yet: the command creates it whole
  const table = spec.sheets.find((x) => x.key === SHEET.settings)?.tables.find((t) => t.name === TABLE.holidays);
  return (table?.rows ?? []).some((r) => isDateValue(r.date) && !tableYears.includes(Number(r.date.date.slice(0, 4))));
}

/** Whether the Holidays table stands above where the layout puts it, still to be moved down by an upgrade. */
function holidaysToMove(live: LiveWorkbook, data: ReadData, lang: Lang): boolean {
  const range = data.tables.get(TABLE.holidays.toLowerCase())?.range;
  const template = tableTemplate(TABLE.holidays, lang);
  if (range === undefined || template === null || !shiftedSince(live.layout.version, TABLE.holidays)) return false;
  return parseRange(range).top < parseA1(template.at).row;
}

/** The month's totals and pool (money as "1234.50" strings: the pane formats them), and its warnings. */
export interface PayrollFigures extends PayrollSummary {
  /** The engine's warnings for the month, placed on their cells. */
  warnings: CommandMessage[];
}

export type PayrollRead = { ok: true; figures: PayrollFigures; stats: CommandStats } | { ok: false; messages: CommandMessage[]; stats: CommandStats };

/** The month's figures as the engine computes them from the workbook. Read only: never throws. */
export async function readPayroll(month: Month, options: CommandOptions = {}): Promise<PayrollRead> {
  let figures: PayrollFigures | undefined;
  const r = await runCommand(options.lang, async (s) => {
    const live = await discover(s.context, s.sync);
    requireSetUp(live, s.uiLang);
    if (!live.byKey.has(SHEET.payroll(month))) throw new CommandStop([message("error", "tp.payroll.noSheet", { month }, s.uiLang)]);
    const lang = workbookLang(live, s.uiLang);
    const chain = chainOf(live, month);
    const want = new Set<string>([SHEET.settings, SHEET.roles, SHEET.staff, SHEET.deductions, ...chain.map(SHEET.payroll)]);
    const data = await loadInputs(s.context, s.sync, readRequest(live, lang, (k) => want.has(k), undefined, s.features));
    const inputs = readInputs({ live, data, lang, uiLang: s.uiLang }, chain);
    const result = computePayroll(parsed(inputs, s.uiLang), month);
    if (result.errors.length > 0) throw new CommandStop(result.errors.map((w) => located(w, inputs.locator, "error", s.uiLang)));
    figures = { ...payrollSummary(result), warnings: result.warnings.map((w) => located(w, inputs.locator, "warning", s.uiLang, false)) };
    return { summary: "", messages: [] };
  });
  if (!r.ok) return r;
  return { ok: true, figures: figures!, stats: r.stats };
}
