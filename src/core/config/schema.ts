import { z } from "zod";
import { amount, LEAVES, month, nonNegativeAmount } from "./leaves";
import { ENTRY_FIELDS, EVENT_FIELDS, ROLE_FIELDS, STAFF_FIELDS, STAFF_NULLABLE_GROUPS, TAX_BRACKET_FIELDS, WEEKDAY_WEIGHT_FIELDS, type TableField } from "./tableFields";
import { SETTING_FIELDS } from "./settingFields";
import type { Dec } from "../money";
import type { Merged, Nest, UnionToIntersection } from "./pathTypes";
import type { Settings } from "../types";

/**
 * The shape of a config file (README: "Config format"). Every key is optional; unknown keys are
 * errors, so a typo such as "baes" is reported instead of silently ignored. Values are checked here;
 * cross-references (a staff member's role, an entry's staff id) are checked in resolve.ts.
 */

const opt = <T extends z.ZodType>(s: T) => s.optional();
const optNull = <T extends z.ZodType>(s: T) => s.nullable().optional();

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

/** Nested records become optional strict objects; those named in `nullable` may also be null. */
function strictObjectOf(tree: Tree, nullable: readonly string[] = []): z.ZodObject {
  return z.strictObject(Object.fromEntries([...tree].map(([k, v]) => [k, v instanceof Map ? (nullable.includes(k) ? optNull : opt)(strictObjectOf(v)) : v])));
}

/** A column's check, as a config file may give it (./tableFields.ts Presence). */
function presence(f: TableField): z.ZodType {
  const leaf = LEAVES[f.leaf];
  switch (f.presence) {
    case "optional":
      return opt(leaf);
    case "nullable":
      return optNull(leaf);
    case "required":
      return leaf;
    case "requiredNullable":
      // A key that must be there, possibly null: a missing one reads "is required" (a union of null and
      // the leaf said "expected an object").
      return leaf.nullable();
  }
}

type LeafOutput<F extends TableField> = z.output<(typeof LEAVES)[F["leaf"]]>;
type ColumnValue<F extends TableField> = F["presence"] extends "nullable" | "requiredNullable" ? LeafOutput<F> | null : LeafOutput<F>;

/** One row of a list as a config file gives it, from its columns' paths and checks. */
export type RowInput<Fields extends readonly TableField[]> = Merged<
  UnionToIntersection<Fields[number] extends infer F ? (F extends TableField ? Nest<F["path"], ColumnValue<F>> : never) : never>,
  Dec
>;

/** One row of a table's list, from its columns' declarations. */
function rowSchema<Fields extends readonly TableField[]>(fields: Fields, nullableGroups: readonly string[] = []): z.ZodType<RowInput<Fields>> {
  return strictObjectOf(treeOf(fields.map((f) => [f.path, presence(f)] as const)), nullableGroups) as unknown as z.ZodType<RowInput<Fields>>;
}

const taxBracket = rowSchema(TAX_BRACKET_FIELDS);
const salesEvent = rowSchema(EVENT_FIELDS);
const weekdayWeight = presence(WEEKDAY_WEIGHT_FIELDS[0]);

/** The settings as a config file gives them (every key optional). */
export type SettingsInput = {
  [K in keyof Settings]?: Settings[K] extends Dec | string | null | readonly unknown[] ? Settings[K] : { [L in keyof Settings[K]]?: Settings[K][L] extends Dec | string | null | readonly unknown[] ? Settings[K][L] : Partial<Settings[K][L]> };
} & { targets?: { events?: { date: string; factor: Dec; name?: string }[] } };

/** Every single setting from its declaration (./settingFields.ts), and the lists. */
export const settingsSchema = strictObjectOf(
  treeOf([
    ...SETTING_FIELDS.map((f) => [f.path, "nullable" in f ? optNull(LEAVES[f.leaf]) : opt(LEAVES[f.leaf])] as const),
    ["taxTable", opt(z.array(taxBracket))],
    ["targets.weekdayWeights", opt(z.array(weekdayWeight))],
    ["targets.events", opt(z.array(salesEvent))],
  ]),
) as unknown as z.ZodType<SettingsInput>;

export const roleSchema = rowSchema(ROLE_FIELDS);
/**
 * A staff row: its columns (./tableFields.ts; `iit.*` the special-taxpayer flags among them), and issue 13's
 * `deductions`, the special additional deductions by category, checked item by item where they are read
 * (src/core/tax/deductionEntries.ts parseDeductions, called by resolve.ts), so every message names its item.
 */
export const staffSchema = (rowSchema(STAFF_FIELDS, STAFF_NULLABLE_GROUPS) as unknown as z.ZodObject).extend({
  deductions: z.unknown().optional(),
}) as unknown as z.ZodType<RowInput<typeof STAFF_FIELDS> & { deductions?: unknown }>;
/**
 * An allowance (津贴/补贴) by name, as issue 13 names the key: `allowances: [{name, amount, taxable}]`. A
 * missing `taxable` is taxable, the side that never under-withholds (resolve.ts says so in a warning).
 */
const allowanceSchema = z.strictObject({ name: LEAVES.text, amount: LEAVES.money, taxable: opt(LEAVES.flag) });
const entrySchema = (rowSchema(ENTRY_FIELDS) as unknown as z.ZodObject).extend({ allowances: opt(z.array(allowanceSchema)) }) as unknown as z.ZodType<
  RowInput<typeof ENTRY_FIELDS> & { allowances?: { name: string; amount: Dec; taxable?: boolean }[] }
>;

export const monthSchema = z.strictObject({
  month: month,
  grossMargin: optNull(amount),
  salesTarget: optNull(nonNegativeAmount),
  entries: opt(z.array(entrySchema)),
});

/**
 * Lists read by their own parsers, which name every problem's place themselves
 * (src/core/holidayCalendar.ts parseCalendarYears, src/core/insurance/profiles.ts parseInsuranceProfile):
 * here only "a list".
 */
const parsedList = opt(z.array(z.unknown()));

export const configSchema = z.strictObject({
  settings: opt(settingsSchema),
  /** The year's official holidays and make-up workdays, for years the shipped calendar lacks: `[{year, holidays, makeUpWorkdays, source?}]`. */
  calendar: parsedList,
  /** The user's own city social-insurance profiles, in the shape of src/data/rules/insuranceProfiles.ts. */
  insuranceProfiles: parsedList,
  roles: opt(z.array(roleSchema)),
  staff: opt(z.array(staffSchema)),
  months: opt(z.array(monthSchema)),
});

export type ConfigInput = z.output<typeof configSchema>;
