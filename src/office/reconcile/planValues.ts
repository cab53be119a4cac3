/**
 * The upgrade's value rewrites (src/workbook/layoutUpgrades.ts `values`): in an existing table of ours, an
 * input cell that still holds exactly ShopSheet's older form of a value the spec holds now (a catalogue
 * role's id in English, in a Chinese workbook's Roles) is written again in today's form. Only that form
 * goes: a value the user changed, or typed since, is the user's and stays.
 */
import { a1 } from "../../workbook/address";
import { valuesFrom } from "../../workbook/layoutUpgrades";
import type { TableSpec } from "../../workbook/spec";
import { TABLE } from "../../workbook/names";
import { shownRoleId } from "../../workbook/roleIds";
import type { Role } from "../../core/types";
import type { Lang } from "../../data/lang";
import type { TableData } from "./liveModel";
import type { Op } from "./ops";
import type { Geometry } from "./planTables";

/** The writes that bring `t`'s older values (live in `data`, the table where `g` says) to today's forms. */
export function valueRewrites(t: TableSpec, g: Geometry, data: TableData, version: number, lang: Lang): Op[] {
  return valuesFrom(version, t.name).flatMap((rewrite) => {
    const i = t.columns.findIndex((c) => c.key === rewrite.key);
    const live = data.columns.get(i);
    if (i < 0 || live === undefined) return [];
    // Older form → today's, from the values the spec's rows hold now.
    const today = new Map<string, string>();
    for (const row of t.rows) {
      const now = row[rewrite.key];
      const before = typeof now === "string" ? rewrite.before(lang, now) : null;
      if (typeof now === "string" && before !== null && before !== now) today.set(before, now);
    }
    const col = g.left + (data.places?.[i] ?? i);
    return live.flatMap((v, j): Op[] => {
      const now = typeof v === "string" ? today.get(v) : undefined;
      return now === undefined ? [] : [{ op: "write", sheet: g.sheetKey, range: a1(g.firstData + j, col), data: [[now]] }];
    });
  });
}

/**
 * Each role's id as the Roles table holds it once a command that leaves Roles' inputs as they are has run: the
 * text read (`read`: readConfig's roleIdTexts), or today's form where that text is ShopSheet's older one and the
 * command writes Roles (`writesRoles`: valueRewrites above then rewrites it). The role sheets' B3 is written
 * with the same text: their lookups match it against Roles[id].
 */
export function roleIdTextsAfter(read: ReadonlyMap<string, string>, roles: readonly Role[], version: number, lang: Lang, writesRoles: boolean): Map<string, string> {
  const rewrites = writesRoles ? valuesFrom(version, TABLE.roles).filter((r) => r.key === "id") : [];
  return new Map(
    [...read].map(([id, text]) => {
      const now = shownRoleId(id, roles, lang);
      return [id, rewrites.some((r) => r.before(lang, now) === text) ? now : text];
    }),
  );
}
