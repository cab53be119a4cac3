import { deductionCategoryNames, specialDeductionStandards as S } from "../../data/rules/specialDeductions";
import { isMonth, monthNumber, type Month } from "../calendar";
import { ZERO, money, parseAmount, type Dec } from "../money";
import type { Warning } from "../types";
import { isRecord } from "../record";
import type { MessageCode } from "../../data/messages";
import { DEDUCTION_CATEGORIES, categoryOf, entryCap, entryMonthAmount, inForce, standardAmount, type DeductionCategory, type DeductionEntry, type Share } from "./deductions";

/**
 * A person's special additional deductions as typed (config `staff[i].deductions`, the Special deductions
 * sheet's rows): each item read and checked against the standards (./deductions.ts), every problem said
 * with its place. Apart from the standards so that what only computes (SHOP.SPECIALDEDUCTION) carries
 * none of the entry checks' messages.
 */

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
