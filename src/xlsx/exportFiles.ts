/**
 * The month's export files as bytes, from a checked config: the e-filing client's import file and the
 * bank payment list. One function each for every host — `shopsheet export` writes these bytes to a
 * file, the task pane hands the same bytes to Excel's createWorkbook — so the two never differ.
 */
import { lastDay, type Month } from "../core/calendar";
import type { Dec } from "../core/money";
import { computePayroll } from "../core/payroll";
import type { Config, Warning } from "../core/types";
import type { Lang } from "../data/lang";
import type { ImportOutcome } from "../workbook/imports/grid";
import {
  bankPaymentCsv,
  bankPaymentList,
  bankPaymentPeople,
  bankPaymentSheet,
  TAX_TEMPLATE_2023,
  TAX_TEMPLATE_CURRENT,
  taxFilingPeople,
  taxFilingWorkbook,
  utf8WithBom,
  type TaxTemplate,
} from "../workbook/exports";
import { workbookBytes } from "./writer/portable";

export type TemplateChoice = "current" | "2023";

export const TAX_TEMPLATES: Readonly<Record<TemplateChoice, TaxTemplate>> = { current: TAX_TEMPLATE_CURRENT, "2023": TAX_TEMPLATE_2023 };

export interface ExportOptions {
  lang: Lang;
  /** docProps' time; default now. */
  created?: Date;
}

export interface TaxFile {
  bytes: Uint8Array;
  people: number;
  /** Sheet names written, in order. */
  sheets: string[];
}

/** Everything that stops a month's payroll (a negative gross), or nobody paid, as problems. */
function payrollOf(config: Config, month: Month) {
  const result = computePayroll(config, month);
  if (result.errors.length > 0) return { ok: false as const, problems: result.errors };
  if (result.employees.length === 0) return { ok: false as const, problems: [{ code: "export.nobody" as const, params: { month }, where: "staff" }] };
  return { ok: true as const, result };
}

/** 正常工资薪金收入 for `month` (and 全年一次性奖金收入 once separate bonuses exist), as an .xlsx file. */
export function taxFilingFile(config: Config, month: Month, template: TemplateChoice, options: ExportOptions): ImportOutcome<TaxFile> {
  const payroll = payrollOf(config, month);
  if (!payroll.ok) return payroll;
  const people = taxFilingPeople(config, payroll.result, options.lang);
  const spec = taxFilingWorkbook(people, { template: TAX_TEMPLATES[template], asOf: lastDay(month) });
  if (!spec.ok) return spec;
  const bytes = workbookBytes(spec.value, { marks: false, ...(options.created ? { created: options.created } : {}) });
  return { ok: true, value: { bytes, people: people.length, sheets: spec.value.sheets.map((s) => s.name) }, notes: [...payroll.result.warnings.filter(isForFiling), ...spec.notes] };
}

/** Only what bears on the figures filed: the year to date incomplete (the tax is too low). */
function isForFiling(w: Warning): boolean {
  return w.code === "history.ytdIncomplete" || w.code === "history.monthMissing";
}

export interface BankFile {
  bytes: Uint8Array;
  rows: number;
  total: Dec;
  /** People paid this month who are not on the list (no bank or account). */
  missing: number;
}

/** The bank payment list for `month`, as CSV (UTF-8 with a BOM) or .xlsx. */
export function bankListFile(config: Config, month: Month, format: "csv" | "xlsx", options: ExportOptions): ImportOutcome<BankFile> {
  const payroll = payrollOf(config, month);
  if (!payroll.ok) return payroll;
  const list = bankPaymentList(bankPaymentPeople(config, payroll.result));
  if (!list.ok) return list;
  const bytes =
    format === "csv"
      ? utf8WithBom(bankPaymentCsv(list.value, options.lang))
      : workbookBytes({ sheets: [bankPaymentSheet(list.value, options.lang, month)], names: [] }, { marks: false, ...(options.created ? { created: options.created } : {}) });
  return { ok: true, value: { bytes, rows: list.value.rows.length, total: list.value.total, missing: list.value.missing.length }, notes: list.notes };
}
