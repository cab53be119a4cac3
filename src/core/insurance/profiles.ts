import { isMonth, type Month } from "../calendar";
import { clamp, parseAmount, type Dec } from "../money";
import type { Warning } from "../types";
import type { InsuranceProfileData } from "../../data/rules/insuranceProfiles";
import { isContributionRounding, roundContribution, type ContributionRounding } from "./rounding";
import { isRecord } from "../record";

/**
 * City social-insurance profiles: per insurance type a base floor and ceiling, the city's rounding, in
 * dated periods (bases change every year; Shanghai's year runs July to June). The profile in effect for a
 * month is the period that contains it; a month no period covers is said, never silently given zeros or
 * last year's figures.
 */

export const INSURANCE_TYPES = ["pension", "medical", "unemployment", "injury", "maternity", "housingFund"] as const;
export type InsuranceType = (typeof INSURANCE_TYPES)[number];

export interface BaseLimits {
  floor: Dec | null;
  ceiling: Dec | null;
}

export interface ProfilePeriod {
  from: Month;
  /** Null: until further notice. */
  to: Month | null;
  /** A type not listed has no floor or ceiling here (maternity merged into medical, for instance). */
  bases: Partial<Record<InsuranceType, BaseLimits>>;
  rounding: { socialInsurance: ContributionRounding; housingFund: ContributionRounding };
  source: string;
}

export interface InsuranceProfile {
  id: string;
  nameZh: string;
  nameEn: string;
  example: boolean;
  periods: ProfilePeriod[];
}

/** The period in effect for a month, or null. */
export function periodFor(profile: InsuranceProfile, month: Month): ProfilePeriod | null {
  return profile.periods.find((p) => p.from <= month && (p.to === null || month <= p.to)) ?? null;
}

/** The period for a month, or a warning that says the profile does not cover it. */
export function profileForMonth(profile: InsuranceProfile, month: Month, where: string): { period: ProfilePeriod | null; warnings: Warning[] } {
  const period = periodFor(profile, month);
  if (period) return { period, warnings: [] };
  const covered = profile.periods.map((p) => `${p.from}–${p.to ?? "…"}`).join(", ");
  return { period: null, warnings: [{ code: "insurance.monthNotCovered", params: { profile: profile.id, nameZh: profile.nameZh, nameEn: profile.nameEn, month, covered }, where }] };
}

/** MIN(ceiling, MAX(floor, wage)) for one insurance type; a type the period leaves out is not clamped. */
export function contributionBase(wage: Dec, type: InsuranceType, period: ProfilePeriod): Dec {
  const limits = period.bases[type];
  return limits ? clamp(wage, limits.floor, limits.ceiling) : wage;
}

/** One contribution: the clamped base × rate, rounded the city's way. */
export function contribution(wage: Dec, rate: Dec, type: InsuranceType, period: ProfilePeriod): Dec {
  const how = type === "housingFund" ? period.rounding.housingFund : period.rounding.socialInsurance;
  return roundContribution(contributionBase(wage, type, period).times(rate), how);
}

// ---------------------------------------------------------------- the shape a user adds a city with

function limit(raw: unknown, where: string, problems: Warning[]): Dec | null {
  if (raw === undefined || raw === null || raw === "") return null;
  const v = parseAmount(raw);
  if (v === null || v.isNegative()) {
    problems.push({ code: "insurance.amountInvalid", params: { value: String(raw) }, where });
    return null;
  }
  return v;
}

/**
 * Reads one profile in the data shape of src/data/rules/insuranceProfiles.ts (amounts as numbers or
 * strings). Problems say what and where: `insuranceProfiles[0].periods[1].bases.pension.floor`. Returns
 * null with the problems when the profile cannot be used.
 */
export function parseInsuranceProfile(input: unknown, where: string): { profile: InsuranceProfile | null; problems: Warning[] } {
  const problems: Warning[] = [];
  if (!isRecord(input)) return { profile: null, problems: [{ code: "insurance.profileInvalid", params: {}, where }] };
  const id = typeof input.id === "string" ? input.id.trim() : "";
  if (id === "") problems.push({ code: "insurance.idMissing", params: {}, where: `${where}.id` });
  const nameZh = typeof input.nameZh === "string" && input.nameZh.trim() ? input.nameZh.trim() : id;
  const nameEn = typeof input.nameEn === "string" && input.nameEn.trim() ? input.nameEn.trim() : id;
  const rawPeriods = Array.isArray(input.periods) ? input.periods : null;
  if (rawPeriods === null || rawPeriods.length === 0) problems.push({ code: "insurance.periodsMissing", params: {}, where: `${where}.periods` });
  const periods: ProfilePeriod[] = [];
  (rawPeriods ?? []).forEach((raw, i) => {
    const at = `${where}.periods[${i}]`;
    if (!isRecord(raw)) return problems.push({ code: "insurance.periodInvalid", params: {}, where: at });
    if (!isMonth(raw.from)) return problems.push({ code: "insurance.monthInvalid", params: { value: String(raw.from) }, where: `${at}.from` });
    let to: Month | null = null;
    if (raw.to !== undefined && raw.to !== null && raw.to !== "") {
      if (!isMonth(raw.to) || raw.to < raw.from) return problems.push({ code: "insurance.monthInvalid", params: { value: String(raw.to) }, where: `${at}.to` });
      to = raw.to;
    }
    const bases: Partial<Record<InsuranceType, BaseLimits>> = {};
    const rawBases = isRecord(raw.bases) ? raw.bases : {};
    for (const key of Object.keys(rawBases)) {
      if (!(INSURANCE_TYPES as readonly string[]).includes(key)) {
        problems.push({ code: "insurance.typeUnknown", params: { type: key, types: INSURANCE_TYPES.join(", ") }, where: `${at}.bases.${key}` });
        continue;
      }
      const b = rawBases[key];
      if (!isRecord(b)) {
        problems.push({ code: "insurance.periodInvalid", params: {}, where: `${at}.bases.${key}` });
        continue;
      }
      const floor = limit(b.floor, `${at}.bases.${key}.floor`, problems);
      const ceiling = limit(b.ceiling, `${at}.bases.${key}.ceiling`, problems);
      if (floor !== null && ceiling !== null && floor.greaterThan(ceiling)) {
        problems.push({ code: "insurance.floorAboveCeiling", params: { type: key, floor: floor.toString(), ceiling: ceiling.toString() }, where: `${at}.bases.${key}` });
        continue;
      }
      bases[key as InsuranceType] = { floor, ceiling };
    }
    const rounding = isRecord(raw.rounding) ? raw.rounding : {};
    const si = rounding.socialInsurance ?? "fen";
    const hf = rounding.housingFund ?? "fen";
    if (!isContributionRounding(si)) return problems.push({ code: "insurance.roundingUnknown", params: { value: String(si) }, where: `${at}.rounding.socialInsurance` });
    if (!isContributionRounding(hf)) return problems.push({ code: "insurance.roundingUnknown", params: { value: String(hf) }, where: `${at}.rounding.housingFund` });
    periods.push({ from: raw.from, to, bases, rounding: { socialInsurance: si, housingFund: hf }, source: typeof raw.source === "string" ? raw.source : "" });
  });
  const sorted = [...periods].sort((a, b) => (a.from < b.from ? -1 : 1));
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    if (prev.to === null || prev.to >= cur.from) {
      problems.push({ code: "insurance.periodsOverlap", params: { first: prev.from, second: cur.from }, where: `${where}.periods` });
    }
  }
  if (problems.length) return { profile: null, problems };
  return { profile: { id, nameZh, nameEn, example: input.example === true, periods: sorted }, problems };
}

/** The shipped examples, read through the same parser a user's profile goes through. */
export function loadProfiles(data: readonly InsuranceProfileData[]): InsuranceProfile[] {
  return data.map((d, i) => {
    const { profile, problems } = parseInsuranceProfile(d, `exampleInsuranceProfiles[${i}]`);
    if (!profile) throw new Error(`shipped insurance profile ${d.id} is invalid: ${JSON.stringify(problems)}`);
    return profile;
  });
}

