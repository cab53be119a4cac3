/**
 * The commands the task pane calls. Each one is a fixed sequence of round trips, whatever the size of
 * the team:
 *
 *   1. discover  — sheets, tables, headers, names, protection            (1 sync)
 *   2. read      — the user's inputs, our tables' row keys, and what the
 *                  sheets to write hold where ShopSheet writes           (1 sync, skipped if nothing to read)
 *   3. write     — everything, calculation suspended                      (1 sync per ≤ 4 MB batch)
 *   4. calculate — a full recalculation, since calculation was suspended  (1 sync)
 *
 * Everything is checked between 2 and 3 — the inputs by the engine's own config rules, the layout
 * against what would be overwritten — so a command that stops has changed nothing. Results carry
 * localized messages; no Office error escapes.
 */
import { addMonths, currentMonth, isMonth, monthYear, type Month } from "../../core/calendar";
import { max, money, parseAmount, sum, ZERO, type Dec } from "../../core/money";
import { spreadTarget } from "../../core/targets";
import type { Config, Warning } from "../../core/types";
import { exampleTeamConfig } from "../../data/exampleTeam";
import { formatMessage } from "../../data/messages";
import type { Lang } from "../../data/lang";
import { buildWorkbook } from "../../workbook/build";
import { parseA1, rangeA1 } from "../../workbook/address";
import { LAYOUT_VERSION } from "../../workbook/layoutVersion";
import { SHEET, TABLE } from "../../workbook/names";
import { settingsSheet } from "../../workbook/sheets/settings";
import { targetsSheet } from "../../workbook/sheets/targets";
import type { CellValue, WorkbookSpec } from "../../workbook/spec";
import { validateWorkbook } from "../../workbook/validate";
import { officeErrorMessages } from "../host/errors";
import { execute } from "../host/execute";
import { ALL_FEATURES, MINIMUM_API, type Features } from "../reconcile/features";
import { detectFeatures } from "../host/features";
import { discover } from "../host/discover";
import { readInputs as loadInputs } from "../host/readInputs";
import { emptyReadRequest, type LiveWorkbook, type ReadData, type ReadRequest } from "../reconcile/liveModel";
import { layoutConflicts, planRender, rectangles, type RenderRequest } from "../reconcile/plan";
import { isGenerated, isInput } from "../reconcile/planCells";
import { columnPlaces } from "../../workbook/layoutUpgrades";
import { columnsToRead, located, parseInputs, readInputs, readTargets, settingsCells, type Inputs, type ReadContext } from "../reader";
import { CommandStop, emptyStats, message, type CommandMessage, type CommandResult, type CommandStats } from "../result";
import { PAYROLL_CELLS, rowsArePeople, sheetKind, sheetTemplate, tableTemplate, TARGETS_LAYOUT } from "../../workbook/templates";

// ---------------------------------------------------------------- public types

export interface CommandOptions {
  /** Language of messages, and of the sheets in a workbook that has none yet (an existing workbook
   *  keeps its own). Default zh-CN. */
  lang?: Lang;
  /** Protect the generated month and role sheets (no password; input cells stay editable). Default:
   *  protect if ShopSheet's month or role sheets are protected now (an earlier run protected them). */
  protect?: boolean;
  /** What was typed over cells ShopSheet computes (or where it rewrites the slips) is replaced, and the
   *  result says which cells — instead of the command stopping and naming them (./edits.ts). */
  replaceEdits?: boolean;
}

export interface SetUpInput extends CommandOptions {
  /** Seed the Staff table with the example team (and its example AOV and conversion rate). */
  example?: boolean;
  /** Seeds in the config-file shape (README "Config format"), used only for tables that do not exist
   *  yet: an existing Settings sheet, Roles or Staff table is the user's and is kept. */
  settings?: unknown;
  roles?: unknown[];
  staff?: unknown[];
}

export interface PayrollOptions extends CommandOptions {
  /** The month's gross margin, typed in the pane; written into the payroll sheet's input cell. */
  grossMargin?: number | string | null;
}

// ---------------------------------------------------------------- the commands

/** Settings, Roles and Staff (created from the seeds where missing, refreshed where present) and the
 *  role sheets (for the latest payroll month; with no payroll yet they come with the first one). */
export function setUpRolesAndStaff(input: SetUpInput = {}): Promise<CommandResult> {
  return runCommand(input.lang, async (s) => {
    const live = await discover(s.context, s.sync);
    const lang = workbookLang(live, s.uiLang);
    const roleKeys = ownedKeys(live, "role");
    const setUpKeys = (k: string) => k === SHEET.settings || k === SHEET.roles || k === SHEET.staff || roleKeys.includes(k);
    const data = await load(s, live, lang, setUpKeys, setUpKeys);
    const ctx: ReadContext = { live, data, lang, uiLang: s.uiLang };
    const inputs = readInputs(ctx, []);
    const notes: CommandMessage[] = [];
    const seed = input.example ? exampleTeamConfig(currentMonth()) : undefined;
    // A seed given for a sheet that exists is not used (the sheet is the user's): say so.
    const keep = (key: string) => notes.push(message("info", "office.note.kept", { what: live.byKey.get(key)?.name ?? key }, s.uiLang));
    if (inputs.raw.settings === undefined) {
      const settings = input.settings ?? seed?.settings;
      if (settings !== undefined) inputs.raw.settings = settings as Record<string, unknown>;
    } else if (input.settings !== undefined) keep(SHEET.settings);
    if (inputs.raw.roles === undefined) {
      if (input.roles !== undefined) inputs.raw.roles = input.roles;
    } else if (input.roles !== undefined) keep(SHEET.roles);
    if (inputs.raw.staff === undefined) inputs.raw.staff = input.staff ?? seed?.staff ?? [];
    else if (input.staff !== undefined || input.example) keep(SHEET.staff);
    const config = parsed(inputs, s.uiLang);

    const payrollMonths = ownedMonths(live, "payroll");
    const latest = payrollMonths[payrollMonths.length - 1];
    const built = buildWorkbook(config, latest ?? currentMonth(), lang, { protect: protectOption(input, live) });
    const render: string[] = [SHEET.settings, SHEET.roles, SHEET.staff];
    if (latest !== undefined) render.push(...built.spec.sheets.filter((x) => x.key.startsWith("role:")).map((x) => x.key));
    else notes.push(message("info", "office.note.roleSheetsLater", {}, s.uiLang));
    const written = await render_(s, live, data, lang, { spec: built.spec, render, replaceEdits: !!input.replaceEdits });
    const summary = message("info", "office.done.setUp", { sheets: String(written.keys.length), roles: String(config.roles.length), staff: String(config.staff.length) }, s.uiLang).text;
    return { summary, messages: [...notes, ...written.notes] };
  });
}

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

export interface NextMonthOptions extends CommandOptions {
  /** The month to add the next one after. Default: the latest month in the workbook — so each call
   *  without it adds one more month, while a call with it gives the same workbook however often it
   *  runs. */
  after?: Month;
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

// ---------------------------------------------------------------- bodies

interface Session {
  context: Excel.RequestContext;
  sync: () => Promise<void>;
  stats: CommandStats;
  features: Features;
  uiLang: Lang;
  setPhase(p: "read" | "write"): void;
}

interface Done {
  summary: string;
  messages: CommandMessage[];
}

async function targetsCommand(s: Session, month: Month, target: number | string | null | undefined, mode: "plan" | "refresh", replaceEdits: boolean): Promise<Done> {
  checkMonth(month, s.uiLang);
  const given = target === undefined || target === null ? undefined : amountArg(target, "target", s.uiLang);
  const live = await discover(s.context, s.sync);
  if (!live.byKey.has(SHEET.settings)) throw new CommandStop([message("error", "office.needsSetup", { what: SHEET.settings }, s.uiLang)]);
  const key = SHEET.targets(month);
  if (mode === "refresh" && !live.byKey.has(key)) throw new CommandStop([message("error", "office.needsPlan", { month }, s.uiLang)]);
  const lang = workbookLang(live, s.uiLang);
  const data = await load(s, live, lang, (k) => k === SHEET.settings || k === key, (k) => k === key);
  const ctx: ReadContext = { live, data, lang, uiLang: s.uiLang };
  const inputs = readInputs(ctx, []);
  // Roles and staff are not needed to plan sales.
  delete inputs.raw.roles;
  delete inputs.raw.staff;
  const config = parsed(inputs, s.uiLang);
  const existing = readTargets(ctx, month);
  if (existing && existing.errors.length) throw new CommandStop(existing.errors);

  const monthTarget = given ?? existing?.target ?? ZERO;
  const actuals = existing?.actuals ?? new Map();
  const settings = settingsSheet(config.settings, lang);
  const plan = spreadTarget({ month, target: monthTarget, settings: config.settings.targets });
  const sheet = targetsSheet({ month, target: monthTarget, plan, lang, actuals });
  const spec: WorkbookSpec = { sheets: [settings.sheet, sheet], names: settings.names };
  const overrides = given === undefined ? undefined : new Map([[key, new Map<string, CellValue>([[TARGETS_LAYOUT.targetCell, given.toNumber()]])]]);
  const written = await render_(s, live, data, lang, { spec, render: [key], replaceEdits, ...(overrides ? { overrides } : {}) });

  const respread = spreadTarget({ month, target: monthTarget, settings: config.settings.targets, actuals });
  const warnings = respread.warnings.map((w) => located(w, inputs.locator, "warning", s.uiLang, false));
  const actual = sum([...respread.days.flatMap((d) => (d.actual === null ? [] : [d.actual]))]);
  const open = respread.days.filter((d) => d.actual === null).length;
  const summary =
    mode === "plan" && actuals.size === 0
      ? message("info", "office.done.plan", { month, target: yuan(respread.target), days: String(respread.days.length), weeks: String(respread.weeks.length) }, s.uiLang).text
      : message("info", "office.done.refresh", { month, target: yuan(respread.target), actual: yuan(actual), remaining: yuan(max(ZERO, respread.target.minus(actual))), open: String(open) }, s.uiLang).text;
  return { summary, messages: [...written.notes, ...warnings] };
}

async function monthCommand(s: Session, live: LiveWorkbook, month: Month, opts: { grossMargin?: Dec; protect: boolean; replaceEdits: boolean }, mode: "payroll" | "next"): Promise<Done> {
  const lang = workbookLang(live, s.uiLang);
  const year = monthYear(month);
  const chain = ownedMonths(live, "payroll").filter((m) => monthYear(m) === year && m <= month);
  const roleKeys = ownedKeys(live, "role");
  const want = new Set<string>([SHEET.settings, SHEET.roles, SHEET.staff, SHEET.slips(month), ...chain.map(SHEET.payroll), ...roleKeys]);
  if (mode === "next") want.add(SHEET.targets(month));
  const setUp = new Set<string>([SHEET.settings, SHEET.roles, SHEET.staff]);
  const data = await load(s, live, lang, (k) => want.has(k), (k) => want.has(k) && !setUp.has(k));
  const ctx: ReadContext = { live, data, lang, uiLang: s.uiLang };
  const inputs = readInputs(ctx, chain);
  const current = inputs.raw.months.find((m) => m.month === month);
  if (opts.grossMargin !== undefined) {
    if (current) current.grossMargin = opts.grossMargin.toString();
    else inputs.raw.months.push({ month, grossMargin: opts.grossMargin.toString(), entries: [] });
  } else if (!current) inputs.raw.months.push({ month, grossMargin: null, entries: [] });
  const config = parsed(inputs, s.uiLang);

  const built = buildWorkbook(config, month, lang, { protect: opts.protect });
  // A month that cannot be paid as entered (a negative gross) stops the command before anything is written.
  const unpayable = built.payroll[built.payroll.length - 1]!.errors;
  if (unpayable.length > 0) throw new CommandStop(unpayable.map((w) => located(w, inputs.locator, "error", s.uiLang)));
  const keys = built.spec.sheets.map((x) => x.key);
  const render = keys.filter((k) => k.startsWith("payroll:") || k === SHEET.slips(month) || k.startsWith("role:") || (mode === "next" && k === SHEET.targets(month)));
  const overrides = opts.grossMargin === undefined ? undefined : new Map([[SHEET.payroll(month), new Map<string, CellValue>([[PAYROLL_CELLS.grossMargin, opts.grossMargin.toNumber()]])]]);
  const written = await render_(s, live, data, lang, { spec: built.spec, render, replaceEdits: opts.replaceEdits, ...(overrides ? { overrides } : {}) });

  const result = built.payroll[built.payroll.length - 1]!;
  const warnings = capped(dedupe(result.warnings).map((w) => located(w, inputs.locator, "warning", s.uiLang, false)), s.uiLang);
  const params = { month, people: String(result.employees.length), gross: yuan(result.totals.gross), net: yuan(result.totals.net), sheets: String(written.keys.length) };
  const summary = message("info", mode === "payroll" ? "office.done.payroll" : "office.done.nextMonth", params, s.uiLang).text;
  return { summary, messages: [...written.notes, ...warnings] };
}

// ---------------------------------------------------------------- shared steps

export async function runCommand(lang: Lang | undefined, body: (s: Session) => Promise<Done>): Promise<CommandResult> {
  const uiLang: Lang = lang ?? "zh-CN";
  const stats = emptyStats();
  if (typeof Excel === "undefined" || typeof Excel.run !== "function") return { ok: false, messages: [message("error", "office.noExcel", {}, uiLang)], stats };
  const features = detectFeatures();
  if (!features) return { ok: false, messages: [message("error", "office.apiTooOld", { version: MINIMUM_API }, uiLang)], stats };
  let phase: "read" | "write" = "read";
  try {
    return await Excel.run(async (context): Promise<CommandResult> => {
      const sync = async () => {
        stats.syncs++;
        await context.sync();
      };
      const done = await body({ context, sync, stats, features, uiLang, setPhase: (p) => (phase = p) });
      return { ok: true, summary: done.summary, messages: done.messages, stats };
    });
  } catch (e) {
    if (e instanceof CommandStop) return { ok: false, messages: e.messages, stats };
    return { ok: false, messages: officeErrorMessages(e, phase, uiLang), stats };
  }
}

/** Round trip 2: our tables (key and input columns) and single input cells on the sheets `want`s, and
 *  what the sheets the command writes (`edits`) hold where ShopSheet writes — then the layout checks,
 *  before any value is taken by its position. */
async function load(s: Session, live: LiveWorkbook, lang: Lang, want: (key: string) => boolean, edits: (key: string) => boolean): Promise<ReadData> {
  if (live.layout.version > LAYOUT_VERSION) {
    throw new CommandStop([message("error", "office.conflict.newerLayout", { found: String(live.layout.version), known: String(LAYOUT_VERSION) }, s.uiLang)]);
  }
  const data = await loadInputs(s.context, s.sync, readRequest(live, lang, want, edits, s.features));
  const conflicts = layoutConflicts(live, data, lang, s.uiLang, want);
  if (conflicts.length) throw new CommandStop(conflicts);
  return data;
}

export function readRequest(live: LiveWorkbook, lang: Lang, want: (key: string) => boolean, edits: (key: string) => boolean = () => false, features: Features = ALL_FEATURES): ReadRequest {
  const req = emptyReadRequest();
  for (const [key, sheet] of live.byKey) {
    if (!want(key)) continue;
    const check = edits(key);
    for (const t of sheet.tables) {
      const template = tableTemplate(t.name, lang);
      if (!template) continue;
      // Columns by their place in the live table: an older layout may lack columns still to insert.
      const found = columnPlaces(template, t.headers, live.layout.version, lang);
      const places = found.ok ? found.places : null;
      const columns = columnsToRead(template).filter((i) => (places ? places[i] !== null : i < t.headers.length));
      const people = rowsArePeople(t.name);
      req.tables.push({
        table: t.name,
        columns,
        ...(places && places.some((p, i) => p !== i) ? { places } : {}),
        ...(check ? { formulas: people && features.specialCells ? "first" : "all", constants: people && features.specialCells } : {}),
      });
    }
    const { kind } = sheetKind(key);
    if (kind === "payroll") req.cells.push({ sheet: sheet.name, address: PAYROLL_CELLS.grossMargin });
    if (kind === "targets") req.cells.push({ sheet: sheet.name, address: TARGETS_LAYOUT.targetCell });
    if (kind === "slips") req.usedRanges.push(sheet.name);
    if (check) editReads(req, key, sheet.name, lang, features);
  }
  if (want(SHEET.settings)) for (const c of settingsCells({ live, lang })) req.cells.push({ sheet: c.sheet, address: c.address });
  return req;
}

/** What ShopSheet's places on a sheet hold now (./edits.ts): its own cells outside tables, as
 *  rectangles; for a sheet written whole, where its constants and formulas are. */
function editReads(req: ReadRequest, key: string, sheetName: string, lang: Lang, features: Features): void {
  const template = sheetTemplate(key, lang);
  if (!template) return;
  if (isGenerated(template)) {
    req.generated.push({ sheet: sheetName, special: features.specialCells });
    req.formulaRanges.push({ sheet: sheetName, address: "A1" });
    return;
  }
  const ours = template.cells.filter((c) => !isInput(c.style)).map((c) => ({ ...parseA1(c.at), item: c.at }));
  for (const r of rectangles(ours)) req.formulaRanges.push({ sheet: sheetName, address: rangeA1(r.range) });
}

/** Round trips 3 and 4, after the plan is checked. */
async function render_(s: Session, live: LiveWorkbook, data: ReadData, lang: Lang, req: RenderRequest): Promise<{ notes: CommandMessage[]; keys: string[] }> {
  try {
    validateWorkbook(req.spec);
  } catch (e) {
    throw new CommandStop([message("error", "office.error.internal", { detail: (e as Error).message }, s.uiLang)]);
  }
  const plan = planRender(req, { live, data, features: s.features, lang: s.uiLang, workbookLang: lang });
  if (!plan.ok) throw new CommandStop(plan.conflicts);
  s.setPhase("write");
  const r = await execute(s.context, s.sync, plan.ops, live, s.features);
  s.stats.writeBatches = r.batches;
  s.stats.largestBatchBytes = r.largestBatchBytes;
  s.stats.sheetsWritten = plan.written;
  return { notes: plan.notes, keys: plan.written };
}

function parsed(inputs: Inputs, lang: Lang): Config {
  const r = parseInputs(inputs, lang);
  if (!r.ok) throw new CommandStop(r.errors);
  return r.config;
}

/** The workbook's language: the one whose headers its tables have (a workbook made in Chinese stays
 *  Chinese when the pane runs in English); the pane's for a new workbook. */
export function workbookLang(live: LiveWorkbook, preferred: Lang): Lang {
  const other: Lang = preferred === "zh-CN" ? "en-US" : "zh-CN";
  for (const lang of [preferred, other]) {
    for (const name of [TABLE.roles, TABLE.staff, TABLE.taxTable]) {
      const lt = live.tables.get(name.toLowerCase());
      const template = tableTemplate(name, lang);
      if (lt && template && columnPlaces(template, lt.headers, live.layout.version, lang).ok) return lang;
    }
  }
  return preferred;
}

function ownedKeys(live: LiveWorkbook, kind: string): string[] {
  return [...live.byKey.keys()].filter((k) => sheetKind(k).kind === kind).sort();
}

function ownedMonths(live: LiveWorkbook, kind: string): Month[] {
  return ownedKeys(live, kind)
    .map((k) => sheetKind(k).month)
    .filter((m): m is Month => m !== null)
    .sort();
}

function requireSetUp(live: LiveWorkbook, lang: Lang): void {
  const missing = [SHEET.settings, SHEET.roles, SHEET.staff].filter((k) => !live.byKey.has(k));
  if (missing.length) throw new CommandStop([message("error", "office.needsSetup", { what: missing.join(", ") }, lang)]);
}

function checkMonth(month: Month, lang: Lang): void {
  if (!isMonth(month)) throw new CommandStop([message("error", "value.notMonth", { value: String(month) }, lang)]);
}

/** An amount typed in the pane; `what` names it in the message ("target: "lots" is not an amount"). */
function amountArg(v: number | string, what: "target" | "grossMargin", lang: Lang): Dec {
  const d = parseAmount(v);
  if (d !== null) return d;
  const m = message("error", "value.notAmount", { value: String(v) }, lang);
  throw new CommandStop([{ ...m, text: `${formatMessage(`office.arg.${what}`, {}, lang)}${formatMessage("office.placeSeparator", {}, lang)}${m.text}` }]);
}

/** Protect month and role sheets if asked, or if they are protected now (a run with protect did it). */
function protectOption(o: CommandOptions, live: LiveWorkbook): boolean {
  const open = new Set<string>([SHEET.settings, SHEET.roles, SHEET.staff]);
  return o.protect ?? [...live.byKey].some(([key, sh]) => !open.has(key) && sh.protected);
}

/** "¥1,234,567.80" */
function yuan(d: Dec): string {
  const [int, frac] = money(d).split(".") as [string, string];
  return `¥${int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${frac}`;
}

/** A pane shows a few dozen warnings, not ten thousand: the first MAX_WARNINGS and a count of the rest. */
const MAX_WARNINGS = 50;

function capped(ms: CommandMessage[], lang: Lang): CommandMessage[] {
  if (ms.length <= MAX_WARNINGS) return ms;
  return [...ms.slice(0, MAX_WARNINGS), message("info", "office.note.moreWarnings", { count: String(ms.length - MAX_WARNINGS) }, lang)];
}

function dedupe(ws: readonly Warning[]): Warning[] {
  const seen = new Set<string>();
  return ws.filter((w) => {
    const k = `${w.code}|${w.where}|${JSON.stringify(w.params)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
