/**
 * What a workbook shows for a role's choices and flags (and a year-end bonus's taxation), and how it reads
 * them back: a Chinese workbook says 每人/平分, 是/否 and 单独计税/并入综合所得, an English one "per person"/"split" and TRUE/FALSE — never a code such as
 * perPerson. Reading takes any of them (and the codes and booleans older workbooks hold), so a value
 * typed in either language, or left from before, means the same. The sheet's formulas read the codes
 * from helper columns that accept all of them too (./sheets/roles.ts).
 */
import type { ShareBasis } from "../core/types";
import type { CalendarDayKind } from "../core/holidayCalendar";
import type { BonusTaxation } from "../core/tax/annualBonus";
import type { Lang } from "../data/lang";
import { LANGS } from "../data/lang";
import { wbText } from "./text";

const BASIS_CODE = { perPerson: "wb.choice.perPerson", splitRole: "wb.choice.splitRole" } as const;

/** A share basis as the workbook shows it. */
export function basisText(basis: ShareBasis, lang: Lang): string {
  return wbText(BASIS_CODE[basis], lang);
}

/** Every text that means `basis`, in any language, the code included. */
export function basisTexts(basis: ShareBasis): string[] {
  return [basis, ...LANGS.map((l) => basisText(basis, l))];
}

/** A flag as the workbook shows it: 是/否 in Chinese; a plain TRUE/FALSE in English. */
export function flagValue(flag: boolean, lang: Lang): boolean | string {
  return lang === "zh-CN" ? wbText(flag ? "wb.yes" : "wb.no", lang) : flag;
}

/** Every text that means yes (a flag that is TRUE), in any language. */
export function yesTexts(): string[] {
  return ["true", ...LANGS.map((l) => wbText("wb.yes", l))];
}

/** Every text that means no. */
export function noTexts(): string[] {
  return ["false", ...LANGS.map((l) => wbText("wb.no", l))];
}

/** "Needs input", as a role's missing base or share says it: read back as blank. */
export function needsInputTexts(): string[] {
  return LANGS.map((l) => wbText("wb.needsInput", l));
}

const BONUS_TAXATION_CODE = { separate: "wb.choice.bonusSeparate", merged: "wb.choice.bonusMerged" } as const;

/** How a year-end bonus is taxed, as the workbook shows it: 单独计税/并入综合所得 in Chinese. */
export function bonusTaxationText(taxation: BonusTaxation, lang: Lang): string {
  return wbText(BONUS_TAXATION_CODE[taxation], lang);
}

/** Every text that means `taxation`, in any language, the code included (each once). */
export function bonusTaxationTexts(taxation: BonusTaxation): string[] {
  return [...new Set([taxation, ...LANGS.map((l) => bonusTaxationText(taxation, l))])];
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** A cell of a flag column as the config takes it: yes or no for any of their texts, else as it is. */
export function readFlag(v: unknown): unknown {
  if (typeof v !== "string") return v;
  if (yesTexts().some((t) => same(t, v))) return true;
  if (noTexts().some((t) => same(t, v))) return false;
  return v;
}

/** A cell of the share-basis column as the config takes it: the code for any of its texts, else as it is. */
export function readBasis(v: unknown): unknown {
  if (typeof v !== "string") return v;
  for (const b of ["perPerson", "splitRole"] as const) if (basisTexts(b).some((t) => same(t, v))) return b;
  return v;
}

/** A cell of the bonus-taxation column as the config takes it: the code for any of its texts, else as it is. */
export function readBonusTaxation(v: unknown): unknown {
  if (typeof v !== "string") return v;
  for (const t of ["separate", "merged"] as const) if (bonusTaxationTexts(t).some((x) => same(x, v))) return t;
  return v;
}

const HOLIDAY_KIND_CODE = { statutory: "wb.choice.statutory", restDay: "wb.choice.restDay", makeUp: "wb.choice.makeUp" } as const;
export const HOLIDAY_KINDS = ["statutory", "restDay", "makeUp"] as const satisfies readonly CalendarDayKind[];

/** A calendar day's kind as the Holidays table shows it: 法定节假日/调休休息日/调休上班日 in Chinese. */
export function holidayKindText(kind: CalendarDayKind, lang: Lang): string {
  return wbText(HOLIDAY_KIND_CODE[kind], lang);
}

/** Every text that means `kind`, in any language, the code included (each once). */
export function holidayKindTexts(kind: CalendarDayKind): string[] {
  return [...new Set([kind, ...LANGS.map((l) => holidayKindText(kind, l))])];
}

/** A cell of the Holidays table's kind column as a code, or null for anything else. */
export function readHolidayKind(v: unknown): CalendarDayKind | null {
  if (typeof v !== "string") return null;
  return HOLIDAY_KINDS.find((k) => holidayKindTexts(k).some((t) => same(t, v))) ?? null;
}
