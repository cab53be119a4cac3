import { deductionCategoryNames, efilingColumns, specialDeductionStandards as S } from "../../data/rules/specialDeductions";
import { addMonths, type Month } from "../calendar";
import { D, ZERO, money, min, type Dec } from "../money";

/**
 * Special additional deductions (专项附加扣除) by category, month by month and cumulated per category for
 * the cumulative withholding and the e-filing export. The standards are dated data with their sources
 * (src/data/rules/specialDeductions.ts). Serious illness is settled only in the annual settlement
 * (汇算清缴) and never enters a month.
 */

export const DEDUCTION_CATEGORIES = [
  "childEducation",
  "infantCare",
  "elderlySupport",
  "housingLoanInterest",
  "housingRent",
  "continuingEducationDegree",
  "continuingEducationCertificate",
  "personalPension",
] as const;
export type DeductionCategory = (typeof DEDUCTION_CATEGORIES)[number];
export type Share = "full" | "half";

export interface DeductionEntry {
  category: DeductionCategory;
  from: Month;
  /** Null: open-ended. A certificate is one month (from = to). */
  to: Month | null;
  /** A fixed monthly amount (a certificate's lump sum, a pension contribution); null: the standard in force each month. */
  amount: Dec | null;
  share: Share;
  /** Elderly support shared with siblings (each at most 1,500 a month). */
  shared: boolean;
  /** The user's note on the item (which child, whose parents): kept, never read. */
  note?: string;
}

type Dated = readonly { from: string; amount: string }[];

/** The dated standard in force in `month`, or null before the category existed. */
export function inForce(table: Dated, month: Month): Dec | null {
  let found: string | null = null;
  for (const row of table) if (row.from <= month) found = row.amount;
  return found === null ? null : new D(found);
}

/** The full monthly standard of a category in a month (a per-year figure for certificates and pension). */
export function standardAmount(category: DeductionCategory, month: Month): Dec | null {
  switch (category) {
    case "continuingEducationCertificate":
      return inForce(S.continuingEducationCertificate.perYear, month);
    case "personalPension":
      return inForce(S.personalPension.perYear, month);
    default:
      return inForce(S[category].perMonth, month);
  }
}

/** The most an entry may claim in a month: the standard × its share, or the shared elderly cap. */
export function entryCap(entry: Pick<DeductionEntry, "category" | "share" | "shared">, month: Month): Dec | null {
  let found: Dec | null = null;
  for (const step of capSteps(entry)) if (step.from <= month) found = step.amount;
  return found;
}

/**
 * The dated caps of an entry's kind, oldest first: from each month on, `amount` is the most it may claim
 * (the standard × its share, or the shared elderly cap; a year's figure for a certificate and the
 * pension). The workbook's sheet writes the same steps into its formulas (src/workbook/sheets/deductions.ts).
 */
export function capSteps(entry: Pick<DeductionEntry, "category" | "share" | "shared">): { from: Month; amount: Dec }[] {
  const c = entry.category;
  const table: Dated =
    c === "elderlySupport" && entry.shared ? S.elderlySupport.sharedCap
    : c === "continuingEducationCertificate" ? S.continuingEducationCertificate.perYear
    : c === "personalPension" ? S.personalPension.perYear
    : S[c].perMonth;
  const half = entry.share === "half" && !(c === "elderlySupport" && entry.shared);
  return table.map((row) => ({ from: row.from, amount: half ? new D(row.amount).div(2) : new D(row.amount) }));
}

function active(entry: DeductionEntry, month: Month): boolean {
  if (entry.category === "continuingEducationCertificate") return entry.from === month;
  return entry.from <= month && (entry.to === null || month <= entry.to);
}

/** What one entry deducts in a month (0 when not active; the pension's yearly cap is applied when cumulating). */
export function entryMonthAmount(entry: DeductionEntry, month: Month): Dec {
  if (!active(entry, month)) return ZERO;
  const cap = entryCap(entry, month);
  if (cap === null) return ZERO; // before the category existed: validation has said so
  if (entry.amount !== null) return entry.category === "personalPension" ? entry.amount : min(entry.amount, cap);
  return cap;
}

export type CategoryAmounts = Record<DeductionCategory, Dec>;

/** Every category at 0 (a new record). */
export function zeros(): CategoryAmounts {
  return Object.fromEntries(DEDUCTION_CATEGORIES.map((c) => [c, ZERO])) as CategoryAmounts;
}

export interface MonthDeductions {
  byCategory: CategoryAmounts;
  total: Dec;
}

function totalOf(byCategory: CategoryAmounts): Dec {
  return DEDUCTION_CATEGORIES.reduce<Dec>((acc, c) => acc.plus(byCategory[c]), ZERO);
}

/** The month's amount per category and their sum (personal pension before its yearly cap). */
export function monthDeductions(entries: readonly DeductionEntry[], month: Month): MonthDeductions {
  const byCategory = zeros();
  for (const e of entries) byCategory[e.category] = byCategory[e.category].plus(entryMonthAmount(e, month));
  return { byCategory, total: totalOf(byCategory) };
}

/**
 * Cumulated per category from `firstMonth` (the first month at this employer this year; January by
 * default) to `month` inclusive, both in the same year. Deductions already taken at a former employer
 * this year are not taken again here. Personal pension is capped at the year's limit (12,000).
 */
export function cumulativeDeductions(entries: readonly DeductionEntry[], month: Month, firstMonth?: Month): MonthDeductions {
  const january = `${month.slice(0, 4)}-01`;
  let m = firstMonth !== undefined && firstMonth > january ? firstMonth : january;
  const byCategory = zeros();
  for (; m <= month; m = addMonths(m, 1)) {
    const one = monthDeductions(entries, m).byCategory;
    for (const c of DEDUCTION_CATEGORIES) byCategory[c] = byCategory[c].plus(one[c]);
  }
  const pensionCap = inForce(S.personalPension.perYear, month);
  byCategory.personalPension = pensionCap === null ? ZERO : min(byCategory.personalPension, pensionCap);
  return { byCategory, total: totalOf(byCategory) };
}

/** The cumulative figures as the e-filing export names them (continuing education is one column there). */
export function efilingFigures(cumulative: MonthDeductions): Record<string, string> {
  const c = cumulative.byCategory;
  return {
    [efilingColumns.childEducation]: money(c.childEducation),
    [efilingColumns.continuingEducation]: money(c.continuingEducationDegree.plus(c.continuingEducationCertificate)),
    [efilingColumns.housingLoanInterest]: money(c.housingLoanInterest),
    [efilingColumns.housingRent]: money(c.housingRent),
    [efilingColumns.elderlySupport]: money(c.elderlySupport),
    [efilingColumns.infantCare]: money(c.infantCare),
    [efilingColumns.personalPension]: money(c.personalPension),
  };
}

/** The category a text names (its id, or its Chinese or English name), or null. Serious illness is none: it never enters a month. */
export function deductionCategoryOf(v: unknown): DeductionCategory | null {
  const c = categoryOf(v);
  return c !== null && (DEDUCTION_CATEGORIES as readonly string[]).includes(c) ? (c as DeductionCategory) : null;
}

/**
 * A category as given: its id (`childEducation`), or its Chinese or English name as a sheet's drop-down or
 * a finance person writes it (子女教育, "child education"; case, width and spaces ignored). Null: not text.
 */
export function categoryOf(v: unknown): string | null {
  if (typeof v !== "string") return null;
  const key = (s: string) => s.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
  const k = key(v);
  if (k === "") return null;
  for (const [id, names] of Object.entries(deductionCategoryNames)) {
    if (key(id) === k || key(names.zh) === k || key(names.en) === k) return id;
  }
  if (key("seriousIllness") === k || k === "大病医疗") return "seriousIllness";
  return v.trim();
}
