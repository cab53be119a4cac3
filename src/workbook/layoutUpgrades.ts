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
 *   - moves: the table columns moved to a new place (right after the column `after` of the layout
 *     `to`): found by their header wherever they stand, they are taken out and put back there — a
 *     column of the user's input with its values (copied across before the old one goes), a computed
 *     one empty (its formulas are written again). References to a moved column from elsewhere break
 *     (Excel has no moving of a table column); ShopSheet's own are written again by the command or
 *     marked as older (olderSheetName) till then;
 *   - clears: ranges of a sheet kind that ShopSheet's older layout wrote and the new one does not (a
 *     block that moved): cleared, contents and formats, so they do not linger beside the new place;
 *   - shifts: tables (by name) moved down in their own columns to where the layout `to` puts them: cells
 *     are inserted above the table, across its columns (Range.insert, shift down, ExcelApi 1.1), so the
 *     table moves whole — its rows, the user's rows among them, its validation — and its name with it:
 *     every formula that names it keeps working. Done when a command writes the table's sheet (its
 *     heading and note go above it then); till then the workbook keeps its older version number;
 *   - headers: the table columns whose header changed, and what the header was before (per language);
 *   - formulas: the tables (by name) and sheet kinds ("payroll", "targets", …) whose formulas changed,
 *     so that in older workbooks ShopSheet's own older formulas there are rewritten instead of being
 *     taken for the user's edits;
 *   - texts: ShopSheet's older texts in cells whose wording changed (per sheet kind, cell, language —
 *     and sheet, for a text that names the sheet's own thing), so that they are rewritten instead of
 *     being kept as the user's;
 *   - values: a column of the user's input in one of our tables where ShopSheet wrote another form of
 *     the same value before (a catalogue role's id in English, in a Chinese workbook): a cell that
 *     still holds exactly that older form of a value the command writes now is rewritten to it — once,
 *     when a command writes the table in a workbook older than `to` — and anything else stays the user's;
 *   - tables: tables new on a sheet older workbooks already have (by name): created in place when a command
 *     writes that sheet, instead of being taken for a table the user deleted;
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
import { findRoleSeed } from "../data/catalogue";
import { catalogueIdShownAs } from "./roleIds";

/** What every sheet key name starts with (src/workbook/spec.ts sheetKeyName). */
const KEY_NAME_PREFIX = "ShopSheet.";

export interface ColumnInsert {
  table: RegExp;
  key: string;
  /** Key of the column the new one goes right after. */
  after: string;
  header: (lang: Lang) => string;
}

/** A table column moved right after `after` (keys of the layout `to`); `input`: its values are the user's. */
export interface ColumnMove {
  table: RegExp;
  key: string;
  after: string;
  input?: true;
}

export interface LayoutUpgrade {
  /** The version this entry brings a workbook to, from `to - 1`. */
  to: number;
  /** Message code of what changed. */
  message: MessageCode;
  columns?: ColumnInsert[];
  /** Tables added to a sheet older workbooks have (by table name): made when the sheet is next written. */
  tables?: string[];
  moves?: ColumnMove[];
  /** `unmerge`: the range held merged cells (a note across columns), split first — a clear leaves a merge. */
  clears?: { sheet: string; range: string; unmerge?: true }[];
  /** Tables moved down in their own columns, to where the layout `to` puts them (by table name). */
  shifts?: string[];
  headers?: { table: RegExp; key: string; before: (lang: Lang) => string }[];
  formulas?: { tables?: RegExp[]; sheets?: string[] };
  /** Texts ShopSheet wrote in a cell of a sheet kind before (a note whose wording changed), per
   *  language and sheet key: its own, so rewritten — not kept as the user's (null: none there). */
  texts?: { sheet: string; at: string; before: (lang: Lang, sheetKey: string) => string | null }[];
  /** Input columns where ShopSheet wrote another form of a value before: `before` gives the older form
   *  of a value written now (null: it had none). */
  values?: ValueRewrite[];
}

/** An input column of a table whose cells may hold ShopSheet's older form of the value the spec holds now. */
export interface ValueRewrite {
  table: RegExp;
  key: string;
  before: (lang: Lang, now: string) => string | null;
}

const PAYROLL = /^Payroll_\d{4}_\d{2}$/;
const TARGETS = /^Targets_\d{4}_\d{2}$/;
const STAFF = /^Staff$/;
const WEEKS = /^Weeks_\d{4}_\d{2}$/;
const ROLES = /^Roles$/;
const MEMBERS = /^Members_/;
const DEDUCTIONS = /^Deductions$/;
const INSURANCE_BASES = /^InsuranceBases$/;

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
  {
    to: 8,
    message: "office.upgrade.v8",
    // Issue 12: the workbook a Chinese finance person expects.
    columns: [
      // The payroll in 工资表 order: the role's name beside its id, each kind of insurance, the
      // deductions' total, a column to sign.
      { table: PAYROLL, key: "roleName", after: "name", header: column("roleName") },
      // 应发合计 as the items of pay (the penalty became a deduction; the gross after it went to the tax's workings).
      { table: PAYROLL, key: "earningsTotal", after: "allowances", header: column("earningsTotal") },
      { table: PAYROLL, key: "pension", after: "earningsTotal", header: column("pension") },
      { table: PAYROLL, key: "medical", after: "pension", header: column("medical") },
      { table: PAYROLL, key: "unemployment", after: "medical", header: column("unemployment") },
      { table: PAYROLL, key: "deductionTotal", after: "iit", header: column("deductionTotal") },
      { table: PAYROLL, key: "signature", after: "net", header: column("signature") },
      // Roles show 每人/平分 and 是/否; these helper columns hold the codes the formulas read.
      { table: ROLES, key: "shareBasis", after: "notes", header: helper("basisCode") },
      { table: ROLES, key: "insured", after: "shareBasis", header: helper("insuredCode") },
      // Targets: each day's weekday and event by name; each week's orders and visitors.
      { table: TARGETS, key: "weekdayName", after: "weekday", header: (lang) => wbText("wb.targets.col.weekdayName", lang) },
      { table: TARGETS, key: "event", after: "holiday", header: (lang) => wbText("wb.targets.col.event", lang) },
      { table: WEEKS, key: "orders", after: "target", header: (lang) => wbText("wb.targets.week.orders", lang) },
      { table: WEEKS, key: "visitors", after: "orders", header: (lang) => wbText("wb.targets.week.visitors", lang) },
    ],
    moves: [
      // The reward among the items of pay, after the commission; the penalty among the deductions, after
      // the tax (the user's: their values move with them).
      { table: PAYROLL, key: "reward", after: "commission", input: true },
      { table: PAYROLL, key: "penalty", after: "iit", input: true },
      // The paid days typed and issue 13's hours, leave days and allowances beside the printed block (they
      // print as the days used and the pay they come to).
      { table: PAYROLL, key: "paidDaysInput", after: "signature", input: true },
      { table: PAYROLL, key: "overtimeWorkday", after: "paidDaysInput", input: true },
      { table: PAYROLL, key: "overtimeRestDay", after: "overtimeWorkday", input: true },
      { table: PAYROLL, key: "overtimeHoliday", after: "overtimeRestDay", input: true },
      { table: PAYROLL, key: "unpaidLeave", after: "overtimeHoliday", input: true },
      { table: PAYROLL, key: "sickLeave", after: "unpaidLeave", input: true },
      { table: PAYROLL, key: "allowancesTaxable", after: "sickLeave", input: true },
      { table: PAYROLL, key: "allowancesExempt", after: "allowancesTaxable", input: true },
      // The gross after the penalty (the tax's base), the social insurance's sum and the tax's workings,
      // after the employer's costs (out of print).
      { table: PAYROLL, key: "gross", after: "complianceCheck" },
      { table: PAYROLL, key: "socialInsurance", after: "gross" },
      { table: PAYROLL, key: "specialAdditionalDeduction", after: "socialInsurance" },
      { table: PAYROLL, key: "cumulativeTaxable", after: "specialAdditionalDeduction" },
      { table: PAYROLL, key: "cumulativeTax", after: "cumulativeTaxable" },
    ],
    headers: [
      { table: PAYROLL, key: "role", before: column("role") },
      // 应发合计 was the gross after the penalty; a role sheet's members showed it (now the items of pay).
      { table: PAYROLL, key: "gross", before: (lang) => (lang === "zh-CN" ? "应发合计" : "Gross") },
      { table: MEMBERS, key: "gross", before: (lang) => (lang === "zh-CN" ? "应发合计" : "Gross") },
      { table: PAYROLL, key: "paidDaysInput", before: (lang) => (lang === "zh-CN" ? "计薪天数（空 = 自动）" : "Paid days (blank = auto)") },
      { table: PAYROLL, key: "paidDays", before: (lang) => (lang === "zh-CN" ? "计薪天数" : "Paid days used") },
      { table: TARGETS, key: "weekday", before: (lang) => (lang === "zh-CN" ? "星期（1=周一）" : "Weekday (1 = Mon)") },
    ],
    // Blocks that moved: the Roles sheet's texts to column B and its pool summary above the table (its
    // two new columns take the old summary's place); the payroll's pool labels to C:E; the Targets'
    // helper cells in fen to the folded-away helper columns; a role sheet's settings to C:E.
    clears: [
      { sheet: "roles", range: "A1:A3" },
      { sheet: "roles", range: "O5:P8" },
      { sheet: "payroll", range: "E3:E6" },
      { sheet: "targets", range: "A7:D9" },
      { sheet: "role", range: "B9:B16" },
    ],
    formulas: { tables: [PAYROLL, ROLES, STAFF, TARGETS, WEEKS, MEMBERS], sheets: ["payroll", "roles", "targets", "slips", "role", "contents"] },
    texts: [
      {
        sheet: "settings",
        at: "E25",
        before: (lang) => (lang === "zh-CN" ? "活动日（MM-DD 每年；YYYY-MM-DD 仅当天）" : "Sales events (MM-DD every year; YYYY-MM-DD one day)"),
      },
      { sheet: "payroll", at: "A3", before: (lang) => (lang === "zh-CN" ? "本月毛利" : "Gross margin this month") },
      {
        sheet: "targets",
        at: "A11",
        before: (lang) =>
          lang === "zh-CN"
            ? "灰色斜体的“辅助”列和单元格用于精确分配，请勿修改：目标按权重以“分”为单位用最大余数法分配（权重单位 = 权重 × 10000），先取整分，再把剩余的分按余数从大到小逐一补给各天（余数相同给较早的日期），所以每日目标之和恰好等于月目标。录入实际销售额后，剩余目标用同样方法重新分配到尚未录入的日期（“重分配”列），即“调整后目标”。"
            : "The grey “Helper” columns and cells make the split exact; don't edit them. The target is split by weight in whole fen with the largest-remainder method (weight units = weight × 10000): each day first gets the whole fen of its share, then the fen left over go one each to the days with the largest remainders (ties to the earlier date), so the days add up to the month exactly. Once actual sales are typed in, what is left of the target is split the same way over the days without an actual (“re-spread” columns): that is the revised target.",
      },
    ],
  },
  {
    to: 9,
    message: "office.upgrade.v9",
    // Issue 13, the year-end bonus, where the fresh layout has its columns:
    columns: [
      // an item of pay, printed after the allowances (in the gross)…
      { table: PAYROLL, key: "annualBonus", after: "allowances", header: column("annualBonus") },
      // …how to tax it typed beside the printed block, after the typed allowances (blank = the lower)…
      { table: PAYROLL, key: "annualBonusTaxationInput", after: "allowancesExempt", header: column("annualBonusTaxationInput") },
      // …its tax a deduction, printed after the wages' tax (in the deductions' total)…
      { table: PAYROLL, key: "annualBonusTax", after: "iit", header: column("annualBonusTax") },
      // …the taxation applied among the tax's workings, out of print (the printed block stays ≤ 20 columns)…
      { table: PAYROLL, key: "annualBonusTaxation", after: "cumulativeTax", header: column("annualBonusTaxation") },
      // …and the working: the wages' income to date, the tax either way, the once-a-year count.
      { table: PAYROLL, key: "wagesToDate", after: "ytdRow", header: helper("wagesToDate") },
      { table: PAYROLL, key: "bonusSeparateTax", after: "wagesToDate", header: helper("bonusSeparateTax") },
      { table: PAYROLL, key: "bonusMergedTax", after: "bonusSeparateTax", header: helper("bonusMergedTax") },
      { table: PAYROLL, key: "separateBonusesBefore", after: "bonusMergedTax", header: helper("separateBonusesBefore") },
      { table: PAYROLL, key: "separateBonusesToDate", after: "separateBonusesBefore", header: helper("separateBonusesToDate") },
    ],
    // The gross adds the bonus, the deductions' total its tax, the year to date a merged one, the compliance
    // check leaves it out; the print area, the conditional formats and the slips (every slip column) follow.
    // (Settings' new named cell is written with its default where its name will point by any command — the
    // grid inserts named cells an older layout lacks; its heading and label when Settings is next written.)
    formulas: { tables: [PAYROLL], sheets: ["payroll", "slips"] },
  },
  {
    to: 10,
    message: "office.upgrade.v10",
    // Issue 13, special taxpayers (国家税务总局公告2020年第19号 and 第13号): two flags on Staff after the monthly
    // special deduction, typed by the user (blank is no)…
    columns: [
      { table: STAFF, key: "previousYearUnder60k", after: "specialAdditionalDeduction", header: column("previousYearUnder60k") },
      { table: STAFF, key: "firstJobThisYear", after: "previousYearUnder60k", header: column("firstJobThisYear") },
      // …and the months of the basic deduction they give, a helper at the end of every payroll table.
      { table: PAYROLL, key: "basicMonths", after: "separateBonusesToDate", header: helper("basicMonths") },
    ],
    // The cumulative taxable income takes the basic deduction × those months; the slips show it.
    formulas: { tables: [PAYROLL], sheets: ["payroll", "slips"] },
  },
  {
    to: 11,
    message: "office.upgrade.v11",
    // Issue 13, special additional deductions by category: a sheet of their own (Special deductions, added
    // by the command like any missing sheet of ShopSheet's: no column of an existing table moves), and each
    // payroll table's month deduction takes the items in force there, else Staff's monthly figure as before —
    // which a helper at the end of every payroll table tells apart.
    columns: [{ table: PAYROLL, key: "hasDeductions", after: "basicMonths", header: helper("hasDeductions") }],
    formulas: { tables: [PAYROLL], sheets: ["payroll"] },
  },
  {
    to: 12,
    message: "office.upgrade.v12",
    // Issue 13, city social-insurance profiles: Settings gains the profile in use (a new group at its foot,
    // written as v9's was) and the InsuranceBases table to the right of the others (R4 since version 13, past the
    // Holidays table; a new table, written when Settings is); the payroll sheets gain the band of the month's limits above the table (H3:O6, cells no
    // older layout wrote), and each contribution, siBase and hfBase read the band instead of Settings' single limits.
    tables: ["InsuranceBases"],
    formulas: { tables: [PAYROLL], sheets: ["payroll"] },
  },
  {
    to: 13,
    message: "office.upgrade.v13",
    // Issue 13, the calendar past the package's years: Settings gains the Holidays table (columns J–P, right of
    // the other lists; a command that writes Settings creates it with the known years' days — a new table of the
    // user's takes the spec's rows — and never rewrites its rows after), and a joiner's or leaver's paid days
    // are the days worked plus the statutory holidays by that table (the 21.75-day rule), no longer NETWORKDAYS
    // alone: every payroll table's paidDays formula changed, and its compliance check (overtime above 36 hours,
    // the late joiner's share read from the new setting LateJoinerShare — a named cell the grid adds to an older
    // Settings with its default, as layout 9's).
    tables: ["Holidays"],
    formulas: { tables: [PAYROLL] },
  },
  {
    to: 14,
    message: "office.upgrade.v14",
    // No English code in a Chinese sheet: a catalogue role's id (manager, promoter, …) shows as its Chinese key
    // (电商部经理…: src/workbook/roleIds.ts) in the Roles table's id column and in each role sheet's B3, read back
    // as the id. The formulas are as they were (they match B3 against Roles[id]; the payroll's role column shows
    // what Roles[id] holds). A cell the user changed since is the user's: only the exact English id goes.
    texts: [{ sheet: "role", at: "B3", before: (lang, sheetKey) => (lang === "zh-CN" ? catalogueIdOfRoleSheet(sheetKey) : null) }],
    values: [{ table: ROLES, key: "id", before: (lang, now) => (lang === "zh-CN" ? catalogueIdShownAs(now) ?? null : null) }],
  },
  {
    to: 15,
    message: "office.upgrade.v15",
    // What a finance person saw printed. The Holidays table stood at J4, beside the settings' tall wrapped notes,
    // so its rows printed with uneven gaps and split across pages: it moves down in its own columns J–P to rows
    // of its own below the last setting (src/workbook/sheets/settings.ts HOLIDAYS_AT) — cells inserted above it,
    // so its name, its rows (the user's too) and every formula that names it stay — with its note and heading
    // right above it; where they stood (J2:L3) is cleared. The Special deductions table's standard said 每月 of
    // a certificate's 3,600 (once) and a pension's 12,000 (a year's cap): the header drops 每月 and a column
    // beside it says which; the warning's conditional format names the check column, one further right now.
    shifts: ["Holidays"],
    clears: [{ sheet: "settings", range: "J2:L3", unmerge: true }],
    // InsuranceBases gains a check at its end (after the folded workings) naming the row whose period overlaps
    // a row's — where the payroll's band shows a bare #N/A.
    columns: [
      { table: DEDUCTIONS, key: "standardUnit", after: "standard", header: column("deductionStandardUnit") },
      { table: INSURANCE_BASES, key: "check", after: "roundingKey", header: column("check") },
    ],
    headers: [{ table: DEDUCTIONS, key: "standard", before: (lang) => (lang === "zh-CN" ? "现行标准（每月）" : "Current standard (a month)") }],
    formulas: { sheets: ["deductions"] },
  },
  {
    to: 16,
    message: "office.upgrade.v16",
    // Issue 15, closed months: a payroll month before the one a command writes keeps the base it was paid with —
    // its `base` helper becomes a value (the base the engine used, read from the workbook before the command) and
    // reads back as the month's entry (src/core/config/tableFields.ts ENTRY_FIELDS base), so a raise on Staff no
    // longer reaches paid months (and one base edit no longer recalculates the whole year). No column, header or
    // formula of the open month changes: the month command writes the closed months' values like any data column.
    // The payroll note (A7) says so.
    texts: [
      {
        sheet: "payroll",
        at: "A7",
        before: (lang) =>
          lang === "zh-CN"
            ? "累计数来自本年度此人最近一个发过工资的月份的工资表（再次入职的人员与其第一行合并计算），否则来自员工表的期初累计。提成向下取整到分，合计不超过利润分成池。"
            : "Year-to-date figures come from the latest earlier payroll sheet of the year in which the person was paid (a re-hire runs on from their first row), otherwise from the opening balances on Staff. Commissions are rounded down to the fen, so together they never exceed the pool.",
      },
    ],
  },
  {
    to: 17,
    message: "office.upgrade.v17",
    // Text typed where Excel's MATCH would read * ? ~ as wildcards (src/workbook/sheets/literalLookup.ts): Staff's
    // Check says so of a role holding one (core refuses it: name.wildcard) and takes a re-hire's link holding one
    // for no ID; the Special deductions sheet's category code and the InsuranceBases words compare by =, not
    // MATCH (子女* is no category, 养* no insurance); a deduction's person holding one is no one.
    formulas: { tables: [STAFF, DEDUCTIONS, INSURANCE_BASES] },
  },
];

/** Upgrades a workbook of `version` needs, oldest first. */
export function upgradesFrom(version: number): LayoutUpgrade[] {
  return UPGRADES.filter((u) => u.to > version && u.to <= LAYOUT_VERSION);
}

/** The tables the upgrades from `version` add to sheets a workbook of `version` already has (lower case). */
export function tablesAddedSince(version: number): Set<string> {
  return new Set(upgradesFrom(version).flatMap((u) => (u.tables ?? []).map((t) => t.toLowerCase())));
}

/** The columns the upgrades from `version` insert into a table, in the order they are inserted. */
export function insertsFrom(version: number, table: string): ColumnInsert[] {
  return upgradesFrom(version).flatMap((u) => (u.columns ?? []).filter((c) => c.table.test(table)));
}

/** The columns the upgrades from `version` move in a table. */
export function movesFrom(version: number, table: string): ColumnMove[] {
  return upgradesFrom(version).flatMap((u) => (u.moves ?? []).filter((m) => m.table.test(table)));
}

/** True when an upgrade from `version` moves the table `table` down in its own columns (`shifts`). */
export function shiftedSince(version: number, table: string): boolean {
  return upgradesFrom(version).some((u) => (u.shifts ?? []).some((t) => t.toLowerCase() === table.toLowerCase()));
}

/**
 * Where a table stands in a workbook of `version` is fine: where the layout puts it (`at`: its header's
 * row and column), or — for a table an upgrade moves down in its columns, still to be moved — above that,
 * in the same column.
 */
export function tablePlaceAccepted(table: string, at: { row: number; col: number }, found: { top: number; left: number }, version: number): boolean {
  return (found.left === at.col && found.top === at.row) || awaitsShift(table, at, found, version);
}

/** True when the table stands above where the layout puts it, in its column, and an upgrade from `version` moves it down there. */
export function awaitsShift(table: string, at: { row: number; col: number }, found: { top: number; left: number }, version: number): boolean {
  return found.left === at.col && found.top < at.row && shiftedSince(version, table);
}

/** The ranges the upgrades from `version` clear on a sheet of `sheetKind`. */
export function clearsFrom(version: number, sheetKind: string): { range: string; unmerge?: true }[] {
  return upgradesFrom(version).flatMap((u) => (u.clears ?? []).filter((c) => c.sheet === sheetKind).map((c) => ({ range: c.range, ...(c.unmerge ? { unmerge: c.unmerge } : {}) })));
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
 * `version`: each column's index there, or null for one an upgrade inserts that is not there yet. A
 * column an upgrade moves is found by its header wherever it stands; the others must stand in their
 * order. The live table may have columns of the user's own at its right end. `bad` is the first column
 * that is neither there nor one to insert (renamed, inserted or deleted by the user), with the index
 * of the live column found in its place.
 */
export type ColumnPlaces = { ok: true; places: (number | null)[] } | { ok: false; bad: number; found: number };

export function columnPlaces(t: TableSpec, headers: readonly string[], version: number, lang: Lang): ColumnPlaces {
  const insertable = new Set(insertsFrom(version, t.name).map((c) => c.key));
  const movable = new Set(movesFrom(version, t.name).map((m) => m.key));
  const accepted = (i: number) => acceptedHeaders(t.name, t.columns[i]!.key, t.columns[i]!.header, version, lang);
  // The moved columns first, wherever they are; the others in order over what is left.
  const places: (number | null)[] = new Array<number | null>(t.columns.length).fill(null);
  const taken = new Set<number>();
  t.columns.forEach((c, i) => {
    if (!movable.has(c.key)) return;
    // Today's header first: an older one may be another column's now (应发合计 was the gross's header and
    // is the earnings total's since version 8). Were the wrong one taken, both are computed: written again.
    const free = (h: string) => headers.findIndex((x, k) => !taken.has(k) && x === h);
    const j = accepted(i).map(free).find((k) => k >= 0) ?? -1;
    if (j >= 0) {
      places[i] = j;
      taken.add(j);
    }
  });
  let j = 0;
  const skip = () => {
    while (taken.has(j)) j++;
  };
  for (const [i, c] of t.columns.entries()) {
    if (movable.has(c.key)) {
      if (places[i] === null && !insertable.has(c.key)) return { ok: false, bad: i, found: (skip(), j) };
      continue;
    }
    skip();
    const h = headers[j];
    if (h !== undefined && accepted(i).includes(h)) places[i] = j++;
    else if (!insertable.has(c.key)) return { ok: false, bad: i, found: j };
  }
  return { ok: true, places };
}

/** One step bringing a live table to the current layout: a column inserted (a new one, or a moved one
 *  put back), deleted (where a moved one was), its values copied across, or renamed. Indexes are the
 *  live table's as it stands at that step (null: at the end). */
export type ColumnOp =
  | { op: "insert"; key: string; index: number | null; name: string }
  | { op: "copy"; key: string; from: number; to: number }
  | { op: "delete"; key: string; index: number }
  | { op: "rename"; key: string; index: number; name: string };

/**
 * The steps that bring a live table to the current layout, in order. First the computed columns an
 * upgrade moves are taken out (their formulas are written again anyway). Then, walking the layout's
 * columns left to right, each one not there is inserted right after the one before it, and each column
 * of the user's input an upgrade moves that does not stand there is moved there: inserted under a name
 * of its own, its values copied across, the old column deleted and the new one given the column's
 * header. (A column still waiting to be moved may stand between two others meanwhile.) `places` from
 * columnPlaces; `liveCount` the live table's columns (the user's own included).
 */
export function columnOps(t: TableSpec, places: readonly (number | null)[], liveCount: number, version: number, lang: Lang): ColumnOp[] {
  // The live table's columns by key, in order (the user's own as null).
  const keys: (string | null)[] = new Array<string | null>(liveCount).fill(null);
  places.forEach((p, i) => p !== null && (keys[p] = t.columns[i]!.key));
  const inserts = new Map(insertsFrom(version, t.name).map((c) => [c.key, c]));
  const moves = new Map(movesFrom(version, t.name).map((m) => [m.key, m]));
  const out: ColumnOp[] = [];
  const at = (index: number) => (index === keys.length - 1 ? null : index);
  const template = t.columns.map((c) => c.key);
  // A moved column already where it belongs (a command that stopped half way moved it): left alone.
  // Where it belongs is after the column before it in the layout, itself in its place when it is one
  // that moves too (a penalty right after a reward that has not moved yet has not moved either).
  const inPlace = (key: string): boolean => {
    const i = template.indexOf(key);
    const here = keys.indexOf(key);
    if (here < 0) return false;
    if (i === 0) return here === 0;
    const prior = template[i - 1]!;
    return keys[here - 1] === prior && (!moves.has(prior) || inPlace(prior));
  };
  // 1. The computed columns to move, out.
  for (const [key, m] of moves) {
    if (m.input || keys.indexOf(key) < 0 || inPlace(key)) continue;
    const index = keys.indexOf(key);
    keys.splice(index, 1);
    out.push({ op: "delete", key, index });
  }
  // 2. Left to right: what is missing inserted, the user's columns moved.
  const pending = new Set([...moves.values()].filter((m) => m.input && keys.includes(m.key) && !inPlace(m.key)).map((m) => m.key));
  const after = (i: number) => {
    if (i === 0) return -1;
    const k = keys.indexOf(template[i - 1]!);
    if (k < 0) throw new Error(`upgrade: column ${template[i]} of ${t.name} goes after ${template[i - 1]}, which is not there`);
    return k;
  };
  t.columns.forEach((c, i) => {
    const before = after(i);
    const now = keys.indexOf(c.key);
    if (now < 0) {
      const insert = inserts.get(c.key);
      if (!insert && !moves.has(c.key)) throw new Error(`upgrade: column ${c.key} of ${t.name} is missing and no upgrade inserts it`);
      keys.splice(before + 1, 0, c.key);
      out.push({ op: "insert", key: c.key, index: at(before + 1), name: insert ? insert.header(lang) : c.header });
      return;
    }
    if (pending.has(c.key)) {
      pending.delete(c.key);
      // Inserted under a name of its own (a table's headers are unique), filled, the old one removed.
      const temp = `${c.key}\u0000new`;
      keys.splice(before + 1, 0, temp);
      out.push({ op: "insert", key: c.key, index: at(before + 1), name: movingName(c.header) });
      const from = keys.indexOf(c.key);
      out.push({ op: "copy", key: c.key, from, to: keys.indexOf(temp) });
      keys.splice(from, 1);
      out.push({ op: "delete", key: c.key, index: from });
      const placed = keys.indexOf(temp);
      keys[placed] = c.key;
      out.push({ op: "rename", key: c.key, index: placed, name: c.header });
      return;
    }
    // Between it and the one before may stand only columns still to be moved.
    const between = keys.slice(before + 1, now);
    if (now <= before || between.some((k) => k === null || !pending.has(k))) throw new Error(`upgrade: column ${c.key} of ${t.name} is out of place and no upgrade moves it`);
  });
  const placed = keys.slice(0, t.columns.length);
  if (placed.some((k, i) => k !== t.columns[i]!.key)) throw new Error(`upgrade: the steps do not give the layout of ${t.name} (${placed.join(", ")})`);
  return out;
}

/** The header a moved column of the user's input has while both it and the old one stand in the table. */
export function movingName(header: string): string {
  return `${header} (→)`;
}

/** The inserts alone, as columnOps gives them (for tables no upgrade moves a column of). */
export function columnInserts(t: TableSpec, places: readonly (number | null)[], liveCount: number, version: number, lang: Lang): { key: string; index: number | null; name: string }[] {
  return columnOps(t, places, liveCount, version, lang).flatMap((o) => (o.op === "insert" ? [{ key: o.key, index: o.index, name: o.name }] : []));
}

/** True when, in a workbook of `version`, ShopSheet's formulas in this table or sheet kind are older
 *  ones of its own (so a difference there is not the user's edit). */
export function formulasChangedSince(version: number, where: { table?: string; sheetKind?: string }): boolean {
  return upgradesFrom(version).some(
    (u) => (where.table !== undefined && (u.formulas?.tables ?? []).some((t) => t.test(where.table!))) || (where.sheetKind !== undefined && (u.formulas?.sheets ?? []).includes(where.sheetKind)),
  );
}

/** True when a sheet of `sheetKind` holding `tables` still has ShopSheet's older formulas, texts or
 *  values in a workbook of `version` — until a command writes it again. */
export function sheetChangedSince(version: number, sheetKind: string, tables: readonly string[]): boolean {
  return (
    formulasChangedSince(version, { sheetKind }) ||
    tables.some((table) => formulasChangedSince(version, { table }) || valuesFrom(version, table).length > 0) ||
    upgradesFrom(version).some((u) => (u.texts ?? []).some((t) => t.sheet === sheetKind))
  );
}

/** The input columns of `table` whose older forms the upgrades from `version` rewrite. */
export function valuesFrom(version: number, table: string): ValueRewrite[] {
  return upgradesFrom(version).flatMap((u) => (u.values ?? []).filter((v) => v.table.test(table)));
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

/** True when `text` in cell `at` of the sheet `sheetKey` (of `sheetKind`) is a text ShopSheet wrote there
 *  in a version since `version` (so it is rewritten, not kept as the user's). */
export function olderText(version: number, sheetKind: string, sheetKey: string, at: string, text: string, lang: Lang): boolean {
  return upgradesFrom(version).some((u) => (u.texts ?? []).some((t) => t.sheet === sheetKind && t.at === at && t.before(lang, sheetKey) === text));
}

/** The catalogue id a role sheet's key names ("role:manager" → "manager"), if it names one. */
function catalogueIdOfRoleSheet(sheetKey: string): string | null {
  const id = /^role:([a-z0-9-]+)$/.exec(sheetKey)?.[1];
  return id !== undefined && findRoleSeed(id) !== undefined ? id : null;
}

export { LAYOUT_VERSION, UNVERSIONED };
