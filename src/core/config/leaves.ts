import { z } from "zod";
import type { MessageCode } from "../../data/messages";
import * as checks from "./leafChecks";
import { LEAF_CHECKS, LeafProblem, TEXT_LEAVES, type LeafCheck } from "./leafChecks";

export { parseRate, shown } from "./leafChecks";

/**
 * Leaf schemas for the config: the checks of ./leafChecks.ts as zod schemas. Each takes `unknown` and
 * reports its own message code with the value as the user wrote it, so an error reads
 * `staff[3].base: "abc" is not an amount`, not zod's English.
 */

type Ctx = z.RefinementCtx;

/** Records the problem; the returned NEVER must be returned at once (zod then drops the value). */
export function reject(ctx: Ctx, code: MessageCode, params: Record<string, string> = {}): never {
  ctx.addIssue({ code: "custom", message: code, params });
  return z.NEVER as never;
}

/**
 * Every leaf schema, with what ./lenient.ts reads in place of a bad value: absent (undefined), or for
 * text the text itself, so a refused id still matches what refers to it and the cross-reference
 * checks report no problem that the refused value alone caused.
 */
export const leaves = new WeakMap<z.ZodType, (input: unknown) => unknown>();

const absent = () => undefined;
const asTyped = (input: unknown) => (typeof input === "string" ? input.trim() : typeof input === "number" ? String(input) : undefined);

/** A leaf that reports a missing required value as "is required" rather than as a bad value. */
function leaf<T>(check: LeafCheck<T>, fallback: (input: unknown) => unknown = absent) {
  const schema = z.unknown().transform((v, ctx) => {
    if (v === undefined) return reject(ctx, "config.required");
    try {
      return check(v);
    } catch (e) {
      if (e instanceof LeafProblem) return reject(ctx, e.code, e.params);
      throw e;
    }
  });
  leaves.set(schema, fallback);
  return schema;
}

/** The zod schema of a leaf check (./leafChecks.ts), with what ./lenient.ts reads for a refused value. */
const schemaOf = <T>(check: LeafCheck<T>) => leaf(check, TEXT_LEAVES.has(check as LeafCheck) ? asTyped : absent);

/** The leaf schema of each check LEAF_CHECKS names, typed as what the check returns. */
type LeafSchemas = { readonly [K in keyof typeof LEAF_CHECKS]: ReturnType<typeof leaf<ReturnType<(typeof LEAF_CHECKS)[K]>>> };

/**
 * The leaf schemas the field registries name (./settingFields.ts, ./tableFields.ts), by name: the same
 * names as LEAF_CHECKS, each the zod schema of its check.
 */
export const LEAVES = Object.fromEntries(Object.entries(LEAF_CHECKS).map(([name, check]) => [name, schemaOf(check as LeafCheck)])) as LeafSchemas;

export const { amount, rate, factor, text, staffId, roleId, idNumber, bankAccount, flag, isoDate, shareBasis, bonusTaxation, eventDate } = LEAVES;
export const nonNegativeAmount = LEAVES.money;
export const month = schemaOf(checks.month);

export function wholeNumber(min: number, max: number) {
  return schemaOf(checks.wholeNumber(min, max));
}

/** A whole number from min to max, kept as a Decimal (a setting's number). */
export function decimalWhole(min: number, max: number) {
  return schemaOf(checks.decimalWhole(min, max));
}

export function boundedAmount(min: number, max: number) {
  return schemaOf(checks.boundedAmount(min, max));
}
