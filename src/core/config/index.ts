import { configSchema } from "./schema";
import { resolveConfig } from "./resolve";
import { lenient } from "./lenient";
import { openingMonthProblems } from "./openings";
import type { Month } from "../calendar";
import type { Config, Warning } from "../types";
import type { MessageCode } from "../../data/messages";
import type { z } from "zod";

export type ParsedConfig = { ok: true; config: Config } | { ok: false; errors: Warning[] };

/**
 * Checks a config (already parsed from JSON) and returns engine inputs, or every problem with its
 * place — all of them at once: the values (schema), what refers to what (resolve), and, given the
 * month to compute, the opening balances against the calendar.
 */
export function parseConfig(raw: unknown, month?: Month): ParsedConfig {
  const checked = configSchema.safeParse(raw ?? {});
  if (checked.success) {
    const { config, errors } = resolveConfig(checked.data);
    const all = errors.length === 0 && month !== undefined ? openingMonthProblems(config, month) : errors;
    return all.length > 0 ? { ok: false, errors: all } : { ok: true, config };
  }
  const problems = checked.error.issues.flatMap(toProblems);
  // The cross-references too, on the lenient reading; minus what a refused value itself caused.
  const crossChecked = resolveConfig(lenient(configSchema).parse(raw ?? {}) ?? {}).errors;
  const fresh = crossChecked.filter((e) => !problems.some((p) => related(p.where, e.where)));
  return { ok: false, errors: [...problems, ...fresh] };
}

/** One place is the other or inside it: `settings.socialInsurance` and `settings.socialInsurance.baseFloor`. */
function related(a: string, b: string): boolean {
  const inside = (x: string, y: string) => x === y || x.startsWith(`${y}.`) || x.startsWith(`${y}[`);
  return inside(a, b) || inside(b, a);
}

/** `["staff", 3, "base"]` → `staff[3].base`. */
export function pathToWhere(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === "number") return `${acc}[${key}]`;
    return acc === "" ? String(key) : `${acc}.${String(key)}`;
  }, "");
}

function toProblems(issue: z.core.$ZodIssue): Warning[] {
  const where = pathToWhere(issue.path) || "config";
  switch (issue.code) {
    case "custom":
      // Every custom issue is raised by fields.ts reject(), whose message is a message code.
      return [{ code: issue.message as MessageCode, params: (issue.params ?? {}) as Record<string, string>, where }];
    case "unrecognized_keys":
      return issue.keys.map((key) => ({ code: "config.unknownKey", params: { key }, where }));
    case "invalid_type":
      if (issue.expected === "array") return [{ code: "config.expectedList", params: {}, where }];
      if (issue.expected === "object") return [{ code: "config.expectedObject", params: {}, where }];
      return [{ code: "config.required", params: {}, where }];
    default:
      return [{ code: "config.expectedObject", params: {}, where }];
  }
}

export { resolveConfig } from "./resolve";

/** Checks one value with a config field schema, naming `where` in the problems (e.g. a CLI option). */
export function checkValue<T>(schema: z.ZodType<T>, value: unknown, where: string): { ok: true; value: T } | { ok: false; errors: Warning[] } {
  const r = schema.safeParse(value);
  if (r.success) return { ok: true, value: r.data };
  return { ok: false, errors: r.error.issues.flatMap(toProblems).map((p) => ({ ...p, where: p.where === "config" ? where : `${where}${p.where}` })) };
}
