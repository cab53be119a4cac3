import type { Month } from "../calendar";
import type { Config, Warning } from "../types";
import { exampleInsuranceProfiles } from "../../data/rules/insuranceProfiles";
import { loadProfiles, parseInsuranceProfile, profileForMonth, type InsuranceProfile, type ProfilePeriod } from "./profiles";
import { isRecord } from "../record";

/**
 * Which city profile a config computes with, and its period for a month. The shipped examples and the
 * user's own (config `insuranceProfiles`) are one list; a user's profile with an example's id replaces it,
 * as a user's holiday year replaces a shipped one.
 */

let examples: InsuranceProfile[] | null = null;

/** The shipped examples, read once through the parser a user's profile goes through. */
export function exampleProfiles(): readonly InsuranceProfile[] {
  examples ??= loadProfiles(exampleInsuranceProfiles);
  return examples;
}

/** Every profile the config can name: the user's, then the examples it does not replace. */
export function availableProfiles(own: readonly InsuranceProfile[] = []): InsuranceProfile[] {
  const ids = new Set(own.map((p) => p.id));
  return [...own, ...exampleProfiles().filter((p) => !ids.has(p.id))];
}

/** The profile `settings.insuranceProfile` names, or null (none chosen, or not found: resolve refuses that). */
export function profileInUse(config: Pick<Config, "settings" | "insuranceProfiles">): InsuranceProfile | null {
  const id = config.settings.insuranceProfile ?? null;
  if (id === null) return null;
  return availableProfiles(config.insuranceProfiles).find((p) => p.id === id) ?? null;
}

export interface MonthProfile {
  /** The period in effect, or null: no profile chosen, or the profile does not cover the month. */
  period: ProfilePeriod | null;
  /** The month outside the profile's periods; an example in use (check your city). */
  warnings: Warning[];
}

/** The profile's period for a month, with what the user must be told about it. */
export function monthProfile(config: Pick<Config, "settings" | "insuranceProfiles">, month: Month): MonthProfile {
  const profile = profileInUse(config);
  if (profile === null) return { period: null, warnings: [] };
  const where = "settings.insuranceProfile";
  const { period, warnings } = profileForMonth(profile, month, where);
  if (period === null) return { period, warnings };
  if (!profile.example) return { period, warnings: [] };
  const params = { profile: profile.id, nameZh: profile.nameZh, nameEn: profile.nameEn, month, from: period.from, to: period.to ?? "…", source: period.source };
  return { period, warnings: [{ code: "insurance.exampleInUse", params, where }] };
}

/**
 * The user's profiles (config `insuranceProfiles`), each read by parseInsuranceProfile, which names every
 * problem's place; an id given twice; and the profile `settings.insuranceProfile` names, checked against
 * them and the shipped examples.
 */
export function readProfiles(input: readonly unknown[] | undefined, chosen: string | null): { profiles: InsuranceProfile[]; problems: Warning[] } {
  const profiles: InsuranceProfile[] = [];
  const problems: Warning[] = [];
  (input ?? []).forEach((raw, i) => {
    const read = parseInsuranceProfile(raw, `insuranceProfiles[${i}]`);
    problems.push(...read.problems);
    const profile = read.profile;
    if (profile === null) return;
    if (profiles.some((p) => p.id === profile.id)) problems.push({ code: "insurance.profileTwice", params: { profile: profile.id }, where: `insuranceProfiles[${i}].id` });
    else profiles.push(profile);
  });
  if (chosen !== null) {
    const known = availableProfiles(profiles).map((p) => p.id);
    // A user profile refused above is not "unknown": its own problems say what to fix.
    const refused = (input ?? []).some((raw) => isRecord(raw) && raw.id === chosen);
    if (!known.includes(chosen) && !refused) problems.push({ code: "insurance.profileUnknown", params: { profile: chosen, known: known.join(", ") }, where: "settings.insuranceProfile" });
  }
  return { profiles, problems };
}
