import type { Lang } from "../../data/lang";
import { firstDay, lastDay, type IsoDate, type Month } from "../../core/calendar";
import { toDouble, type Dec } from "../../core/money";
import { MONEY_KEYS, PAY_COLUMNS, type PayColumn, type PayGroup, type PayLine, type PayLineInputs, type PayrollResult } from "../../core/payroll";
import type { MonthEntry, MonthInput } from "../../core/types";
import { allowanceTotals } from "../../core/pay/attendance";
import { NAME, SHEET, TABLE, payrollTable } from "../names";
import { colLetters } from "../address";
import type { CellValue, SheetSpec, TableColumnSpec, TableRow, TableSpec } from "../spec";
import { num, valueCell, formulaCell, wbText } from "../text";
import { complianceCheckFormula, complianceCheckText, helperFormulas, payFormulas, PAYROLL_CELLS, type ComputedPayKey, type HelperFormula } from "./payrollFormulas";
import type { RowPositions } from "./payrollPositions";
import { complianceChecksById } from "../../core/payroll/compliance";
import { ENTRY_FIELDS } from "../../core/config/tableFields";
import { fieldColumn } from "../fieldColumns";
import { columnLetter, firstCellColAbs } from "../layout";
import { a4, wrappedNote, type PrintContext } from "./page";
import { heightFor, linesFor } from "../textFit";
import { bonusTaxationText } from "../choices";
import type { BonusTaxation } from "../../core/tax/annualBonus";
import { insuranceBandCells, type BandFigures } from "./insuranceBand";

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
  /** The shop's name for the printed header (the companyName setting); none when absent or null. */
  company?: string | null;
  /**
   * The engine's payroll of this month and the inputs of each line (same order as `ids`): written as
   * the cached results of the formulas, so a viewer that does not recalculate shows the numbers.
   */
  computed?: {
    result: PayrollResult;
    inputs: readonly PayLineInputs[];
    positions: readonly RowPositions[];
    /** Each role id as the Roles table shows it (../roleIds.ts): the role column's cached result. */
    shownRoles?: ReadonlyMap<string, string>;
  };
  /** The month's contribution limits as core computes with them: the band's cached results (./insuranceBand.ts). */
  bases?: BandFigures;
  /**
   * A closed month (issue 15: every month before the workbook's own): its `base` helper holds the base the
   * month was paid with as a value — the engine's, from the month's entry or else Staff — not Staff's by
   * formula, so a later raise on Staff leaves it as paid. The reader takes that value back as the month's
   * entry (ENTRY_FIELDS base). Absent: the open month, whose base follows Staff.
   */
  closed?: boolean;
}

export { PAYROLL_CELLS };

/** The entry columns of issue 13: hours and days checked as the config checks them (the allowances' total is the Allowances column's). */
const ATTENDANCE_INPUTS: Readonly<Record<string, Partial<TableColumnSpec>>> = {
  paidDaysInput: { validation: { kind: "decimal", min: 0, max: 31 } },
  overtimeWorkday: { validation: { kind: "decimal", min: 0, max: 744 } },
  overtimeRestDay: { validation: { kind: "decimal", min: 0, max: 744 } },
  overtimeHoliday: { validation: { kind: "decimal", min: 0, max: 744 } },
  unpaidLeave: { validation: { kind: "decimal", min: 0, max: 31 } },
  sickLeave: { validation: { kind: "decimal", min: 0, max: 31 } },
  allowancesTaxable: {},
  allowancesExempt: {},
};

/**
 * The typed columns beside the printed block that are not the month's hours and days: how to tax the
 * year-end bonus, as the workbook's words (单独计税/并入综合所得: ../choices.ts; a code typed is read too).
 * The bonus itself is an item of pay, printed among them.
 */
const bonusInputs = (lang: Lang): Readonly<Record<string, Partial<TableColumnSpec>>> => ({
  annualBonusTaxationInput: { validation: { kind: "list", values: [bonusTaxationText("separate", lang), bonusTaxationText("merged", lang)], error: wbText("wb.payroll.bonusTaxationNote", lang) } },
});

/**
 * The columns of a Chinese 工资表, left to right, by a pay column's group (src/core/payroll/payColumns.ts):
 * who (identity), the items of pay (应发项目), their total (应发合计), the deductions (扣款项目), their total
 * (扣款合计), the pay (实发), and the signature column — what prints. Then, not printed: what the
 * employer pays on top, the tax's workings, and (grouped, folded away) the sheet's helper columns.
 */
const PRINTED_GROUPS: readonly PayGroup[] = ["identity", "earning", "grossTotal", "deduction", "deductionTotal", "net"];

/** The role's name in the workbook's language: what a 工资表 and a slip show (the id is for lookups). */
function roleNameFormula(lang: Lang): string {
  // By the row's roleRow helper (issue 15: each row looks its role up once).
  const name = `INDEX(${TABLE.roles}[${lang === "zh-CN" ? "nameZh" : "nameEn"}],[@roleRow])`;
  return `IFERROR(IF(${name}="",[@role],${name}),[@role])`;
}

/** Widths (characters) of the columns ShopSheet lays out here, where a pay column's formula gives none. */
const WIDTH = { money: 9.5, roleName: 14, signature: 8 } as const;

/**
 * Every column of the payroll table, in 工资表 order: the identity (id, name, the role's id — hidden —
 * and name, the paid days typed and used), the pay items (the typed reward and penalty among them),
 * the totals and deductions, the net, a column to sign in; then the employer's costs, the tax's
 * workings and the helpers.
 */
function columns(earlier: readonly Month[], lang: Lang, closed: boolean): TableColumnSpec[] {
  const formulas = payFormulas(lang);
  const complianceCheck = complianceCheckFormula(lang);
  const entries = new Map(ENTRY_FIELDS.map((f) => [f.key as string, f]));
  // The row's person: written by ShopSheet, not typed (the config's entry names the staff id).
  // Wide enough for the labels of the month's figures above the table.
  const { input: _typed, ...idColumn } = fieldColumn(ENTRY_FIELDS[0], lang, { width: 11 });
  const money = (c: PayColumn): Partial<TableColumnSpec> => (c.kind === "money" ? { style: "money", ...(c.cumulative ? {} : { total: "sum" as const }) } : {});
  const payColumn = (c: PayColumn): TableColumnSpec[] => {
    if (c.key === "id") return [idColumn];
    const entry = entries.get(c.key);
    if (entry) return [fieldColumn(entry, lang, money(c))];
    const { formula, width } = formulas[c.key as ComputedPayKey];
    const column: TableColumnSpec = { key: c.key, header: wbText(c.label, lang), formula, width: width ?? (c.kind === "money" ? WIDTH.money : 12), ...money(c) };
    if (c.key !== "role") return [column];
    // The role's name, then its id (folded away: the lookups' key).
    return [{ key: "roleName", header: wbText("wb.col.roleName", lang), formula: roleNameFormula(lang), width: WIDTH.roleName }, column];
  };
  const ofGroups = (groups: readonly PayGroup[]) =>
    groups.flatMap((g) =>
      (PAY_COLUMNS as readonly PayColumn[])
        .filter((c) => c.group === g)
        .flatMap(payColumn),
    );
  const helper = (h: HelperFormula): TableColumnSpec => ({
    key: h.key,
    header: wbText("wb.col.helper", lang, { what: wbText(`wb.col.${h.key}`, lang) }),
    formula: h.formula,
    ...(h.style === undefined ? {} : { style: h.style }),
    width: 12,
  });
  // The month's base (issue 15): read back as the month's entry where it holds a value (a closed month,
  // or one the user typed); ShopSheet's formula there is no entry. Written by ShopSheet either way (its
  // look, not an input's): a formula in the open month, the base paid with in a closed one.
  const baseField = entries.get("base")!;
  const monthBase = (h: HelperFormula): TableColumnSpec => {
    const { formula, ...column } = helper(h);
    // A closed month's values look as the formulas' results did (black, not an input's blue on yellow).
    return { ...column, reads: baseField, ...(closed ? { style: ["computed", "money"] } : { formula }) };
  };
  // Nobody types here: a printed sheet is signed on paper.
  const signature: TableColumnSpec = { key: "signature", header: wbText("wb.col.signature", lang), width: WIDTH.signature };
  // The month's hours, leave days and allowances (issue 13), typed beside the printed block: the sheet
  // prints what they come to (overtime pay, leave deduction, allowances).
  // The paid days typed too: the sheet prints the days the pay used.
  // And how to tax the year-end bonus (the bonus itself is printed among the items of pay).
  const typedBeside = { ...ATTENDANCE_INPUTS, ...bonusInputs(lang) };
  const attendance = ENTRY_FIELDS.filter((f) => f.key in typedBeside).map((f) => fieldColumn(f, lang, typedBeside[f.key]));
  // After the employer's cost, before the workings: what of the row breaks a rule (issue 13), in words.
  const check: TableColumnSpec = { key: "complianceCheck", header: wbText("wb.col.complianceCheck", lang), ...complianceCheck };
  return [...ofGroups(PRINTED_GROUPS), signature, ...attendance, ...ofGroups(["employer"]), check, ...ofGroups(["helper"]), ...helperFormulas(earlier).map((h) => (h.key === "base" ? monthBase(h) : helper(h)))];
}

/** What a row holds of the user's: the entries of the month (blank where none). */
type TypedEntries = {
  id: string;
  reward: number | null;
  penalty: number | null;
  paidDaysInput: number | null;
  /** Issue 13: the year-end bonus and how to tax it (blank: the lower). */
  annualBonus: number | null;
  annualBonusTaxationInput: string | null;
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
  const cols = columns(p.earlier, p.lang, p.closed === true);
  // Each row's compliance check, from the month's warnings read once (not once a row: issue 15).
  const checks = p.computed ? complianceChecksById(p.computed.result.warnings) : null;
  const spec: TableSpec = {
    name: payrollTable(p.month),
    at: "A9",
    columns: cols,
    rows: p.ids.map((id, i) => {
      const e = entries.get(id);
      const typed: TypedEntries = { id, reward: money(e?.reward), penalty: money(e?.penalty), paidDaysInput: num(e?.paidDays ?? null), ...attendanceCells(e), annualBonus: money(e?.annualBonus), annualBonusTaxationInput: e?.annualBonusTaxation == null ? null : bonusTaxationText(e.annualBonusTaxation, p.lang) };
      if (!p.computed) return typed;
      const check = complianceCheckText(checks?.get(id) ?? [], p.lang);
      const line = p.computed.result.employees[i]!;
      return cachedRow(line, p.computed.inputs[i]!, p.computed.positions[i]!, typed, p.lang, check, p.computed.shownRoles?.get(line.role) ?? line.role);
    }),
    totalsLabel: wbText("wb.total", p.lang),
    reads: { list: "entries", rows: "typed" },
  };
  if (p.computed) {
    const totals = new Set(cols.filter((c) => c.total !== undefined).map((c) => c.key));
    spec.totalsResults = Object.fromEntries(MONEY_KEYS.filter((k) => totals.has(k)).map((k) => [k, p.computed!.result.totals[k].toNumber()]));
  }
  return spec;
}

/** An entry's overtime hours, leave days and allowances (its named list as two sums), blank where none. */
function attendanceCells(e: MonthEntry | undefined): AttendanceCells {
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

/** A typed figure, blank where none or zero. A function of the module's, not one made per row (under tsx,
 *  which the CLI runs on, every function made is named as it is made: issue 15). */
function figure(x: Dec | undefined): number | null {
  return x === undefined || x.isZero() ? null : num(x);
}

/** N() of a blank date is 0 (its format shows it blank). */
function dateValue(d: IsoDate | null): CellValue {
  return d === null ? 0 : { date: d };
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
function cachedRow(line: PayLine, inputs: PayLineInputs, at: RowPositions, typed: TypedEntries, lang: Lang, complianceCheck: string, shownRole: string): TableRow {
  const n = toDouble;
  const date = dateValue;
  const { before, after } = line.yearToDate;
  const c = inputs.commission;
  const pay = {
    name: line.name,
    // INDEX(Roles[id], …): the id as Roles shows it.
    role: shownRole,
    paidDays: n(line.paidDays),
    paidBase: n(line.paidBase),
    commission: n(line.commission),
    overtimePay: n(line.overtimePay),
    leaveDeduction: n(line.leaveDeduction),
    allowances: n(line.allowances),
    earningsTotal: n(line.earningsTotal),
    gross: n(line.gross),
    pension: n(line.pension),
    medical: n(line.medical),
    unemployment: n(line.unemployment),
    socialInsurance: n(line.socialInsurance),
    housingFund: n(line.housingFund),
    specialAdditionalDeduction: n(line.specialAdditionalDeduction),
    cumulativeTaxable: n(line.cumulativeTaxable),
    cumulativeTax: n(line.cumulativeTax),
    iit: n(line.iit),
    annualBonusTaxation: line.annualBonusTaxation === "" ? "" : bonusTaxationText(line.annualBonusTaxation as BonusTaxation, lang),
    annualBonusTax: n(line.annualBonusTax),
    deductionTotal: n(line.deductionTotal),
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
    annualBonus: typed.annualBonus,
    annualBonusTaxationInput: typed.annualBonusTaxationInput,
    ...pay,
    complianceCheck,
    roleName: lang === "zh-CN" ? inputs.roleName.zh : inputs.roleName.en,
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
    // Issue 13's bonus helpers (a merged bonus is in the year to date's gross; the wages' own is without it).
    wagesToDate: line.annualBonusTaxation === "merged" ? n(after.gross.minus(line.annualBonus)) : n(after.gross),
    bonusSeparateTax: n(line.bonusWorking.separateTax),
    bonusMergedTax: n(line.bonusWorking.mergedTax),
    separateBonusesBefore: line.bonusWorking.separateBefore ? 1 : 0,
    separateBonusesToDate: (line.bonusWorking.separateBefore ? 1 : 0) + (line.annualBonusTaxation === "separate" ? 1 : 0),
    basicMonths: line.iitDeductions.basicMonths,
    hasDeductions: line.iitDeductions.categories === null ? 0 : 1,
  };
}

/** The pool's figures for the reconciliation cells, when the engine's payroll is given. */
function poolResult(p: PayrollSheetInput, key: "pool" | "allocatedShare" | "allocated" | "unallocated"): { result?: CellValue } {
  return p.computed ? { result: p.computed.result.pool[key].toNumber() } : {};
}

/** Each column's width by letter, for the notes laid across them. */
function widths(table: TableSpec): Record<string, number> {
  const out: Record<string, number> = {};
  table.columns.forEach((c, i) => (out[colLetters(i + 1)] = c.width ?? 8.43));
  return out;
}

/** A month's payroll sheet: the month's inputs on top, one row per person, the pool reconciliation. */
export function payrollSheet(p: PayrollSheetInput): SheetSpec {
  const { lang, month } = p;
  const table = payrollTableSpec(p);
  const t = table.name;
  const c = PAYROLL_CELLS;
  const col = (key: string) => columnLetter(table, key);
  const lastPrinted = col("signature");
  const w = widths(table);
  const title = wbText("wb.payroll.title", lang, { month });
  const note = wrappedNote(7, 1, table.columns.findIndex((x) => x.key === "signature") + 1, wbText("wb.payroll.ytdNote", lang), w);
  // The pool's labels across C:E (the role's hidden id in D), its figures across F:G.
  const poolLabel = (row: number, code: Parameters<typeof wbText>[0], style: "label" | "header" = "label") => valueCell(`C${row}`, wbText(code, lang), style);
  // Helper columns (the sheet's workings) are folded away; the role's id too (its name shows).
  const firstHelper = table.columns.findIndex((x) => x.key === helperFormulas([])[0]!.key) + 1;
  const header = table.columns.reduce((lines, x, i) => (i < firstHelper - 1 ? Math.max(lines, linesFor(x.header, x.width ?? 8.43)) : lines), 1);
  // A year-end bonus is paid once a year: in a month without one its column and its tax's are folded away,
  // out of print (20 printed columns, issue 12); a note above the table says where it is typed.
  const bonusPaid = (p.input?.entries ?? []).some((e) => !e.annualBonus.isZero());
  const bonusColumns = [col("annualBonus"), col("annualBonusTax")];
  return {
    key: SHEET.payroll(month),
    name: wbText("wb.payroll.sheet", lang, { month }),
    cells: [
      valueCell("A1", title, "title"),
      valueCell("A2", wbText("wb.inputHint", lang), "note"),
      valueCell("A3", wbText("wb.payroll.grossMarginShort", lang), "label"),
      { ...valueCell(c.grossMargin, num(p.input?.grossMargin ?? null), ["input", "money"]), reads: { path: "grossMargin", nullable: true } },
      valueCell("A4", wbText("wb.payroll.pool", lang), "label"),
      { ...formulaCell(c.pool, `ROUND(MAX(0,${c.grossMargin})*${NAME.poolRate},2)`, "money"), ...poolResult(p, "pool") },
      valueCell("A5", wbText("wb.payroll.monthStart", lang), "label"),
      valueCell(c.monthStart, { date: firstDay(month) }, "date"),
      valueCell("A6", wbText("wb.payroll.monthEnd", lang), "label"),
      valueCell(c.monthEnd, { date: lastDay(month) }, "date"),
      poolLabel(3, "wb.payroll.reconciliation", "header"),
      poolLabel(4, "wb.payroll.allocatedShare"),
      { ...formulaCell(c.allocatedShare, `SUM(${t}[personShare])`, "percent"), ...poolResult(p, "allocatedShare") },
      poolLabel(5, "wb.payroll.allocated"),
      { ...formulaCell(c.allocated, `SUM(${t}[commission])`, "money"), ...poolResult(p, "allocated") },
      poolLabel(6, "wb.payroll.unallocated"),
      { ...formulaCell(c.unallocated, `${c.pool}-${c.allocated}`, "money"), ...poolResult(p, "unallocated") },
      note.cell,
      valueCell("A8", wbText("wb.payroll.bonusNote", lang, { bonus: bonusColumns[0]!, tax: bonusColumns[1]! }), "note"),
      valueCell(`${lastPrinted}8`, wbText("wb.unit", lang), ["note", "right"]),
      ...insuranceBandCells(lang, p.bases),
    ],
    tables: [table],
    columnWidths: { A: 8, B: 12 },
    merges: ["C3:G3", "C4:E4", "C5:E5", "C6:E6", "F4:G4", "F5:G5", "F6:G6", note.merge],
    rowHeights: { [note.height[0]]: note.height[1], "9": heightFor(header) },
    columnGroups: [
      { from: col("role"), to: col("role"), collapsed: true },
      ...bonusColumns.map((c) => ({ from: c, to: c, collapsed: !bonusPaid })),
      { from: colLetters(firstHelper), to: colLetters(table.columns.length), collapsed: true },
    ],
    freeze: { rows: 9, cols: 3 },
    conditionalFormats: [
      // A share with more than 6 decimals (typed on the Roles sheet) is cut to 6 in the commission's floor.
      { target: { table: t, column: "commission" }, expression: `ROUND(${firstCellColAbs(table, "share")},6)<>${firstCellColAbs(table, "share")}`, style: "warning" },
      { target: c.unallocated, expression: `${c.unallocated}<0`, style: "warning" },
      { target: { table: t, column: "complianceCheck" }, expression: `${firstCellColAbs(table, "complianceCheck")}<>""`, style: "warning" },
      { target: c.allocatedShare, expression: `${c.allocatedShare}>1`, style: "warning" },
      { target: c.grossMargin, expression: `ISBLANK(${c.grossMargin})`, style: "needsInput" },
    ],
    page: a4({ lang, company: p.company ?? null } satisfies PrintContext, title, {
      orientation: "landscape",
      fitToWidth: true,
      printArea: `A:${lastPrinted}`,
      printTitleRows: [9, 9],
      narrowMargins: true,
    }),
  };
}
