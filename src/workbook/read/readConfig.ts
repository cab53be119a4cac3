/**
 * A workbook back into a config file: the same document `shopsheet workbook --config` takes, read
 * from whatever host holds the workbook (./grid.ts). What is read, and where it goes, is what the
 * sheet builders declare beside what they write: each input cell's `reads` and each input table's
 * columns' fields (src/workbook/spec.ts). parseRead() then checks it with the engine's own rules, each
 * problem placed on the cell it came from.
 */
import type { Month } from "../../core/calendar";
import { parseConfig } from "../../core/config";
import { excelWildcardIn } from "../../core/config/leafChecks";
import { setPath } from "../../core/config/pathTypes";
import { defaultEngineSettings } from "../../core/defaults";
import { ZERO } from "../../core/money";
import { spreadTarget } from "../../core/targets";
import type { Config } from "../../core/types";
import type { Lang } from "../../data/lang";
import { SHEET } from "../names";
import { payrollSheet } from "../sheets/payroll";
import { rolesTable } from "../sheets/roles";
import { settingsSheet } from "../sheets/settings";
import { staffTable } from "../sheets/staff";
import { deductionsTable } from "../sheets/deductions";
import { checkRehireLinks } from "./rehireLinks";
import { checkStaffRoles } from "./staffRoles";
import { surroundingSpaceProblem } from "./asTyped";
import { attachDeductions } from "./deductionRows";
import { targetsSheet } from "../sheets/targets";
import { isFormulaCell, type SheetSpec, type TableSpec, type ValueCell } from "../spec";
import { isBlankValue, rawValue } from "./cellValues";
import type { WorkbookGrid } from "./grid";
import { Locator, parentPath } from "./locator";
import { placed, type ReadProblem } from "./problems";
import { readTableRows } from "./tableRows";
import { readHolidayYears } from "./holidayRows";
import { readInsuranceRows } from "./insuranceRows";
import { roleKey } from "../../core/roles";
import { ROLE_FIELDS } from "../../core/config/tableFields";
import { idTexts, readRoleIds } from "../roleIds";

/** What a workbook holds, in the config-file shape; a section whose sheet or table is missing is left out. */
export interface RawConfig {
  settings?: Record<string, unknown>;
  roles?: unknown[];
  staff?: unknown[];
  /** The Holidays table's years that differ from the shipped calendar (./holidayRows.ts). */
  calendar?: unknown[];
  /** The user's city profiles, from the Settings sheet's InsuranceBases table (./insuranceRows.ts). */
  insuranceProfiles?: unknown[];
  months: Record<string, unknown>[];
}

export interface ReadResult {
  raw: RawConfig;
  /** Config paths → the cells they were read from. */
  locator: Locator;
  /** What the config's checks cannot see: a blank id, a blank required setting. */
  problems: ReadProblem[];
  /** The years the Settings sheet's Holidays table has rows of (absent: no such table). */
  holidayYears?: number[];
  /** Each role's id (as the config holds it) → the text of its Roles id cell (absent: no Roles table). A Chinese
   *  workbook may show a catalogue id as its Chinese key or as the id (../roleIds.ts): a command that leaves the
   *  cells as they are writes the role sheets' B3 with the same text, which their lookups match against Roles[id]. */
  roleIdTexts?: Map<string, string>;
}

export interface ReadOptions {
  /** The months whose payroll sheets to read (gross margin and entries), in this order. */
  months: readonly Month[];
  /** Also each of those months' sales target, from its Targets sheet. */
  salesTargets?: boolean;
}

/** The months a workbook has payroll or Targets sheets for, oldest first. */
export function workbookMonths(keys: readonly string[]): Month[] {
  const months = keys.flatMap((k) => /^(payroll|targets):(\d{4}-\d{2})$/.exec(k)?.[2] ?? []);
  return [...new Set(months)].sort() as Month[];
}

export function readConfig(grid: WorkbookGrid, lang: Lang, options: ReadOptions): ReadResult {
  const locator = new Locator();
  const problems: ReadProblem[] = [];
  const raw: RawConfig = { months: [] };
  const reader = { grid, locator, problems };

  if (grid.sheetName(SHEET.settings) !== undefined) {
    raw.settings = {};
    readSheet(reader, SHEET.settings, settingsSheet(defaultEngineSettings(), lang).sheet, raw.settings, "settings");
    readProfiles(reader, raw, lang);
  }
  const holidays = readHolidayYears(grid, lang, locator, problems);
  if (holidays !== undefined && holidays.calendar.length > 0) raw.calendar = holidays.calendar;
  const shown = readTable(reader, rolesTable([], lang), "roles");
  // Only a Chinese workbook shows a catalogue role's id as its Chinese key: in an English one that text is a user's id.
  const roles = shown === undefined || lang !== "zh-CN" ? shown : withCatalogueIds(shown, reader);
  if (roles) raw.roles = roles;
  const staff = readTable(reader, staffTable([], lang), "staff");
  if (staff) raw.staff = roles && shown ? staff.map((s) => withRoleId(s, roles, shown)) : staff;
  if (staff) checkRehireLinks(staff, locator, problems);
  if (staff && roles && shown) checkStaffRoles(staff, shown, roles, locator, problems);
  // The Special deductions sheet's items, into each person's staff[i].deductions (./deductionRows.ts).
  const deductions = readTable(reader, deductionsTable([], lang), "deductions");
  if (deductions && raw.staff) attachDeductions(raw.staff, deductions, locator, problems);

  for (const month of options.months) {
    const payroll = grid.sheetName(SHEET.payroll(month)) !== undefined;
    const target = options.salesTargets === true && grid.sheetName(SHEET.targets(month)) !== undefined;
    if (!payroll && !target) continue;
    const entry: Record<string, unknown> = { month };
    const at = `months[${raw.months.length}]`;
    const named = `months[${month}]`;
    if (payroll) readSheet(reader, SHEET.payroll(month), payrollSheet({ month, ids: [], input: undefined, earlier: [], lang }), entry, at, named);
    if (target) {
      const plan = spreadTarget({ month, target: ZERO, settings: defaultEngineSettings().targets });
      readSheet(reader, SHEET.targets(month), targetsSheet({ month, target: ZERO, plan, lang }), entry, at, named);
    }
    raw.months.push(entry);
  }
  return { raw, locator, problems, ...(holidays ? { holidayYears: holidays.years } : {}), ...(roles && shown ? { roleIdTexts: idTexts(shown.map(idOf), roles.map(idOf)) } : {}) };
}

const idOf = (row: unknown): unknown => (typeof row === "object" && row !== null ? (row as Record<string, unknown>).id : undefined);

/**
 * The Roles rows with each catalogue role's id as the config holds it: a Chinese workbook shows its Chinese
 * key (../roleIds.ts). A row read so is also placed by its id, as the engine's warnings name it
 * ("roles[shipping].share").
 */
function withCatalogueIds(rows: readonly unknown[], r: Reader): unknown[] {
  const ids = readRoleIds(rows.map(idOf), (id) => r.grid.sheetName(SHEET.role(id)) !== undefined);
  return rows.map((row, i) => {
    const id = ids[i];
    const was = idOf(row);
    if (typeof id !== "string" || id === was) return row;
    for (const c of ROLE_FIELDS) {
      const place = r.locator.find(`roles[${i}].${c.path}`);
      if (place) r.locator.set(`roles[${id}].${c.path}`, place);
    }
    const place = r.locator.find(`roles[${i}]`);
    if (place) r.locator.set(`roles[${id}]`, place);
    return { ...(row as Record<string, unknown>), id };
  });
}

/**
 * A Staff row's role as the config holds it: a Chinese workbook names roles by their Chinese name
 * (../sheets/staff.ts staffRoleText); the name of exactly one role — or the id Roles shows for it
 * (`shown`, row by row as `roles`) — is read as that role's id, so the config (and the pane) hold ids as
 * they were. Anything else stays as typed, for the checks to judge.
 */
function withRoleId(row: unknown, roles: readonly unknown[], shown: readonly unknown[]): unknown {
  if (typeof row !== "object" || row === null) return row;
  const r = row as Record<string, unknown>;
  // A role holding * ? ~ stays as typed, for core to refuse (name.wildcard), though ＊ ～ fold to * ~ in its key.
  if (typeof r.role !== "string" || excelWildcardIn(r.role) !== undefined) return row;
  const k = roleKey(r.role);
  const ids = roles.flatMap((x, i) => {
    const role = x as Record<string, unknown>;
    const id = typeof role.id === "string" ? role.id : null;
    const names = [role.id, idOf(shown[i]), role.nameZh, role.nameEn].filter((n): n is string => typeof n === "string");
    return id !== null && names.some((n) => roleKey(n) === k) ? [id] : [];
  });
  return ids.length === 1 && ids[0] !== r.role ? { ...r, role: ids[0] } : row;
}

/**
 * The table of city profiles into `insuranceProfiles`, and the profile in use from its name to its id. A
 * workbook made before the table (layout 11 and older) has neither: the single floors and ceilings.
 */
function readProfiles(r: Reader, raw: RawConfig, lang: Lang): void {
  const settings = raw.settings!;
  const rows = settings.insuranceBases;
  delete settings.insuranceBases;
  if (!Array.isArray(rows) && settings.insuranceProfile === undefined) return;
  const { profiles, chosen } = readInsuranceRows(Array.isArray(rows) ? rows : [], settings.insuranceProfile, r.locator, r.problems, lang);
  if (settings.insuranceProfile !== undefined) settings.insuranceProfile = chosen;
  if (profiles.length > 0) raw.insuranceProfiles = profiles;
}

interface Reader {
  grid: WorkbookGrid;
  locator: Locator;
  problems: ReadProblem[];
}

/** The input cells and input tables `template` declares, into `into` (the section at `at`, also known as `alsoAt`). */
function readSheet(r: Reader, key: string, template: SheetSpec, into: Record<string, unknown>, at: string, alsoAt?: string): void {
  const both = (suffix: string, place: NonNullable<ReturnType<WorkbookGrid["cell"]>>["place"]) => {
    r.locator.setFirst(`${at}${suffix}`, place);
    if (alsoAt !== undefined) r.locator.setFirst(`${alsoAt}${suffix}`, place);
  };
  for (const c of template.cells) {
    if (isFormulaCell(c) || (c as ValueCell).reads === undefined) continue;
    const reads = (c as ValueCell).reads!;
    const found = r.grid.cell(key, c.at, reads.name);
    if (!found) continue;
    both(`.${reads.path}`, found.place);
    // The section, and each group on the way ("settings.socialInsurance"), is placed at its first cell.
    for (let p = parentPath(reads.path); p !== ""; p = parentPath(p)) both(`.${p}`, found.place);
    both("", found.place);
    const spaced = reads.matchedAsTyped ? surroundingSpaceProblem(found.value, `${at}.${reads.path}`, found.place) : undefined;
    if (spaced) r.problems.push(spaced);
    if (!isBlankValue(found.value)) setPath(into, reads.path, rawValue(found.value));
    // A blank setting without its defined name: a workbook made before the setting existed (issue 13 added
    // the sick pay rate and the minimum wage) — it reads as the default, as a config file without the key.
    // Before a nullable's "blank = none": the bonus's separate taxation's end is 2027-12-31 in an older
    // workbook, not "no end" (the command then writes the default into the new cell).
    else if (found.unnamed) continue;
    else if (reads.nullable) setPath(into, reads.path, null);
    else r.problems.push({ code: "config.required", params: {}, path: `${at}.${reads.path}`, place: found.place });
  }
  for (const t of template.tables) {
    if (t.reads === undefined) continue;
    const rows = readTable(r, t, `${at}.${t.reads.list}`, alsoAt === undefined ? undefined : `${alsoAt}.${t.reads.list}`);
    if (rows) setPath(into, t.reads.list, rows);
  }
}

function readTable(r: Reader, template: TableSpec, list: string, alsoAt?: string): unknown[] | undefined {
  const table = r.grid.table(template.name);
  return table === undefined ? undefined : readTableRows(table, template, list, r.locator, r.problems, alsoAt);
}

export type ParsedRead = { ok: true; config: Config } | { ok: false; problems: ReadProblem[] };

/** parseConfig over what was read, every problem placed on its cell. */
export function parseRead(read: ReadResult): ParsedRead {
  const parsed = parseConfig(read.raw);
  // A blank id is read as a placeholder ("?7") so the row stays; what the checks say of the
  // placeholder itself is not news (the blank is reported).
  const reported = new Set(read.problems.map((p) => p.path));
  const checked = parsed.ok ? [] : parsed.errors.filter((w) => !reported.has(w.where)).map((w) => placed(w, read.locator));
  const problems = [...read.problems, ...checked];
  if (problems.length > 0 || !parsed.ok) return { ok: false, problems };
  return { ok: true, config: parsed.config };
}

