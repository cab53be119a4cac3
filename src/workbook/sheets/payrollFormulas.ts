/**
 * The formulas of the payroll table, by column key. Each is one step of src/core/payroll, in the same
 * order and with the same rounding; the oracle test recalculates them in LibreOffice and compares to
 * the fen. Every computed pay column (src/core/payroll/payColumns.ts) has its entry in PayFormulas: one
 * without a formula does not compile.
 */
import { monthNumber, type Month } from "../../core/calendar";
import type { EntryPayKey, PayKey } from "../../core/payroll";
import type { CodeSuffix } from "../../data/messages";
import type { Lang } from "../../data/lang";
import { COMPLIANCE_CHECKS, type ComplianceCheck } from "../../core/payroll/compliance";
import { MONTHLY_OVERTIME_LIMIT } from "../../core/compliance/overtimeLimit";
import { formulaText } from "../layout";
import { bonusTaxationText, bonusTaxationTexts, yesTexts } from "../choices";
import type { BonusTaxation } from "../../core/tax/annualBonus";
import { wbText } from "../text";
import { NAME, TABLE, payrollTable } from "../names";
import type { StyleRef } from "../spec";
import { exactFloor } from "./exactFormulas";
import { roleRowOf } from "./roleLookup";
import { paidDaysFormula } from "./holidays";
import { clampedBase, contributionPart } from "./insuranceBand";

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

/**
 * Every search a row makes is done once, in a helper column that holds a row number (blank when
 * nothing is found), and everything else reads by INDEX from it: a search depends only on ids and
 * roles, so typing a base or a reward never runs one again, and the hard recalculation grows with the
 * team rather than its square (issue 15: ~20 MATCH and 3 COUNTIF calls a row before).
 *
 * A person or role that is not found (a blank row, a deleted role) reads as blank, not #N/A: the
 * Staff sheet's Check column says what is wrong.
 */
const staffOf = (col: string) => `IFERROR(INDEX(${TABLE.staff}[${col}],[@staffRow]),"")`;
const roleOf = (col: string) => `IFERROR(INDEX(${TABLE.roles}[${col}],[@roleRow]),"")`;
/** The opening balance on the person's first record (a re-hire's year to date starts there). */
const openingOf = (col: string) => `N(IFERROR(INDEX(${TABLE.staff}[${col}],[@openingRow]),0))`;

/**
 * Column `col` of the payroll sheet of the month numbered [@ytdMonth] (1–12), as a reference: CHOOSE
 * returns the reference it picks (Excel and LibreOffice alike) and evaluates only that argument. A
 * month before the chain starts is never picked; its place holds the previous month's column.
 */
function monthColumn(earlier: readonly Month[], col: string): string {
  const byNumber = new Map(earlier.map((m) => [monthNumber(m), m]));
  const prev = earlier[earlier.length - 1]!;
  const last = monthNumber(prev);
  const refs = Array.from({ length: last }, (_, i) => `${payrollTable(byNumber.get(i + 1) ?? prev)}[${col}]`);
  return `CHOOSE([@ytdMonth],${refs.join(",")})`;
}

/**
 * A person's year to date before this month: from the latest earlier month of the chain in which the
 * person (any of their records: a re-hire is the same taxpayer) was paid — the month the ytdMonth
 * helper names, at the row ytdRow names — else the opening balance on the person's first Staff record.
 */
function before(earlier: readonly Month[], col: string, openingCol: string): string {
  const opening = openingOf(openingCol);
  if (earlier.length === 0) return opening;
  return `IF([@ytdMonth]=0,${opening},INDEX(${monthColumn(earlier, col)},[@ytdRow]))`;
}

/** As before(), for a count the opening balance does not carry (0 before the chain's first month). */
function beforeOrZero(earlier: readonly Month[], col: string): string {
  if (earlier.length === 0) return "0";
  return `IF([@ytdMonth]=0,0,INDEX(${monthColumn(earlier, col)},[@ytdRow]))`;
}

/**
 * The row of this person on the previous sheet of the chain (0: not paid there). Rows stand in Staff
 * order on every payroll sheet, so the previous sheet's staffRow column is ascending and a binary
 * search (MATCH type 1) finds the person's record in O(log n); the row it lands on is checked, and a
 * person found under another record (a re-hire) or rows the user has sorted fall back to the exact
 * search by taxpayer that the sheet made before.
 */
function previousRow(prev: Month): string {
  const p = payrollTable(prev);
  const guess = `MATCH([@staffRow],${p}[staffRow],1)`;
  return `IFERROR(IF(INDEX(${p}[staffRow],${guess})=[@staffRow],${guess},NA()),IFERROR(MATCH([@person],${p}[person],0),0))`;
}

/** The earlier months before the previous one, newest first: where a person not paid last month is looked for. */
const olderNewestFirst = (earlier: readonly Month[]) => earlier.slice(0, -1).reverse();

/** The month number of the latest earlier month in which the person was paid; 0: none (the opening balance). */
function ytdMonth(earlier: readonly Month[]): string {
  if (earlier.length === 0) return "0";
  const older = olderNewestFirst(earlier).reduceRight(
    (fallback, m) => `IF(ISNUMBER(MATCH([@person],${payrollTable(m)}[person],0)),${monthNumber(m)},${fallback})`,
    "0",
  );
  return `IF([@prevRow]>0,${monthNumber(earlier[earlier.length - 1]!)},${older})`;
}

/** The person's row on the sheet of ytdMonth (0 with none): searched again there only for someone not paid last month. */
function ytdRow(earlier: readonly Month[]): string {
  if (earlier.length === 0) return "0";
  return `IF([@prevRow]>0,[@prevRow],IF([@ytdMonth]=0,0,MATCH([@person],${monthColumn(earlier, "person")},0)))`;
}

/** This row's number in its table (1 for the first data row). */
const TABLE_ROW = "ROW()-ROW([[#Headers],[id]])";

/**
 * The row of this row's id on Staff. Payroll rows stand in Staff order, so the person's Staff row is
 * at or below this row's number, and the search starts there: it passes only the people not paid
 * this month (none in a month without joiners or leavers). Not found there (Staff sorted since), the
 * whole column is searched.
 */
const STAFF_ROW =
  `IFERROR(MATCH([@id],INDEX(${TABLE.staff}[id],[@tableRow]):INDEX(${TABLE.staff}[id],ROWS(${TABLE.staff}[id])),0)+[@tableRow]-1,` +
  `IFERROR(MATCH([@id],${TABLE.staff}[id],0),""))`;

/**
 * Holders counted once per role: the table's k-th row counts this month's holders of the k-th role on
 * Roles, and each row reads its role's count by roleRow. A role whose place on Roles is below the
 * table's last row (more roles than people) is counted in the row itself.
 */
const ROLE_HOLDERS = `IF([@tableRow]<=ROWS(${TABLE.roles}[id]),COUNTIF([role],INDEX(${TABLE.roles}[id],[@tableRow])),"")`;
const HOLDERS = "IFERROR(INDEX([roleHolders],[@roleRow]),COUNTIF([role],[@role]))";

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

/** The bracket of the annual table that holds this row's cumulative taxable income (a 7-row table: cheap to count). */
/**
 * A special-taxpayer flag of the row's taxpayer (the first Staff record: openingRow), true for TRUE or any
 * word for yes (是, yes, true — Excel compares text ignoring case); a blank, 否 or a missing row is no.
 */
const taxpayerFlag = (col: "previousYearUnder60k" | "firstJobThisYear") => {
  const cell = `INDEX(${TABLE.staff}[${col}],[@openingRow])`;
  return `IFERROR(OR(${cell}=TRUE,${yesTexts().map((t) => `${cell}=${formulaText(t)}`).join(",")}),FALSE)`;
};

/**
 * How many months of the basic deduction the year to date takes (src/core/tax/basicDeduction.ts
 * basicDeductionMonths): 12 under 国家税务总局公告2020年第19号 (60,000 from January), the month's number under
 * 公告2020年第13号 (first job this year: counted from January), else the months employed here.
 */
const BASIC_MONTHS = `IF([@id]="",0,IF(${taxpayerFlag("previousYearUnder60k")},12,IF(${taxpayerFlag("firstJobThisYear")},MONTH(${START}),[@monthsToDate])))`;

/**
 * The month's special additional deduction of the row's taxpayer ([@person]), as core's taxpayerMonth: the
 * items of the Special deductions sheet in force this month (from ≤ month ≤ to), each at the standard in
 * force this month (./deductions.ts: the current one from its changeKey on, else the one before) — or,
 * for someone with no items there, the one monthly figure on Staff. The year to date cumulates it month
 * by month (specialAdditionalDeductionToDate), as core cumulates each category.
 */
const MONTH_KEY = `(YEAR(${START})*12+MONTH(${START}))`;
const D = (col: string) => `${TABLE.deductions}[${col}]`;
const SPECIAL_THIS_MONTH =
  `IF([@hasDeductions]=0,N(${staffOf("specialAdditionalDeduction")}),` +
  `SUMPRODUCT((${D("person")}&""=[@person]&"")*(${D("fromKey")}<=${MONTH_KEY})*(${D("toKey")}>=${MONTH_KEY}),` +
  `(${D("changeKey")}<=${MONTH_KEY})*${D("monthly")}+(${D("changeKey")}>${MONTH_KEY})*${D("monthlyBefore")}))`;

const BRACKET = `COUNTIF(${TABLE.taxTable}[upTo],"<"&[@cumulativeTaxable])+1`;

/** ROUND(MAX(0, x × rate − quick deduction ÷ per), 2) with x's bracket of the annual table (per: 1, or 12 for the bonus's monthly-converted table). */
const taxOn = (x: string, per: "" | "/12") => {
  const k = `COUNTIF(${TABLE.taxTable}[upTo],"<"&${x})+1`;
  return `ROUND(MAX(0,${x}*INDEX(${TABLE.taxTable}[rate],${k})-INDEX(${TABLE.taxTable}[quickDeduction],${k})${per}),2)`;
};

/**
 * Whether the bonus's separate taxation is in force in this month: its first day on or before the setting's
 * date (typed as text YYYY-MM-DD and read digit by digit, so no locale's date parsing is involved); a blank
 * setting has no end (src/core/tax/annualBonus.ts separateTaxationInForce).
 */
const UNTIL = NAME["annualBonus.separateTaxationUntil"];
// IF, not OR: OR evaluates every argument, and DATE of a blank setting's digits is #VALUE!.
const SEPARATE_IN_FORCE = `IF(${UNTIL}="",TRUE,${START}<=DATE(VALUE(LEFT(${UNTIL},4)),VALUE(MID(${UNTIL},6,2)),VALUE(MID(${UNTIL},9,2))))`;

/** Whether a cell of the row holds any text meaning `taxation` (the words of either language, or the code). */
const isAnyOf = (key: string, taxation: BonusTaxation) => `OR(${bonusTaxationTexts(taxation).map((t) => `[@${key}]=${formulaText(t)}`).join(",")})`;
/** Whether the row's bonus was taxed separately, or merged: the shown column read in any language. */
const TAXED = { separate: isAnyOf("annualBonusTaxation", "separate"), merged: isAnyOf("annualBonusTaxation", "merged") } as const;

/** A computed column's formula, and its width where it is not the sheet's usual one. */
export interface ColumnFormula {
  formula: string;
  width?: number;
}

/** The pay columns the sheet computes: all but the row's id and what the user types (reward, penalty). */
export type ComputedPayKey = Exclude<PayKey, "id" | EntryPayKey>;
export type PayFormulas = { readonly [K in ComputedPayKey]: ColumnFormula };

/** The formula of every computed pay column (the year to date they use is in the helpers). */
export function payFormulas(lang: Lang): PayFormulas {
  const SEPARATE = formulaText(bonusTaxationText("separate", lang));
  const MERGED = formulaText(bonusTaxationText("merged", lang));
  return {
    name: { formula: staffOf("name"), width: 13 },
    // The role's id, whether Staff names it by id or by its Chinese or English name (a Chinese workbook
    // shows the name there): what the lookups below and the helpers match Roles by. Hidden on the sheet;
    // roleName shows the name.
    // The role's id by the row its roleRow helper found (Staff may name it by id or either name).
    role: { formula: `IFERROR(INDEX(${TABLE.roles}[id],[@roleRow]),${staffOf("role")})`, width: 11 },
    // A full month needs no entry; a joiner or leaver is paid for the days worked and the statutory holidays
    // of the span employed, by the Holidays table on Settings (the 21.75-day rule: ./holidays.ts paidDaysFormula).
    paidDays: {
      formula:
        `IF([@paidDaysInput]<>"",[@paidDaysInput],IF(AND([@startDate]<=${START},OR([@endDate]=0,[@endDate]>=${END})),${NAME.paidDaysPerMonth},` +
        `${paidDaysFormula(`MAX([@startDate],${START})`, `IF([@endDate]=0,${END},MIN([@endDate],${END}))`)}))`,
      width: 7,
    },
    // Multiplied before dividing, as core's exact fraction: base × days ÷ 21.75, then ROUND once. In
    // doubles the quotient is within a few units in the last place, and ROUND treats a value within about
    // 15 significant digits of a half as the half (LibreOffice and Excel alike), so the result is the exact
    // fraction's whenever that fraction is a half (checked on exact half fens in test/oracle) or at least
    // 10⁻¹⁵ of itself away from one: always for paid days with up to 4 decimals and a monthly base below
    // about 200,000 yuan (a non-half is then at least 1 ÷ (2 × 10⁴ × 2175) fen away from a half).
    paidBase: { formula: `ROUND(IF([@paidDays]>=${NAME.paidDaysPerMonth},[@base],[@base]*[@paidDays]/${NAME.paidDaysPerMonth}),2)` },
    // Rounded down to the fen, so shares adding up to at most 100% never pay out more than the pool.
    commission: { formula: `(${COMMISSION_FEN})/100` },
    // Issue 13 (src/core/pay/attendance.ts): the hourly rate base ÷ paid days ÷ 8 at 150% / 200% / 300%
    // (劳动法 第四十四条, 劳社部发〔2008〕3号), multiplied before dividing and rounded once, as core's exact fraction.
    overtimePay: {
      formula: `ROUND([@base]*(1.5*[@overtimeWorkday]+2*[@overtimeRestDay]+3*[@overtimeHoliday])/(${NAME.paidDaysPerMonth}*8),2)`,
    },
    // Unpaid days lose the daily base; sick days the part of it above the sick pay, which is never below 80%
    // of the minimum wage (劳部发〔1995〕309号 第59条).
    leaveDeduction: {
      formula:
        `ROUND(([@base]*[@unpaidLeave]+([@base]-MAX([@base]*${NAME["sickPay.rate"]},0.8*${NAME["minimumWage.monthly"]}))*[@sickLeave])/${NAME.paidDaysPerMonth},2)`,
    },
    allowances: { formula: "ROUND([@allowancesTaxable]+[@allowancesExempt],2)" },
    // 应发合计: the items of pay; the penalty is a deduction.
    earningsTotal: { formula: "ROUND([@paidBase]+[@commission]+[@reward]+[@overtimePay]-[@leaveDeduction]+[@allowances]+[@annualBonus],2)" },
    // The pay before tax after the penalty: what the tax, the employer's cost and the checks are on.
    gross: { formula: "ROUND([@earningsTotal]-[@penalty],2)", width: 11 },
    // Each kind rounded on its own, as core does; their sum is what the tax and the year to date take. Each
    // type's base is clamped to its own floor and ceiling and rounded the city's way, from the band at the top
    // of the sheet (./insuranceBand.ts: the month's row of the city profile, or the single limits of Settings).
    pension: { formula: `IF([@insured],${contributionPart("pension", NAME["socialInsurance.employee.pension"], lang)},0)` },
    medical: { formula: `IF([@insured],${contributionPart("medical", NAME["socialInsurance.employee.medical"], lang)},0)` },
    unemployment: { formula: `IF([@insured],${contributionPart("unemployment", NAME["socialInsurance.employee.unemployment"], lang)},0)` },
    socialInsurance: { formula: "ROUND([@pension]+[@medical]+[@unemployment],2)" },
    housingFund: { formula: `IF([@insured],${contributionPart("housingFund", NAME["housingFund.employeeRate"], lang)},0)` },
    specialAdditionalDeduction: { formula: SPECIAL_THIS_MONTH },
    cumulativeTaxable: { formula: `ROUND([@wagesToDate]-${NAME.basicDeduction}*[@basicMonths]-[@insuranceToDate]-[@specialAdditionalDeductionToDate],2)`, width: 14 },
    cumulativeTax: {
      formula: `ROUND(MAX(0,[@cumulativeTaxable]*INDEX(${TABLE.taxTable}[rate],${BRACKET})-INDEX(${TABLE.taxTable}[quickDeduction],${BRACKET})),2)`,
    },
    iit: { formula: "MAX(0,ROUND([@cumulativeTax]-[@withheldBefore],2))" },
    // The year-end bonus (src/core/payroll/annualBonusPay.ts): merged if asked, if a bonus of this year was
    // already taxed separately (国税发〔2005〕9号 第三条: once a year) or if the separate option has ended
    // (财政部 税务总局公告2023年第30号: to 2027-12-31, a setting); separate if asked; else the lower (a tie: separate).
    // Shown in the workbook's words (单独计税/并入综合所得: ../choices.ts); what is typed is read in either
    // language or as a code.
    annualBonusTaxation: {
      formula:
        `IF(N([@annualBonus])=0,"",IF(OR(${isAnyOf("annualBonusTaxationInput", "merged")},[@separateBonusesBefore]>0,NOT(${SEPARATE_IN_FORCE})),${MERGED},` +
        `IF(${isAnyOf("annualBonusTaxationInput", "separate")},${SEPARATE},IF([@bonusMergedTax]<[@bonusSeparateTax],${MERGED},${SEPARATE}))))`,
    },
    annualBonusTax: { formula: `IF(${TAXED.separate},[@bonusSeparateTax],IF(${TAXED.merged},[@bonusMergedTax],0))` },
    // 扣款合计 takes the bonus's tax with the others (the bonus is in 应发合计), and the penalty.
    deductionTotal: { formula: "ROUND([@socialInsurance]+[@housingFund]+[@iit]+[@annualBonusTax]+[@penalty],2)" },
    net: { formula: "ROUND([@earningsTotal]-[@deductionTotal],2)" },
    // Maternity has no rate of its own here (merged into medical, as core): its row only shows its limits.
    employerSocialInsurance: {
      formula:
        `IF([@insured],${contributionPart("pension", NAME["socialInsurance.employer.pension"], lang)}+${contributionPart("medical", NAME["socialInsurance.employer.medical"], lang)}+` +
        `${contributionPart("unemployment", NAME["socialInsurance.employer.unemployment"], lang)}+${contributionPart("injury", NAME["socialInsurance.employer.injury"], lang)},0)`,
    },
    employerHousingFund: { formula: `IF([@insured],${contributionPart("housingFund", NAME["housingFund.employerRate"], lang)},0)` },
    employerCost: { formula: "ROUND([@gross]+[@employerSocialInsurance]+[@employerHousingFund],2)" },
  };
}

/** A helper column: the sheet's own working, labelled "helper" (its key's label inside). */
export interface HelperFormula {
  key: CodeSuffix<"wb.col.">;
  formula: string;
  style?: StyleRef;
}

/**
 * The helper columns, after the pay columns: the inputs of the steps above, looked up once per row so
 * each step stays readable, the year to date, and the commission's whole numbers.
 */
export function helperFormulas(earlier: readonly Month[]): HelperFormula[] {
  return [
    { key: "base", formula: `N(${staffOf("base")})`, style: "money" },
    { key: "startDate", formula: `N(${staffOf("startDate")})`, style: "date" },
    { key: "endDate", formula: `N(${staffOf("endDate")})`, style: "date" },
    { key: "share", formula: `N(${roleOf("share")})`, style: "percent" },
    { key: "shareBasis", formula: `${roleOf("shareBasis")}&""` },
    { key: "holders", formula: HOLDERS, style: "integer" },
    { key: "personShare", formula: 'IF([@shareBasis]="splitRole",[@share]/MAX(1,[@holders]),[@share])', style: "percent" },
    { key: "insured", formula: `${roleOf("insured")}=TRUE` },
    { key: "contributionBase", formula: `IF(${staffOf("contributionBase")}<>"",${staffOf("contributionBase")},[@base])`, style: "money" },
    // The pension's base (养老缴费基数) and the housing fund's, as the band clamps them.
    { key: "siBase", formula: clampedBase("pension"), style: "money" },
    { key: "hfBase", formula: clampedBase("housingFund"), style: "money" },
    // A blank row (a month with nobody on the payroll) counts no month, so its taxable income is 0.
    { key: "monthsToDate", formula: `IF([@id]="",0,${before(earlier, "monthsToDate", "openingMonths")}+1)`, style: "integer" },
    // Taxable income to date: exempt allowances are paid in gross but are no income for the tax; a year-end
    // bonus is in it once merged (wagesToDate, after these columns, is the same without this month's bonus).
    { key: "grossToDate", formula: `ROUND([@wagesToDate]+IF(${TAXED.merged},N([@annualBonus]),0),2)`, style: "money" },
    { key: "insuranceToDate", formula: `ROUND(${before(earlier, "insuranceToDate", "openingInsurance")}+[@socialInsurance]+[@housingFund],2)`, style: "money" },
    { key: "specialAdditionalDeductionToDate", formula: `ROUND(${before(earlier, "specialAdditionalDeductionToDate", "openingSpecialAdditionalDeduction")}+[@specialAdditionalDeduction],2)`, style: "money" },
    { key: "withheldBefore", formula: before(earlier, "withheldToDate", "openingTax"), style: "money" },
    { key: "withheldToDate", formula: `ROUND([@withheldBefore]+[@iit]+IF(${TAXED.merged},[@annualBonusTax],0),2)`, style: "money" },
    // Added after the columns above, so that their places stay where earlier versions put them.
    // The taxpayer: the person's first Staff record (sameAs, for a re-hire), else this record itself.
    { key: "person", formula: `IF(${staffOf("sameAs")}&""="",[@id],${staffOf("sameAs")})` },
    // The commission's whole numbers (COMMISSION_FEN): the share in 10⁻⁶ (6 decimals; more is refused by
    // the config checks and highlighted on this sheet), the split, the pool in fen and its high part.
    { key: "shareUnits", formula: "ROUND([@share]*1000000,0)", style: "integer" },
    { key: "splitBy", formula: 'IF([@shareBasis]="splitRole",MAX(1,[@holders]),1)', style: "integer" },
    { key: "poolFen", formula: `ROUND(${POOL}*100,0)`, style: "integer" },
    { key: "poolHigh", formula: exactFloor("[@poolFen]", "1000000"), style: "integer" },
    { key: "commissionHigh", formula: exactFloor("[@poolHigh]*[@shareUnits]", "[@splitBy]"), style: "integer" },
    // Added in layout version 5 (issue 15): the row numbers every lookup above reads by.
    { key: "tableRow", formula: TABLE_ROW, style: "integer" },
    { key: "staffRow", formula: STAFF_ROW, style: "integer" },
    // Staff names the role by its id, or (as a Chinese workbook shows it) its Chinese or English name.
    { key: "roleRow", formula: roleRowOf(staffOf("role")), style: "integer" },
    // The taxpayer's first record: this record itself unless it names another (a re-hire).
    { key: "openingRow", formula: `IF([@person]=[@id],[@staffRow],IFERROR(MATCH([@person],${TABLE.staff}[id],0),""))`, style: "integer" },
    { key: "roleHolders", formula: ROLE_HOLDERS, style: "integer" },
    { key: "prevRow", formula: earlier.length === 0 ? "0" : previousRow(earlier[earlier.length - 1]!), style: "integer" },
    { key: "ytdMonth", formula: ytdMonth(earlier), style: "integer" },
    { key: "ytdRow", formula: ytdRow(earlier), style: "integer" },
    // Issue 13, the year-end bonus (layout 9, after the columns above, so their places stay). The wages' income to date
    // without this month's bonus: what the cumulative taxable income and the bonus's merged tax sit on.
    { key: "wagesToDate", formula: `ROUND(${before(earlier, "grossToDate", "openingGross")}+[@gross]-ROUND([@allowancesExempt],2)-N([@annualBonus]),2)`, style: "money" },
    // The bonus taxed separately: its bracket in the annual table (bonus ÷ 12 ≤ bound ÷ 12), the quick deduction ÷ 12.
    { key: "bonusSeparateTax", formula: `IF(N([@annualBonus])=0,0,${taxOn("[@annualBonus]", "/12")})`, style: "money" },
    // Merged: what adding it to the cumulative taxable income adds to this month's withholding.
    { key: "bonusMergedTax", formula: `IF(N([@annualBonus])=0,0,ROUND(MAX(0,ROUND(${taxOn("([@cumulativeTaxable]+[@annualBonus])", "")}-[@withheldBefore],2))-[@iit],2))`, style: "money" },
    // Separately taxed bonuses of the person's tax year before this month, and with it (at most one: a second is merged).
    { key: "separateBonusesBefore", formula: beforeOrZero(earlier, "separateBonusesToDate"), style: "integer" },
    { key: "separateBonusesToDate", formula: `[@separateBonusesBefore]+IF(${TAXED.separate},1,0)`, style: "integer" },
    // Issue 13, special taxpayers (layout 10, after the columns above, so their places stay): the months of
    // the basic deduction by the taxpayer's two flags on Staff.
    { key: "basicMonths", formula: BASIC_MONTHS, style: "integer" },
    // Issue 13, special deductions by category (layout 11): 1 when the taxpayer has items on the Special
    // deductions sheet (in force this month or not: core then takes them instead of Staff's monthly figure).
    // Counted by comparison, not COUNTIF or MATCH, so an id such as "<5" or "a*" is no criterion or pattern.
    { key: "hasDeductions", formula: `MIN(1,SUMPRODUCT(--(${D("person")}&""=[@person]&"")))`, style: "integer" },
  ];
}

/**
 * The payroll row's compliance check (issue 13): the conditions of src/core/payroll/compliance.ts on the
 * row's own figures, each a short text, joined by the language's separator (no TEXTJOIN: Excel 2016
 * lacks it — each text is prefixed with the separator and MID drops the first one). The minimum wage's
 * floors are rounded to the fen as core's are (multiplied before dividing, as the paid base); the
 * other products are compared at 6 decimals, as money (2) and the factors give exact decimals of at
 * most 6 places there, and ROUND to 6 gives both sides of an equality the same double, so a figure
 * exactly at its threshold never fires (core compares in decimal.js).
 *   below minimum wage: pay for normal hours < ROUND(monthly minimum × MIN(1, days worked ÷ paid days per month), 2)
 *   below the hourly minimum: paid days typed with a fraction, and pay < ROUND(hourly minimum × days worked × 8, 2)
 *   deduction over 20%: penalty > 0.2 × (gross + penalty), gross not negative
 *   no social insurance: the role is not insured (or not found); every check but a negative gross (an error then)
 *   late joiner: started after the month's 1st, and employee insurance + housing fund > the share setting
 *     (LateJoinerShare, default 0.5) × gross — exact at 6 decimals for a share of up to 4 decimals (2 as a percent)
 *   overtime: the month's workday + rest-day + holiday hours > 36 (劳动法 第四十一条)
 * where "gross" is the month's wages: the gross less the year-end bonus.
 */
export function complianceCheckFormula(lang: Lang): ColumnFormula {
  const sep = checkSeparator(lang);
  // The month's wages: the gross without the year-end bonus (core's compliance.ts leaves it out too).
  const WAGES = "([@gross]-N([@annualBonus]))";
  const normalPay = `(${WAGES}-[@overtimePay]-ROUND([@allowancesExempt],2))`;
  const worked = "MAX(0,N([@paidDays])-N([@unpaidLeave])-N([@sickLeave]))";
  const condition: Record<ComplianceCheck, string> = {
    belowMinimumWage:
      `AND(${WAGES}>=0,ROUND(${normalPay},2)<ROUND(IF(${worked}>=${NAME.paidDaysPerMonth},${NAME["minimumWage.monthly"]},` +
      `${NAME["minimumWage.monthly"]}*${worked}/${NAME.paidDaysPerMonth}),2))`,
    belowHourlyMinimum:
      `AND(${WAGES}>=0,[@paidDaysInput]<>"",N([@paidDaysInput])<>INT(N([@paidDaysInput])),${worked}>0,` +
      `ROUND(${normalPay},2)<ROUND(${NAME["minimumWage.hourly"]}*${worked}*8,2))`,
    penaltyAboveLimit: `AND(${WAGES}>=0,N([@penalty])>0,ROUND(5*N([@penalty]),6)>ROUND(${WAGES}+N([@penalty]),6))`,
    uninsured: `AND(${WAGES}>=0,NOT([@insured]))`,
    lateJoinerInsurance:
      `AND(${WAGES}>=0,[@startDate]>${START},[@startDate]<=${END},[@socialInsurance]+[@housingFund]>0,` +
      `ROUND([@socialInsurance]+[@housingFund],6)>ROUND(${NAME["compliance.lateJoinerShare"]}*${WAGES},6))`,
    overtimeOver36: `AND(${WAGES}>=0,ROUND(N([@overtimeWorkday])+N([@overtimeRestDay])+N([@overtimeHoliday]),6)>${MONTHLY_OVERTIME_LIMIT.toString()})`,
  };
  const parts = COMPLIANCE_CHECKS.map((c) => `IF(${condition[c]},${formulaText(sep + wbText(`wb.compliance.${c}`, lang))},"")`);
  // The blank row an empty month's table keeps is nobody: no check.
  return { formula: `IF([@id]="","",MID(${parts.join("&")},${sep.length + 1},1000))`, width: 22 };
}

/** What separates two checks in the column's text. */
export function checkSeparator(lang: Lang): string {
  return wbText("wb.compliance.separator", lang);
}

/** The check column's text for the checks a row raises: what the formula above computes. */
export function complianceCheckText(checks: readonly ComplianceCheck[], lang: Lang): string {
  if (checks.length === 0) return ""; // most rows (the separator's message is not looked up 12,000 times for nothing)
  return checks.map((c) => wbText(`wb.compliance.${c}`, lang)).join(checkSeparator(lang));
}
