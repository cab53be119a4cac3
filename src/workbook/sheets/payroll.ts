import type { Lang } from "../../data/lang";
import type { CodeSuffix, MessageCode } from "../../data/messages";
import { firstDay, lastDay, type IsoDate, type Month } from "../../core/calendar";
import type { Dec } from "../../core/money";
import { MONEY_KEYS, type PayLine, type PayLineInputs, type PayrollResult } from "../../core/payroll";
import type { MonthInput } from "../../core/types";
import { NAME, SHEET, TABLE, payrollTable } from "../names";
import type { CellValue, SheetSpec, TableColumnSpec, TableRow, TableSpec } from "../spec";
import { num, valueCell, formulaCell, wbText } from "../text";
import { exactFloor } from "./exactFormulas";
import { ENTRY_FIELDS } from "../../core/config/tableFields";
import { fieldColumn, fieldColumns } from "../fieldColumns";
import { firstCellColAbs } from "../layout";

export interface PayrollSheetInput {
  month: Month;
  /** The people on this month's payroll (employed in the month), by staff id, in staff order. */
  ids: readonly string[];
  /** The month's inputs: gross margin and each person's reward, penalty and paid days. */
  input: MonthInput | undefined;
  /**
   * The months of the tax year's chain before this one, oldest first: each has a payroll sheet, and a
   * person's year to date comes from the latest of them in which the person was paid.
   */
  earlier: readonly Month[];
  lang: Lang;
  /**
   * The engine's payroll of this month and the inputs of each line (same order as `ids`): written as
   * the cached results of the formulas, so a viewer that does not recalculate shows the numbers.
   */
  computed?: { result: PayrollResult; inputs: readonly PayLineInputs[] };
}

/** Where the single cells of a payroll sheet are: the formulas of the table refer to them. */
export const PAYROLL_CELLS = {
  grossMargin: "B3",
  pool: "B4",
  monthStart: "B5",
  monthEnd: "B6",
  allocatedShare: "F4",
  allocated: "F5",
  unallocated: "F6",
} as const;
const POOL = "$B$4";
const START = "$B$5";
const END = "$B$6";

// A person or role that is not found (a blank row, a deleted role) reads as blank, not #N/A: the
// Staff sheet's Check column says what is wrong.
const staffOf = (col: string) => `IFERROR(INDEX(${TABLE.staff}[${col}],MATCH([@id],${TABLE.staff}[id],0)),"")`;
const roleOf = (col: string) => `IFERROR(INDEX(${TABLE.roles}[${col}],MATCH([@role],${TABLE.roles}[id],0)),"")`;
/** The same, for the person's first record (a re-hire's year to date and opening balance are its). */
const firstRecordOf = (col: string) => `IFERROR(INDEX(${TABLE.staff}[${col}],MATCH([@person],${TABLE.staff}[id],0)),"")`;

/**
 * A person's year to date before this month: from the latest earlier month of the chain in which the
 * person (any of their records: a re-hire is the same taxpayer) was paid, else the opening balance on
 * the person's first Staff record. One lookup per earlier month, newest first: a month the person was
 * not paid in (a gap between two periods of employment) has no row to match, and the next one is tried.
 */
function before(earlier: readonly Month[], col: string, openingCol: string): string {
  const opening = `N(${firstRecordOf(openingCol)})`;
  // Folded oldest first, so the newest month ends up outermost: it is looked up first.
  return earlier.reduce((fallback, month) => {
    const t = payrollTable(month);
    return `IFERROR(INDEX(${t}[${col}],MATCH([@person],${t}[person],0)),${fallback})`;
  }, opening);
}

/**
 * Commission in whole fen, ⌊pool in fen × share units ÷ (10⁶ × split)⌋, as core's floor (src/core/pool.ts).
 * The product can pass 2⁵³, so it is split at 10⁶ fen: with pool = high × 10⁶ + low,
 *   ⌊pool × u ÷ (10⁶ s)⌋ = q + ⌊(r × 10⁶ + low × u) ÷ (10⁶ s)⌋,  q = ⌊high × u ÷ s⌋, r = high × u − s × q,
 * and every product stays an exact integer for pools up to 10¹³ yuan and shares up to 100%.
 */
const COMMISSION_FEN = `[@commissionHigh]+${exactFloor(
  `([@poolHigh]*[@shareUnits]-[@splitBy]*[@commissionHigh])*1000000+([@poolFen]-1000000*[@poolHigh])*[@shareUnits]`,
  `1000000*[@splitBy]`,
)}`;

/** The bracket of the annual table that holds this row's cumulative taxable income. */
const BRACKET = `COUNTIF(${TABLE.taxTable}[upTo],"<"&[@cumulativeTaxable])+1`;

/**
 * Every column of the payroll table. Each formula is one step of src/core/payroll, in the same order
 * and with the same rounding; the oracle test recalculates them in LibreOffice and compares to the fen.
 */
function columns(earlier: readonly Month[], lang: Lang): TableColumnSpec[] {
  const h = (key: CodeSuffix<"wb.col.">) => wbText(`wb.col.${key}`, lang);
  const { input: _typed, ...idColumn } = fieldColumn(ENTRY_FIELDS[0], lang);
  const helper = (key: CodeSuffix<"wb.col.">) => wbText("wb.col.helper", lang, { what: h(key) });
  const money = (key: CodeSuffix<"wb.col.">, formula: string, width = 12): TableColumnSpec => ({ key, header: h(key), formula, style: "money", width, total: "sum" });
  const aside = (key: CodeSuffix<"wb.col.">, formula: string, style?: TableColumnSpec["style"]): TableColumnSpec =>
    style === undefined ? { key, header: helper(key), formula, width: 12 } : { key, header: helper(key), formula, style, width: 12 };
  return [
    // The row's person: written by ShopSheet, not typed (the config's entry names the staff id).
    idColumn,
    { key: "name", header: h("name"), formula: staffOf("name"), width: 16 },
    { key: "role", header: h("role"), formula: staffOf("role"), width: 11 },
    ...fieldColumns(ENTRY_FIELDS.slice(1), lang, { reward: { total: "sum" }, penalty: { total: "sum" }, paidDaysInput: { validation: { kind: "decimal", min: 0, max: 31 } } }),
    {
      key: "paidDays",
      header: h("paidDays"),
      // A full month needs no entry; a joiner or leaver is paid for the weekdays employed (NETWORKDAYS).
      formula:
        `IF([@paidDaysInput]<>"",[@paidDaysInput],IF(AND([@startDate]<=${START},OR([@endDate]=0,[@endDate]>=${END})),${NAME.paidDaysPerMonth},` +
        `NETWORKDAYS(MAX([@startDate],${START}),IF([@endDate]=0,${END},MIN([@endDate],${END})))))`,
      width: 9,
    },
    // Multiplied before dividing, as core's exact fraction: base × days ÷ 21.75, then ROUND once. In
    // doubles the quotient is within a few units in the last place, and ROUND treats a value within about
    // 15 significant digits of a half as the half (LibreOffice and Excel alike), so the result is the exact
    // fraction's whenever that fraction is a half (checked on exact half fens in test/oracle) or at least
    // 10⁻¹⁵ of itself away from one: always for paid days with up to 4 decimals and a monthly base below
    // about 200,000 yuan (a non-half is then at least 1 ÷ (2 × 10⁴ × 2175) fen away from a half).
    money("paidBase", `ROUND(IF([@paidDays]>=${NAME.paidDaysPerMonth},[@base],[@base]*[@paidDays]/${NAME.paidDaysPerMonth}),2)`),
    // Rounded down to the fen, so shares adding up to at most 100% never pay out more than the pool.
    money("commission", `(${COMMISSION_FEN})/100`),
    money("gross", "ROUND([@paidBase]+[@commission]+[@reward]-[@penalty],2)"),
    money(
      "socialInsurance",
      `IF([@insured],ROUND([@siBase]*${NAME["socialInsurance.employee.pension"]},2)+ROUND([@siBase]*${NAME["socialInsurance.employee.medical"]},2)+ROUND([@siBase]*${NAME["socialInsurance.employee.unemployment"]},2),0)`,
    ),
    money("housingFund", `IF([@insured],ROUND([@hfBase]*${NAME["housingFund.employeeRate"]},2),0)`),
    money("specialAdditionalDeduction", `N(${staffOf("sad")})`),
    money("cumulativeTaxable", `ROUND([@grossToDate]-${NAME.basicDeduction}*[@monthsToDate]-[@insuranceToDate]-[@sadToDate],2)`, 14),
    money(
      "cumulativeTax",
      `ROUND(MAX(0,[@cumulativeTaxable]*INDEX(${TABLE.taxTable}[rate],${BRACKET})-INDEX(${TABLE.taxTable}[quickDeduction],${BRACKET})),2)`,
    ),
    money("iit", "MAX(0,ROUND([@cumulativeTax]-[@withheldBefore],2))"),
    money("net", "ROUND([@gross]-[@socialInsurance]-[@housingFund]-[@iit],2)"),
    money(
      "employerSocialInsurance",
      `IF([@insured],ROUND([@siBase]*${NAME["socialInsurance.employer.pension"]},2)+ROUND([@siBase]*${NAME["socialInsurance.employer.medical"]},2)+` +
        `ROUND([@siBase]*${NAME["socialInsurance.employer.unemployment"]},2)+ROUND([@siBase]*${NAME["socialInsurance.employer.injury"]},2),0)`,
    ),
    money("employerHousingFund", `IF([@insured],ROUND([@hfBase]*${NAME["housingFund.employerRate"]},2),0)`),
    money("employerCost", "ROUND([@gross]+[@employerSocialInsurance]+[@employerHousingFund],2)"),
    // Helpers: the inputs of the steps above, looked up once per row so each step stays readable.
    aside("base", `N(${staffOf("base")})`, "money"),
    aside("startDate", `N(${staffOf("startDate")})`, "date"),
    aside("endDate", `N(${staffOf("endDate")})`, "date"),
    aside("share", `N(${roleOf("share")})`, "percent"),
    aside("shareBasis", `${roleOf("shareBasis")}&""`),
    aside("holders", "COUNTIF([role],[@role])", "integer"),
    aside("personShare", 'IF([@shareBasis]="splitRole",[@share]/MAX(1,[@holders]),[@share])', "percent"),
    aside("insured", `${roleOf("insured")}=TRUE`),
    aside("contributionBase", `IF(${staffOf("contributionBase")}<>"",${staffOf("contributionBase")},[@base])`, "money"),
    aside("siBase", `MIN(${NAME["socialInsurance.baseCeiling"]},MAX(${NAME["socialInsurance.baseFloor"]},[@contributionBase]))`, "money"),
    aside("hfBase", `MIN(${NAME["housingFund.baseCeiling"]},MAX(${NAME["housingFund.baseFloor"]},[@contributionBase]))`, "money"),
    // A blank row (a month with nobody on the payroll) counts no month, so its taxable income is 0.
    aside("monthsToDate", `IF([@id]="",0,${before(earlier, "monthsToDate", "openingMonths")}+1)`, "integer"),
    aside("grossToDate", `ROUND(${before(earlier, "grossToDate", "openingGross")}+[@gross],2)`, "money"),
    aside("insuranceToDate", `ROUND(${before(earlier, "insuranceToDate", "openingInsurance")}+[@socialInsurance]+[@housingFund],2)`, "money"),
    aside("sadToDate", `ROUND(${before(earlier, "sadToDate", "openingSad")}+[@specialAdditionalDeduction],2)`, "money"),
    aside("withheldBefore", before(earlier, "withheldToDate", "openingTax"), "money"),
    aside("withheldToDate", "ROUND([@withheldBefore]+[@iit],2)", "money"),
    // Added after the columns above, so that their places stay where earlier versions put them.
    // The taxpayer: the person's first Staff record (sameAs, for a re-hire), else this record itself.
    aside("person", `IF(${staffOf("sameAs")}&""="",[@id],${staffOf("sameAs")})`),
    // The commission's whole numbers (COMMISSION_FEN): the share in 10⁻⁶ (6 decimals; more is refused by
    // the config checks and highlighted on this sheet), the split, the pool in fen and its high part.
    aside("shareUnits", "ROUND([@share]*1000000,0)", "integer"),
    aside("splitBy", 'IF([@shareBasis]="splitRole",MAX(1,[@holders]),1)', "integer"),
    aside("poolFen", `ROUND(${POOL}*100,0)`, "integer"),
    aside("poolHigh", exactFloor("[@poolFen]", "1000000"), "integer"),
    aside("commissionHigh", exactFloor("[@poolHigh]*[@shareUnits]", "[@splitBy]"), "integer"),
  ];
}

export function payrollTableSpec(p: PayrollSheetInput): TableSpec {
  const entries = new Map((p.input?.entries ?? []).map((e) => [e.staff, e]));
  const money = (x: Dec | undefined) => (x === undefined || x.isZero() ? null : num(x));
  const lines = p.computed?.result.employees;
  if (lines && lines.map((l) => l.id).join("\n") !== p.ids.join("\n")) throw new Error(`payroll ${p.month}: computed lines are not the rows`);
  const spec: TableSpec = {
    name: payrollTable(p.month),
    at: "A9",
    columns: columns(p.earlier, p.lang),
    rows: p.ids.map((id, i) => {
      const e = entries.get(id);
      const typed = { id, reward: money(e?.reward), penalty: money(e?.penalty), paidDaysInput: num(e?.paidDays ?? null) };
      return p.computed ? { ...cachedRow(p.computed.result.employees[i]!, p.computed.inputs[i]!), ...typed } : typed;
    }),
    totalsLabel: wbText("wb.total", p.lang),
  };
  if (p.computed) spec.totalsResults = Object.fromEntries(MONEY_KEYS.map((k) => [k, p.computed!.result.totals[k].toNumber()]));
  return spec;
}

/** The engine's figures of one line, by column key: the cached results of the row's formulas. */
function cachedRow(line: PayLine, inputs: PayLineInputs): TableRow {
  const n = (x: Dec) => x.toNumber();
  // N() of a blank date is 0.
  const date = (d: IsoDate | null): CellValue => (d === null ? 0 : { date: d });
  const { before, after } = line.yearToDate;
  return {
    name: line.name,
    role: line.role,
    paidDays: n(line.paidDays),
    ...Object.fromEntries(MONEY_KEYS.map((k) => [k, n(line[k])])),
    base: n(inputs.base),
    startDate: date(inputs.startDate),
    endDate: date(inputs.endDate),
    share: n(inputs.share),
    shareBasis: inputs.shareBasis ?? "",
    holders: inputs.holders,
    personShare: n(inputs.personShare),
    insured: inputs.insured,
    contributionBase: n(inputs.contributionBases.declared),
    siBase: n(inputs.contributionBases.socialInsurance),
    hfBase: n(inputs.contributionBases.housingFund),
    monthsToDate: after.months,
    grossToDate: n(after.gross),
    insuranceToDate: n(after.insurance),
    sadToDate: n(after.specialAdditionalDeduction),
    withheldBefore: n(before.taxWithheld),
    withheldToDate: n(after.taxWithheld),
    person: inputs.person,
    ...inputs.commission,
  };
}

/** The pool's figures for the reconciliation cells, when the engine's payroll is given. */
function poolResult(p: PayrollSheetInput, key: "pool" | "allocatedShare" | "allocated" | "unallocated"): { result?: CellValue } {
  return p.computed ? { result: p.computed.result.pool[key].toNumber() } : {};
}

/** A month's payroll sheet: the month's inputs on top, one row per person, the pool reconciliation. */
export function payrollSheet(p: PayrollSheetInput): SheetSpec {
  const { lang, month } = p;
  const table = payrollTableSpec(p);
  const t = table.name;
  const c = PAYROLL_CELLS;
  return {
    key: SHEET.payroll(month),
    name: wbText("wb.payroll.sheet", lang, { month }),
    cells: [
      valueCell("A1", wbText("wb.payroll.title", lang, { month }), "title"),
      valueCell("A2", wbText("wb.inputHint", lang), "note"),
      valueCell("A3", wbText("wb.payroll.grossMargin", lang), "label"),
      valueCell(c.grossMargin, num(p.input?.grossMargin ?? null), ["input", "money"]),
      valueCell("A4", wbText("wb.payroll.pool", lang), "label"),
      { ...formulaCell(c.pool, `ROUND(MAX(0,${c.grossMargin})*${NAME.poolRate},2)`, "money"), ...poolResult(p, "pool") },
      valueCell("A5", wbText("wb.payroll.monthStart", lang), "label"),
      valueCell(c.monthStart, { date: firstDay(month) }, "date"),
      valueCell("A6", wbText("wb.payroll.monthEnd", lang), "label"),
      valueCell(c.monthEnd, { date: lastDay(month) }, "date"),
      valueCell("E3", wbText("wb.payroll.reconciliation", lang), "header"),
      valueCell("E4", wbText("wb.payroll.allocatedShare", lang), "label"),
      { ...formulaCell(c.allocatedShare, `SUM(${t}[personShare])`, "percent"), ...poolResult(p, "allocatedShare") },
      valueCell("E5", wbText("wb.payroll.allocated", lang), "label"),
      { ...formulaCell(c.allocated, `SUM(${t}[commission])`, "money"), ...poolResult(p, "allocated") },
      valueCell("E6", wbText("wb.payroll.unallocated", lang), "label"),
      { ...formulaCell(c.unallocated, `${c.pool}-${c.allocated}`, "money"), ...poolResult(p, "unallocated") },
      valueCell("A7", wbText("wb.payroll.ytdNote", lang), "note"),
    ],
    tables: [table],
    columnWidths: { A: 18, B: 16, E: 26, F: 14 },
    freeze: { rows: 9, cols: 2 },
    conditionalFormats: [
      // A share with more than 6 decimals (typed on the Roles sheet) is cut to 6 in the commission's floor.
      { target: { table: t, column: "commission" }, expression: `ROUND(${firstCellColAbs(table, "share")},6)<>${firstCellColAbs(table, "share")}`, style: "warning" },
      { target: c.unallocated, expression: `${c.unallocated}<0`, style: "warning" },
      { target: c.allocatedShare, expression: `${c.allocatedShare}>1`, style: "warning" },
      { target: c.grossMargin, expression: `ISBLANK(${c.grossMargin})`, style: "needsInput" },
    ],
    page: { paper: "A4", orientation: "landscape", fitToWidth: true, printTitleRows: [9, 9] },
  };
}
