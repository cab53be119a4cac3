/**
 * How a workbook made by an older ShopSheet is brought to the current layout, in place, keeping every
 * typed input. The workbook's version is the defined name ShopSheetLayout.v<N> (src/workbook/layoutVersion.ts;
 * none means version 1). Each command upgrades the whole workbook before it writes: it inserts the
 * table columns listed below (TableColumnCollection.add at their place, so every typed cell right of
 * them moves with its row and column), renames the ones listed (TableColumn.name, so Excel renames
 * every reference to them too), writes its sheets as usual (the new columns' formulas and looks with
 * them), and records the new version last. A sheet whose formulas or texts changed but that the
 * command does not write is marked as still holding the older ones (olderSheetName), so that they are
 * not taken for the user's edits till a command writes it. A command that fails leaves the old number,
 * and the next one finishes the job (a column already inserted or renamed is accepted).
 *
 * To change the layout: raise LAYOUT_VERSION and add ONE entry here, `to` the new version, saying
 *   - columns: the table columns inserted, each by key right after the column `after` (keys of the
 *     layout `to`), with its header then (per language);
 *   - headers: the table columns whose header changed, and what the header was before (per language);
 *   - formulas: the tables (by name) and sheet kinds ("payroll", "targets", …) whose formulas changed,
 *     so that in older workbooks ShopSheet's own older formulas there are rewritten instead of being
 *     taken for the user's edits;
 *   - texts: ShopSheet's older texts in cells whose wording changed (per sheet kind, cell, language),
 *     so that they are rewritten instead of being kept as the user's;
 *   - message: a code in src/data/messages/office.ts (zh-CN and en-US) saying what changed, shown once
 *     in the note that reports the upgrade.
 * Only those kinds of change are supported; moving a table or deleting a column needs a new kind of
 * entry (and a test with a workbook of the version before: test/office/commands/setUp.test.ts).
 */
import type { Lang } from "../data/lang";
import { LAYOUT_VERSION, UNVERSIONED } from "./layoutVersion";
import type { TableSpec } from "./spec";
import { sheetKeyFromName, sheetKeyName } from "./sheetIdentity";
import { wbText } from "./text";
import type { CodeSuffix, MessageCode } from "../data/messages";

/** What every sheet key name starts with (src/workbook/spec.ts sheetKeyName). */
const KEY_NAME_PREFIX = "ShopSheet.";

export interface ColumnInsert {
  table: RegExp;
  key: string;
  /** Key of the column the new one goes right after. */
  after: string;
  header: (lang: Lang) => string;
}

export interface LayoutUpgrade {
  /** The version this entry brings a workbook to, from `to - 1`. */
  to: number;
  /** Message code of what changed. */
  message: MessageCode;
  columns?: ColumnInsert[];
  headers?: { table: RegExp; key: string; before: (lang: Lang) => string }[];
  formulas?: { tables?: RegExp[]; sheets?: string[] };
  /** Texts ShopSheet wrote in a cell of a sheet kind before (a note whose wording changed), per
   *  language: its own, so rewritten — not kept as the user's. */
  texts?: { sheet: string; at: string; before: (lang: Lang) => string }[];
}

const PAYROLL = /^Payroll_\d{4}_\d{2}$/;
const TARGETS = /^Targets_\d{4}_\d{2}$/;
const STAFF = /^Staff$/;

/** A payroll helper column's header before version 2 showed its message key (the message was missing). */
const leakedHelper = (key: string) => (lang: Lang) => wbText("wb.col.helper", lang, { what: `wb.col.${key} {}` });
const column = (key: CodeSuffix<"wb.col.">) => (lang: Lang) => wbText(`wb.col.${key}`, lang);
const helper = (key: CodeSuffix<"wb.col.">) => (lang: Lang) => wbText("wb.col.helper", lang, { what: wbText(`wb.col.${key}`, lang) });

export const UPGRADES: readonly LayoutUpgrade[] = [
  {
    to: 2,
    message: "office.upgrade.v2",
    columns: [
      // Re-hires (issue 9): a person's later row names the first one, in the middle of the user's table.
      { table: STAFF, key: "sameAs", after: "endDate", header: column("sameAs") },
      // Exact commissions and the re-hire's taxpayer: helper columns at the end of every payroll table.
      { table: PAYROLL, key: "person", after: "withheldToDate", header: helper("person") },
      { table: PAYROLL, key: "shareUnits", after: "person", header: helper("shareUnits") },
      { table: PAYROLL, key: "splitBy", after: "shareUnits", header: helper("splitBy") },
      { table: PAYROLL, key: "poolFen", after: "splitBy", header: helper("poolFen") },
      { table: PAYROLL, key: "poolHigh", after: "poolFen", header: helper("poolHigh") },
      { table: PAYROLL, key: "commissionHigh", after: "poolHigh", header: helper("commissionHigh") },
      // Day weights with more than 4 decimals are flagged.
      { table: TARGETS, key: "decimals", after: "rExtra", header: (lang) => wbText("wb.targets.col.decimals", lang) },
    ],
    headers: [
      { table: PAYROLL, key: "siBase", before: leakedHelper("siBase") },
      { table: PAYROLL, key: "hfBase", before: leakedHelper("hfBase") },
    ],
    // (The column keys sad, openingSad and sadToDate became specialAdditionalDeduction,
    // openingSpecialAdditionalDeduction and specialAdditionalDeductionToDate after this version's
    // fingerprint was filed: keys live only in the spec — files and Excel hold the headers, unchanged,
    // and the .xlsx written before and after is the same byte for byte — so no upgrade; the
    // fingerprint of version 2 was filed again.)
    // The payroll formulas name the renamed columns, and the commission, paid base and year to date
    // were rewritten (exact rounding, re-hires); the Staff check knows sameAs; the Targets sheet checks
    // the weights' decimals.
    formulas: { tables: [PAYROLL, STAFF, TARGETS], sheets: ["targets"] },
    // The notes that explain the year to date and the opening balances say how re-hires count now.
    // (The texts of ShopSheet 9b02c3d, wb.staff.openingNote and wb.payroll.ytdNote.)
    texts: [
      {
        sheet: "staff",
        at: "A3",
        before: (lang) =>
          lang === "zh-CN"
            ? "期初累计：本工作簿第一个工资月之前、本年度在本单位的累计数（例如从其他工资系统转入）。"
            : "Opening balances: this year's figures at this employer from before the workbook's first payroll month (e.g. from another payroll system).",
      },
      {
        sheet: "payroll",
        at: "A7",
        before: (lang) =>
          lang === "zh-CN"
            ? "累计数来自上月工资表（如有），否则来自员工表的期初累计。"
            : "Year-to-date figures come from last month's payroll sheet when it is in the workbook, otherwise from the opening balances on Staff.",
      },
    ],
  },
  {
    to: 3,
    message: "office.upgrade.v3",
    columns: [
      // Issue 13: overtime hours, leave days and allowances typed per person, after the paid days typed.
      { table: PAYROLL, key: "overtimeWorkday", after: "paidDaysInput", header: column("overtimeWorkday") },
      { table: PAYROLL, key: "overtimeRestDay", after: "overtimeWorkday", header: column("overtimeRestDay") },
      { table: PAYROLL, key: "overtimeHoliday", after: "overtimeRestDay", header: column("overtimeHoliday") },
      { table: PAYROLL, key: "unpaidLeave", after: "overtimeHoliday", header: column("unpaidLeave") },
      { table: PAYROLL, key: "sickLeave", after: "unpaidLeave", header: column("sickLeave") },
      { table: PAYROLL, key: "allowancesTaxable", after: "sickLeave", header: column("allowancesTaxable") },
      { table: PAYROLL, key: "allowancesExempt", after: "allowancesTaxable", header: column("allowancesExempt") },
      // …and what they pay, before the gross that adds them up.
      { table: PAYROLL, key: "overtimePay", after: "commission", header: column("overtimePay") },
      { table: PAYROLL, key: "leaveDeduction", after: "overtimePay", header: column("leaveDeduction") },
      { table: PAYROLL, key: "allowances", after: "leaveDeduction", header: column("allowances") },
    ],
    // The gross adds them, and the taxable income to date leaves exempt allowances out.
    formulas: { tables: [PAYROLL] },
  },
  {
    to: 4,
    message: "office.upgrade.v4",
    columns: [
      // Data in and out (issue 14): the 旺旺 nickname and the personal data at Staff's right end, after
      // Check, where the user can hide or protect them.
      { table: STAFF, key: "nickname", after: "check", header: column("nickname") },
      { table: STAFF, key: "idType", after: "nickname", header: column("idType") },
      { table: STAFF, key: "idNumber", after: "idType", header: column("idNumber") },
      { table: STAFF, key: "bank", after: "idNumber", header: column("bank") },
      { table: STAFF, key: "bankAccount", after: "bank", header: column("bankAccount") },
      // The day's actual orders and visitors beside its actual sales, and their attainment beside the sales'.
      { table: TARGETS, key: "actualOrders", after: "actual", header: (lang) => wbText("wb.targets.col.actualOrders", lang) },
      { table: TARGETS, key: "actualVisitors", after: "actualOrders", header: (lang) => wbText("wb.targets.col.actualVisitors", lang) },
      { table: TARGETS, key: "ordersAttainment", after: "attainment", header: (lang) => wbText("wb.targets.col.ordersAttainment", lang) },
      { table: TARGETS, key: "visitorsAttainment", after: "ordersAttainment", header: (lang) => wbText("wb.targets.col.visitorsAttainment", lang) },
    ],
    // The Targets sheets' new attainment columns are formulas, and their conditional formats name
    // columns further right now.
    formulas: { tables: [TARGETS], sheets: ["targets"] },
  },
  {
    to: 5,
    message: "office.upgrade.v5",
    // Issue 15: every lookup of a payroll row made once, in a helper column holding a row number, the
    // rest read by INDEX from it (src/workbook/sheets/payrollFormulas.ts): at the end of every payroll table.
    columns: [
      { table: PAYROLL, key: "tableRow", after: "commissionHigh", header: helper("tableRow") },
      { table: PAYROLL, key: "staffRow", after: "tableRow", header: helper("staffRow") },
      { table: PAYROLL, key: "roleRow", after: "staffRow", header: helper("roleRow") },
      { table: PAYROLL, key: "openingRow", after: "roleRow", header: helper("openingRow") },
      { table: PAYROLL, key: "roleHolders", after: "openingRow", header: helper("roleHolders") },
      { table: PAYROLL, key: "prevRow", after: "roleHolders", header: helper("prevRow") },
      { table: PAYROLL, key: "ytdMonth", after: "prevRow", header: helper("ytdMonth") },
      { table: PAYROLL, key: "ytdRow", after: "ytdMonth", header: helper("ytdRow") },
    ],
    formulas: { tables: [PAYROLL] },
  },
  {
    to: 6,
    message: "office.upgrade.v6",
    // Issue 13: each payroll row's compliance check (minimum wage, deductions, social insurance), after
    // the employer's cost and before the helpers.
    columns: [{ table: PAYROLL, key: "complianceCheck", after: "employerCost", header: column("complianceCheck") }],
    // The payroll sheets' conditional formats name the helper columns, which moved one to the right.
    formulas: { sheets: ["payroll"] },
  },
  {
    to: 7,
    message: "office.upgrade.v7",
    // The Targets days' orders and visitors as exact ceilings (exactCeil), not ROUNDUP: LibreOffice's
    // ROUNDUP rounded a quotient of 103888548571.43 down.
    formulas: { tables: [TARGETS] },
  },
];

/** Upgrades a workbook of `version` needs, oldest first. */
export function upgradesFrom(version: number): LayoutUpgrade[] {
  return UPGRADES.filter((u) => u.to > version && u.to <= LAYOUT_VERSION);
}

/** The columns the upgrades from `version` insert into a table, in the order they are inserted. */
export function insertsFrom(version: number, table: string): ColumnInsert[] {
  return upgradesFrom(version).flatMap((u) => (u.columns ?? []).filter((c) => c.table.test(table)));
}

/**
 * The headers a column of one of our tables may carry in a workbook of `version`: the current one,
 * and those it had in the versions between (a command that failed half way may have renamed some, or
 * inserted it with the header it had then).
 */
export function acceptedHeaders(table: string, key: string, current: string, version: number, lang: Lang): string[] {
  const upgrades = upgradesFrom(version);
  const older = upgrades.flatMap((u) => (u.headers ?? []).filter((h) => h.key === key && h.table.test(table)).map((h) => h.before(lang)));
  const inserted = upgrades.flatMap((u) => (u.columns ?? []).filter((c) => c.key === key && c.table.test(table)).map((c) => c.header(lang)));
  return [current, ...older, ...inserted];
}

/**
 * Where the columns of one of our tables (the current layout's) are in a live table of a workbook of
 * `version`: each column's index there, or null for one an upgrade inserts that is not there yet. The
 * live table may have columns of the user's own at its right end. `bad` is the first column that is
 * neither there nor one to insert (renamed, inserted or deleted by the user), with the index of the
 * live column found in its place.
 */
export type ColumnPlaces = { ok: true; places: (number | null)[] } | { ok: false; bad: number; found: number };

export function columnPlaces(t: TableSpec, headers: readonly string[], version: number, lang: Lang): ColumnPlaces {
  const insertable = new Set(insertsFrom(version, t.name).map((c) => c.key));
  const places: (number | null)[] = [];
  let j = 0;
  for (const [i, c] of t.columns.entries()) {
    const h = headers[j];
    if (h !== undefined && acceptedHeaders(t.name, c.key, c.header, version, lang).includes(h)) places.push(j++);
    else if (insertable.has(c.key)) places.push(null);
    else return { ok: false, bad: i, found: j };
  }
  return { ok: true, places };
}

/**
 * The column inserts that bring a live table to the current layout, in order: each new column at the
 * index right after its `after` column as the table stands then (null: at the end). `places` from
 * columnPlaces; `liveCount` the live table's columns (the user's own included).
 */
export function columnInserts(t: TableSpec, places: readonly (number | null)[], liveCount: number, version: number, lang: Lang): { key: string; index: number | null; name: string }[] {
  // The live table's columns by key, in order (the user's own as null).
  const keys: (string | null)[] = new Array<string | null>(liveCount).fill(null);
  places.forEach((p, i) => p !== null && (keys[p] = t.columns[i]!.key));
  const missing = new Set(t.columns.flatMap((c, i) => (places[i] === null ? [c.key] : [])));
  const out: { key: string; index: number | null; name: string }[] = [];
  for (const c of insertsFrom(version, t.name)) {
    if (!missing.has(c.key)) continue;
    const after = keys.indexOf(c.after);
    if (after < 0) throw new Error(`upgrade: column ${c.key} of ${t.name} goes after ${c.after}, which is not there`);
    const index = after + 1;
    keys.splice(index, 0, c.key);
    out.push({ key: c.key, index: index === keys.length - 1 ? null : index, name: c.header(lang) });
  }
  const placed = keys.slice(0, t.columns.length);
  if (placed.some((k, i) => k !== t.columns[i]!.key)) throw new Error(`upgrade: the columns inserted into ${t.name} do not give its layout (${placed.join(", ")})`);
  return out;
}

/** True when, in a workbook of `version`, ShopSheet's formulas in this table or sheet kind are older
 *  ones of its own (so a difference there is not the user's edit). */
export function formulasChangedSince(version: number, where: { table?: string; sheetKind?: string }): boolean {
  return upgradesFrom(version).some(
    (u) => (where.table !== undefined && (u.formulas?.tables ?? []).some((t) => t.test(where.table!))) || (where.sheetKind !== undefined && (u.formulas?.sheets ?? []).includes(where.sheetKind)),
  );
}

/** True when a sheet of `sheetKind` holding `tables` still has ShopSheet's older formulas or texts in
 *  a workbook of `version` — until a command writes it again. */
export function sheetChangedSince(version: number, sheetKind: string, tables: readonly string[]): boolean {
  return (
    formulasChangedSince(version, { sheetKind }) ||
    tables.some((table) => formulasChangedSince(version, { table })) ||
    upgradesFrom(version).some((u) => (u.texts ?? []).some((t) => t.sheet === sheetKind))
  );
}

const OLDER_PREFIX = "ShopSheetOlder.v";

/** The defined name (at A1 of the sheet, like its key name) that marks a sheet of ours still holding
 *  ShopSheet's formulas and texts of `version` in a workbook upgraded past it: "ShopSheetOlder.v1.staff". */
export function olderSheetName(key: string, version: number): string {
  return `${OLDER_PREFIX}${version}.${sheetKeyName(key).slice(KEY_NAME_PREFIX.length)}`;
}

/** The sheet key and version an olderSheetName names; null for any other name. */
export function olderSheetOf(name: string): { key: string; version: number } | null {
  const m = /^ShopSheetOlder\.v(\d+)\.(.+)$/i.exec(name);
  const key = m ? sheetKeyFromName(`${KEY_NAME_PREFIX}${m[2]}`) : null;
  return m && key !== null ? { key, version: Number(m[1]) } : null;
}

/** True when `text` in cell `at` of a sheet of `sheetKind` is a text ShopSheet wrote there in a
 *  version since `version` (so it is rewritten, not kept as the user's). */
export function olderText(version: number, sheetKind: string, at: string, text: string, lang: Lang): boolean {
  return upgradesFrom(version).some((u) => (u.texts ?? []).some((t) => t.sheet === sheetKind && t.at === at && t.before(lang) === text));
}

export { LAYOUT_VERSION, UNVERSIONED };
