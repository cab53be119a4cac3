/**
 * How a workbook made by an older ShopSheet is brought to the current layout, in place, keeping every
 * typed input. The workbook's version is the defined name ShopSheetLayout.v<N> (src/workbook/layoutVersion.ts;
 * none means version 1). Each command upgrades the whole workbook before it writes: it renames the
 * table columns listed below (TableColumn.name, so Excel renames every reference to them too), writes
 * its sheets as usual, and records the new version last — a command that fails leaves the old number,
 * and the next one finishes the job (a column already renamed is accepted).
 *
 * To change the layout: raise LAYOUT_VERSION and add ONE entry here, `to` the new version, saying
 *   - headers: the table columns whose header changed, and what the header was before (per language);
 *   - formulas: the tables (by name) and sheet kinds ("payroll", "targets", …) whose formulas changed,
 *     so that in older workbooks ShopSheet's own older formulas there are rewritten instead of being
 *     taken for the user's edits;
 *   - message: a code in src/data/messages/office.ts (zh-CN and en-US) saying what changed, shown once
 *     in the note that reports the upgrade.
 * Only those kinds of change are supported; moving a table or inserting a column needs a new kind of
 * entry (and a test with a workbook of the version before).
 */
import type { Lang } from "../data/lang";
import { LAYOUT_VERSION, UNVERSIONED } from "../workbook/layoutVersion";
import { wbText } from "../workbook/text";
import type { MessageCode } from "../data/messages";

export interface LayoutUpgrade {
  /** The version this entry brings a workbook to, from `to - 1`. */
  to: number;
  /** Message code of what changed. */
  message: MessageCode;
  headers?: { table: RegExp; key: string; before: (lang: Lang) => string }[];
  formulas?: { tables?: RegExp[]; sheets?: string[] };
}

const PAYROLL = /^Payroll_\d{4}_\d{2}$/;

/** A payroll helper column's header before version 2 showed its message key (the message was missing). */
const leakedHelper = (key: string) => (lang: Lang) => wbText("wb.col.helper", lang, { what: `wb.col.${key} {}` });

export const UPGRADES: readonly LayoutUpgrade[] = [
  {
    to: 2,
    message: "office.upgrade.v2",
    headers: [
      { table: PAYROLL, key: "siBase", before: leakedHelper("siBase") },
      { table: PAYROLL, key: "hfBase", before: leakedHelper("hfBase") },
    ],
    // Their formulas name those columns: in a version-1 workbook they still spell the old headers.
    formulas: { tables: [PAYROLL] },
  },
];

/** Upgrades a workbook of `version` needs, oldest first. */
export function upgradesFrom(version: number): LayoutUpgrade[] {
  return UPGRADES.filter((u) => u.to > version && u.to <= LAYOUT_VERSION);
}

/**
 * The headers a column of one of our tables may carry in a workbook of `version`: the current one,
 * and those it had in the versions between (a command that failed half way may have renamed some).
 */
export function acceptedHeaders(table: string, key: string, current: string, version: number, lang: Lang): string[] {
  const older = upgradesFrom(version).flatMap((u) => (u.headers ?? []).filter((h) => h.key === key && h.table.test(table)).map((h) => h.before(lang)));
  return [current, ...older];
}

/** True when, in a workbook of `version`, ShopSheet's formulas in this table or sheet kind are older
 *  ones of its own (so a difference there is not the user's edit). */
export function formulasChangedSince(version: number, where: { table?: string; sheetKind?: string }): boolean {
  return upgradesFrom(version).some(
    (u) => (where.table !== undefined && (u.formulas?.tables ?? []).some((t) => t.test(where.table!))) || (where.sheetKind !== undefined && (u.formulas?.sheets ?? []).includes(where.sheetKind)),
  );
}

export { LAYOUT_VERSION, UNVERSIONED };
