/**
 * Validation with the engine's own rules: each field through its config leaf check (runLeaf), the
 * whole draft through parseConfig, so the pane's messages are the CLI's and the workbook reader's,
 * word for word. Problems are keyed by config path ("staff[2].base"). The leaf checks are plain
 * functions; parseConfig (zod) comes in after the pane's first render (./useConfigCheck.ts), so the
 * first download does without zod (issue 15).
 */
import type { parseConfig } from "../core/config";
import { runLeaf } from "../core/config/leafChecks";
import { baseInRange } from "../core/payroll/basePay";
import { parseAmount } from "../core/money";
import { findRoleSeed } from "../data/catalogue";
import type { Lang } from "../data/lang";
import { formatMessage } from "../data/messages";
import {
  BRACKET_FIELDS,
  EVENT_FIELDS,
  ROLE_FIELDS,
  SETTING_FIELDS,
  STAFF_FIELDS,
  WEIGHT_FIELD,
  draftToSections,
  type FieldDef,
  type RoleDraft,
  type SetupDraft,
  type StaffDraft,
} from "./draft";

export type Problems = Record<string, string>;

/** One field's problem in `lang`, or undefined: blank is "is required" only where the field needs a value. */
export function fieldProblem(def: Pick<FieldDef, "check" | "required">, value: string, lang: Lang): string | undefined {
  const v = value.trim();
  if (v === "") return def.required ? formatMessage("config.required", {}, lang) : undefined;
  const r = runLeaf(def.check, v);
  return r.ok ? undefined : formatMessage(r.code, r.params, lang);
}

/** The engine's whole-config check, once loaded. */
export type ConfigCheck = typeof parseConfig;

/** Where parseConfig reports a problem on a group of settings ("settings.socialInsurance": the floor
 *  above the ceiling), the field that shows it: the group's first. */
function fieldShowing(where: string): string {
  const first = SETTING_FIELDS.find((f) => `settings.${f.path}`.startsWith(`${where}.`));
  return first ? `settings.${first.path}` : where;
}

/** Every problem of the draft, by path: the fields' own, then the engine's cross-checks (with `check`). */
export function draftProblems(d: SetupDraft, lang: Lang, check?: ConfigCheck): Problems {
  const out: Problems = {};
  const add = (path: string, m: string | undefined) => {
    if (m !== undefined && out[path] === undefined) out[path] = m;
  };
  for (const f of SETTING_FIELDS) add(`settings.${f.path}`, fieldProblem(f, d.settings.values[f.path] ?? "", lang));
  d.settings.weekdayWeights.forEach((w, i) => add(`settings.targets.weekdayWeights[${i}]`, fieldProblem(WEIGHT_FIELD, w, lang)));
  d.settings.events.forEach((e, i) => EVENT_FIELDS.forEach((f) => add(`settings.targets.events[${i}].${f.path}`, fieldProblem(f, e[f.path as keyof typeof e] as string, lang))));
  d.settings.taxTable.forEach((b, i) => BRACKET_FIELDS.forEach((f) => add(`settings.taxTable[${i}].${f.path}`, fieldProblem(f, b[f.path as keyof typeof b] as string, lang))));
  d.roles.forEach((r, i) => ROLE_FIELDS.forEach((f) => add(`roles[${i}].${f.path}`, fieldProblem(f, String(r[f.path as keyof RoleDraft] ?? ""), lang))));
  d.staff.forEach((p, i) => STAFF_FIELDS.forEach((f) => add(`staff[${i}].${f.path}`, fieldProblem(f, String(p[f.path as keyof StaffDraft] ?? ""), lang))));

  const parsed = check?.(draftToSections(d));
  if (parsed !== undefined && !parsed.ok) {
    for (const e of parsed.errors) {
      add(fieldShowing(e.where), formatMessage(e.code, e.params, lang));
    }
  }
  return out;
}

/** Problems of one settings-only draft (the plan preview needs only the targets settings). */
export function settingsProblems(d: SetupDraft, lang: Lang, check?: ConfigCheck): Problems {
  return Object.fromEntries(Object.entries(draftProblems(d, lang, check)).filter(([k]) => k.startsWith("settings.")));
}

// ---------------------------------------------------------------- what needs the user's attention (not errors)

/** A role's gaps: what the source left out and the user must fill in (shipping's missing pay). */
export function roleGaps(r: RoleDraft, lang: Lang): { share?: string; base?: string; notes: string[] } {
  const seed = findRoleSeed(r.id.trim());
  const notes = (seed?.notes ?? []).filter((n) => n.severity === "needsInput").map((n) => (lang === "zh-CN" ? n.text.zh : n.text.en));
  return {
    ...(r.share.trim() === "" ? { share: formatMessage("tp.roles.needsShare", {}, lang) } : {}),
    ...(r.baseMin.trim() === "" && r.baseMax.trim() === "" ? { base: formatMessage("tp.roles.needsBase", {}, lang) } : {}),
    notes,
  };
}

/** A person's base against their role's range, as the engine checks it (a blank bound does not bind). */
export function baseWarning(p: StaffDraft, roles: readonly RoleDraft[], lang: Lang): string | undefined {
  const role = roles.find((r) => r.id.trim() === p.role.trim());
  if (!role) return undefined;
  const base = parseAmount(p.base.trim());
  const min = parseAmount(role.baseMin.trim());
  const max = parseAmount(role.baseMax.trim());
  if (p.base.trim() === "") {
    const fixed = min !== null && max !== null && min.equals(max);
    return fixed ? undefined : formatMessage("tp.staff.noBase", {}, lang);
  }
  if (base === null || baseInRange(base, min, max)) return undefined;
  return formatMessage("payroll.baseOutOfRange", { name: p.name || p.id, id: p.id, base: base.toString(), min: min?.toString() ?? "0", max: max?.toString() ?? "∞" }, lang);
}
