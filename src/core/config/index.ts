import { configSchema } from "./schema";
import { resolveConfig } from "./resolve";
import type { Config, Warning } from "../types";
import type { z } from "zod";

export type ParsedConfig = { ok: true; config: Config } | { ok: false; errors: Warning[] };

/** Checks a config (already parsed from JSON) and returns engine inputs, or every problem with its place. */
export function parseConfig(raw: unknown): ParsedConfig {
  const checked = configSchema.safeParse(raw ?? {});
  if (!checked.success) return { ok: false, errors: checked.error.issues.flatMap(toProblems) };
  const { config, errors } = resolveConfig(checked.data);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, config };
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
      return [{ code: issue.message, params: (issue.params ?? {}) as Record<string, string>, where }];
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
