/**
 * The shape of each of ShopSheet's tables without its rows — column keys, headers, which columns are
 * the user's — taken from the sheet builders themselves, so the reader never hardcodes a column.
 */
import { monthsOfYearTo, type Month } from "../core/calendar";
import { defaultEngineSettings } from "../core/defaults";
import { ZERO } from "../core/money";
import type { Role } from "../core/types";
import { spreadTarget } from "../core/targets";
import type { Lang } from "../data/lang";
import { SHEET, TABLE } from "./names";
import { payrollSheet, payrollTableSpec, PAYROLL_CELLS } from "./sheets/payroll";
import { roleSheet } from "./sheets/roleSheet";
import { rolesSheet, rolesTable } from "./sheets/roles";
import { settingsSheet } from "./sheets/settings";
import { slipRow, slipsSheet } from "./sheets/slips";
import { staffSheet, staffTable } from "./sheets/staff";
import { deductionsSheet, deductionsTable } from "./sheets/deductions";
import { targetsSheet, TARGETS_LAYOUT } from "./sheets/targets";
import { resolveStructuredRefs, tableDirectory } from "./formula";
import type { DefinedName, SheetSpec, TableSpec } from "./spec";

export { PAYROLL_CELLS, TARGETS_LAYOUT };

const MONTH_TABLE = /^(Payroll|Targets|Weeks)_(\d{4})_(\d{2})$/;

const STUB_ROLE: Role = {
  id: "x",
  nameZh: "x",
  nameEn: "x",
  headcount: 1,
  baseMin: null,
  baseMax: null,
  share: null,
  shareBasis: "perPerson",
  roomAndBoard: false,
  insured: true,
};

/** The columns of one of our tables by its name, or null for a name that is not ours. */
export function tableTemplate(name: string, lang: Lang): TableSpec | null {
  if (name === TABLE.roles) return rolesTable([], lang);
  if (name === TABLE.staff) return staffTable([], lang);
  if (name === TABLE.deductions) return deductionsTable([], lang);
  if (name === TABLE.taxTable || name === TABLE.weekdayWeights || name === TABLE.events || name === TABLE.insuranceBases || name === TABLE.holidays) {
    return settingsSheet(defaultEngineSettings(), lang).sheet.tables.find((t) => t.name === name) ?? null;
  }
  const m = MONTH_TABLE.exec(name);
  if (m) {
    const month: Month = `${m[2]}-${m[3]}`;
    if (m[1] === "Payroll") return payrollTableSpec({ month, ids: [], input: undefined, earlier: [], lang });
    const plan = spreadTarget({ month, target: ZERO, settings: defaultEngineSettings().targets });
    const sheet = targetsSheet({ month, target: ZERO, plan, lang });
    return sheet.tables.find((t) => t.name === name) ?? null;
  }
  if (name.startsWith("Members_")) return { ...roleSheet(STUB_ROLE, [], "2000-01", lang).tables[0]!, name };
  return null;
}

/**
 * A sheet as its builder lays it out, without the user's data: the same cells in the same places (what
 * they hold may differ — a role's name, a month's figures). The reader asks Excel for what those
 * places hold now, to see what the user changed, in the same round trip as the inputs. Null for a key
 * that is not one of ours.
 */
export function sheetTemplate(key: string, lang: Lang): SheetSpec | null {
  const { kind, month } = sheetKind(key);
  if (key === SHEET.settings) return settingsSheet(defaultEngineSettings(), lang).sheet;
  if (key === SHEET.roles) return rolesSheet([], lang);
  if (key === SHEET.staff) return staffSheet([], lang);
  if (key === SHEET.deductions) return deductionsSheet([], lang);
  if (kind === "role") return roleSheet({ ...STUB_ROLE, id: key.slice("role:".length) }, [], "2000-01", lang);
  if (month === null) return null;
  if (kind === "payroll") return payrollSheet({ month, ids: [], input: undefined, earlier: [], lang });
  if (kind === "targets") return targetsSheet({ month, target: ZERO, plan: spreadTarget({ month, target: ZERO, settings: defaultEngineSettings().targets }), lang });
  if (kind === "slips") return slipsSheet(month, [], lang);
  return null;
}

/**
 * The layout of a sheet ShopSheet writes whole (the slips), long enough to reach `row`: where such a
 * sheet, written for any number of people, holds constants and formulas. Null for other keys.
 */
export function generatedLayout(key: string, row: number): SheetSpec | null {
  const { kind, month } = sheetKind(key);
  if (kind !== "slips" || month === null) return null;
  let count = 1;
  while (slipRow(count - 1) < row) count++;
  return slipsSheet(month, Array.from({ length: count }, (_, i) => `#${i}`), "en-US");
}

/**
 * Other formulas ShopSheet writes in a column of this table, by column key, besides the spec's own:
 * a payroll table's year-to-date columns and helpers name each earlier month of the tax year's chain
 * (none to eleven of them: the chain starts at the year's first month in the config and runs without
 * a gap) — every such formula is ShopSheet's. Resolved (headers, not keys); ./edits.ts compares month
 * tables by kind.
 */
export function formulaVariants(table: string, lang: Lang): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const m = /^Payroll_(\d{4})_(\d{2})$/.exec(table);
  if (!m) return out;
  const month: Month = `${m[1]}-${m[2]}`;
  const before = monthsOfYearTo(month).slice(0, -1);
  const variants = Array.from({ length: before.length + 1 }, (_, k) => payrollTableSpec({ month, ids: [], input: undefined, earlier: before.slice(before.length - k), lang }));
  const monthTables = [month, ...before].map((mm) => payrollTableSpec({ month: mm, ids: [], input: undefined, earlier: [], lang }));
  const dir = tableDirectory({
    sheets: [{ key: "x", name: "x", cells: [], tables: [...monthTables, rolesTable([], lang), staffTable([], lang), deductionsTable([], lang), tableTemplate(TABLE.taxTable, lang)!, tableTemplate(TABLE.holidays, lang)!] }],
    names: [],
  });
  for (const v of variants) {
    for (const c of v.columns) if (c.formula !== undefined) out.set(c.key, [...(out.get(c.key) ?? []), resolveStructuredRefs(c.formula, dir, table)]);
  }
  return out;
}

/** Tables with a row per person (long for a big team): the reader takes only their first row's
 *  formulas, and where they hold constants. */
export function rowsArePeople(table: string): boolean {
  return table === TABLE.staff || /^Payroll_\d{4}_\d{2}$/.test(table) || table.startsWith("Members_");
}

/** Settings' named single values and where the builder puts them. */
export function settingsNames(lang: Lang): DefinedName[] {
  return settingsSheet(defaultEngineSettings(), lang).names;
}

/** Which kind of sheet a key is: "payroll" for "payroll:2026-11" and so on. */
export function sheetKind(key: string): { kind: string; month: Month | null } {
  const [kind, rest] = key.split(":") as [string, string | undefined];
  return { kind, month: rest && /^\d{4}-\d{2}$/.test(rest) ? rest : null };
}

export const SHEET_KEYS = SHEET;

/** The first column identifies a row unless the user types it (then rows are the user's). */
export function userOwnsRows(t: TableSpec): boolean {
  return t.columns[0]?.input === true;
}

export function inputColumns(t: TableSpec): number[] {
  return t.columns.flatMap((c, i) => (c.input ? [i] : []));
}
