/**
 * The fixed English identifiers the workbook's formulas rely on, in both languages: defined names
 * for single settings, table names, and sheet keys. Readers and the Office.js renderer use the same.
 */
import type { Month } from "../core/calendar";
import { SETTING_FIELDS } from "../core/config/settingFields";

/** Defined names of the single settings (all on the Settings sheet), by setting path: declared with
 *  each setting (src/core/config/settingFields.ts). */
export const NAME = Object.fromEntries(SETTING_FIELDS.map((f) => [f.path, f.name])) as { readonly [F in (typeof SETTING_FIELDS)[number] as F["path"]]: F["name"] };

export const TABLE = {
  taxTable: "TaxTable",
  weekdayWeights: "WeekdayWeights",
  events: "Events",
  holidays: "Holidays",
  insuranceBases: "InsuranceBases",
  roles: "Roles",
  staff: "Staff",
  deductions: "Deductions",
} as const;

/** "2026-11" → "2026_11", the month part of a table name. */
export function monthTag(month: Month): string {
  return month.replace("-", "_");
}

export const payrollTable = (month: Month) => `Payroll_${monthTag(month)}`;
export const targetsTable = (month: Month) => `Targets_${monthTag(month)}`;
export const weeksTable = (month: Month) => `Weeks_${monthTag(month)}`;

/**
 * A role id as the ASCII part of a name, one-to-one over ids that differ other than in case and
 * width (resolve.ts refuses ids equal under that folding, as Excel's lookups are): the id is folded
 * (NFKC, lower case), then every character outside [a-z0-9] becomes `<sep><hex code point><sep>`.
 * Reading it back is unambiguous because `sep` is never a kept character: "经理" → "_7ecf__7406_",
 * "a-b" → "a_2d_b", "a_b" → "a_5f_b".
 */
function encodeId(roleId: string, sep: string): string {
  return [...roleId.normalize("NFKC").toLowerCase()].map((c) => (/[a-z0-9]/.test(c) ? c : `${sep}${c.codePointAt(0)!.toString(16)}${sep}`)).join("");
}

/**
 * The role sheet's Members table. Ids that were always safe in a table name (a letter or digit, then
 * letters, digits, "_") keep their name, `Members_manager`, so workbooks made before find their
 * tables; any other id is encoded after a second "_" (`Members__7ecf__7406_` for 经理), a form no
 * kept name can take. Valid as an Excel table name and distinct, ignoring case, for distinct ids.
 */
export const membersTable = (roleId: string) =>
  /^[A-Za-z0-9][A-Za-z0-9_]*$/.test(roleId) ? `Members_${roleId}` : `Members__${encodeId(roleId, "_")}`;

export const SHEET = {
  contents: "contents",
  settings: "settings",
  roles: "roles",
  staff: "staff",
  deductions: "deductions",
  /**
   * Ids of letters, digits and "-" keep the key they always had (`role:manager`): the Office.js side
   * finds an existing sheet by it. Any other id is encoded in a third segment, `role:x:<code>` — a
   * segment no kept key has — so 经理 and 客服, a-b and a_b never share a key.
   */
  role: (roleId: string) => (/^[A-Za-z0-9-]+$/.test(roleId) ? `role:${roleId.toLowerCase()}` : `role:x:${encodeId(roleId, "-")}`),
  targets: (month: Month) => `targets:${month}`,
  payroll: (month: Month) => `payroll:${month}`,
  slips: (month: Month) => `slips:${month}`,
} as const;
