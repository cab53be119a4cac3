/**
 * The user's tables back into core inputs. The reader builds a raw config — the same document a
 * config file is — from the tables, and parseConfig checks it with the engine's own rules; each
 * problem's `where` ("staff[3].base") is mapped back to the sheet, row and column it came from.
 *
 * A blank input cell reads as what the sheet's formulas make of it, so the engine and the workbook
 * agree: a blank share is "no share" (null), a blank "insured" is FALSE, a blank base is missing.
 * Rows whose input cells are all blank (an empty table's one row) are skipped.
 */
import type { IsoDate, Month } from "../core/calendar";
import { parseConfig } from "../core/config";
import { parseAmount, type Dec } from "../core/money";
import type { Config, Warning } from "../core/types";
import type { Lang } from "../data/lang";
import { a1, parseRange } from "../workbook/address";
import { payrollTable, SHEET, TABLE, targetsTable } from "../workbook/names";
import { SETTING_FIELDS } from "../core/config/settingFields";
import type { TableSpec } from "../workbook/spec";
import { isBlank, serialToIso, type OfficeValue } from "./reconcile/cells";
import { cellKey, type LiveWorkbook, type ReadData } from "./reconcile/liveModel";
import { message, type CellLocation, type CommandMessage } from "./result";
import { PAYROLL_CELLS, settingsNames, tableTemplate, TARGETS_LAYOUT } from "../workbook/templates";

export interface ReadContext {
  live: LiveWorkbook;
  data: ReadData;
  /** The workbook's language (its headers'). */
  lang: Lang;
  /** The language of messages. */
  uiLang: Lang;
}

/** Config paths ("staff[3].base") → the cell they were read from. */
export class Locator {
  private readonly places = new Map<string, CellLocation>();

  set(where: string, place: CellLocation): void {
    this.places.set(where, place);
  }

  /** The exact path, else its nearest parent ("staff[3].opening.gross" → "staff[3].opening" → "staff[3]"). */
  find(where: string): CellLocation | undefined {
    for (let w = where; w !== ""; w = parent(w)) {
      const p = this.places.get(w);
      if (p) return p;
    }
    return undefined;
  }
}

function parent(where: string): string {
  const m = /^(.*)(\.[^.[\]]+|\[\d+\])$/.exec(where);
  return m ? m[1]! : "";
}

/** A located problem as a command message; unlocated ones keep their path ("roles[2].share: …"). */
export function located(w: Warning, locator: Locator, level: CommandMessage["level"], lang: Lang, showPath = true): CommandMessage {
  const place = locator.find(w.where);
  if (place) return message(level, w.code, w.params, lang, place);
  const m = message(level, w.code, w.params, lang);
  return w.where && showPath ? { ...m, text: `${w.where}: ${m.text}` } : m;
}

// ---------------------------------------------------------------- tables as rows

export interface ReadRow {
  /** 0-based index among the table's data rows. */
  index: number;
  /** Worksheet row. */
  row: number;
  cells: Map<string, OfficeValue>;
}

export interface ReadTable {
  name: string;
  sheet: string;
  rows: ReadRow[];
  place(index: number, key: string): CellLocation;
}

/** The data rows of one of our tables, by column key (only the columns that were read). */
export function readTable(ctx: ReadContext, name: string): ReadTable | null {
  const live = ctx.live.tables.get(name.toLowerCase());
  const data = ctx.data.tables.get(name.toLowerCase());
  const template = tableTemplate(name, ctx.lang);
  if (!live || !data || !template) return null;
  const r = parseRange(data.range);
  const firstDataRow = r.top + 1;
  const count = Math.max(0, ...[...data.columns.values()].map((c) => c.length));
  const keyAt = (i: number) => template.columns[i]?.key;
  const rows: ReadRow[] = Array.from({ length: count }, (_, index) => {
    const cells = new Map<string, OfficeValue>();
    for (const [i, values] of data.columns) {
      const key = keyAt(i);
      if (key !== undefined) cells.set(key, values[index] ?? "");
    }
    return { index, row: firstDataRow + index, cells };
  });
  return {
    name,
    sheet: live.sheet,
    rows,
    place(index, key) {
      // The cell where it is now (before an upgrade inserts the columns an older layout lacks).
      const col = template.columns.findIndex((c) => c.key === key);
      const at = data.places ? (data.places[col] ?? null) : col;
      const header = at === null ? template.columns[col]?.header : live.headers[at];
      return { sheet: live.sheet, address: a1(firstDataRow + index, r.left + Math.max(0, at ?? col)), row: firstDataRow + index, column: header ?? key };
    },
  };
}

const blankRow = (row: ReadRow, keys: readonly string[]) => keys.every((k) => isBlank(row.cells.get(k)));

/** A value as a config document holds it; undefined for a blank cell. */
function rawValue(v: OfficeValue | undefined): string | number | boolean | undefined {
  if (v === undefined || isBlank(v)) return undefined;
  return typeof v === "string" ? v.trim() : v;
}

/** A date cell: a serial becomes ISO; text stays as typed (the config checks it). */
function rawDate(v: OfficeValue | undefined): string | number | undefined {
  const r = rawValue(v);
  if (r === undefined || typeof r === "boolean") return r === undefined ? undefined : String(r);
  if (typeof r === "number") return serialToIso(r) ?? r;
  return r;
}

// ---------------------------------------------------------------- the inputs

/** Config path of each Settings name: declared with each setting (src/core/config/settingFields.ts). */
const SETTING_PATHS: Record<string, { path: string[]; nullable?: boolean }> = Object.fromEntries(
  SETTING_FIELDS.map((f) => [f.name, { path: f.path.split("."), nullable: "nullable" in f }]),
);

function put(obj: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let o = obj;
  path.slice(0, -1).forEach((k) => {
    o[k] ??= {};
    o = o[k] as Record<string, unknown>;
  });
  o[path[path.length - 1]!] = value;
}

/** Where each Settings name's cell is on the live sheet (the name follows the cell if rows move); a
 *  name the user deleted is looked for where the Settings sheet puts it (and is added back there). */
export function settingsCells(ctx: Pick<ReadContext, "live" | "lang">): { name: string; sheet: string; address: string }[] {
  const sheet = ctx.live.byKey.get(SHEET.settings);
  if (!sheet) return [];
  return settingsNames(ctx.lang).flatMap((n) => {
    const named = ctx.live.names.get(n.name.toLowerCase());
    if (!named || named.target === null) return [{ name: n.name, sheet: sheet.name, address: n.range }];
    return named.target.sheet.toLowerCase() === sheet.name.toLowerCase() ? [{ name: n.name, sheet: named.target.sheet, address: named.target.range }] : [];
  });
}

export interface Inputs {
  /** The raw config read from the workbook; sections whose sheet or table is missing are left out. */
  raw: { settings?: Record<string, unknown>; roles?: unknown[]; staff?: unknown[]; months: Record<string, unknown>[] };
  locator: Locator;
  /** Problems the config schema cannot see (a blank required setting, an id missing). */
  errors: CommandMessage[];
}

export function readInputs(ctx: ReadContext, payrollMonths: readonly Month[]): Inputs {
  const locator = new Locator();
  const errors: CommandMessage[] = [];
  const raw: Inputs["raw"] = { months: [] };
  const blankError = (place: CellLocation) => errors.push(message("error", "config.required", {}, ctx.uiLang, place));

  if (ctx.live.byKey.has(SHEET.settings)) raw.settings = readSettings(ctx, locator, blankError);
  const roles = readTable(ctx, TABLE.roles);
  if (roles) raw.roles = readRoles(roles, locator, blankError);
  const staff = readTable(ctx, TABLE.staff);
  if (staff) raw.staff = readStaff(staff, locator, blankError);
  for (const month of payrollMonths) {
    const m = readPayrollMonth(ctx, month, raw.months.length, locator);
    if (m) raw.months.push(m);
  }
  return { raw, locator, errors };
}

function readSettings(ctx: ReadContext, locator: Locator, blankError: (p: CellLocation) => void): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  for (const cell of settingsCells(ctx)) {
    const spec = SETTING_PATHS[cell.name];
    if (!spec) continue;
    const where = `settings.${spec.path.join(".")}`;
    const place: CellLocation = { sheet: cell.sheet, address: cell.address };
    locator.set(where, place);
    if (spec.path.length === 2 && spec.path[0] !== "targets") locator.set(`settings.${spec.path[0]}`, locator.find(`settings.${spec.path[0]}`) ?? place);
    const v = rawValue(ctx.data.cells.get(cellKey(cell.sheet, cell.address)));
    if (v === undefined) {
      if (spec.nullable) put(settings, spec.path, null);
      else blankError(place);
    } else put(settings, spec.path, v);
  }

  const tax = readTable(ctx, TABLE.taxTable);
  if (tax) {
    const keys = ["upTo", "rate", "quickDeduction"];
    const rows = tax.rows.filter((r) => !blankRow(r, keys));
    locator.set("settings.taxTable", tax.place(rows[0]?.index ?? 0, "upTo"));
    settings.taxTable = rows.map((r, i) => {
      for (const k of keys) locator.set(`settings.taxTable[${i}].${k}`, tax.place(r.index, k));
      const upTo = rawValue(r.cells.get("upTo"));
      return { upTo: upTo === undefined ? null : upTo, rate: rawValue(r.cells.get("rate")), quickDeduction: rawValue(r.cells.get("quickDeduction")) };
    });
  }
  const targets = (settings.targets ??= {}) as Record<string, unknown>;
  const weights = readTable(ctx, TABLE.weekdayWeights);
  if (weights) {
    const rows = weights.rows.filter((r) => !blankRow(r, ["weekday", "weight"]));
    locator.set("settings.targets.weekdayWeights", weights.place(rows[0]?.index ?? 0, "weight"));
    targets.weekdayWeights = rows.map((r, i) => {
      locator.set(`settings.targets.weekdayWeights[${i}]`, weights.place(r.index, "weight"));
      return rawValue(r.cells.get("weight"));
    });
  }
  const events = readTable(ctx, TABLE.events);
  if (events) {
    const keys = ["date", "factor", "name"];
    const rows = events.rows.filter((r) => !blankRow(r, keys));
    targets.events = rows.map((r, i) => {
      for (const k of keys) locator.set(`settings.targets.events[${i}].${k}`, events.place(r.index, k));
      locator.set(`settings.targets.events[${i}]`, events.place(r.index, "date"));
      const e: Record<string, unknown> = { date: rawDate(r.cells.get("date")), factor: rawValue(r.cells.get("factor")) };
      const name = rawValue(r.cells.get("name"));
      if (name !== undefined) e.name = String(name);
      return e;
    });
  }
  return settings;
}

const ROLE_KEYS = ["id", "nameZh", "nameEn", "headcount", "baseMin", "baseMax", "share", "shareBasis", "roomAndBoard", "insured"] as const;

function readRoles(t: NonNullable<ReturnType<typeof readTable>>, locator: Locator, blankError: (p: CellLocation) => void): unknown[] {
  const rows = t.rows.filter((r) => !blankRow(r, [...ROLE_KEYS, "notes"]));
  return rows.map((r, i) => {
    const role: Record<string, unknown> = {};
    locator.set(`roles[${i}]`, t.place(r.index, "id"));
    for (const k of ROLE_KEYS) {
      locator.set(`roles[${i}].${k}`, t.place(r.index, k));
      const v = rawValue(r.cells.get(k));
      if (v !== undefined) role[k] = v;
      else if (k === "baseMin" || k === "baseMax" || k === "share") role[k] = null;
      else if (k === "roomAndBoard" || k === "insured") role[k] = false; // the sheet tests =TRUE
      else if (k === "id") blankError(t.place(r.index, k));
    }
    if (role.id === undefined) role.id = `?${r.row}`;
    // The engine names roles by id in its warnings ("roles[shipping].share").
    locator.set(`roles[${String(role.id)}]`, t.place(r.index, "id"));
    for (const k of ROLE_KEYS) locator.set(`roles[${String(role.id)}].${k}`, t.place(r.index, k));
    return role;
  });
}

const STAFF_FIELDS: [key: string, path: string][] = [
  ["id", "id"],
  ["name", "name"],
  ["role", "role"],
  ["base", "base"],
  ["contributionBase", "contributionBase"],
  ["sad", "specialAdditionalDeduction"],
  ["startDate", "startDate"],
  ["endDate", "endDate"],
  ["sameAs", "sameAs"],
];
const OPENING_FIELDS: [key: string, field: string][] = [
  ["openingMonths", "months"],
  ["openingGross", "gross"],
  ["openingInsurance", "insurance"],
  ["openingSad", "specialAdditionalDeduction"],
  ["openingTax", "taxWithheld"],
];

function readStaff(t: NonNullable<ReturnType<typeof readTable>>, locator: Locator, blankError: (p: CellLocation) => void): unknown[] {
  const keys = [...STAFF_FIELDS.map(([k]) => k), ...OPENING_FIELDS.map(([k]) => k)];
  const rows = t.rows.filter((r) => !blankRow(r, keys));
  return rows.map((r, i) => {
    const person: Record<string, unknown> = {};
    locator.set(`staff[${i}]`, t.place(r.index, "id"));
    for (const [key, path] of STAFF_FIELDS) {
      locator.set(`staff[${i}].${path}`, t.place(r.index, key));
      const cell = r.cells.get(key);
      const v = key === "startDate" || key === "endDate" ? rawDate(cell) : rawValue(cell);
      if (v !== undefined) person[path] = key === "id" || key === "name" || key === "sameAs" ? String(v) : v;
      else if (key === "base" || key === "contributionBase" || key === "startDate" || key === "endDate") person[path] = null;
      else if (key === "id") blankError(t.place(r.index, key));
    }
    // The workbook keys payroll rows by id: a person needs one there (the config would invent "S4").
    if (person.id === undefined) person.id = `?${r.row}`;
    const opening: Record<string, unknown> = {};
    locator.set(`staff[${i}].opening`, t.place(r.index, "openingMonths"));
    for (const [key, field] of OPENING_FIELDS) {
      locator.set(`staff[${i}].opening.${field}`, t.place(r.index, key));
      const v = rawValue(r.cells.get(key));
      if (v !== undefined) opening[field] = v;
    }
    if (Object.keys(opening).length > 0) person.opening = opening;
    return person;
  });
}

/** A payroll sheet's inputs as a config month: the gross margin and the rows with anything typed. */
function readPayrollMonth(ctx: ReadContext, month: Month, index: number, locator: Locator): Record<string, unknown> | null {
  const sheet = ctx.live.byKey.get(SHEET.payroll(month));
  if (!sheet) return null;
  const out: Record<string, unknown> = { month };
  const gmPlace: CellLocation = { sheet: sheet.name, address: PAYROLL_CELLS.grossMargin };
  // Config errors name months by index, the engine's warnings by month ("months[2026-11].grossMargin").
  const both = (suffix: string, place: CellLocation) => {
    locator.set(`months[${index}]${suffix}`, place);
    locator.set(`months[${month}]${suffix}`, place);
  };
  both("", gmPlace);
  both(".grossMargin", gmPlace);
  const gm = rawValue(ctx.data.cells.get(cellKey(sheet.name, PAYROLL_CELLS.grossMargin)));
  out.grossMargin = gm === undefined ? null : gm;
  const table = readTable(ctx, payrollTable(month));
  const entries: Record<string, unknown>[] = [];
  for (const r of table?.rows ?? []) {
    const typed = (["reward", "penalty", "paidDaysInput"] as const).filter((k) => !isBlank(r.cells.get(k)));
    if (typed.length === 0) continue;
    const j = entries.length;
    const e: Record<string, unknown> = { staff: String(rawValue(r.cells.get("id")) ?? "") };
    both(`.entries[${j}]`, table!.place(r.index, "id"));
    both(`.entries[${j}].staff`, table!.place(r.index, "id"));
    for (const k of typed) {
      const field = k === "paidDaysInput" ? "paidDays" : k;
      both(`.entries[${j}].${field}`, table!.place(r.index, k));
      e[field] = rawValue(r.cells.get(k));
    }
    entries.push(e);
  }
  out.entries = entries;
  return out;
}

/** The inputs of a month's Targets sheet: its target and the actual sales typed so far. */
export interface TargetInputs {
  target: Dec | null;
  actuals: Map<IsoDate, Dec>;
  errors: CommandMessage[];
}

export function readTargets(ctx: ReadContext, month: Month): TargetInputs | null {
  const sheet = ctx.live.byKey.get(SHEET.targets(month));
  if (!sheet) return null;
  const errors: CommandMessage[] = [];
  const amount = (v: OfficeValue | undefined, place: CellLocation): Dec | null => {
    const r = rawValue(v);
    if (r === undefined) return null;
    const d = parseAmount(r);
    if (d === null) errors.push(message("error", "value.notAmount", { value: String(r) }, ctx.uiLang, place));
    return d;
  };
  const target = amount(ctx.data.cells.get(cellKey(sheet.name, TARGETS_LAYOUT.targetCell)), { sheet: sheet.name, address: TARGETS_LAYOUT.targetCell });
  const actuals = new Map<IsoDate, Dec>();
  const table = readTable(ctx, targetsTable(month));
  for (const r of table?.rows ?? []) {
    const date = rawDate(r.cells.get("date"));
    const a = amount(r.cells.get("actual"), table!.place(r.index, "actual"));
    if (a !== null && typeof date === "string") actuals.set(date, a);
  }
  return { target, actuals, errors };
}

/** parseConfig over what was read, with every problem placed on its cell. */
export function parseInputs(inputs: Inputs, lang: Lang): { ok: true; config: Config } | { ok: false; errors: CommandMessage[] } {
  const parsed = parseConfig(inputs.raw);
  const errors = [...inputs.errors, ...(parsed.ok ? [] : parsed.errors.map((w) => located(w, inputs.locator, "error", lang)))];
  if (errors.length > 0 || !parsed.ok) return { ok: false, errors };
  return { ok: true, config: parsed.config };
}

/** Column keys of a table template that the reader needs (the key column and the user's columns). */
export function columnsToRead(t: TableSpec): number[] {
  return [...new Set([0, ...t.columns.flatMap((c, i) => (c.input ? [i] : []))])].sort((a, b) => a - b);
}
