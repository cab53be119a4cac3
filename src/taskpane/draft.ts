/**
 * The Set up view's working copy: settings, roles and staff as the strings the user types, keyed by the
 * same paths the engine's messages use ("settings.poolRate", "roles[4].share", "staff[2].base"), so a
 * problem the engine reports lands on the field it is about. Converted from and to the config-file
 * shape (what readSetup gives and saveSetup takes); the numbers stay strings all the way to core.
 */
import type { z } from "zod";
import { eventDate, factor, isoDate, LEAVES, nonNegativeAmount, rate, text, wholeNumber } from "../core/config/leaves";
import { SETTING_FIELDS as CORE_SETTING_FIELDS, type FieldKind, type SettingField, type SettingGroup } from "../core/config/settingFields";
import { defaultSettingsRaw } from "../core/defaults";
import type { MessageCode } from "../data/messages";
import { D } from "../core/money";
import { catalogue } from "../data/catalogue";
import { exampleTeamConfig } from "../data/exampleTeam";
import type { Lang } from "../data/lang";
import type { SetupSections } from "./commands";

export type ShareBasis = "perPerson" | "splitRole";

export interface RoleDraft {
  uid: string;
  id: string;
  nameZh: string;
  nameEn: string;
  headcount: string;
  baseMin: string;
  baseMax: string;
  share: string;
  shareBasis: ShareBasis;
  roomAndBoard: boolean;
  insured: boolean;
}

export interface StaffDraft {
  uid: string;
  id: string;
  name: string;
  role: string;
  base: string;
  contributionBase: string;
  sad: string;
  startDate: string;
  endDate: string;
  /** Opening year-to-date figures, kept as read (edited in the Staff sheet, not in the pane). */
  opening?: unknown;
  /** A re-hire's link to the person's first record, kept as read (edited in the Staff sheet). */
  sameAs?: unknown;
  /** Put in by "use the example team": the pane labels it (the names say so too). Never written as such. */
  example?: boolean;
}

export interface EventDraft {
  uid: string;
  date: string;
  factor: string;
  name: string;
}

export interface BracketDraft {
  uid: string;
  upTo: string;
  rate: string;
  quickDeduction: string;
}

export interface SettingsDraft {
  /** Single settings by their path under `settings` ("socialInsurance.employee.pension"). */
  values: Record<string, string>;
  weekdayWeights: string[];
  events: EventDraft[];
  taxTable: BracketDraft[];
}

export interface SetupDraft {
  settings: SettingsDraft;
  roles: RoleDraft[];
  staff: StaffDraft[];
}

/** How a value is shown: rates as percents ("8%"), the rest as typed. */
export type Kind = FieldKind | "date";

export interface FieldDef {
  /** Path under its section ("poolRate", "baseMin"). */
  path: string;
  schema: z.ZodType<unknown>;
  kind: Kind;
  required: boolean;
}

/** A single setting as the pane edits it: declared in src/core/config/settingFields.ts. */
export interface SettingDef extends FieldDef {
  group: SettingGroup;
  label: MessageCode;
  note?: MessageCode;
}

export const SETTING_FIELDS: readonly SettingDef[] = (CORE_SETTING_FIELDS as readonly SettingField[]).map((f) => ({
  path: f.path,
  schema: LEAVES[f.leaf],
  kind: f.kind,
  // A blank nullable setting is "none"; any other must be given.
  required: f.nullable !== true,
  group: f.group,
  label: f.label,
  ...(f.note ? { note: f.note } : {}),
}));

export const WEIGHT_FIELD: FieldDef = { path: "", schema: factor, kind: "number", required: true };

export const EVENT_FIELDS: readonly FieldDef[] = [
  { path: "date", schema: eventDate, kind: "text", required: true },
  { path: "factor", schema: factor, kind: "number", required: true },
  { path: "name", schema: text, kind: "text", required: false },
];

export const BRACKET_FIELDS: readonly FieldDef[] = [
  { path: "upTo", schema: nonNegativeAmount, kind: "money", required: false },
  { path: "rate", schema: rate, kind: "rate", required: true },
  { path: "quickDeduction", schema: nonNegativeAmount, kind: "money", required: true },
];

export const ROLE_FIELDS: readonly FieldDef[] = [
  { path: "id", schema: text, kind: "text", required: true },
  { path: "nameZh", schema: text, kind: "text", required: false },
  { path: "nameEn", schema: text, kind: "text", required: false },
  { path: "headcount", schema: wholeNumber(0, 10000), kind: "number", required: false },
  { path: "baseMin", schema: nonNegativeAmount, kind: "money", required: false },
  { path: "baseMax", schema: nonNegativeAmount, kind: "money", required: false },
  { path: "share", schema: rate, kind: "rate", required: false },
];

export const STAFF_FIELDS: readonly FieldDef[] = [
  { path: "id", schema: text, kind: "text", required: true },
  { path: "name", schema: text, kind: "text", required: true },
  { path: "role", schema: text, kind: "text", required: true },
  { path: "base", schema: nonNegativeAmount, kind: "money", required: false },
  { path: "contributionBase", schema: nonNegativeAmount, kind: "money", required: false },
  { path: "sad", schema: nonNegativeAmount, kind: "money", required: false },
  { path: "startDate", schema: isoDate, kind: "date", required: false },
  { path: "endDate", schema: isoDate, kind: "date", required: false },
];

/** Staff draft keys → config keys where they differ. */
const STAFF_CONFIG_KEY: Record<string, string> = { sad: "specialAdditionalDeduction" };
export const staffConfigKey = (k: string) => STAFF_CONFIG_KEY[k] ?? k;

let counter = 0;
export const uid = (prefix: string) => `${prefix}${++counter}`;

// ---------------------------------------------------------------- values in and out

/** A value read from a cell or a config file, as the pane shows it. */
export function shown(v: unknown, kind: Kind): string {
  if (v === null || v === undefined) return "";
  if (kind === "rate") {
    if (typeof v === "number" || (typeof v === "string" && /^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/.test(v))) {
      try {
        return `${new D(String(v).trim()).times(100).toString()}%`;
      } catch {
        return String(v);
      }
    }
    return String(v);
  }
  return String(v);
}

function get(obj: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), obj);
}

function put(obj: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let o = obj;
  keys.slice(0, -1).forEach((k) => {
    o[k] ??= {};
    o = o[k] as Record<string, unknown>;
  });
  o[keys[keys.length - 1]!] = value;
}

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const rec = (v: unknown): Record<string, unknown> => (v && typeof v === "object" ? (v as Record<string, unknown>) : {});

// ---------------------------------------------------------------- defaults

/** The default settings; the built-in events' "中文 / English" names in `lang` alone. */
export function defaultSettingsDraft(lang: Lang = "zh-CN"): SettingsDraft {
  const d = settingsDraftFrom(defaultSettingsRaw());
  return { ...d, events: d.events.map((e) => ({ ...e, name: nameIn(e.name, lang) })) };
}

/** "双十一 / Singles' Day" → the part in `lang`; any other name as it is. */
export function nameIn(name: string, lang: Lang): string {
  const parts = name.split(" / ");
  return parts.length === 2 ? (lang === "zh-CN" ? parts[0]! : parts[1]!).trim() : name;
}

function settingsDraftFrom(s: Record<string, unknown>): SettingsDraft {
  const d = defaultSettingsRaw();
  const pick = (path: string) => {
    const v = get(s, path);
    return v === undefined ? get(d, path) : v;
  };
  const values = Object.fromEntries(SETTING_FIELDS.map((f) => [f.path, shown(pick(f.path), f.kind)]));
  const weights = asArray(pick("targets.weekdayWeights"));
  const events = asArray(pick("targets.events"));
  const brackets = asArray(pick("taxTable"));
  return {
    values,
    weekdayWeights: Array.from({ length: 7 }, (_, i) => shown(weights[i] ?? "", "number")),
    events: events.map((e) => ({ uid: uid("e"), date: shown(rec(e).date, "text"), factor: shown(rec(e).factor, "number"), name: shown(rec(e).name, "text") })),
    taxTable: brackets.map((b) => ({ uid: uid("b"), upTo: shown(rec(b).upTo, "money"), rate: shown(rec(b).rate, "rate"), quickDeduction: shown(rec(b).quickDeduction, "money") })),
  };
}

export function catalogueRolesDraft(): RoleDraft[] {
  return catalogue.map((r) => ({
    uid: uid("r"),
    id: r.id,
    nameZh: r.name.zh,
    nameEn: r.name.en,
    headcount: String(r.headcount),
    baseMin: r.baseMin ?? "",
    baseMax: r.baseMax ?? "",
    share: shown(r.share, "rate"),
    shareBasis: r.shareBasis,
    roomAndBoard: r.roomAndBoard,
    insured: r.insured,
  }));
}

export function emptyStaff(role = ""): StaffDraft {
  return { uid: uid("s"), id: "", name: "", role, base: "", contributionBase: "", sad: "", startDate: "", endDate: "" };
}

/** The draft for what the workbook holds; a missing section starts from the catalogue and defaults (in `lang`). */
export function draftFromSections(sections: SetupSections | null, lang: Lang = "zh-CN"): SetupDraft {
  const settings = sections?.settings ? settingsDraftFrom(sections.settings) : defaultSettingsDraft(lang);
  const roles = sections?.roles
    ? sections.roles.map((raw): RoleDraft => {
        const r = rec(raw);
        const basis = r.shareBasis === "splitRole" ? "splitRole" : "perPerson";
        return {
          uid: uid("r"),
          id: shown(r.id, "text"),
          nameZh: shown(r.nameZh, "text"),
          nameEn: shown(r.nameEn, "text"),
          headcount: shown(r.headcount, "number"),
          baseMin: shown(r.baseMin, "money"),
          baseMax: shown(r.baseMax, "money"),
          share: shown(r.share, "rate"),
          shareBasis: basis,
          roomAndBoard: r.roomAndBoard === true || r.roomAndBoard === "true",
          insured: r.insured === undefined ? true : r.insured === true || r.insured === "true",
        };
      })
    : catalogueRolesDraft();
  const staff = (sections?.staff ?? []).map(staffDraftFrom);
  return { settings, roles, staff };
}

/** A person of a config's or the Staff table's `staff` list as the pane edits it. */
function staffDraftFrom(raw: unknown): StaffDraft {
  const p = rec(raw);
  return {
    uid: uid("s"),
    id: shown(p.id, "text"),
    name: shown(p.name, "text"),
    role: shown(p.role, "text"),
    base: shown(p.base, "money"),
    contributionBase: shown(p.contributionBase, "money"),
    sad: shown(p.specialAdditionalDeduction, "money"),
    startDate: shown(p.startDate, "date"),
    endDate: shown(p.endDate, "date"),
    ...(p.opening !== undefined && p.opening !== null ? { opening: p.opening } : {}),
    ...(p.sameAs !== undefined && p.sameAs !== null ? { sameAs: p.sameAs } : {}),
  };
}

/** The CLI's built-in example team (src/data/exampleTeam.ts), each person marked as an example. */
export function exampleStaffDraft(): StaffDraft[] {
  // The team is the same for every month; the month only picks which months of history come with it.
  return exampleTeamConfig("2026-01").staff.map((p) => ({ ...staffDraftFrom(p), example: true }));
}

// ---------------------------------------------------------------- the draft as a config

const blank = (s: string) => s.trim() === "";
/** A blank optional value is null (the engine's "not given"); a blank required one is left out (the
 *  field check reports it before anything is sent). */
const opt = (s: string) => (blank(s) ? null : s.trim());

export function settingsToRaw(s: SettingsDraft): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of SETTING_FIELDS) {
    const v = s.values[f.path] ?? "";
    if (!blank(v)) put(out, f.path, v.trim());
    else if (!f.required) put(out, f.path, null);
  }
  put(out, "targets.weekdayWeights", s.weekdayWeights.map((w) => w.trim()));
  put(
    out,
    "targets.events",
    s.events.map((e) => ({ date: e.date.trim(), factor: e.factor.trim(), ...(blank(e.name) ? {} : { name: e.name.trim() }) })),
  );
  out.taxTable = s.taxTable.map((b) => ({ upTo: opt(b.upTo), rate: b.rate.trim(), quickDeduction: b.quickDeduction.trim() }));
  return out;
}

export function roleToRaw(r: RoleDraft): Record<string, unknown> {
  return {
    id: r.id.trim(),
    ...(blank(r.nameZh) ? {} : { nameZh: r.nameZh.trim() }),
    ...(blank(r.nameEn) ? {} : { nameEn: r.nameEn.trim() }),
    ...(blank(r.headcount) ? {} : { headcount: r.headcount.trim() }),
    baseMin: opt(r.baseMin),
    baseMax: opt(r.baseMax),
    share: opt(r.share),
    shareBasis: r.shareBasis,
    roomAndBoard: r.roomAndBoard,
    insured: r.insured,
  };
}

export function staffToRaw(p: StaffDraft): Record<string, unknown> {
  return {
    id: p.id.trim(),
    name: p.name.trim(),
    role: p.role.trim(),
    // Blank: the role's fixed base where it has one (as in a config file), else missing.
    ...(blank(p.base) ? {} : { base: p.base.trim() }),
    contributionBase: opt(p.contributionBase),
    ...(blank(p.sad) ? {} : { specialAdditionalDeduction: p.sad.trim() }),
    startDate: opt(p.startDate),
    endDate: opt(p.endDate),
    ...(p.opening !== undefined ? { opening: p.opening } : {}),
    ...(p.sameAs !== undefined ? { sameAs: p.sameAs } : {}),
  };
}

export function draftToSections(d: SetupDraft): Required<SetupSections> {
  return { settings: settingsToRaw(d.settings), roles: d.roles.map(roleToRaw), staff: d.staff.map(staffToRaw) };
}
