import type { IsoDate, Month } from "../core/calendar";
import type { Dec } from "../core/money";
import type { BonusTaxation } from "../core/tax/annualBonus";
import { DEDUCTION_CATEGORIES, deductionCategoryOf, type DeductionCategory } from "../core/tax/deductions";
import { deductionCategoryNames } from "../data/rules/specialDeductions";
import { decimalOf, isoDateOf, monthOf, rateOf, shown, textOf } from "./cells";
import { problem } from "./problem";
import { CONTRIBUTION_ROUNDINGS, type ContributionRounding } from "../core/insurance/rounding";
import { LANGS } from "../data/lang";
import { formatMessage } from "../data/messages";

/**
 * Each function declares its parameters once, as a list of these (shop.ts); the runner reads every
 * argument through its Param and hands the body engine values. A Param says how to read a value and
 * what a blank means: required (a "blank" problem), or a default.
 */
export interface Param<T> {
  readonly name: string;
  /** Optional in the function's signature (the JSDoc in functions.ts must agree; a test checks). */
  readonly optional: boolean;
  /** A range (any[][]) rather than a single value. */
  readonly range: boolean;
  readonly read: (raw: unknown) => T;
  /** What a blank argument means; absent: the argument is required and a blank is reported. */
  readonly blank?: () => T;
}

type Reader<T> = (raw: unknown) => T;

function param<T>(name: string, read: Reader<T>, range = false): Param<T> {
  return { name, optional: false, range, read };
}

/** Optional in the signature; blank (omitted or an empty cell) takes `fallback`. */
export function optional<T, B = T>(p: Param<T>, fallback: () => B): Param<T | B> {
  return { ...p, optional: true, blank: fallback };
}

/** Required in the signature, but an empty cell means something (e.g. paid days: a full month). */
export function blankMeans<T, B>(p: Param<T>, value: () => B): Param<T | B> {
  return { ...p, blank: value };
}

// Readers: each throws a Problem saying what is wrong with the value.

export function readAmount(raw: unknown): Dec {
  const d = decimalOf(raw);
  if (d === null) throw problem("fn.notNumber", { value: shown(raw) });
  return d;
}

export function readNonNegative(raw: unknown): Dec {
  const d = readAmount(raw);
  if (d.isNegative() && !d.isZero()) throw problem("fn.negative", { value: shown(raw) });
  return d;
}

export function readPositive(raw: unknown): Dec {
  const d = readAmount(raw);
  if (!d.greaterThan(0)) throw problem("fn.notPositive", { value: shown(raw) });
  return d;
}

export function readBounded(min: number, max: number): Reader<Dec> {
  return (raw) => {
    const d = readAmount(raw);
    if (d.lessThan(min) || d.greaterThan(max)) throw problem("fn.outOfRange", { value: shown(raw), min: String(min), max: String(max) });
    return d;
  };
}

export function readWhole(min: number, max: number): Reader<number> {
  return (raw) => {
    const d = readAmount(raw);
    if (!d.isInteger()) throw problem("fn.notWholeNumber", { value: shown(raw) });
    if (d.lessThan(min) || d.greaterThan(max)) throw problem("fn.outOfRange", { value: shown(raw), min: String(min), max: String(max) });
    return d.toNumber();
  };
}

/** A rate from 0 to 100%. */
export function readRate(raw: unknown): Dec {
  const d = rateOf(raw);
  if (d === null) throw problem("fn.notRate", { value: shown(raw) });
  if (d.isNegative() && !d.isZero()) throw problem("fn.rateNegative", { value: shown(raw) });
  if (d.greaterThan(1)) throw problem("fn.rateAboveOne", { value: shown(raw) });
  return d;
}

/** A rate above 0 and at most 100% (a conversion rate). */
export function readPositiveRate(raw: unknown): Dec {
  const d = readRate(raw);
  if (d.isZero()) throw problem("fn.rateZero");
  return d;
}

export function readRoleKey(raw: unknown): string {
  const s = textOf(raw);
  if (s === null) throw problem("fn.notRole", { value: shown(raw) });
  return s;
}

/** How a year-end bonus is taxed: "separate" or "merged" (any case, spaces around ignored). */
export function readBonusTaxation(raw: unknown): BonusTaxation {
  const s = textOf(raw)?.trim().toLowerCase();
  if (s !== "separate" && s !== "merged") throw problem("fn.notBonusTaxation", { value: shown(raw) });
  return s;
}

/** A special deduction's category: its id, Chinese or English name (子女教育, child education). */
export function readDeductionCategory(raw: unknown): DeductionCategory {
  const c = deductionCategoryOf(textOf(raw));
  if (c === null) throw problem("fn.notDeductionCategory", { value: shown(raw), categories: (lang) => DEDUCTION_CATEGORIES.map((x) => (lang === "zh-CN" ? deductionCategoryNames[x]!.zh : deductionCategoryNames[x]!.en)).join(lang === "zh-CN" ? "、" : ", ") });
  return c;
}

/** How much of a special deduction one takes: "100%" (or 1, "full"), "50%" (0.5, "half": each parent), or "shared" (分摊: elderly support with siblings). */
export function readDeductionShare(raw: unknown): "full" | "half" | "shared" {
  if (raw === 1) return "full";
  if (raw === 0.5) return "half";
  const s = textOf(raw)?.trim().toLowerCase();
  if (s === "100%" || s === "full") return "full";
  if (s === "50%" || s === "half") return "half";
  if (s === "shared" || s === "分摊") return "shared";
  throw problem("fn.notDeductionShare", { value: shown(raw) });
}

/**
 * How a city rounds a contribution: 到分, 到角, 见分进角, 到元 (the workbook's words, either language) or the codes
 * fen, jiao, jiaoUp, yuan (any case, spaces around ignored).
 */
export function readRounding(raw: unknown): ContributionRounding {
  const s = textOf(raw)?.trim().toLowerCase();
  const found = CONTRIBUTION_ROUNDINGS.find((r) => [r, ...LANGS.map((l) => formatMessage(`wb.rounding.${r}`, {}, l))].some((w) => w.toLowerCase() === s));
  if (found === undefined) throw problem("fn.notRounding", { value: shown(raw) });
  return found;
}

export function readMonth(raw: unknown): Month {
  const m = monthOf(raw);
  if (m === null) throw problem("fn.notMonth", { value: shown(raw) });
  return m;
}

export function readDate(raw: unknown): IsoDate {
  const d = isoDateOf(raw);
  if (d === null) throw problem("fn.notDate", { value: shown(raw) });
  return d;
}

/** The kinds of single-value parameter. */
export const p = {
  amount: (name: string) => param(name, readAmount),
  nonNegative: (name: string) => param(name, readNonNegative),
  positive: (name: string) => param(name, readPositive),
  bounded: (name: string, min: number, max: number) => param(name, readBounded(min, max)),
  whole: (name: string, min: number, max: number) => param(name, readWhole(min, max)),
  rate: (name: string) => param(name, readRate),
  positiveRate: (name: string) => param(name, readPositiveRate),
  role: (name: string) => param(name, readRoleKey),
  month: (name: string) => param(name, readMonth),
  bonusTaxation: (name: string) => param(name, readBonusTaxation),
  deductionCategory: (name: string) => param(name, readDeductionCategory),
  deductionShare: (name: string) => param(name, readDeductionShare),
  rounding: (name: string) => param(name, readRounding),
  date: (name: string) => param(name, readDate),
  /** A range read by `read` (roles, weights, events, rates). */
  range: <T>(name: string, read: Reader<T>) => param(name, read, true),
};
