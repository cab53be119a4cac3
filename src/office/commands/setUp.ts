/**
 * Settings, Roles and Staff: set up (created from seeds where missing, refreshed where present), read
 * for the task pane's Set up view, and written back from it — every write through the one reconciler
 * (../reconcile/plan.ts), so what the user typed elsewhere is kept and a column the user moved or
 * renamed stops the save with its place, as it stops every other command. Neither throws.
 *
 *   setUpRolesAndStaff(input?)    Settings, Roles, Staff (+ role sheets once a payroll exists)
 *   readSetup(options)            the sections present, in the config-file shape (README "Config format")
 *   saveSetup(sections, options)  the pane's edits into Settings, Roles and Staff: their inputs set from
 *                                 the sections, rows added or removed at the end of each table to fit,
 *                                 formulas, formats and role sheets brought up to date — in one command
 */
import { currentMonth } from "../../core/calendar";
import { parseConfig } from "../../core/config";
import { exampleTeamConfig } from "../../data/exampleTeam";
import type { Lang } from "../../data/lang";
import { buildWorkbook } from "../../workbook/build";
import { SHEET } from "../../workbook/names";
import { isFormulaCell, type CellValue, type ValueCell, type WorkbookSpec } from "../../workbook/spec";
import { discover } from "../host/discover";
import { readInputs as loadInputs } from "../host/readInputs";
import { problemMessage, readInputs, type ReadContext } from "../reconcile/inputs";
import { sheetVersion } from "../reconcile/liveModel";
import { roleIdTextsAfter } from "../reconcile/planValues";
import { readRequest } from "../reconcile/readRequest";
import { workbookLang } from "../reconcile/workbookLang";
import { emptyStats, message, type CommandMessage, type CommandResult, type CommandStats } from "../result";
import type { CommandOptions, SetUpInput } from "./options";
import { load, ownedKeys, ownedMonths, parsed, protectOption, render, runCommand, withContents } from "./session";

/** Settings, roles and staff in the config-file shape; a section is left out where its table is missing. */
export interface SetupSections {
  settings?: Record<string, unknown>;
  roles?: unknown[];
  staff?: unknown[];
  /** The user's city profiles (Settings' InsuranceBases table), kept as read: the pane chooses one, edits none. */
  insuranceProfiles?: unknown[];
}

export type SetupRead =
  | { ok: true; sections: SetupSections; workbookLang: Lang; messages: CommandMessage[]; stats: CommandStats }
  | { ok: false; messages: CommandMessage[]; stats: CommandStats };

// The special deductions are the staff's (staff[].deductions): read and written with Staff.
const SETUP_KEYS = new Set<string>([SHEET.settings, SHEET.roles, SHEET.staff, SHEET.deductions]);

/** Settings, Roles and Staff (created from the seeds where missing, refreshed where present) and the
 *  role sheets (for the latest payroll month; with no payroll yet they come with the first one). */
export function setUpRolesAndStaff(input: SetUpInput = {}): Promise<CommandResult> {
  return setUp(input, false);
}

/**
 * The set-up command. With `edits`, the sections given are the pane's edits: they replace what the
 * workbook's tables hold (instead of being seeds for what is missing), and the reconciler sets those
 * inputs and rows from them.
 */
function setUp(input: SetUpInput, edits: boolean): Promise<CommandResult> {
  return runCommand(input.lang, async (s) => {
    const live = await discover(s.context, s.sync);
    const lang = workbookLang(live, s.uiLang);
    const roleKeys = ownedKeys(live, "role");
    const setUpKeys = (k: string) => SETUP_KEYS.has(k) || roleKeys.includes(k);
    const data = await load(s, live, lang, setUpKeys, setUpKeys);
    const ctx: ReadContext = { live, data, lang, uiLang: s.uiLang };
    const inputs = readInputs(ctx, []);
    const notes: CommandMessage[] = [];
    const seed = input.example ? exampleTeamConfig(currentMonth()) : undefined;
    // A seed given for a sheet that exists is not used (the sheet is the user's): say so.
    const keep = (key: string) => notes.push(message("info", "office.note.kept", { what: live.byKey.get(key)?.name ?? key }, s.uiLang));
    if (edits) {
      if (input.settings !== undefined) inputs.raw.settings = input.settings as Record<string, unknown>;
      if (input.roles !== undefined) inputs.raw.roles = input.roles;
      if (input.staff !== undefined) inputs.raw.staff = input.staff;
      if (input.insuranceProfiles !== undefined) inputs.raw.insuranceProfiles = input.insuranceProfiles;
      inputs.raw.staff ??= [];
    } else {
      if (inputs.raw.settings === undefined) {
        const settings = input.settings ?? seed?.settings;
        if (settings !== undefined) inputs.raw.settings = settings as Record<string, unknown>;
      } else if (input.settings !== undefined) keep(SHEET.settings);
      if (inputs.raw.roles === undefined) {
        if (input.roles !== undefined) inputs.raw.roles = input.roles;
      } else if (input.roles !== undefined) keep(SHEET.roles);
      if (inputs.raw.staff === undefined) inputs.raw.staff = input.staff ?? seed?.staff ?? [];
      else if (input.staff !== undefined || input.example) keep(SHEET.staff);
    }
    const config = parsed(inputs, s.uiLang);

    const payrollMonths = ownedMonths(live, "payroll");
    const latest = payrollMonths[payrollMonths.length - 1];
    const month = latest ?? currentMonth();
    // The pane's roles set Roles' id cells from the spec, and the role sheets' B3 with them; any other set-up
    // leaves those cells as they are (but for an upgrade's rewrite), and B3 holds what they will.
    const setsRoleIds = edits && input.roles !== undefined;
    const roleIdTexts = setsRoleIds ? undefined : roleIdTextsAfter(inputs.roleIdTexts ?? new Map(), config.roles, sheetVersion(live, SHEET.roles), lang, true);
    const built = buildWorkbook(config, month, lang, { protect: protectOption(input, live), ...(roleIdTexts ? { roleIdTexts } : {}) });
    const rendered: string[] = [SHEET.contents, SHEET.settings, SHEET.roles, SHEET.staff, SHEET.deductions];
    if (latest !== undefined) rendered.push(...built.spec.sheets.filter((x) => x.key.startsWith("role:")).map((x) => x.key));
    else notes.push(message("info", "office.note.roleSheetsLater", {}, s.uiLang));
    // The contents name what the workbook will hold: the sheets there and those written now.
    const written_ = new Set(rendered);
    const spec = withContents({ ...built.spec, sheets: built.spec.sheets.filter((x) => written_.has(x.key) || live.byKey.has(x.key)) }, live, month, { lang, company: config.settings.companyName });
    const set = edits ? editedInputs(spec, input) : {};
    const written = await render(s, live, data, lang, { spec, render: rendered, replaceEdits: !!input.replaceEdits, ...set });
    const summary = message("info", "office.done.setUp", { sheets: String(written.keys.length), roles: String(config.roles.length), staff: String(config.staff.length) }, s.uiLang).text;
    return { summary, messages: [...notes, ...written.notes] };
  });
}

/** What the pane's edits set: the input tables of the sections given, and the settings' own cells. */
function editedInputs(spec: WorkbookSpec, sections: { settings?: unknown; roles?: unknown; staff?: unknown }): { setInputs: Set<string>; overrides: Map<string, Map<string, CellValue>> } {
  const setInputs = new Set<string>();
  const overrides = new Map<string, Map<string, CellValue>>();
  const sheetOf = (key: string) => spec.sheets.find((x) => x.key === key);
  const section = (key: string) => {
    const sheet = sheetOf(key);
    if (!sheet) return;
    for (const t of sheet.tables) if (t.reads !== undefined) setInputs.add(t.name);
    const cells = sheet.cells.filter((c): c is ValueCell => !isFormulaCell(c) && (c as ValueCell).reads !== undefined);
    if (cells.length > 0) overrides.set(key, new Map(cells.map((c) => [c.at, c.value])));
  };
  if (sections.settings !== undefined) section(SHEET.settings);
  if (sections.roles !== undefined) section(SHEET.roles);
  if (sections.staff !== undefined) {
    section(SHEET.staff);
    section(SHEET.deductions);
  }
  return { setInputs, overrides };
}

/** Settings, Roles and Staff as the workbook holds them (two round trips; none written). */
export async function readSetup(options: CommandOptions = {}): Promise<SetupRead> {
  let sections: SetupSections = {};
  let lang: Lang = options.lang ?? "zh-CN";
  const r = await runCommand(options.lang, async (s) => {
    const live = await discover(s.context, s.sync);
    lang = workbookLang(live, s.uiLang);
    const data = await loadInputs(s.context, s.sync, readRequest(live, lang, (k) => SETUP_KEYS.has(k), undefined, s.features));
    const inputs = readInputs({ live, data, lang, uiLang: s.uiLang }, []);
    sections = {
      ...(inputs.raw.settings ? { settings: inputs.raw.settings } : {}),
      ...(inputs.raw.roles ? { roles: inputs.raw.roles } : {}),
      ...(inputs.raw.staff ? { staff: inputs.raw.staff } : {}),
      ...(inputs.raw.insuranceProfiles ? { insuranceProfiles: inputs.raw.insuranceProfiles } : {}),
    };
    const summary = message(
      "info",
      sections.roles || sections.staff || sections.settings ? "tp.read.done" : "tp.read.empty",
      { roles: String(sections.roles?.length ?? 0), staff: String(sections.staff?.length ?? 0) },
      s.uiLang,
    ).text;
    return { summary, messages: inputs.problems.map((p) => problemMessage(p, "error", s.uiLang)) };
  });
  if (!r.ok) return r;
  return { ok: true, sections, workbookLang: lang, messages: r.messages, stats: r.stats };
}

/**
 * The pane's edits into Settings, Roles and Staff, in one command through the reconciler: checked
 * with the engine's rules first (a section that does not pass changes nothing), then written — a
 * workbook of an older layout brought to today's on the way, as every command does.
 */
export async function saveSetup(sections: SetupSections, options: CommandOptions = {}): Promise<CommandResult> {
  const uiLang: Lang = options.lang ?? "zh-CN";
  const checked = parseConfig({ settings: sections.settings, roles: sections.roles, staff: sections.staff, ...(sections.insuranceProfiles ? { insuranceProfiles: sections.insuranceProfiles } : {}) });
  if (!checked.ok) {
    const messages = checked.errors.map((w) => {
      const m = message("error", w.code, w.params, uiLang);
      return { ...m, text: `${w.where}: ${m.text}` };
    });
    return { ok: false, messages, stats: emptyStats() };
  }
  return setUp({ ...options, ...sections }, true);
}
