/**
 * The fields the Set up view edits, as declared once in core (src/core/config/settingFields.ts and
 * tableFields.ts): each with its check (the config's own leaf check, without zod), how it is shown, and whether
 * the pane asks for it. Nothing here lists a field by hand.
 */
import { LEAF_CHECKS, type LeafCheck } from "../core/config/leafChecks";
import { SETTING_FIELDS as SETTINGS, type FieldKind, type SettingField, type SettingGroup } from "../core/config/settingFields";
import { EVENT_FIELDS as EVENTS, ROLE_FIELDS as ROLES, STAFF_FIELDS as STAFF, TAX_BRACKET_FIELDS, WEEKDAY_WEIGHT_FIELDS, type TableField } from "../core/config/tableFields";
import type { MessageCode } from "../data/messages";

/** How a value is shown: rates as percents ("8%"), the rest as typed. */
export type Kind = FieldKind | "date";

export interface FieldDef {
  /** Path under its section ("poolRate", "baseMin", "specialAdditionalDeduction"). */
  path: string;
  check: LeafCheck;
  kind: Kind;
  required: boolean;
  /** A blank value is "none" (null in a config file) rather than left out. */
  nullable: boolean;
  label: MessageCode;
}

/** A single setting as the pane edits it. */
export interface SettingDef extends FieldDef {
  group: SettingGroup;
  note?: MessageCode;
}

export const SETTING_FIELDS: readonly SettingDef[] = (SETTINGS as readonly SettingField[]).map((f) => ({
  path: f.path,
  check: LEAF_CHECKS[f.leaf],
  kind: f.kind,
  // A blank nullable setting is "none"; any other must be given.
  required: f.nullable !== true,
  nullable: f.nullable === true,
  group: f.group,
  label: f.label,
  ...(f.note ? { note: f.note } : {}),
}));

/** A table column as a text field: required where the workbook needs it (an id) or a config must give it. */
function tableField(f: TableField, alsoRequired = false): FieldDef {
  const kind: Kind = f.kind === "integer" ? "number" : f.kind === "date" ? "date" : f.kind === "flag" || f.kind === "choice" || f.kind === "month" ? "text" : f.kind;
  const required = f.identity === true || f.presence === "required" || alsoRequired;
  return { path: f.path, check: LEAF_CHECKS[f.leaf], kind, required, nullable: f.presence === "nullable" || f.presence === "requiredNullable", label: f.label };
}

/** Typed into text fields: a role's share basis and its benefits are a select and check boxes. */
const typed = (f: TableField) => f.kind !== "flag" && f.kind !== "choice";

export const ROLE_FIELDS: readonly FieldDef[] = (ROLES as readonly TableField[]).filter(typed).map((f) => tableField(f));

/** The staff fields the pane edits (opening balances and a re-hire's link are the Staff sheet's); the
 *  pane asks every person's name, though a config file may leave it to the id. */
export const STAFF_FIELDS: readonly FieldDef[] = (STAFF as readonly TableField[]).filter((f) => f.sheetOnly !== true).map((f) => tableField(f, f.path === "name"));

/**
 * The staff fields kept as read, by their key in a config row ("opening", "sameAs"), and the person's
 * special deductions by category (issue 13): edited on their own sheet, carried back unchanged on Save —
 * left out, Save would empty that sheet.
 */
export const STAFF_KEPT: readonly string[] = [...new Set([...(STAFF as readonly TableField[]).filter((f) => f.sheetOnly === true).map((f) => f.path.split(".")[0]!), "deductions"])];

export const WEIGHT_FIELD: FieldDef = tableField(WEEKDAY_WEIGHT_FIELDS[0]);
export const EVENT_FIELDS: readonly FieldDef[] = EVENTS.map((f) => tableField(f));
export const BRACKET_FIELDS: readonly FieldDef[] = TAX_BRACKET_FIELDS.map((f) => tableField(f));

type PaneStaffField = Exclude<(typeof STAFF)[number], { sheetOnly: true }>;
/** The paths of the staff fields the pane edits: the keys of a StaffDraft. */
export type StaffPath = PaneStaffField["path"];
