/**
 * What the workbook shows for a city social-insurance profile's words, and how it reads them back: a
 * Chinese workbook says 养老 and 见分进角 and names a shipped example 上海（示例，请核对本市标准）, an English
 * one "Pension", "up to the jiao" and "Shanghai (example — check your city)" — never a code such as
 * jiaoUp or shanghai. Reading takes any of them and the codes, as ./choices.ts does for the roles' words.
 */
import { INSURANCE_TYPES, type InsuranceType } from "../core/insurance/profiles";
import { CONTRIBUTION_ROUNDINGS, type ContributionRounding } from "../core/insurance/rounding";
import { exampleProfiles } from "../core/insurance/select";
import { LANGS, type Lang } from "../data/lang";
import { wbText } from "./text";

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** An insurance type as the workbook shows it (养老 / Pension). */
export function insuranceTypeText(type: InsuranceType, lang: Lang): string {
  return wbText(`wb.insuranceType.${type}`, lang);
}

/** A rounding as the workbook shows it (见分进角 / up to the jiao). */
export function roundingText(rounding: ContributionRounding, lang: Lang): string {
  return wbText(`wb.rounding.${rounding}`, lang);
}

/** Every word of `codes` in `lang`, then in the other languages, then the codes: MATCH's list, whose position mod n is the code's. */
function everyWord<C extends string>(codes: readonly C[], text: (c: C, l: Lang) => string, lang: Lang): string[] {
  const langs = [lang, ...LANGS.filter((l) => l !== lang)];
  return [...langs.flatMap((l) => codes.map((c) => text(c, l))), ...codes];
}

/** The words a type cell may hold, in MATCH order: position mod 6 is INSURANCE_TYPES's. */
export const insuranceTypeWords = (lang: Lang) => everyWord(INSURANCE_TYPES, insuranceTypeText, lang);
/** The words a rounding cell may hold, in MATCH order: position mod 4 is CONTRIBUTION_ROUNDINGS's. */
export const roundingWords = (lang: Lang) => everyWord(CONTRIBUTION_ROUNDINGS, roundingText, lang);

/** A type cell as the config takes it: the code for any of its words, else as typed (its check says what is wrong). */
export function readInsuranceType(v: unknown): unknown {
  if (typeof v !== "string") return v;
  return INSURANCE_TYPES.find((t) => [t, ...LANGS.map((l) => insuranceTypeText(t, l))].some((w) => same(w, v))) ?? v;
}

/** A rounding cell as the config takes it. */
export function readRounding(v: unknown): unknown {
  if (typeof v !== "string") return v;
  return CONTRIBUTION_ROUNDINGS.find((r) => [r, ...LANGS.map((l) => roundingText(r, l))].some((w) => same(w, v))) ?? v;
}

/** A profile as the workbook names it: a shipped example by its name in `lang`, the user's own by its id. */
export function profileText(id: string, lang: Lang): string {
  const example = exampleProfiles().find((p) => p.id === id);
  return example === undefined ? id : lang === "zh-CN" ? example.nameZh : example.nameEn;
}

/** A profile cell back to an id: an example's name in either language (or its id) is that example's id; anything else is the id typed. */
export function readProfileId(v: string): string {
  const example = exampleProfiles().find((p) => [p.id, p.nameZh, p.nameEn].some((w) => same(w, v)));
  return example?.id ?? v.trim();
}
