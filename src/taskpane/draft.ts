/**
 * The Set up view's working copy: settings, roles and staff as the strings the user types, keyed by the
 * same paths the engine's messages use ("settings.poolRate", "roles[4].share", "staff[2].base"), so a
 * problem the engine reports lands on the field it is about. Converted from and to the config-file
 * shape (what readSetup gives and saveSetup takes); the numbers stay strings all the way to core.
 */
import { getPath, setPath } from "../core/config/pathTypes";
import { defaultSettingsRaw } from "../core/defaults";
import { D } from "../core/money";
import { catalogue } from "../data/catalogue";
import { exampleTeamConfig } from "../data/exampleTeam";
import type { Lang } from "../data/lang";
import type { SetupSections } from "./commands";
import { BRACKET_FIELDS, EVENT_FIELDS, ROLE_FIELDS, SETTING_FIELDS, STAFF_FIELDS, STAFF_KEPT, type FieldDef, type Kind, type StaffPath } from "./fields";

export { BRACKET_FIELDS, EVENT_FIELDS, ROLE_FIELDS, SETTING_FIELDS, STAFF_FIELDS, WEIGHT_FIELD, type FieldDef, type Kind, type SettingDef } from "./fields";

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

/** A person as the pane edits them: each of the pane's staff fields (./fields.ts) by its config path. */
export type StaffDraft = { [P in StaffPath]: string } & {
  uid: string;
  /** What the pane does not edit, by config key, kept as read (opening balances, a re-hire's sameAs:
   *  edited in the Staff sheet) and written back as it was. */
  kept?: Record<string, unknown>;
  /** Put in by "use the example team": the pane labels it (the names say so too). Never written as such. */
  example?: boolean;
};

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
  /** The user's city profiles as the workbook holds them (Settings' InsuranceBases): chosen from, kept as read. */
  insuranceProfiles: unknown[];
}

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
    const v = getPath(s, path);
    return v === undefined ? getPath(d, path) : v;
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
  const fields = Object.fromEntries(STAFF_FIELDS.map((f) => [f.path, ""])) as { [P in StaffPath]: string };
  return { ...fields, role, uid: uid("s") };
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
  return { settings, roles, staff, insuranceProfiles: sections?.insuranceProfiles ?? [] };
}

/** A person of a config's or the Staff table's `staff` list as the pane edits it. */
function staffDraftFrom(raw: unknown): StaffDraft {
  const p = rec(raw);
  const fields = Object.fromEntries(STAFF_FIELDS.map((f) => [f.path, shown(getPath(p, f.path), f.kind)])) as { [P in StaffPath]: string };
  const kept = Object.fromEntries(STAFF_KEPT.flatMap((k) => (p[k] === undefined || p[k] === null ? [] : [[k, p[k]]])));
  return { ...fields, uid: uid("s"), ...(Object.keys(kept).length > 0 ? { kept } : {}) };
}

/** The CLI's built-in example team (src/data/exampleTeam.ts), each person marked as an example. */
export function exampleStaffDraft(): StaffDraft[] {
  // The team is the same for every month; the month only picks which months of history come with it.
  return exampleTeamConfig("2026-01").staff.map((p) => ({ ...staffDraftFrom(p), example: true }));
}

// ---------------------------------------------------------------- the draft as a config

const blank = (s: string) => s.trim() === "";

export function settingsToRaw(s: SettingsDraft): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of SETTING_FIELDS) {
    const v = s.values[f.path] ?? "";
    if (!blank(v)) setPath(out, f.path, v.trim());
    else if (!f.required) setPath(out, f.path, null);
  }
  setPath(out, "targets.weekdayWeights", s.weekdayWeights.map((w) => w.trim()));
  setPath(out, "targets.events", s.events.map((e) => fieldsToRaw(EVENT_FIELDS, e)));
  out.taxTable = s.taxTable.map((b) => fieldsToRaw(BRACKET_FIELDS, b));
  return out;
}

/**
 * Text fields as a config row: a value as typed (trimmed); a blank one left out, or null where blank
 * means none, or sent as typed where the field is required (its check has reported it). `takesDefault`:
 * fields whose blank is left out even where null is allowed, so the config's default applies.
 */
function fieldsToRaw(fields: readonly FieldDef[], values: object, takesDefault: ReadonlySet<string> = new Set()): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = String((values as Record<string, unknown>)[f.path] ?? "");
    if (!blank(v) || f.required) setPath(out, f.path, v.trim());
    else if (f.nullable && !takesDefault.has(f.path)) setPath(out, f.path, null);
  }
  return out;
}

export function roleToRaw(r: RoleDraft): Record<string, unknown> {
  return { ...fieldsToRaw(ROLE_FIELDS, r), shareBasis: r.shareBasis, roomAndBoard: r.roomAndBoard, insured: r.insured };
}

/** The pane's own reading of a blank staff field: the role's fixed base where it has one (a config
 *  file that leaves the base out gets it); the Staff sheet's blank base is a missing one. */
const BLANK_TAKES_DEFAULT: ReadonlySet<string> = new Set(["base"]);

export function staffToRaw(p: StaffDraft): Record<string, unknown> {
  return { ...fieldsToRaw(STAFF_FIELDS, p, BLANK_TAKES_DEFAULT), ...p.kept };
}

export function draftToSections(d: SetupDraft): Required<SetupSections> {
  return { settings: settingsToRaw(d.settings), roles: d.roles.map(roleToRaw), staff: d.staff.map(staffToRaw), insuranceProfiles: d.insuranceProfiles };
}
