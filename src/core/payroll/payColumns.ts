/**
 * Every column of a month's pay line, declared once, in the order a pay line lists them. From this list
 * come the PayLine type and MONEY_KEYS (./payLine.ts), the payroll sheet's columns and cached values
 * (src/workbook/sheets/payroll.ts: a column's formula is looked up by its key, and a column without one
 * does not compile), the salary slips, the `shopsheet payroll` table and JSON, and the pane's totals.
 *
 * To add a pay column: one entry here (its label in src/data/messages/workbook.ts), the rule that
 * computes it (payLine() does not compile without it), and its formula in
 * src/workbook/sheets/payrollFormulas.ts (the sheet does not compile without it).
 */
import type { MessageCode } from "../../data/messages";

/**
 * Where a column stands in a Chinese 工资表: who (identity), the items of pay (应发项目: earning), their
 * total (应发合计: grossTotal), the deductions from it (扣款项目: deduction), their total (扣款合计:
 * deductionTotal), the pay (实发: net), what the employer pays on top (employer), and the workings of
 * the income tax (helper). The penalty (扣罚) is a deduction, as a 工资表 lists it, but the tax is on the
 * pay after it (the source's rule): `gross`, the items of pay less the penalty, is the tax's base and
 * stands with its workings; 应发合计 (`earningsTotal`) is the items of pay alone, so that the printed
 * 应发合计 − 扣款合计 = 实发.
 */
export type PayGroup = "identity" | "earning" | "grossTotal" | "deduction" | "deductionTotal" | "net" | "employer" | "helper";

export interface PayColumn {
  key: string;
  /** Text (an id, a name), a number (paid days) or money (two decimals, summed in totals). */
  kind: "text" | "number" | "money";
  label: MessageCode;
  group: PayGroup;
  /** Typed by the user as the month's entry (src/core/config/tableFields.ts ENTRY_FIELDS), not computed. */
  entry?: true;
  /** On the salary slip (工资条). */
  slip?: true;
  /** In `shopsheet payroll`'s table (its JSON has every money column). */
  cliText?: true;
  /** In the task pane's totals of the month. */
  paneTotal?: true;
  /** A figure for the year so far: a sum of it over people means nothing, so a sheet gives it no total. */
  cumulative?: true;
}

export const PAY_COLUMNS = [
  { key: "id", kind: "text", label: "wb.col.id", group: "identity", slip: true },
  { key: "name", kind: "text", label: "wb.col.name", group: "identity", slip: true },
  /** The role's id (a sheet shows its name beside it). */
  { key: "role", kind: "text", label: "wb.col.roleId", group: "identity", slip: true },
  { key: "paidDays", kind: "number", label: "wb.col.paidDays", group: "identity", slip: true },
  { key: "paidBase", kind: "money", label: "wb.col.paidBase", group: "earning", slip: true, cliText: true, paneTotal: true },
  { key: "commission", kind: "money", label: "wb.col.commission", group: "earning", slip: true, cliText: true, paneTotal: true },
  { key: "reward", kind: "money", label: "wb.col.reward", group: "earning", entry: true, slip: true, cliText: true, paneTotal: true },
  // Issue 13: computed from the entry's hours, days and allowances (src/core/pay/attendance.ts). The leave
  // deduction is an earning with a minus sign: the base for days not worked is not earned (缺勤扣款 reduces
  // 应发), unlike the penalty, which is taken from pay earned.
  { key: "overtimePay", kind: "money", label: "wb.col.overtimePay", group: "earning", slip: true, cliText: true, paneTotal: true },
  { key: "leaveDeduction", kind: "money", label: "wb.col.leaveDeduction", group: "earning", slip: true, cliText: true, paneTotal: true },
  { key: "allowances", kind: "money", label: "wb.col.allowances", group: "earning", slip: true, cliText: true, paneTotal: true },
  // Issue 13: the year-end one-off bonus, typed with the month's entry; in gross (应发合计), taxed on its own
  // (./annualBonusPay.ts).
  { key: "annualBonus", kind: "money", label: "wb.col.annualBonus", group: "earning", entry: true, slip: true, cliText: true, paneTotal: true },
  /** 应发合计: the items of pay above, the penalty not taken off. */
  { key: "earningsTotal", kind: "money", label: "wb.col.earningsTotal", group: "grossTotal", slip: true, cliText: true, paneTotal: true },
  /**
   * The pay before tax after the penalty (税前工资（扣罚后）): the tax's base, the employer's cost's, the tax
   * export's 收入额 and the compliance checks'. Among the tax's workings, out of print; the CLI's JSON keeps
   * it under its old name for its readers.
   */
  { key: "gross", kind: "money", label: "wb.col.gross", group: "helper" },
  // The employee's social insurance, each kind as a 工资表 lists it, then their sum (which the tax and
  // the year to date use; on a sheet it stands with the tax workings, the parts being shown).
  { key: "pension", kind: "money", label: "wb.col.pension", group: "deduction", slip: true },
  { key: "medical", kind: "money", label: "wb.col.medical", group: "deduction", slip: true },
  { key: "unemployment", kind: "money", label: "wb.col.unemployment", group: "deduction", slip: true },
  { key: "socialInsurance", kind: "money", label: "wb.col.socialInsurance", group: "helper", cliText: true, paneTotal: true },
  { key: "housingFund", kind: "money", label: "wb.col.housingFund", group: "deduction", slip: true, cliText: true, paneTotal: true },
  { key: "specialAdditionalDeduction", kind: "money", label: "wb.col.specialAdditionalDeduction", group: "helper" },
  /** Year to date at this employer, opening balance included. */
  { key: "cumulativeTaxable", kind: "money", label: "wb.col.cumulativeTaxable", group: "helper", cumulative: true },
  { key: "cumulativeTax", kind: "money", label: "wb.col.cumulativeTax", group: "helper", cumulative: true },
  /** Income tax withheld this month. */
  { key: "iit", kind: "money", label: "wb.col.iit", group: "deduction", slip: true, cliText: true, paneTotal: true },
  /**
   * How the bonus was taxed ("separate" or "merged", blank without one): among the tax's workings, out of
   * print (the printed block is at most ~20 columns, issue 12); its tax is a deduction beside the wages' tax.
   */
  { key: "annualBonusTaxation", kind: "text", label: "wb.col.annualBonusTaxation", group: "helper" },
  { key: "annualBonusTax", kind: "money", label: "wb.col.annualBonusTax", group: "deduction", slip: true, cliText: true, paneTotal: true },
  /** Typed with the month's entry: taken from the pay earned (扣罚), after the tax, which is on the pay after it. */
  { key: "penalty", kind: "money", label: "wb.col.penalty", group: "deduction", entry: true, slip: true, cliText: true, paneTotal: true },
  /** Social insurance + housing fund + income tax + the bonus's tax + the penalty: what is taken from 应发合计. */
  { key: "deductionTotal", kind: "money", label: "wb.col.deductionTotal", group: "deductionTotal", slip: true },
  { key: "net", kind: "money", label: "wb.col.net", group: "net", slip: true, cliText: true, paneTotal: true },
  { key: "employerSocialInsurance", kind: "money", label: "wb.col.employerSocialInsurance", group: "employer", paneTotal: true },
  { key: "employerHousingFund", kind: "money", label: "wb.col.employerHousingFund", group: "employer", paneTotal: true },
  { key: "employerCost", kind: "money", label: "wb.col.employerCost", group: "employer", cliText: true, paneTotal: true },
] as const satisfies readonly PayColumn[];

type Column = (typeof PAY_COLUMNS)[number];
export type PayKey = Column["key"];
export type MoneyKey = Extract<Column, { kind: "money" }>["key"];
/** Keys of the columns typed as the month's entries (reward, penalty). */
export type EntryPayKey = Extract<Column, { entry: true }>["key"];

/** Each column's value in a pay line: text as a string, numbers and money as decimals. */
export type PayValues<D> = { [C in Column as C["key"]]: C extends { kind: "text" } ? string : D };

/** The columns `flag` marks, in order. */
export function payColumnsWhere(flag: "slip" | "cliText" | "paneTotal"): readonly (PayColumn & { key: PayKey })[] {
  return (PAY_COLUMNS as readonly (PayColumn & { key: PayKey })[]).filter((c) => c[flag] === true);
}

/** The money columns, in order: every figure of a pay line that is summed in a total. */
export const MONEY_KEYS = PAY_COLUMNS.flatMap((c) => (c.kind === "money" ? [c.key] : [])) as readonly MoneyKey[];
