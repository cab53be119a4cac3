/**
 * Exports as sheet specs and text: the e-filing client's import file and the bank payment list, built
 * from small explicit inputs (one row per person) so the payroll's results can feed them.
 */
export { TAX_TEMPLATE_CURRENT, TAX_TEMPLATE_2023, type TaxTemplate, type TemplateColumn, type TaxField } from "./taxTemplate";
export { taxFilingWorkbook, type TaxFilingPerson, type TaxFilingOptions } from "./taxFiling";
export { bankPaymentList, bankPaymentSheet, bankPaymentCsv, utf8WithBom, type BankPaymentPerson, type BankPaymentList, type BankPaymentRow } from "./bankPayment";
export type { MoneyInput } from "./money";
export { taxFilingPeople, bankPaymentPeople } from "./fromPayroll";
export type { BankPaymentMissing } from "./bankPayment";
