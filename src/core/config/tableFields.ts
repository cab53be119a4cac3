/**
 * The columns of the user's tables, each declared once: the Roles and Staff tables, the lists of the
 * Settings sheet (tax table, weekday weights, sales events) and the month's entries typed on a payroll
 * sheet. Each column says where it lives in a config file (its path in one row of the list), how it is
 * checked, what a blank cell means, and how it is labelled — and from this come the config schema's
 * rows (./schema.ts), the workbook's input columns and the reader that takes them back (src/workbook),
 * and the task pane's fields.
 *
 * To add a column: one entry here (its label in src/data/messages/workbook.ts). The workbook places a
 * table's columns in this order; a new one goes where older workbooks can take it (see
 * src/workbook/layoutUpgrades.ts).
 */
import type { MessageCode } from "../../data/messages";
import type { FieldKind } from "./settingFields";
import type { LEAVES } from "./leaves";

/** How a column's values are shown and typed. */
export type ColumnKind = FieldKind | "integer" | "date" | "month" | "flag" | "choice";

/**
 * What a config file may do with the key: leave it out ("optional"), give null for "none" too
 * ("nullable"), or must give it ("required"), possibly as null ("requiredNullable": a tax bracket's
 * open upper bound).
 */
export type Presence = "optional" | "nullable" | "required" | "requiredNullable";

export interface TableField {
  /** The column's key in the workbook's table: a stable English id that formulas name ([@base]). */
  key: string;
  /** Path in one row of the config list ("base", "opening.gross"); "" for a list of plain values. */
  path: string;
  kind: ColumnKind;
  leaf: keyof typeof LEAVES;
  presence: Presence;
  /**
   * The row's identity in the workbook (an id): a blank one is reported as missing where the row is,
   * since the workbook's lookups need it — even where a config file may leave it out.
   */
  identity?: true;
  /**
   * The workbook's formulas find rows by this text as typed (MATCH, SUMIFS, =: a staff id, a reference to
   * one, a role's id or name, a Staff row's role, a city profile's name), ignoring case only. Reading trims
   * text, so a cell with a space (or a full-width space, a tab) before or after its text would be one row
   * to the engine and none to the sheet's lookups: such a cell is refused on reading, with its place, never
   * trimmed quietly (src/workbook/read/tableRows.ts).
   */
  matchedAsTyped?: true;
  label: MessageCode;
  /** Column width in characters. */
  width?: number;
  /** Edited on its sheet only: the task pane keeps the value as it read it (opening balances, a re-hire's link). */
  sheetOnly?: true;
  /** Placed after the table's computed columns, at its right end (Staff: after Check). */
  atEnd?: true;
  /**
   * Personal data (an ID or bank account number): kept only where the user puts it (its cell, a config
   * file), shown masked everywhere else — the pane, messages, CLI output — and never logged.
   */
  personal?: true;
}

export const ROLE_FIELDS = [
  { key: "id", path: "id", kind: "text", leaf: "roleId", presence: "required", identity: true, matchedAsTyped: true, label: "wb.col.id", width: 10 },
  { key: "nameZh", path: "nameZh", kind: "text", leaf: "roleName", presence: "optional", matchedAsTyped: true, label: "wb.col.nameZh", width: 20 },
  { key: "nameEn", path: "nameEn", kind: "text", leaf: "roleName", presence: "optional", matchedAsTyped: true, label: "wb.col.nameEn", width: 22 },
  { key: "headcount", path: "headcount", kind: "integer", leaf: "headcount", presence: "optional", label: "wb.col.headcount", width: 9 },
  { key: "baseMin", path: "baseMin", kind: "money", leaf: "money", presence: "nullable", label: "wb.col.baseMin", width: 12 },
  { key: "baseMax", path: "baseMax", kind: "money", leaf: "money", presence: "nullable", label: "wb.col.baseMax", width: 12 },
  { key: "share", path: "share", kind: "rate", leaf: "rate", presence: "nullable", label: "wb.col.share", width: 10 },
  // Shown as words (每人/平分, 是/否: src/workbook/choices.ts); the sheet's formulas read the codes from
  // helper columns of the Roles table keyed shareBasis and insured. A blank flag is no.
  { key: "basis", path: "shareBasis", kind: "choice", leaf: "shareBasis", presence: "optional", label: "wb.col.shareBasis", width: 9 },
  { key: "roomAndBoard", path: "roomAndBoard", kind: "flag", leaf: "flag", presence: "optional", label: "wb.col.roomAndBoard", width: 8 },
  { key: "insurance", path: "insured", kind: "flag", leaf: "flag", presence: "optional", label: "wb.col.insured", width: 7 },
] as const satisfies readonly TableField[];

export const STAFF_FIELDS = [
  { key: "id", path: "id", kind: "text", leaf: "staffId", presence: "optional", identity: true, matchedAsTyped: true, label: "wb.col.id", width: 8 },
  { key: "name", path: "name", kind: "text", leaf: "text", presence: "optional", label: "wb.col.name", width: 13 },
  // By id, or the role's Chinese or English name.
  { key: "role", path: "role", kind: "text", leaf: "roleName", presence: "required", matchedAsTyped: true, label: "wb.col.role", width: 14 },
  // Blank: the base is missing (a config file that leaves it out gets the role's fixed base).
  { key: "base", path: "base", kind: "money", leaf: "money", presence: "nullable", label: "wb.col.base", width: 11 },
  { key: "contributionBase", path: "contributionBase", kind: "money", leaf: "money", presence: "nullable", label: "wb.col.contributionBase", width: 12 },
  { key: "specialAdditionalDeduction", path: "specialAdditionalDeduction", kind: "money", leaf: "money", presence: "optional", label: "wb.col.specialAdditionalDeductionPerMonth", width: 12 },
  // Issue 13, special taxpayers (src/core/tax/basicDeduction.ts): STA 2020 No. 19 (60,000 from January) and
  // No. 13 (the months counted from January). Shown 是/否 in Chinese (../../workbook/choices.ts); blank is no.
  // A re-hire's are the first record's (the payroll sheet reads the taxpayer's row).
  { key: "previousYearUnder60k", path: "iit.previousYearUnder60k", kind: "flag", leaf: "flag", presence: "optional", label: "wb.col.previousYearUnder60k", width: 10 },
  { key: "firstJobThisYear", path: "iit.firstJobThisYear", kind: "flag", leaf: "flag", presence: "optional", label: "wb.col.firstJobThisYear", width: 10 },
  { key: "startDate", path: "startDate", kind: "date", leaf: "isoDate", presence: "nullable", label: "wb.col.startDate", width: 11 },
  { key: "endDate", path: "endDate", kind: "date", leaf: "isoDate", presence: "nullable", label: "wb.col.endDate", width: 11 },
  // A re-hire's row names the person's first row: one taxpayer, one year to date (core: Staff.sameAs).
  { key: "sameAs", path: "sameAs", kind: "text", leaf: "text", presence: "nullable", matchedAsTyped: true, label: "wb.col.sameAs", width: 11, sheetOnly: true },
  { key: "openingMonths", path: "opening.months", kind: "integer", leaf: "openingMonths", presence: "optional", label: "wb.col.openingMonths", width: 7, sheetOnly: true },
  // Gross to date cannot be negative: a month's negative gross is itself refused.
  { key: "openingGross", path: "opening.gross", kind: "money", leaf: "money", presence: "optional", label: "wb.col.openingGross", width: 12, sheetOnly: true },
  { key: "openingInsurance", path: "opening.insurance", kind: "money", leaf: "money", presence: "optional", label: "wb.col.openingInsurance", width: 12, sheetOnly: true },
  { key: "openingSpecialAdditionalDeduction", path: "opening.specialAdditionalDeduction", kind: "money", leaf: "money", presence: "optional", label: "wb.col.openingSpecialAdditionalDeduction", width: 12, sheetOnly: true },
  { key: "openingTax", path: "opening.taxWithheld", kind: "money", leaf: "money", presence: "optional", label: "wb.col.openingTax", width: 12, sheetOnly: true },
  // After Check, at the table's right end (issue 14). The customer-service export names an agent by
  // this sub-account ("店铺名:小王"); `shopsheet import service` matches it to the person.
  { key: "nickname", path: "nickname", kind: "text", leaf: "text", presence: "optional", label: "wb.col.nickname", width: 16, atEnd: true },
  // What the tax filing and the bank list need: the columns the user can hide or protect. A blank type
  // with a number is a resident identity card (居民身份证, src/core/personal/idDocument.ts).
  { key: "idType", path: "idType", kind: "text", leaf: "text", presence: "optional", label: "wb.col.idType", width: 12, atEnd: true, sheetOnly: true },
  { key: "idNumber", path: "idNumber", kind: "text", leaf: "idNumber", presence: "optional", label: "wb.col.idNumber", width: 21, atEnd: true, sheetOnly: true, personal: true },
  { key: "bank", path: "bank", kind: "text", leaf: "text", presence: "optional", label: "wb.col.bank", width: 20, atEnd: true, sheetOnly: true },
  { key: "bankAccount", path: "bankAccount", kind: "text", leaf: "bankAccount", presence: "optional", label: "wb.col.bankAccount", width: 24, atEnd: true, sheetOnly: true, personal: true },
] as const satisfies readonly TableField[];

/** Groups of a staff row that a config file may give as null (no opening balance). */
export const STAFF_NULLABLE_GROUPS: readonly string[] = ["opening", "iit"];

/** A month's entry for one person, typed on the month's payroll sheet (the staff id is the row's). */
export const ENTRY_FIELDS = [
  // Not matchedAsTyped: ShopSheet writes the row's id from the engine's (a value typed over it stops the
  // command: src/office/reconcile/edits.ts), so what reading trims here the sheet never compares.
  { key: "id", path: "staff", kind: "text", leaf: "text", presence: "required", identity: true, label: "wb.col.id", width: 7 },
  { key: "reward", path: "reward", kind: "money", leaf: "money", presence: "optional", label: "wb.col.reward", width: 9.5 },
  { key: "penalty", path: "penalty", kind: "money", leaf: "money", presence: "optional", label: "wb.col.penalty", width: 9.5 },
  // Blank: a full month, or the weekdays worked for a joiner or leaver.
  { key: "paidDaysInput", path: "paidDays", kind: "number", leaf: "paidDays", presence: "nullable", label: "wb.col.paidDaysInput", width: 12 },
  // Issue 13: overtime hours by kind (150% / 200% / 300%), unpaid and sick leave days (src/core/pay/attendance.ts).
  { key: "overtimeWorkday", path: "overtimeHours.workday", kind: "number", leaf: "overtimeHours", presence: "optional", label: "wb.col.overtimeWorkday", width: 10 },
  { key: "overtimeRestDay", path: "overtimeHours.restDay", kind: "number", leaf: "overtimeHours", presence: "optional", label: "wb.col.overtimeRestDay", width: 10 },
  { key: "overtimeHoliday", path: "overtimeHours.holiday", kind: "number", leaf: "overtimeHours", presence: "optional", label: "wb.col.overtimeHoliday", width: 10 },
  { key: "unpaidLeave", path: "leaveDays.unpaid", kind: "number", leaf: "paidDays", presence: "optional", label: "wb.col.unpaidLeave", width: 9 },
  { key: "sickLeave", path: "leaveDays.sick", kind: "number", leaf: "paidDays", presence: "optional", label: "wb.col.sickLeave", width: 9 },
  // The month's allowances as the workbook holds them: two sums, taxable and exempt. A config file may also
  // list them by name (`allowances: [{name, amount, taxable}]`, ./schema.ts); the sheet shows the list's
  // sums here, so a workbook read back gives the same pay with the names left in the file.
  { key: "allowancesTaxable", path: "allowanceTotals.taxable", kind: "money", leaf: "money", presence: "optional", label: "wb.col.allowancesTaxable", width: 11 },
  { key: "allowancesExempt", path: "allowanceTotals.exempt", kind: "money", leaf: "money", presence: "optional", label: "wb.col.allowancesExempt", width: 11 },
  // Issue 13: the year-end one-off bonus paid with the month, and how to tax it: "separate" or "merged"; blank
  // is whichever is lower (src/core/payroll/annualBonusPay.ts). The sheet's applied method is its own column.
  { key: "annualBonus", path: "annualBonus", kind: "money", leaf: "money", presence: "optional", label: "wb.col.annualBonus", width: 11 },
  { key: "annualBonusTaxationInput", path: "annualBonusTaxation", kind: "choice", leaf: "bonusTaxation", presence: "nullable", label: "wb.col.annualBonusTaxationInput", width: 12 },
  // Issue 15, closed months: the base the month was paid on. A paid month settles with the base it was paid
  // with; a raise or a correction on Staff is paid in the current month (补发/调薪). Blank (null): the person's
  // Staff base, as an open month reads it. On the payroll sheet it is the `base` helper column: a value there
  // (a closed month) is this entry, ShopSheet's formula (the open month) is none (src/workbook/sheets/payroll.ts).
  { key: "base", path: "base", kind: "money", leaf: "money", presence: "nullable", label: "wb.col.base", width: 12 },
] as const satisfies readonly TableField[];

/**
 * One special additional deduction item (专项附加扣除, issue 13), as the workbook's own sheet lists them: the
 * person (a Staff id) and the item's fields of `staff[].deductions[]` (src/core/tax/deductionEntries.ts
 * parseDeductions checks them, so the leaves here are only "text" and "money"). The reader gathers the rows
 * into each person's list (src/workbook/read/deductionRows.ts).
 */
export const DEDUCTION_FIELDS = [
  { key: "person", path: "staff", kind: "text", leaf: "text", presence: "required", identity: true, matchedAsTyped: true, label: "wb.col.deductionPerson", width: 10 },
  // Shown by its name in the workbook's language (子女教育); read back by id or either name.
  // Compared by = (src/workbook/sheets/deductions.ts CODE), as typed apart from Excel's TRIM: the reader says where
  // core's reading (width and every kind of space folded) and the sheet's differ (src/workbook/read/deductionRows.ts).
  { key: "category", path: "category", kind: "choice", leaf: "text", presence: "required", matchedAsTyped: true, label: "wb.col.deductionCategory", width: 24 },
  // Months: written as the month's first day shown yyyy-mm (what Excel makes of a typed 2026-03).
  { key: "from", path: "from", kind: "month", leaf: "text", presence: "required", label: "wb.col.deductionFrom", width: 10 },
  // Blank: open-ended.
  { key: "to", path: "to", kind: "month", leaf: "text", presence: "nullable", label: "wb.col.deductionTo", width: 10 },
  // Blank: the standard in force each month (rent and personal pension need one).
  { key: "amount", path: "amount", kind: "money", leaf: "money", presence: "nullable", label: "wb.col.deductionAmount", width: 12 },
  // 100% or 50% (each parent, each spouse); blank is 100%.
  { key: "share", path: "share", kind: "choice", leaf: "text", presence: "optional", label: "wb.col.deductionShare", width: 9 },
  // Elderly support shared with siblings (at most 1,500 a month each). Blank is no.
  { key: "shared", path: "shared", kind: "flag", leaf: "flag", presence: "optional", label: "wb.col.deductionShared", width: 10 },
  { key: "note", path: "note", kind: "text", leaf: "text", presence: "optional", label: "wb.col.deductionNote", width: 24 },
] as const satisfies readonly TableField[];

export const TAX_BRACKET_FIELDS = [
  // Blank (null): no upper bound, the last bracket.
  { key: "upTo", path: "upTo", kind: "money", leaf: "money", presence: "requiredNullable", label: "wb.col.upTo", width: 20 },
  { key: "rate", path: "rate", kind: "rate", leaf: "rate", presence: "required", label: "wb.col.rate", width: 10 },
  { key: "quickDeduction", path: "quickDeduction", kind: "money", leaf: "money", presence: "required", label: "wb.col.quickDeduction", width: 14 },
] as const satisfies readonly TableField[];

/** Seven weights, Monday first: a list of plain values. */
export const WEEKDAY_WEIGHT_FIELDS = [
  { key: "weight", path: "", kind: "number", leaf: "factor", presence: "required", label: "wb.col.weight" },
] as const satisfies readonly TableField[];

export const EVENT_FIELDS = [
  // "MM-DD" recurs every year; "YYYY-MM-DD" is one day (the workbook keeps the cell text, so 11-11 is not
  // taken for this year's date; one typed as a date reads as that day).
  { key: "date", path: "date", kind: "text", leaf: "eventDate", presence: "required", label: "wb.col.eventDate", width: 12 },
  { key: "factor", path: "factor", kind: "number", leaf: "factor", presence: "required", label: "wb.col.factor" },
  { key: "name", path: "name", kind: "text", leaf: "text", presence: "optional", label: "wb.col.eventName", width: 28 },
] as const satisfies readonly TableField[];

/**
 * A day of the holiday calendar, as the workbook's Holidays table lists it (issue 13: src/workbook/sheets/holidays.ts):
 * its date, its kind (statutory holiday / swapped rest day / make-up workday, shown as words: the codes of
 * src/core/holidayCalendar.ts CalendarDayKind) and the festival's name. The reader groups the rows by year into
 * the config's `calendar[]` (`{year, holidays: [{date, name, statutory}], makeUpWorkdays: [{date, name}]}`).
 */
export const HOLIDAY_FIELDS = [
  { key: "date", path: "date", kind: "date", leaf: "isoDate", presence: "required", label: "wb.col.holidayDate", width: 12 },
  { key: "kind", path: "kind", kind: "choice", leaf: "text", presence: "required", label: "wb.col.holidayKind", width: 17 },
  { key: "name", path: "name", kind: "text", leaf: "text", presence: "optional", label: "wb.col.holidayName", width: 20 },
] as const satisfies readonly TableField[];

/**
 * The city social-insurance profile as the Settings sheet's InsuranceBases table holds it (issue 13): one row
 * per profile, insurance type and dated period — a city whose bases change in July has two rows a type. The
 * rows of one profile and period (same from and to) make one `insuranceProfiles[].periods[]` entry
 * (src/workbook/read/insuranceRows.ts); the profile's rates are the Settings' (the profiles carry none).
 * Type and rounding are shown as words (养老…, 到分…: src/workbook/insuranceChoices.ts); months as YYYY-MM text.
 */
export const INSURANCE_BASE_FIELDS = [
  // An example's id is shown as its name in the workbook's language (上海（示例，请核对本市标准）).
  { key: "profile", path: "profile", kind: "text", leaf: "text", presence: "required", matchedAsTyped: true, label: "wb.col.insuranceProfile", width: 22 },
  // Type and rounding: compared by = with their words, untrimmed (src/workbook/sheets/insuranceBases.ts wordKey).
  { key: "type", path: "type", kind: "choice", leaf: "text", presence: "required", matchedAsTyped: true, label: "wb.col.insuranceType", width: 11 },
  { key: "from", path: "from", kind: "text", leaf: "text", presence: "required", label: "wb.col.fromMonth", width: 10 },
  // Blank: until further notice.
  { key: "to", path: "to", kind: "text", leaf: "text", presence: "nullable", label: "wb.col.toMonth", width: 10 },
  // Blank: no floor (or no ceiling) for this type.
  { key: "floor", path: "floor", kind: "money", leaf: "money", presence: "nullable", label: "wb.col.baseFloor", width: 12 },
  { key: "ceiling", path: "ceiling", kind: "money", leaf: "money", presence: "nullable", label: "wb.col.baseCeiling", width: 12 },
  { key: "rounding", path: "rounding", kind: "choice", leaf: "text", presence: "required", matchedAsTyped: true, label: "wb.col.contributionRounding", width: 11 },
  { key: "source", path: "source", kind: "text", leaf: "text", presence: "optional", label: "wb.col.insuranceSource", width: 40 },
] as const satisfies readonly TableField[];

/** The field of `fields` whose column key is `key`. */
export function fieldByKey(fields: readonly TableField[], key: string): TableField | undefined {
  return fields.find((f) => f.key === key);
}
