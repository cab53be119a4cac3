import { z } from "zod";
import { amount, boundedAmount, eventDate, factor, flag, isoDate, LEAVES, month, nonNegativeAmount, rate, roleId, shareBasis, staffId, text, wholeNumber } from "./leaves";
import { SETTING_FIELDS } from "./settingFields";
import type { Dec } from "../money";
import type { Settings } from "../types";

/**
 * The shape of a config file (README: "Config format"). Every key is optional; unknown keys are
 * errors, so a typo such as "baes" is reported instead of silently ignored. Values are checked here;
 * cross-references (a staff member's role, an entry's staff id) are checked in resolve.ts.
 */

const opt = <T extends z.ZodType>(s: T) => s.optional();
const optNull = <T extends z.ZodType>(s: T) => s.nullable().optional();

const taxBracket = z.strictObject({
  upTo: z.union([z.null(), nonNegativeAmount]),
  rate: rate,
  quickDeduction: nonNegativeAmount,
});

const salesEvent = z.strictObject({ date: eventDate, factor: factor, name: opt(text) });

/** A nested record of schemas (a path's parts as keys) as nested optional strict objects. */
type Tree = Map<string, z.ZodType | Tree>;

function treeOf(entries: readonly (readonly [string, z.ZodType])[]): Tree {
  const root: Tree = new Map();
  for (const [path, schema] of entries) {
    const keys = path.split(".");
    let node = root;
    for (const k of keys.slice(0, -1)) {
      let next = node.get(k);
      if (!(next instanceof Map)) node.set(k, (next = new Map()));
      node = next;
    }
    node.set(keys[keys.length - 1]!, schema);
  }
  return root;
}

function strictObjectOf(tree: Tree): z.ZodObject {
  return z.strictObject(Object.fromEntries([...tree].map(([k, v]) => [k, v instanceof Map ? opt(strictObjectOf(v)) : v])));
}

/** The settings as a config file gives them (every key optional). */
export type SettingsInput = {
  [K in keyof Settings]?: Settings[K] extends Dec | string | null | readonly unknown[] ? Settings[K] : { [L in keyof Settings[K]]?: Settings[K][L] extends Dec | string | null | readonly unknown[] ? Settings[K][L] : Partial<Settings[K][L]> };
} & { targets?: { events?: { date: string; factor: Dec; name?: string }[] } };

/** Every single setting from its declaration (./settingFields.ts), and the lists. */
export const settingsSchema = strictObjectOf(
  treeOf([
    ...SETTING_FIELDS.map((f) => [f.path, "nullable" in f ? optNull(LEAVES[f.leaf]) : opt(LEAVES[f.leaf])] as const),
    ["taxTable", opt(z.array(taxBracket))],
    ["targets.weekdayWeights", opt(z.array(factor))],
    ["targets.events", opt(z.array(salesEvent))],
  ]),
) as unknown as z.ZodType<SettingsInput>;

export const roleSchema = z.strictObject({
  id: roleId,
  nameZh: opt(text),
  nameEn: opt(text),
  headcount: opt(wholeNumber(0, 10000)),
  baseMin: optNull(nonNegativeAmount),
  baseMax: optNull(nonNegativeAmount),
  share: optNull(rate),
  shareBasis: opt(shareBasis),
  roomAndBoard: opt(flag),
  insured: opt(flag),
});

const openingBalance = z.strictObject({
  months: opt(wholeNumber(0, 11)),
  // Gross to date cannot be negative: a month's negative gross is itself refused.
  gross: opt(nonNegativeAmount),
  insurance: opt(nonNegativeAmount),
  specialAdditionalDeduction: opt(nonNegativeAmount),
  taxWithheld: opt(nonNegativeAmount),
});

export const staffSchema = z.strictObject({
  id: opt(staffId),
  name: opt(text),
  role: text,
  base: optNull(nonNegativeAmount),
  contributionBase: optNull(nonNegativeAmount),
  specialAdditionalDeduction: opt(nonNegativeAmount),
  startDate: optNull(isoDate),
  endDate: optNull(isoDate),
  sameAs: optNull(text),
  opening: optNull(openingBalance),
});

const entrySchema = z.strictObject({
  staff: text,
  reward: opt(nonNegativeAmount),
  penalty: opt(nonNegativeAmount),
  paidDays: optNull(boundedAmount(0, 31)),
});

export const monthSchema = z.strictObject({
  month: month,
  grossMargin: optNull(amount),
  salesTarget: optNull(nonNegativeAmount),
  entries: opt(z.array(entrySchema)),
});

export const configSchema = z.strictObject({
  settings: opt(settingsSchema),
  roles: opt(z.array(roleSchema)),
  staff: opt(z.array(staffSchema)),
  months: opt(z.array(monthSchema)),
});

export type ConfigInput = z.output<typeof configSchema>;
