/**
 * The upgrade's value rewrites: in a Chinese workbook older than layout 14, a Roles id cell that still holds a
 * catalogue role's English id, where the role is written now under its Chinese key, gets the key; any other
 * cell (a user's id, a case variant, a newer workbook's cells, an English workbook's) is left alone. And the ids
 * Roles holds after a command that does not set them, which the role sheets' B3 must hold too.
 */
import { D } from "../../../src/core/money";
import { catalogueRoles } from "../../../src/core/roles";
import type { Role } from "../../../src/core/types";
import { rolesTable } from "../../../src/workbook/sheets/roles";
import { specGeometry } from "../../../src/office/reconcile/planTables";
import { roleIdTextsAfter, valueRewrites } from "../../../src/office/reconcile/planValues";
import type { Lang } from "../../../src/data/lang";

const own: Role = { id: "客服2", nameZh: "夜班客服", nameEn: "Night service", headcount: 1, baseMin: null, baseMax: null, share: new D("0.01"), shareBasis: "perPerson", roomAndBoard: false, insured: false };
const roles = [...catalogueRoles().slice(0, 2), own];

function rewrites(live: unknown[], version: number, lang: Lang) {
  const t = rolesTable(roles, lang);
  return valueRewrites(t, specGeometry(t, "roles", "岗位"), { range: "A5:O8", columns: new Map([[0, live as string[]]]) }, version, lang);
}

test("a version-13 Chinese Roles: the English catalogue ids become their Chinese keys, in their own cells", () => {
  // The table is at A5: data from row 6.
  expect(rewrites(["manager", "promoter", "客服2"], 13, "zh-CN")).toEqual([
    { op: "write", sheet: "roles", range: "A6", data: [["电商部经理"]] },
    { op: "write", sheet: "roles", range: "A7", data: [["推广策划和实施专员"]] },
  ]);
});

test("only the exact older form goes: a case variant, a user's id, or a cell already rewritten stays", () => {
  expect(rewrites(["Manager", "推广策划和实施专员", "客服2"], 13, "zh-CN")).toEqual([]);
});

test("nothing in a workbook of layout 14, nor in an English one", () => {
  expect(rewrites(["manager", "promoter", "客服2"], 14, "zh-CN")).toEqual([]);
  expect(rewrites(["manager", "promoter", "客服2"], 13, "en-US")).toEqual([]);
});

describe("the Roles ids a command leaves (roleIdTextsAfter): what the role sheets' B3 is written with", () => {
  const read = (pairs: [string, string][]) => new Map(pairs);
  const catalogue = catalogueRoles();

  test("as read, where the command does not write Roles, or the text is no older form (a user's id, an English id typed after layout 14)", () => {
    const texts = read([["manager", "manager"], ["designer", "designer"], ["service", "客服人员"], ["客服2", "客服2"]]);
    expect([...roleIdTextsAfter(texts, [...catalogue, own], 13, "zh-CN", false)]).toEqual([...texts]);
    expect([...roleIdTextsAfter(texts, [...catalogue, own], 14, "zh-CN", true)]).toEqual([...texts]);
  });

  test("a version-13 Chinese Roles the command writes: the English ids as layout 14's rewrite leaves them, the Chinese keys", () => {
    const texts = read([["manager", "manager"], ["service", "客服人员"], ["客服2", "客服2"]]);
    expect([...roleIdTextsAfter(texts, [...catalogue, own], 13, "zh-CN", true)]).toEqual([["manager", "电商部经理"], ["service", "客服人员"], ["客服2", "客服2"]]);
    // Where another role takes the key, the id stays the id (as the spec's row shows it).
    const art: Role = { ...own, id: "art", nameZh: "电商部经理" };
    expect([...roleIdTextsAfter(read([["manager", "manager"]]), [...catalogue, art], 13, "zh-CN", true)]).toEqual([["manager", "manager"]]);
    expect([...roleIdTextsAfter(read([["manager", "manager"]]), catalogue, 13, "en-US", true)]).toEqual([["manager", "manager"]]);
  });
});
