/**
 * A catalogue role's id as a Chinese workbook shows it (its Chinese name from the source document, never the
 * English code) and read back as the id; every other id shown and read as typed (src/workbook/roleIds.ts).
 * The Chinese names are the source's (docs/source/roles-and-pay.zh-CN.md), written out here by hand.
 */
import fc from "fast-check";
import { parseConfig } from "../../src/core/config";
import { catalogueRoles, roleKey } from "../../src/core/roles";
import type { Config, Role } from "../../src/core/types";
import { exampleTeamConfig } from "../../src/data/exampleTeam";
import { buildWorkbook } from "../../src/workbook/build";
import { SHEET } from "../../src/workbook/names";
import { parseRead, readConfig, workbookMonths } from "../../src/workbook/read";
import { idTexts, readRoleIds, roleIdForms, shownRoleId, shownRoleIds } from "../../src/workbook/roleIds";
import { specGrid } from "./read/specGrid";

const CATALOGUE = ["manager", "promoter", "designer", "service", "shipping"];
const ZH = ["电商部经理", "推广策划和实施专员", "美工编辑", "客服人员", "发货人员"];
const role = (id: string, nameZh = id, nameEn = id): Pick<Role, "id" | "nameZh" | "nameEn"> => ({ id, nameZh, nameEn });

describe("shown in a Chinese workbook", () => {
  test("the five catalogue ids show as the source's Chinese names; an English workbook shows the ids", () => {
    const roles = catalogueRoles();
    expect(roles.map((r) => shownRoleId(r.id, roles, "zh-CN"))).toEqual(ZH);
    expect(roles.map((r) => shownRoleId(r.id, roles, "en-US"))).toEqual(CATALOGUE);
  });

  test("a user's own ids show as typed, English ones and case variants of a catalogue id too", () => {
    const roles = [role("客服2"), role("Manager2"), role("Manager"), role("ＤＥＳＩＧＮＥＲ")];
    expect(roles.map((r) => shownRoleId(r.id, roles, "zh-CN"))).toEqual(["客服2", "Manager2", "Manager", "ＤＥＳＩＧＮＥＲ"]);
  });

  test("where another role answers to the Chinese key (its id or a name), the catalogue id shows: two roles never share a text", () => {
    expect(shownRoleId("designer", [role("designer", "美工编辑"), role("美工编辑")], "zh-CN")).toBe("designer");
    expect(shownRoleId("designer", [role("designer", "美工编辑"), role("art", " 美工编辑 ")], "zh-CN")).toBe("designer");
    expect(shownRoleId("designer", [role("designer", "美工编辑"), role("art", "美工", "美工编辑")], "zh-CN")).toBe("designer");
    // The role's own name may be its key (it is, by default).
    expect(shownRoleId("designer", [role("designer", "美工编辑", "美工编辑")], "zh-CN")).toBe("美工编辑");
  });
});

describe("read back", () => {
  test("a Chinese key is its catalogue id, ignoring spaces at the ends; anything else is read as typed", () => {
    expect(readRoleIds(["电商部经理", "推广策划和实施专员", " 美工编辑 ", "客服人员", "发货人员", "客服2", 12, null])).toEqual([...CATALOGUE, "客服2", 12, null]);
    expect(readRoleIds(["manager", "Manager", "ＭＡＮＡＧＥＲ", "经理"])).toEqual(["manager", "Manager", "ＭＡＮＡＧＥＲ", "经理"]);
  });

  test("a key beside its own catalogue id, or twice, is a user's id as typed (the config's checks judge duplicates)", () => {
    expect(readRoleIds(["manager", "电商部经理"])).toEqual(["manager", "电商部经理"]);
    expect(readRoleIds(["电商部经理", "Manager"])).toEqual(["电商部经理", "Manager"]);
    expect(readRoleIds(["客服人员", " 客服人员"])).toEqual(["客服人员", " 客服人员"]);
  });

  test("a key the workbook keeps a role sheet of its own for is a user's id (its sheet is keyed by it)", () => {
    const sheets = new Set([SHEET.role("美工编辑")]);
    expect(readRoleIds(["美工编辑", "客服人员"], (id) => sheets.has(SHEET.role(id)))).toEqual(["美工编辑", "service"]);
  });
});

test("a role's id has two forms a sheet may hold if it is a catalogue role's (the id, its Chinese key), else one", () => {
  expect(CATALOGUE.map(roleIdForms)).toEqual(CATALOGUE.map((id, i) => [id, ZH[i]]));
  expect([roleIdForms("客服2"), roleIdForms("美工编辑"), roleIdForms("Manager")]).toEqual([["客服2"], ["美工编辑"], ["Manager"]]);
});

test("each id read → the text its row shows (the first row of an id given twice; blanks and numbers left out)", () => {
  const shown = ["电商部经理", "designer", " 美工编辑", 12, "客服2", "客服2"];
  expect([...idTexts(shown, readRoleIds(shown))]).toEqual([["manager", "电商部经理"], ["designer", "designer"], [" 美工编辑", " 美工编辑"], ["客服2", "客服2"]]);
});

/** Ids: catalogue ids, their Chinese keys (spaced or not), case and width variants, Chinese and English ids of the user's. */
const idText = fc.oneof(
  fc.constantFrom(...CATALOGUE, ...ZH, " 美工编辑", "Manager", "ＳＥＲＶＩＣＥ", "客服2", "经理", "shipping2", "推广"),
  fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim() !== ""),
  fc.stringMatching(/^[\u4e00-\u4e2f]{1,4}$/),
);

test("property: any set of role ids (distinct as the config requires) reads back as itself from what a Chinese workbook shows", () => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.record({ id: idText, nameZh: idText, nameEn: idText }), { selector: (r) => roleKey(r.id), maxLength: 8 }), (roles) => {
      const shown = roles.map((r) => shownRoleId(r.id, roles, "zh-CN"));
      // The workbook keeps a role sheet for each role, keyed by its id (as the CLI writes it).
      const sheets = new Set(roles.map((r) => SHEET.role(r.id)));
      expect(readRoleIds(shown, (id) => sheets.has(SHEET.role(id)))).toEqual(roles.map((r) => r.id));
      // No catalogue role shows its English code unless another role takes its Chinese key.
      roles.forEach((r, i) => {
        const k = CATALOGUE.indexOf(r.id);
        if (k >= 0 && shown[i] === r.id) expect(roles.some((o) => o !== r && [o.id, o.nameZh, o.nameEn].some((n) => roleKey(n) === roleKey(ZH[k]!)))).toBe(true);
      });
      // Two roles never show texts that are one under the lookups' folding.
      expect(new Set(shown.map(roleKey)).size).toBe(roles.length);
    }),
    { numRuns: 400 },
  );
});

function readBack(config: Config) {
  const built = buildWorkbook(config, "2026-11", "zh-CN");
  const read = parseRead(readConfig(specGrid(built.spec), "zh-CN", { months: workbookMonths(built.spec.sheets.map((s) => s.key)) }));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return { built, config: read.config };
}

function example(roles?: (c: Config) => Role[]): Config {
  const parsed = parseConfig(exampleTeamConfig("2026-11"));
  if (!parsed.ok) throw new Error("example refused");
  return roles === undefined ? parsed.config : { ...parsed.config, roles: roles(parsed.config) };
}

describe("a Chinese workbook read back", () => {
  test("gives the same role ids, and each person the same role", () => {
    const config = example();
    const { built, config: back } = readBack(config);
    const roles = built.spec.sheets.find((s) => s.key === SHEET.roles)!.tables[0]!;
    expect(roles.rows.map((r) => r.id)).toEqual(ZH);
    expect(back.roles.map((r) => r.id)).toEqual(CATALOGUE);
    expect(back.staff.map((s) => s.role)).toEqual(config.staff.map((s) => s.role));
  });

  test("a user's role whose id is a catalogue Chinese name keeps it, with or without that catalogue role", () => {
    const own: Role = { ...catalogueRoles()[2]!, id: "美工编辑", nameZh: "美工二组", nameEn: "Designer 2" };
    const beside = example((c) => [...c.roles, own]);
    const besideBack = readBack(beside);
    // The catalogue designer shows its code here: 美工编辑 is the other role's id.
    expect(besideBack.built.spec.sheets.find((s) => s.key === SHEET.roles)!.tables[0]!.rows.map((r) => r.id)).toEqual([...ZH.slice(0, 2), "designer", ...ZH.slice(3), "美工编辑"]);
    expect(besideBack.config.roles.map((r) => r.id)).toEqual([...CATALOGUE, "美工编辑"]);
    const instead = example((c) => c.roles.map((r) => (r.id === "designer" ? own : r)));
    const staff = instead.staff.map((s) => (s.role === "designer" ? { ...s, role: "美工编辑" } : s));
    const insteadBack = readBack({ ...instead, staff });
    expect(insteadBack.config.roles.map((r) => r.id)).toEqual(["manager", "promoter", "美工编辑", "service", "shipping"]);
    expect(insteadBack.config.staff.map((s) => s.role)).toEqual(staff.map((s) => s.role));
  });

  test("without the role's sheet (the add-in before the first payroll), a Chinese workbook reads a user's id equal to a catalogue name as that catalogue role; an English one never", () => {
    const own: Role = { ...catalogueRoles()[2]!, id: "美工编辑", nameZh: "美工二组", nameEn: "Designer 2" };
    const config = example((c) => c.roles.map((r) => (r.id === "designer" ? own : r)));
    const staff = config.staff.map((s) => (s.role === "designer" ? { ...s, role: "美工编辑" } : s));
    const ids = (lang: "zh-CN" | "en-US") => {
      const spec = buildWorkbook({ ...config, staff }, "2026-11", lang).spec;
      const noRoleSheets = { ...spec, sheets: spec.sheets.filter((s) => !s.key.startsWith("role:")) };
      const read = parseRead(readConfig(specGrid(noRoleSheets), lang, { months: [] }));
      if (!read.ok) throw new Error(JSON.stringify(read.problems));
      return read.config.roles.map((r) => r.id);
    };
    expect(ids("en-US")).toEqual(["manager", "promoter", "美工编辑", "service", "shipping"]);
    expect(ids("zh-CN")).toEqual(CATALOGUE);
  });

  test("an id the user typed on a role of their own — manager on another role, an English id, a Chinese one — stays as typed", () => {
    const mine = (id: string, nameZh: string): Role => ({ ...catalogueRoles()[1]!, id, nameZh, nameEn: `${nameZh} (en)` });
    const config = example((c) => [...c.roles.filter((r) => r.id !== "manager"), mine("manager", "店长"), mine("客服2", "夜班客服"), mine("Shipping2", "仓库")]);
    const { built, config: back } = readBack(config);
    // "manager" is the catalogue's id whatever the role is called: shown as its key, read back as manager.
    expect(built.spec.sheets.find((s) => s.key === SHEET.roles)!.tables[0]!.rows.map((r) => r.id)).toEqual([...ZH.slice(1), "电商部经理", "客服2", "Shipping2"]);
    expect(back.roles.map((r) => r.id)).toEqual([...CATALOGUE.slice(1), "manager", "客服2", "Shipping2"]);
  });
});

test("the payroll's role column and each role sheet's B3 hold what Roles shows (the lookups match them), in Chinese", () => {
  const config = example();
  const built = buildWorkbook(config, "2026-11", "zh-CN");
  const shown = shownRoleIds(config.roles, "zh-CN");
  for (const r of config.roles) {
    const sheet = built.spec.sheets.find((s) => s.key === SHEET.role(r.id))!;
    expect([r.id, sheet.cells.find((c) => c.at === "B3")]).toEqual([r.id, expect.objectContaining({ value: shown.get(r.id) })]);
  }
  const payroll = built.spec.sheets.find((s) => s.key === "payroll:2026-11")!.tables[0]!;
  expect(payroll.rows.map((r) => r.role)).toEqual(config.staff.map((s) => ZH[CATALOGUE.indexOf(s.role)]));
});
