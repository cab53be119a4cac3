/**
 * The catalogue's role ids as a Chinese workbook shows them. The ids of the source's five roles are English
 * codes (manager, promoter, …: src/data/catalogue.ts), the keys of the config, the engine and SHOP.COMMISSION;
 * a Chinese sheet shows no English code, so in a Chinese workbook a catalogue role's id cell (the Roles table's
 * id column, a role sheet's B3, a payroll table's role column) holds its catalogue Chinese name instead
 * (电商部经理), and what is shown is read back as the catalogue id — as the festivals' names are
 * (./holidayNames.ts). The formulas match Roles[id] against the same shown text, so they need no change.
 *
 * A role's own id (客服2, or an English id the user typed) is shown and read as it is. Where the shown key
 * would be taken by another role (its id or one of its names), the catalogue id is shown: two roles must
 * not answer to the same text on the sheets.
 */
import { catalogue, type RoleId } from "../data/catalogue";
import type { Lang } from "../data/lang";
import { roleKey } from "../core/roles";
import type { Role } from "../core/types";

type Named = Pick<Role, "id" | "nameZh" | "nameEn">;

/** The text a Chinese workbook shows for each catalogue id: the role's Chinese name in the catalogue. */
const ZH_KEY: ReadonlyMap<RoleId, string> = new Map(catalogue.map((seed) => [seed.id, seed.name.zh]));

/** The catalogue id whose Chinese key `text` is (ignoring case, width and spaces at the ends), if any. */
export function catalogueIdShownAs(text: string): RoleId | undefined {
  const k = roleKey(text);
  for (const [id, key] of ZH_KEY) if (roleKey(key) === k) return id;
  return undefined;
}

/** The id of the role `id` as a sheet of `lang` shows it, among `roles` (the config's, `id` among them). */
export function shownRoleId(id: string, roles: readonly Named[], lang: Lang): string {
  if (lang !== "zh-CN") return id;
  const key = ZH_KEY.get(id as RoleId);
  if (key === undefined) return id;
  const k = roleKey(key);
  const taken = roles.some((r) => r.id !== id && [r.id, r.nameZh, r.nameEn].some((n) => roleKey(n) === k));
  return taken ? id : key;
}

/** Each role's id → the id its sheets show (for the builders that write an id where a role's row is known). */
export function shownRoleIds(roles: readonly Named[], lang: Lang): ReadonlyMap<string, string> {
  return new Map(roles.map((r) => [r.id, shownRoleId(r.id, roles, lang)]));
}

/** The texts a sheet may hold for role `id`'s id, as ShopSheet writes them in either language: the id, and for a
 *  catalogue role its Chinese key too (a role of the user's has one form: its id as typed). */
export function roleIdForms(id: string): string[] {
  const key = ZH_KEY.get(id as RoleId);
  return key === undefined ? [id] : [id, key];
}

/** Each id `ids` (readRoleIds of `shown`) holds → the text its row shows there; the first row where an id is twice. */
export function idTexts(shown: readonly unknown[], ids: readonly unknown[]): Map<string, string> {
  const out = new Map<string, string>();
  ids.forEach((id, i) => {
    const text = shown[i];
    if (typeof id === "string" && typeof text === "string" && !out.has(id)) out.set(id, text);
  });
  return out;
}

/**
 * The ids the Roles table's id cells `shown` stand for, in the same order. A catalogue role's Chinese key is
 * read as its id unless it cannot be that role's: the table holds the catalogue id itself too (then the key is
 * another role's own id, as shownRoleId writes it), or another row shows the same key (a duplicate, which the
 * config's checks report as typed), or `ownSheet` says the workbook keeps a role sheet for the key as an id of
 * its own (a user's role whose id is that text: its sheet is keyed by it, src/workbook/names.ts SHEET.role).
 * Anything else is read as it is.
 *
 * So in a workbook with no role sheets yet (the add-in's before its first payroll), a key typed as the id of a
 * role of the user's, its catalogue role absent, is read as the catalogue id. That is the reading, not a loss:
 * those cells are exactly the catalogue role's row with its name, range or share edited, or pasted back from
 * another workbook — nothing tells them apart, and a Chinese workbook spells that id so. Every cell keeps what
 * was typed (the id cell shows the key again, as no other role takes it; the name, range and share are the
 * role's), its people keep it, and its sheet — named by the user's name — adds the source's pay rule and duties
 * of the role the key names. Read as a role of the user's, the edited catalogue role would lose those for good
 * (its sheet then keyed by the text). test/office/index.roleIdCells.test.ts follows it through the pane.
 */
export function readRoleIds<T>(shown: readonly T[], ownSheet: (id: string) => boolean = () => false): (T | string)[] {
  const keys = shown.map((s) => (typeof s === "string" ? roleKey(s) : null));
  return shown.map((s, i) => {
    if (typeof s !== "string") return s;
    const id = catalogueIdShownAs(s);
    if (id === undefined) return s;
    const clash = keys.some((k, j) => j !== i && (k === roleKey(id) || k === keys[i]));
    return clash || ownSheet(s) ? s : id;
  });
}

/**
 * The other text a catalogue role answers to (SHOP.COMMISSION's role): its Chinese key for its id, its id for
 * its Chinese key, ignoring case, width and spaces at the ends; none for any other text. A workbook of either
 * language, or of an older version, may hold either form.
 */
export function otherRoleIdForm(given: string): string | undefined {
  const k = roleKey(given);
  for (const [id, key] of ZH_KEY) {
    if (roleKey(id) === k) return key;
    if (roleKey(key) === k) return id;
  }
  return undefined;
}
