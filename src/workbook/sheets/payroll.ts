import type { Lang } from "../../data/lang";
import { firstDay, lastDay, type IsoDate, type Month } from "../../core/calendar";
import { toDouble, type Dec } from "../../core/money";
import { MONEY_KEYS, PAY_COLUMNS, type PayColumn, type PayLine, type PayLineInputs, type PayrollResult } from "../../core/payroll";
import type { MonthEntry, MonthInput } from "../../core/types";
import { allowanceTotals } from "../../core/pay/attendance";
import { NAME, SHEET, payrollTable } from "../names";
import type { CellValue, SheetSpec, TableColumnSpec, TableRow, TableSpec } from "../spec";
import { num, valueCell, formulaCell, wbText } from "../text";
import { complianceCheckFormula, complianceCheckText, helperFormulas, payFormulas, PAYROLL_CELLS, type ComputedPayKey, type HelperFormula } from "./payrollFormulas";
import type { RowPositions } from "./payrollPositions";
import { complianceChecksById } from "../../core/payroll/compliance";
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
  computed?: { result: PayrollResult; inputs: readonly PayLineInputs[]; positions: readonly RowPositions[] };
}

export { PAYROLL_CELLS };

/** The entry columns of issue 13: hours and days checked as the config checks them (the allowances' total is the Allowances column's). */
const ATTENDANCE_EXTRAS: Readonly<Record<string, Partial<TableColumnSpec>>> = {
  overtimeWorkday: { validation: { kind: "decimal", min: 0, max: 744 } },
  overtimeRestDay: { validation: { kind: "decimal", min: 0, max: 744 } },
  overtimeHoliday: { validation: { kind: "decimal", min: 0, max: 744 } },
  unpaidLeave: { validation: { kind: "decimal", min: 0, max: 31 } },
  sickLeave: { validation: { kind: "decimal", min: 0, max: 31 } },
};

/**
 * Every column of the payroll table: the row's id, name and role, what the user types (the month's
 * entries), the computed pay columns in their order (src/core/payroll/payColumns.ts), then the helpers.
 */
function columns(earlier: readonly Month[], lang: Lang): TableColumnSpec[] {
  const formulas = payFormulas();
  const complianceCheck = complianceCheckFormula(lang);
  // The row's person: written by ShopSheet, not typed (the config's entry names the staff id).
  const { input: _typed, ...idColumn } = fieldColumn(ENTRY_FIELDS[0], lang);
  const computed = (c: PayColumn & { key: ComputedPayKey }): TableColumnSpec => {
    const { formula, width } = formulas[c.key];
    const header = wbText(c.label, lang);
    return c.kind === "money" ? { key: c.key, header, formula, style: "money", width: width ?? 12, total: "sum" } : { key: c.key, header, formula, width: width ?? 12 };
  };
  const payColumns = PAY_COLUMNS as readonly PayColumn[];
  const isComputed = (c: PayColumn): c is PayColumn & { key: ComputedPayKey } => c.key !== "id" && c.entry !== true;
  const helper = (h: HelperFormula): TableColumnSpec => ({
    key: h.key,
    header: wbText("wb.col.helper", lang, { what: wbText(`wb.col.${h.key}`, lang) }),
    formula: h.formula,
    ...(h.style === undefined ? {} : { style: h.style }),
    width: 12,
  });
  return [
    idColumn,
    ...payColumns.filter((c) => isComputed(c) && c.kind === "text").map((c) => computed(c as PayColumn & { key: ComputedPayKey })),
    ...fieldColumns(ENTRY_FIELDS.slice(1), lang, { reward: { total: "sum" }, penalty: { total: "sum" }, paidDaysInput: { validation: { kind: "decimal", min: 0, max: 31 } }, ...ATTENDANCE_EXTRAS }),
    ...payColumns.filter((c) => isComputed(c) && c.kind !== "text").map((c) => computed(c as PayColumn & { key: ComputedPayKey })),
    // After the pay, before the helpers: what of the row breaks a rule (issue 13), in words.
    { key: "complianceCheck", header: wbText("wb.col.complianceCheck", lang), ...complianceCheck },
    ...helperFormulas(earlier).map(helper),
  ];
}

/** What a row holds of the user's: the entries of the month (blank where none). */
type TypedEntries = {
  id: string;
  reward: number | null;
  penalty: number | null;
  paidDaysInput: number | null;
} & AttendanceCells;

/** An entry's overtime hours, leave days and allowances as typed (blank where none). */
type AttendanceCells = {
  overtimeWorkday: number | null;
  overtimeRestDay: number | null;
  overtimeHoliday: number | null;
  unpaidLeave: number | null;
  sickLeave: number | null;
  allowancesTaxable: number | null;
  allowancesExempt: number | null;
};

export function payrollTableSpec(p: PayrollSheetInput): TableSpec {
  const entries = new Map((p.input?.entries ?? []).map((e) => [e.staff, e]));
  const money = (x: Dec | undefined) => (x === undefined || x.isZero() ? null : num(x));
  const lines = p.computed?.result.employees;
  if (lines && lines.map((l) => l.id).join("\n") !== p.ids.join("\n")) throw new Error(`payroll ${p.month}: computed lines are not the rows`);
  // Each row's compliance check, from the month's warnings read once (not once a row: issue 15).
  const checks = p.computed ? complianceChecksById(p.computed.result.warnings) : null;
  const spec: TableSpec = {
    name: payrollTable(p.month),
    at: "A9",
    columns: columns(p.earlier, p.lang),
    rows: p.ids.map((id, i) => {
      const e = entries.get(id);
      const typed: TypedEntries = { id, reward: money(e?.reward), penalty: money(e?.penalty), paidDaysInput: num(e?.paidDays ?? null), ...attendanceCells(e) };
      if (!p.computed) return typed;
      const check = complianceCheckText(checks?.get(id) ?? [], p.lang);
      return cachedRow(p.computed.result.employees[i]!, p.computed.inputs[i]!, p.computed.positions[i]!, typed, check);
    }),
    totalsLabel: wbText("wb.total", p.lang),
    reads: { list: "entries", rows: "typed" },
  };
  if (p.computed) spec.totalsResults = Object.fromEntries(MONEY_KEYS.map((k) => [k, p.computed!.result.totals[k].toNumber()]));
  return spec;
}

/** An entry's overtime hours, leave days and allowances (its named list as two sums), blank where none. */
function attendanceCells(e: MonthEntry | undefined): AttendanceCells {
  const figure = (x: Dec | undefined) => (x === undefined || x.isZero() ? null : num(x));
  const totals = allowanceTotals(e?.allowances ?? []);
  return {
    overtimeWorkday: figure(e?.overtimeHours.workday),
    overtimeRestDay: figure(e?.overtimeHours.restDay),
    overtimeHoliday: figure(e?.overtimeHours.holiday),
    unpaidLeave: figure(e?.leaveDays.unpaid),
    sickLeave: figure(e?.leaveDays.sick),
    allowancesTaxable: figure(totals.taxable),
    allowancesExempt: figure(totals.exempt),
  };
}

/** A pay line's figures, as the sheet's computed pay columns cache them. */
type CachedPay = { [K in ComputedPayKey]: CellValue };

/**
 * The engine's figures of one line, by column key: the cached results of the row's formulas, and the
 * row's typed entries. One object literal with every key named: 12,000 rows at 1,000 staff (120,000
 * at 10,000) built key by key or by spreading ended up as hash tables, five times slower to make and
 * twice the memory (issue 15). `pay` is checked against the pay-column list (src/core/payroll/
 * payColumns.ts): a computed pay column missing here does not compile.
 */
function cachedRow(line: PayLine, inputs: PayLineInputs, at: RowPositions, typed: TypedEntries, complianceCheck: string): TableRow {
  const n = toDouble;
  // N() of a blank date is 0.
  const date = (d: IsoDate | null): CellValue => (d === null ? 0 : { date: d });
  const { before, after } = line.yearToDate;
  const c = inputs.commission;
  const pay = {
    name: line.name,
    role: line.role,
    paidDays: n(line.paidDays),
    paidBase: n(line.paidBase),
    commission: n(line.commission),
    overtimePay: n(line.overtimePay),
    leaveDeduction: n(line.leaveDeduction),
    allowances: n(line.allowances),
    gross: n(line.gross),
    socialInsurance: n(line.socialInsurance),
    housingFund: n(line.housingFund),
    specialAdditionalDeduction: n(line.specialAdditionalDeduction),
    cumulativeTaxable: n(line.cumulativeTaxable),
    cumulativeTax: n(line.cumulativeTax),
    iit: n(line.iit),
    net: n(line.net),
    employerSocialInsurance: n(line.employerSocialInsurance),
    employerHousingFund: n(line.employerHousingFund),
    employerCost: n(line.employerCost),
  } satisfies CachedPay;
  return {
    id: typed.id,
    reward: typed.reward,
    penalty: typed.penalty,
    paidDaysInput: typed.paidDaysInput,
    overtimeWorkday: typed.overtimeWorkday,
    overtimeRestDay: typed.overtimeRestDay,
    overtimeHoliday: typed.overtimeHoliday,
    unpaidLeave: typed.unpaidLeave,
    sickLeave: typed.sickLeave,
    allowancesTaxable: typed.allowancesTaxable,
    allowancesExempt: typed.allowancesExempt,
    ...pay,
    complianceCheck,
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
    specialAdditionalDeductionToDate: n(after.specialAdditionalDeduction),
    withheldBefore: n(before.taxWithheld),
    withheldToDate: n(after.taxWithheld),
    person: inputs.person,
    shareUnits: c.shareUnits,
    splitBy: c.splitBy,
    poolFen: c.poolFen,
    poolHigh: c.poolHigh,
    commissionHigh: c.commissionHigh,
    tableRow: at.tableRow,
    staffRow: at.staffRow,
    roleRow: at.roleRow,
    openingRow: at.openingRow,
    roleHolders: at.roleHolders,
    prevRow: at.prevRow,
    ytdMonth: at.ytdMonth,
    ytdRow: at.ytdRow,
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
      { ...valueCell(c.grossMargin, num(p.input?.grossMargin ?? null), ["input", "money"]), reads: { path: "grossMargin", nullable: true } },
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
      { target: { table: t, column: "complianceCheck" }, expression: `${firstCellColAbs(table, "complianceCheck")}<>""`, style: "warning" },
      { target: c.allocatedShare, expression: `${c.allocatedShare}>1`, style: "warning" },
      { target: c.grossMargin, expression: `ISBLANK(${c.grossMargin})`, style: "needsInput" },
    ],
    page: { paper: "A4", orientation: "landscape", fitToWidth: true, printTitleRows: [9, 9] },
  };
}
