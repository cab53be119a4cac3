/**
 * The month's payroll as the exports take it: one TaxFilingPerson and one BankPaymentPerson per person
 * paid, each figure the payroll's own. Host-neutral: the CLI (`shopsheet export`) and the task pane
 * build the same files from the same config and month.
 */
import { money, ZERO } from "../../core/money";
import type { PayrollResult } from "../../core/payroll";
import type { Config } from "../../core/types";
import type { CategoryAmounts } from "../../core/tax/deductions";
import type { Lang } from "../../data/lang";
import { formatMessage } from "../../data/messages";
import type { BankPaymentPerson } from "./bankPayment";
import type { TaxFilingPerson } from "./taxFiling";

/** Each paid person's Staff record and its place in the config (`staff[3]`), for messages. */
function staffOf(config: Config, id: string) {
  const index = config.staff.findIndex((s) => s.id === id);
  const staff = config.staff[index];
  if (staff === undefined) throw new Error(`export: no staff ${id}`); // pay lines are made from config.staff
  return { staff, where: `staff[${index}]` };
}

/**
 * 正常工资薪金收入, one row per person paid in the month:
 * - 本期收入 = the month's gross (应发合计: paid base + commission + reward − penalty …), without a year-end bonus
 *   taxed separately: that one goes on the bonus sheet (全年一次性奖金额);
 * - 基本养老保险费, 基本医疗保险费, 失业保险费 = the pay line's own pension, medical and unemployment (each
 *   ROUND(base × rate, 2); their sum is its social insurance);
 * - 住房公积金 = the employee's housing fund;
 * - the 累计 special additional deduction columns (累计子女教育 …) are the categories' figures to date at this
 *   employer (issue 13: staff deductions by category), continuing education's degree and certificate in its
 *   one column. A person with one monthly figure instead of categories, or whose opening balance carries
 *   deductions (one figure, not by category), gets them blank — a total in one category's column would
 *   declare a deduction the employee may not have; the e-filing client fills them from what employees
 *   declared — and the year's total the payroll deducted goes in 备注, to compare with what the client shows;
 * - 备注 also says 上年各月均有申报且全年收入不超过6万元 for a person under STA 2020 No. 19, as the announcement
 *   asks of the withholding agent (src/core/tax/basicDeduction.ts cites it);
 * - 工号 = the staff id, 证件类型 and 证件号码 from Staff.
 */
export function taxFilingPeople(config: Config, result: PayrollResult, lang: Lang): TaxFilingPerson[] {
  return result.employees.map((line) => {
    const { staff, where } = staffOf(config, line.id);
    const deducted = line.yearToDate.after.specialAdditionalDeduction;
    const taxpayer = staff.sameAs === null ? staff : (config.staff.find((s) => s.id === staff.sameAs) ?? staff);
    const openingSpecial = taxpayer.opening?.specialAdditionalDeduction ?? ZERO;
    const categories = line.iitDeductions.categories;
    const byCategory = categories !== null && openingSpecial.isZero() ? categoryColumns(categories.toDate) : null;
    const notes: string[] = [];
    if (line.iitDeductions.rule === "previousYearUnder60k") notes.push(formatMessage("export.tax.under60kNote", {}, lang));
    if (byCategory === null && !deducted.isZero()) notes.push(formatMessage("export.tax.deductionNote", { amount: money(deducted), month: result.month }, lang));
    if (categories !== null && !openingSpecial.isZero()) notes.push(formatMessage("export.tax.openingNotByCategory", { amount: money(openingSpecial) }, lang));
    const separate = line.annualBonusTaxation === "separate";
    return {
      id: line.id,
      name: line.name,
      idType: staff.idType ?? null,
      idNumber: staff.idNumber ?? "",
      where,
      // A year-end bonus taxed separately is filed on its own sheet (全年一次性奖金收入), not in the wages' income;
      // a merged one is wages of the month (财政部 税务总局公告2023年第30号 art. 1 and 2).
      income: separate ? line.gross.minus(line.annualBonus) : line.gross,
      ...(separate ? { bonus: line.annualBonus } : {}),
      pension: line.pension,
      medical: line.medical,
      unemployment: line.unemployment,
      housingFund: line.housingFund,
      ...byCategory,
      ...(notes.length === 0 ? {} : { note: notes.join(formatMessage("export.tax.noteSeparator", {}, lang)) }),
    };
  });
}

/** The categories to date in the client's 累计 columns (continuing education's two kinds in one). */
function categoryColumns(toDate: CategoryAmounts): Pick<TaxFilingPerson, "childEducation" | "continuingEducation" | "housingLoanInterest" | "housingRent" | "elderlySupport" | "infantCare" | "privatePension"> {
  return {
    childEducation: toDate.childEducation,
    continuingEducation: toDate.continuingEducationDegree.plus(toDate.continuingEducationCertificate),
    housingLoanInterest: toDate.housingLoanInterest,
    housingRent: toDate.housingRent,
    elderlySupport: toDate.elderlySupport,
    infantCare: toDate.infantCare,
    privatePension: toDate.personalPension,
  };
}

/** One row per person paid in the month: name, bank and account from Staff, the month's net pay. */
export function bankPaymentPeople(config: Config, result: PayrollResult): BankPaymentPerson[] {
  return result.employees.map((line) => {
    const { staff, where } = staffOf(config, line.id);
    return { id: line.id, name: line.name, bank: staff.bank ?? "", bankAccount: staff.bankAccount ?? "", netPay: line.net, where };
  });
}
