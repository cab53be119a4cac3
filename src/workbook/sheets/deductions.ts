/**
 * The Special deductions sheet (专项附加扣除, issue 13): one row per item a person declared — who, the
 * category, from and to months, the monthly amount (blank: the standard), the share, whether elderly
 * support is shared — and, computed beside them, what the item deducts a month and a check that says
 * what is wrong with it. Each payroll sheet adds up the items in force in its month
 * (./payrollFormulas.ts SPECIAL_THIS_MONTH), as core does (src/core/tax/deductions.ts monthDeductions).
 *
 * The legal standards are dated (src/data/rules/specialDeductions.ts: child education 1,000 → 2,000 from
 * 2023-01 …), so an item deducts the standard in force in the payroll's month: each row holds its amount
 * under the current standard (`monthly`) and under the one before (`monthlyBefore`), and the month
 * since which the current one applies (`changeKey`); a payroll month takes one or the other. Two steps
 * cover every category today (test/workbook/sheets/deductions.test.ts fails when a third is added).
 *
 * Months are numbered year × 12 + month (the `…Key` helpers), so a cell holding a date (what Excel makes
 * of a typed 2026-03) and one holding the text 2026-03 compare alike.
 */
import type { Lang } from "../../data/lang";
import type { CodeSuffix, MessageCode } from "../../data/messages";
import { deductionCategoryNames, specialDeductionStandards as STANDARDS } from "../../data/rules/specialDeductions";
import { capSteps, DEDUCTION_CATEGORIES, type DeductionCategory, type DeductionEntry } from "../../core/tax/deductions";
import { monthNumber, type Month } from "../../core/calendar";
import type { Staff } from "../../core/types";
import { D, min, type Dec } from "../../core/money";
import { DEDUCTION_FIELDS, type TableField } from "../../core/config/tableFields";
import { SHEET, TABLE } from "../names";
import type { SheetSpec, TableRow, TableSpec } from "../spec";
import { fieldColumn, fieldRow } from "../fieldColumns";
import { firstCellColAbs, formulaText } from "../layout";
import { valueCell, wbText } from "../text";
import { colLetters } from "../address";
import { flagValue, yesTexts } from "../choices";
import { a4, wrappedNote } from "./page";
import { heightFor, linesFor } from "../textFit";
import { hasWildcard, wordCode } from "./literalLookup";

const FIELDS = DEDUCTION_FIELDS as readonly TableField[];
const field = (key: string) => FIELDS.find((f) => f.key === key)!;

/** The number a formula gives a month: year × 12 + month. */
export function monthKey(month: Month): number {
  return Number(month.slice(0, 4)) * 12 + monthNumber(month);
}

/** The month number of an open end: one no payroll reaches. */
const OPEN_END = 999999;

/** "100%" / "50%": how the sheet shows a share, in either language (the IIT app's 扣除比例). */
export const SHARE_TEXT = { full: "100%", half: "50%" } as const;

/** A category's name in the workbook's language. */
export function categoryName(category: DeductionCategory, lang: Lang): string {
  const names = deductionCategoryNames[category]!;
  return lang === "zh-CN" ? names.zh : names.en;
}

/** The 1-based place of a category in DEDUCTION_CATEGORIES: the `code` helper's value. */
const codeOf = (c: DeductionCategory) => DEDUCTION_CATEGORIES.indexOf(c) + 1;

/** CHOOSE([@code], …) over the categories, each by `f`. */
const byCategory = (f: (c: DeductionCategory) => string | number) => `CHOOSE([@code],${DEDUCTION_CATEGORIES.map((c) => String(f(c))).join(",")})`;

/** The latest dated cap of a kind of item and the one before (0 before the category existed). */
function steps(category: DeductionCategory, shared: boolean) {
  const s = capSteps({ category, share: "full", shared });
  const last = s[s.length - 1]!;
  const before = s.length > 1 ? s[s.length - 2]!.amount.toString() : "0";
  return { first: monthKey(s[0]!.from), since: monthKey(last.from), now: last.amount.toString(), before };
}

/** Shared with siblings: TRUE or any word for yes (是). A function, not a constant: the words are messages, not loaded yet when this module is. */
const isShared = () => `OR([@shared]=TRUE,${yesTexts().map((t) => `[@shared]=${formulaText(t)}`).join(",")})`;
const IS_HALF = `OR([@share]=0.5,[@share]&""=${formulaText(SHARE_TEXT.half)},LOWER([@share]&"")="half")`;
const SHARE_OK = `OR([@share]&""="",[@share]=1,${IS_HALF},[@share]&""=${formulaText(SHARE_TEXT.full)},LOWER([@share]&"")="full")`;
const ELDERLY = codeOf("elderlySupport");
const sharedElderly = () => `AND([@code]=${ELDERLY},${isShared()})`;
const sharedSteps = steps("elderlySupport", true);

/** The cap of this row's kind under the current standard, or the one before. */
function capFormula(which: "now" | "before"): string {
  const full = byCategory((c) => steps(c, false)[which]);
  return `IFERROR(IF(${sharedElderly()},${sharedSteps[which]},${full}*IF(${IS_HALF},0.5,1)),0)`;
}

/** The month number of a cell holding a date or the text YYYY-MM; -1 for anything else (a blank included). */
function monthKeyOf(cell: string): string {
  const text = `IF(AND(LEN(${cell})=7,MID(${cell},5,1)="-",VALUE(RIGHT(${cell},2))>=1,VALUE(RIGHT(${cell},2))<=12),VALUE(LEFT(${cell},4))*12+VALUE(RIGHT(${cell},2)),-1)`;
  return `IFERROR(IF(ISNUMBER(${cell}),YEAR(${cell})*12+MONTH(${cell}),${text}),-1)`;
}

/** What an item deducts a month under a cap: the standard when no amount is given, a pension's contribution as paid, else the amount up to the cap. */
function appliedFormula(cap: string): string {
  return `IF([@check]<>"",0,IF([@amountValue]="",${cap},IF([@code]=${codeOf("personalPension")},[@amountValue],MIN([@amountValue],${cap}))))`;
}

/** Every text the category column takes: the ids, then the Chinese and the English names, each list in DEDUCTION_CATEGORIES' order. */
export const CATEGORY_TEXTS = [
  ...DEDUCTION_CATEGORIES,
  ...DEDUCTION_CATEGORIES.map((c) => deductionCategoryNames[c]!.zh),
  ...DEDUCTION_CATEGORIES.map((c) => deductionCategoryNames[c]!.en),
];
/** The category's code 1…8 (0: none): by = (layout 17), not MATCH, which in Excel would take 子女* for 子女教育 (./literalLookup.ts). */
const CODE = wordCode("TRIM([@category])", CATEGORY_TEXTS, DEDUCTION_CATEGORIES.length, formulaText);
/** The item's person is not a Staff ID: none holds * ? ~ (src/core/config/leafChecks.ts idCheck), which MATCH would read as a pattern. */
const UNKNOWN_PERSON = `OR(${hasWildcard("[@person]")},ISNA(MATCH([@person],${TABLE.staff}[id],0)))`;

/** The check, in the order core's parseDeductions checks an item (src/core/tax/deductionEntries.ts). */
function checkFormula(lang: Lang): string {
  const t = (key: CodeSuffix<"wb.deductions.">) => formulaText(wbText(`wb.deductions.${key}` as MessageCode, lang));
  const cert = codeOf("continuingEducationCertificate");
  const halfAllowed = DEDUCTION_CATEGORIES.filter((c) => STANDARDS[c].halfShare).map(codeOf);
  const needsAmount = (["housingRent", "personalPension"] as const).map(codeOf);
  const rent = codeOf("housingRent");
  const first = `IF(${sharedElderly()},${sharedSteps.first},${byCategory((c) => steps(c, false).first)})`;
  const capAtFrom = `IF([@fromKey]>=[@changeKey],[@standard],${capFormula("before")})`;
  const inList = (codes: number[]) => `OR(${codes.map((n) => `[@code]=${n}`).join(",")})`;
  const rules: [string, string][] = [
    [UNKNOWN_PERSON, t("unknownPerson")],
    ["[@code]=0", t("unknownCategory")],
    ["[@fromKey]<0", t("badMonth")],
    [`AND([@to]&""<>"",[@code]<>${cert},[@toKey]<0)`, t("badMonth")],
    ["[@toKey]<[@fromKey]", t("endBeforeStart")],
    [`AND([@code]=${cert},[@to]&""<>"",${monthKeyOf("[@to]")}<>[@fromKey])`, t("certificateOneMonth")],
    [`NOT(${SHARE_OK})`, t("shareError")],
    [`AND(${IS_HALF},NOT(${inList(halfAllowed)}))`, t("halfNotAllowed")],
    [`AND(${isShared()},[@code]<>${ELDERLY})`, t("sharedOnlyElderly")],
    ["[@amountValue]<0", t("badAmount")],
    [`[@fromKey]<${first}`, t("beforeCategory")],
    [`AND([@amountValue]="",${inList(needsAmount)})`, t("amountRequired")],
    [`AND([@code]=${rent},[@amountValue]<>"",${STANDARDS.housingRent.tiers.map((x) => `[@amountValue]<>${x}`).join(",")})`, t("rentTier")],
    [`AND([@amountValue]<>"",[@amountValue]>${capAtFrom})`, `${t("aboveStandard")}&TEXT(${capAtFrom},"#,##0")`],
  ];
  // A blank row (a new table's one row) says nothing.
  const chain = rules.reduceRight((rest, [test, text]) => `IF(${test},${text},${rest})`, '""');
  return `IF(AND([@person]&""="",[@category]&""=""),"",${chain})`;
}

/**
 * What the standard column's figure is for each kind (layout 15): most kinds' standards are a month's, but
 * a vocational certificate's 3,600 is deducted once, in the month obtained (its from month), and a personal
 * pension's 12,000 is a year's cap on what was paid — as core deducts them (src/core/tax/deductions.ts
 * monthAmount, and the pension's yearly cap in monthDeductions). The column beside the figure says which.
 */
const UNIT: Partial<Record<DeductionCategory, MessageCode>> = {
  continuingEducationCertificate: "wb.deductions.unitOnce",
  personalPension: "wb.deductions.unitYearCap",
};
const unitCode = (c: DeductionCategory): MessageCode => UNIT[c] ?? "wb.deductions.unitMonth";

/** The unit's text by the row's category (none for a row whose category is not known). */
function unitFormula(lang: Lang): string {
  const text = (code: MessageCode) => formulaText(wbText(code, lang));
  const special = (Object.keys(UNIT) as DeductionCategory[]).reduceRight((rest, c) => `IF([@code]=${codeOf(c)},${text(unitCode(c))},${rest})`, text("wb.deductions.unitMonth"));
  return `IF([@code]=0,"",${special})`;
}

/** The table's rows: each person's items in Staff order, the computed columns' cached values as core works them out. */
function rowsOf(staff: readonly Staff[], lang: Lang): TableRow[] {
  return staff.flatMap((s) => (s.deductions ?? []).map((e) => ({ ...inputsOf(s.id, e, lang), ...workingsOf(e), standardUnit: wbText(unitCode(e.category), lang), name: s.name })));
}

function inputsOf(id: string, e: DeductionEntry, lang: Lang): TableRow {
  // A certificate's one month is its from month: the end is left blank (the check refuses another).
  const to = e.category === "continuingEducationCertificate" ? null : e.to;
  return {
    ...fieldRow(FIELDS, { ...e, staff: id, to }),
    category: categoryName(e.category, lang),
    share: SHARE_TEXT[e.share],
    shared: flagValue(e.shared, lang),
  };
}

/** What the computed columns hold for a well-formed item (the only kind a config holds): core's figures. */
function workingsOf(e: DeductionEntry): TableRow {
  const s = steps(e.category, e.shared && e.category === "elderlySupport");
  const half = e.share === "half" && !(e.shared && e.category === "elderlySupport") ? 0.5 : 1;
  const cap = (x: string) => new D(x).times(half);
  const applied = (c: Dec) => (e.amount === null ? c : e.category === "personalPension" ? e.amount : min(e.amount, c));
  const fromKey = monthKey(e.from);
  return {
    code: codeOf(e.category),
    fromKey,
    toKey: e.category === "continuingEducationCertificate" ? fromKey : e.to === null ? OPEN_END : monthKey(e.to),
    amountValue: e.amount === null ? "" : e.amount.toNumber(),
    changeKey: s.since,
    standard: cap(s.now).toNumber(),
    monthly: applied(cap(s.now)).toNumber(),
    monthlyBefore: applied(cap(s.before)).toNumber(),
    check: "",
  };
}

export function deductionsTable(staff: readonly Staff[], lang: Lang): TableSpec {
  const h = (key: CodeSuffix<"wb.col.">) => wbText(`wb.col.${key}`, lang);
  const helper = (key: CodeSuffix<"wb.col.">) => wbText("wb.col.helper", lang, { what: h(key) });
  const listOf = (values: string[], error: MessageCode) => ({ validation: { kind: "list" as const, values, error: wbText(error, lang) } });
  return {
    name: TABLE.deductions,
    at: "A5",
    columns: [
      fieldColumn(field("person"), lang, { validation: { kind: "listFrom", source: { table: TABLE.staff, column: "id" }, error: wbText("wb.deductions.personError", lang) } }),
      // Wide enough for a name of seven Chinese characters (王经理（示例）was cut off by the category beside it).
      { key: "name", header: h("deductionName"), formula: `IF(${UNKNOWN_PERSON},"",INDEX(${TABLE.staff}[name],MATCH([@person],${TABLE.staff}[id],0))&"")`, width: 16 },
      fieldColumn(field("category"), lang, listOf(DEDUCTION_CATEGORIES.map((c) => categoryName(c, lang)), "wb.deductions.categoryError")),
      fieldColumn(field("from"), lang),
      fieldColumn(field("to"), lang),
      fieldColumn(field("amount"), lang),
      fieldColumn(field("share"), lang, { style: "text", ...listOf([SHARE_TEXT.full, SHARE_TEXT.half], "wb.deductions.shareError") }),
      fieldColumn(field("shared"), lang),
      { key: "standard", header: h("deductionStandard"), formula: capFormula("now"), style: "money", width: 11 },
      { key: "standardUnit", header: h("deductionStandardUnit"), formula: unitFormula(lang), width: 12 },
      { key: "monthly", header: h("deductionMonthly"), formula: appliedFormula("[@standard]"), style: "money", width: 12 },
      { key: "check", header: h("check"), formula: checkFormula(lang), width: 22 },
      fieldColumn(field("note"), lang),
      // The workings, after the note (grouped out of the way on the sheet).
      { key: "code", header: helper("deductionCode"), formula: CODE, style: "integer", width: 8 },
      { key: "fromKey", header: helper("deductionFromKey"), formula: monthKeyOf("[@from]"), style: "integer", width: 8 },
      {
        key: "toKey",
        header: helper("deductionToKey"),
        // A certificate is its one month; no end is open (a month number no payroll reaches).
        formula: `IF([@code]=${codeOf("continuingEducationCertificate")},[@fromKey],IF([@to]&""="",${OPEN_END},${monthKeyOf("[@to]")}))`,
        style: "integer",
        width: 8,
      },
      { key: "amountValue", header: helper("deductionAmountValue"), formula: `IF([@amount]&""="","",IF(ISNUMBER([@amount]),[@amount],IFERROR(VALUE(SUBSTITUTE(TRIM([@amount]),",","")),-1)))`, style: "money", width: 10 },
      { key: "changeKey", header: helper("deductionChangeKey"), formula: `IFERROR(IF(${sharedElderly()},${sharedSteps.since},${byCategory((c) => steps(c, false).since)}),0)`, style: "integer", width: 8 },
      { key: "monthlyBefore", header: helper("deductionMonthlyBefore"), formula: appliedFormula(capFormula("before")), style: "money", width: 10 },
    ],
    rows: rowsOf(staff, lang),
    reads: { list: "deductions" },
  };
}

/** The sheet: title, what to type, the table; the workings grouped away to the right. */
export function deductionsSheet(staff: readonly Staff[], lang: Lang, company: string | null = null): SheetSpec {
  const table = deductionsTable(staff, lang);
  const widths = Object.fromEntries(table.columns.map((c, i) => [colLetters(i + 1), c.width ?? 8.43]));
  const noteIndex = table.columns.findIndex((c) => c.key === "note");
  const title = wbText("wb.deductions.title", lang);
  // Across the columns up to the one before the note: the cells layout 14 merged (its note column stood
  // one place left, before the standard's unit came in), so an upgraded workbook's merge is the same.
  const note = wrappedNote(3, 1, noteIndex, wbText("wb.deductions.note", lang), widths);
  const header = table.columns.reduce((lines, c) => Math.max(lines, linesFor(c.header, c.width ?? 8.43)), 1);
  return {
    key: SHEET.deductions,
    name: wbText("wb.deductions.sheet", lang),
    cells: [valueCell("A1", title, "title"), valueCell("A2", wbText("wb.inputHint", lang), "note"), note.cell],
    tables: [table],
    merges: [note.merge],
    rowHeights: { [note.height[0]]: note.height[1], "5": heightFor(header) },
    freeze: { rows: 5, cols: 2 },
    columnGroups: [{ from: colLetters(noteIndex + 2), to: colLetters(table.columns.length), collapsed: true }],
    conditionalFormats: [{ target: { table: TABLE.deductions, column: "monthly" }, expression: `${firstCellColAbs(table, "check")}<>""`, style: "warning" }],
    // Printed to the table's end: the workings are folded (hidden), so they print nothing, while a hidden
    // column just past the print area's edge has LibreOffice draw its figures there as ###.
    page: a4({ lang, company }, title, { orientation: "landscape", fitToWidth: true, printArea: `A:${colLetters(table.columns.length)}`, printTitleRows: [5, 5], narrowMargins: true }),
  };
}
