import { deductionCategoryNames, efilingColumns, specialDeductionStandards as S } from "../../data/rules/specialDeductions";
import { addMonths, isMonth, monthNumber, type Month } from "../calendar";
import { D, ZERO, money, parseAmount, min, type Dec } from "../money";
import type { Warning } from "../types";
import { isRecord } from "../record";
import type { MessageCode } from "../../data/messages";

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
function inForce(table: Dated, month: Month): Dec | null {
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

// ---------------------------------------------------------------- reading and checking the entries

export interface ParsedDeductions {
  entries: DeductionEntry[];
  problems: Warning[];
}

function monthsBetween(from: Month, to: Month): number {
  return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + monthNumber(to) - monthNumber(from) + 1;
}

/**
 * Reads a person's deductions (config `staff[i].deductions`): `[{category, from, to?, amount?, share?,
 * shared?}]`, amounts as numbers or strings ("1,500"). Every problem says what and where
 * (`staff[2].deductions[1].amount`); an entry with a problem is left out, never counted as 0 silently.
 */
export function parseDeductions(input: unknown, where: string): ParsedDeductions {
  const entries: DeductionEntry[] = [];
  const problems: Warning[] = [];
  if (input === undefined || input === null) return { entries, problems };
  if (!Array.isArray(input)) return { entries, problems: [{ code: "deductions.notAList", params: {}, where }] };
  input.forEach((raw, i) => {
    const at = `${where}[${i}]`;
    const bad = (code: MessageCode, field: string, params: Record<string, string> = {}) => problems.push({ code, params: withNames(params), where: field ? `${at}.${field}` : at });
    if (!isRecord(raw)) return bad("deductions.entryInvalid", "");
    const category = categoryOf(raw.category);
    if (category === "seriousIllness") return bad("deductions.seriousIllnessAnnualOnly", "category");
    if (category === null || !(DEDUCTION_CATEGORIES as readonly string[]).includes(category)) {
      return bad("deductions.categoryUnknown", "category", { category: String(raw.category), categories: DEDUCTION_CATEGORIES.map((c) => `${c} (${deductionCategoryNames[c]!.zh})`).join(", ") });
    }
    const cat = category as DeductionCategory;
    if (!isMonth(raw.from)) return bad("deductions.monthInvalid", "from", { value: String(raw.from) });
    const from = raw.from;
    let to: Month | null = null;
    if (raw.to !== undefined && raw.to !== null && raw.to !== "") {
      if (!isMonth(raw.to)) return bad("deductions.monthInvalid", "to", { value: String(raw.to) });
      if (raw.to < from) return bad("deductions.endBeforeStart", "to", { from, to: raw.to });
      to = raw.to;
    }
    if (cat === "continuingEducationCertificate") {
      if (to !== null && to !== from) return bad("deductions.certificateOneMonth", "to", { from, to });
      to = from;
    }
    let share: Share = "full";
    if (raw.share !== undefined && raw.share !== null) {
      if (raw.share !== "full" && raw.share !== "half") return bad("deductions.shareInvalid", "share", { value: String(raw.share) });
      share = raw.share;
      if (share === "half" && !S[cat].halfShare) return bad("deductions.halfNotAllowed", "share", { category: cat });
    }
    const shared = raw.shared === true;
    if (raw.shared !== undefined && typeof raw.shared !== "boolean") return bad("deductions.sharedInvalid", "shared", { value: String(raw.shared) });
    if (shared && cat !== "elderlySupport") return bad("deductions.sharedOnlyElderly", "shared", { category: cat });
    let amount: Dec | null = null;
    if (raw.amount !== undefined && raw.amount !== null && raw.amount !== "") {
      amount = parseAmount(raw.amount);
      // Money to the fen, as every amount the workbook holds.
      if (amount === null || amount.isNegative() || amount.decimalPlaces() > 2) return bad("deductions.amountInvalid", "amount", { value: String(raw.amount) });
    }
    const cap = entryCap({ category: cat, share, shared }, from);
    if (cap === null) return bad("deductions.beforeCategory", "from", { category: cat, from, since: firstMonthOf(cat) });
    if (amount === null && (cat === "housingRent" || cat === "personalPension")) return bad("deductions.amountRequired", "amount", { category: cat });
    if (amount !== null && cat === "housingRent" && !S.housingRent.tiers.some((t) => amount!.equals(t))) {
      return bad("deductions.rentTier", "amount", { amount: money(amount), tiers: S.housingRent.tiers.join(" / ") });
    }
    if (amount !== null && amount.greaterThan(cap)) {
      const code = cat === "elderlySupport" && shared ? "deductions.elderlySharedCap" : "deductions.aboveStandard";
      return bad(code, "amount", { category: cat, amount: money(amount), standard: money(cap), month: from });
    }
    if (cat === "continuingEducationDegree" && to !== null && monthsBetween(from, to) > S.continuingEducationDegree.maxMonths) {
      bad("deductions.degreeOver48Months", "to", { from, to, months: String(monthsBetween(from, to)) });
    }
    if (raw.note !== undefined && raw.note !== null && typeof raw.note !== "string") return bad("deductions.noteInvalid", "note", { value: String(raw.note) });
    const note = typeof raw.note === "string" && raw.note.trim() !== "" ? { note: raw.note } : {};
    entries.push({ category: cat, from, to, amount, share, shared, ...note });
  });
  problems.push(...crossChecks(entries, where));
  return { entries, problems };
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
function categoryOf(v: unknown): string | null {
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

/** A category param gets its names too ({categoryZh}, {categoryEn}), so messages never show an id. */
function withNames(params: Record<string, string>): Record<string, string> {
  const names = params.category === undefined ? undefined : deductionCategoryNames[params.category];
  return names ? { ...params, categoryZh: names.zh, categoryEn: names.en } : params;
}

function firstMonthOf(category: DeductionCategory): string {
  const t = category === "continuingEducationCertificate" ? S.continuingEducationCertificate.perYear : category === "personalPension" ? S.personalPension.perYear : S[category].perMonth;
  return t[0]!.from;
}

/**
 * The years to check an entry in: those it is active in; for an open-ended one its first year and the one
 * after (every later year deducts as much as that one, so the sums of all entries change only in the years
 * some entry starts, ends, or first runs whole).
 */
function yearsOf(e: DeductionEntry): string[] {
  const first = Number(e.from.slice(0, 4));
  const last = e.to === null ? Math.min(first + 1, 9999) : Number(e.to.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
}

function overlaps(a: DeductionEntry, b: DeductionEntry): boolean {
  const aEnd = a.to ?? "9999-12";
  const bEnd = b.to ?? "9999-12";
  return a.from <= bEnd && b.from <= aEnd;
}

/** Rules across entries: rent and loan interest never together; elderly support at most the standard in all. */
function crossChecks(entries: DeductionEntry[], where: string): Warning[] {
  const out: Warning[] = [];
  const indexOf = (e: DeductionEntry) => entries.indexOf(e);
  for (const rent of entries.filter((e) => e.category === "housingRent")) {
    for (const loan of entries.filter((e) => e.category === "housingLoanInterest")) {
      if (!overlaps(rent, loan)) continue;
      const later = indexOf(rent) > indexOf(loan) ? rent : loan;
      out.push({ code: "deductions.rentAndLoan", params: { rentFrom: rent.from, loanFrom: loan.from }, where: `${where}[${indexOf(later)}]` });
    }
  }
  // Personal pension: what the entries deduct in any one year at most the year's limit (12,000), so a
  // month's figure never needs the cap applied — the sheet's SUMIFS and the engine agree month by month.
  const pensions = entries.filter((e) => e.category === "personalPension");
  const told = new Set<DeductionEntry>(); // each item named once, in the first year it is over
  for (const year of [...new Set(pensions.flatMap((e) => yearsOf(e)))].sort()) {
    let total = ZERO;
    for (let m = 1; m <= 12; m++) {
      const month = `${year}-${String(m).padStart(2, "0")}`;
      for (const e of pensions) total = total.plus(entryMonthAmount(e, month));
    }
    const cap = inForce(S.personalPension.perYear, `${year}-12`);
    if (cap !== null && total.greaterThan(cap)) {
      const last = pensions.filter((e) => yearsOf(e).includes(year) || (e.to === null && e.from.slice(0, 4) < year)).pop()!;
      if (told.has(last)) continue;
      told.add(last);
      out.push({ code: "deductions.pensionAboveYearCap", params: withNames({ category: "personalPension", year, amount: money(total), cap: money(cap) }), where: `${where}[${indexOf(last)}].amount` });
    }
  }
  // A vocational certificate: 3,600 in the year one is obtained, however many (国发〔2018〕41号 第八条).
  const certificates = entries.filter((e) => e.category === "continuingEducationCertificate");
  certificates.forEach((c, i) => {
    const earlier = certificates.slice(0, i).find((x) => x.from.slice(0, 4) === c.from.slice(0, 4));
    if (earlier !== undefined) out.push({ code: "deductions.certificateOncePerYear", params: withNames({ category: c.category, year: c.from.slice(0, 4), first: earlier.from }), where: `${where}[${indexOf(c)}].from` });
  });
  const elderly = entries.filter((e) => e.category === "elderlySupport");
  for (const e of elderly) {
    const month = e.from;
    const total = elderly.reduce<Dec>((acc, x) => acc.plus(entryMonthAmount(x, month)), ZERO);
    const standard = standardAmount("elderlySupport", month);
    if (standard !== null && total.greaterThan(standard)) {
      out.push({ code: "deductions.aboveStandard", params: withNames({ category: "elderlySupport", amount: money(total), standard: money(standard), month }), where: `${where}[${indexOf(e)}].amount` });
      break;
    }
  }
  return out;
}
