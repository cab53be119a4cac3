/**
 * The shape of each of ShopSheet's tables without its rows — column keys, headers, which columns are
 * the user's — taken from the sheet builders themselves, so the reader never hardcodes a column.
 */
import type { Month } from "../core/calendar";
import { defaultEngineSettings } from "../core/defaults";
import { ZERO } from "../core/money";
import type { Role } from "../core/types";
import { spreadTarget } from "../core/targets";
import type { Lang } from "../data/lang";
import { SHEET, TABLE } from "../workbook/names";
import { payrollTableSpec, PAYROLL_CELLS } from "../workbook/sheets/payroll";
import { roleSheet } from "../workbook/sheets/roleSheet";
import { rolesTable } from "../workbook/sheets/roles";
import { settingsSheet } from "../workbook/sheets/settings";
import { staffTable } from "../workbook/sheets/staff";
import { targetsSheet, TARGETS_LAYOUT } from "../workbook/sheets/targets";
import type { DefinedName, TableSpec } from "../workbook/spec";

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
  if (name === TABLE.taxTable || name === TABLE.weekdayWeights || name === TABLE.events) {
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
