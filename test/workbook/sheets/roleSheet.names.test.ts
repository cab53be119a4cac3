/**
 * Issue 9 §2 "Chinese role ids crash the workbook": sheet names, sheet keys and Members_ table names
 * derived from any id or name a user can type must be valid and never collide; the catalogue's keep
 * the names workbooks already made rely on.
 */
import fc from "fast-check";
import { hostileRoleId, hostileRoleName } from "../hostileNames";
import { parseConfig } from "../../../src/core/config";
import { buildWorkbook, uniqueNames } from "../../../src/workbook/build";
import { SHEET, membersTable } from "../../../src/workbook/names";
import { validateWorkbook } from "../../../src/workbook/validate";
import type { SheetSpec, WorkbookSpec } from "../../../src/workbook/spec";
import { sheetKeyName, validSheetName } from "../../../src/workbook/sheetIdentity";

function rolesConfig(roles: { id: string; nameZh?: string; nameEn?: string }[]) {
  return { roles: roles.map((r) => ({ ...r, share: "0.05" })), staff: roles.map((r, i) => ({ id: `E${i}`, role: r.id, base: "3000" })) };
}

describe("role sheets for any role a user can type", () => {
  test("the issue's cases build a valid workbook: 经理 and 客服, a-b and a_b, History, a tab, names alike in 31 characters", () => {
    const config = rolesConfig([
      { id: "经理" },
      { id: "客服" },
      { id: "a-b" },
      { id: "a_b" },
      { id: "History" },
      { id: "t", nameZh: "a\tb" },
      { id: "l1", nameZh: `${"很长的名字".repeat(7)}甲` },
      { id: "l2", nameZh: `${"很长的名字".repeat(7)}乙` },
    ]);
    const parsed = parseConfig(config);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { spec } = buildWorkbook(parsed.config, "2026-11", "zh-CN");
    expect(() => validateWorkbook(spec)).not.toThrow();
    const roleSheets = spec.sheets.filter((s) => s.key.startsWith("role:"));
    expect(roleSheets.map((s) => s.name)).toEqual([
      "经理",
      "客服",
      "a-b",
      "a_b",
      "History (2)",
      "a b",
      "很长的名字很长的名字很长的名字很长的名字很长的名字很长的名字很",
      "很长的名字很长的名字很长的名字很长的名字很长的名字很长 (2)",
    ]);
    expect(new Set(roleSheets.map((s) => s.key)).size).toBe(8);
    expect(new Set(roleSheets.map((s) => s.tables[0]!.name.toLowerCase())).size).toBe(8);
  });

  test("property: any accepted roles config gives a workbook spec that validates (names, keys, tables unique and valid)", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ id: hostileRoleId, nameZh: hostileRoleName, nameEn: hostileRoleName }), { minLength: 1, maxLength: 8 }), fc.constantFrom("zh-CN" as const, "en-US" as const), (roles, lang) => {
        const parsed = parseConfig(rolesConfig(roles));
        if (!parsed.ok) {
          // Refused, then only for a reason the user is told: a duplicate or an id the lookups misread.
          for (const e of parsed.errors) expect(["roles.duplicate", "id.wildcard", "id.comparison", "id.lineBreak", "value.empty", "staff.ambiguousRole", "value.badCharacter"]).toContain(e.code);
          return;
        }
        const { spec } = buildWorkbook(parsed.config, "2026-11", lang);
        expect(() => validateWorkbook(spec)).not.toThrow();
        for (const s of spec.sheets) {
          expect(validSheetName(s.name)).toBe(true);
          expect(sheetKeyName(s.key).length).toBeLessThanOrEqual(255);
        }
      }),
      { numRuns: 300 },
    );
  });

  test("the catalogue's ids keep the keys and table names workbooks already rely on", () => {
    expect(["manager", "promoter", "designer", "service", "shipping"].map((id) => [SHEET.role(id), membersTable(id)])).toEqual([
      ["role:manager", "Members_manager"],
      ["role:promoter", "Members_promoter"],
      ["role:designer", "Members_designer"],
      ["role:service", "Members_service"],
      ["role:shipping", "Members_shipping"],
    ]);
  });

  test("keys and table names are one-to-one: ids equal only ignoring case and width share them, all others differ", () => {
    fc.assert(
      fc.property(hostileRoleId, hostileRoleId, (a, b) => {
        const same = a.normalize("NFKC").toLowerCase() === b.normalize("NFKC").toLowerCase();
        expect(SHEET.role(a) === SHEET.role(b)).toBe(same);
        expect(membersTable(a).toLowerCase() === membersTable(b).toLowerCase()).toBe(same);
      }),
      { numRuns: 500 },
    );
  });

  test("a suffix never takes a tab name past 31 characters (the old \" (10)\" made 33)", () => {
    const sheet = (name: string): SheetSpec => ({ key: "x", name, cells: [], tables: [] });
    const long = "A".repeat(31);
    const named = uniqueNames(Array.from({ length: 12 }, () => sheet(long)), [sheet("History")]);
    expect(named.map((s) => s.name.length).every((n) => n <= 31)).toBe(true);
    expect(named[9]!.name).toBe(`${"A".repeat(26)} (10)`);
    expect(new Set(named.map((s) => s.name)).size).toBe(12);
  });
});

describe("no character XML cannot carry reaches a renderer", () => {
  test("validateWorkbook refuses a spec holding U+FFFE, a control character or a lone surrogate, naming where", () => {
    const spec = (value: string): WorkbookSpec => ({ sheets: [{ key: "s", name: "S", cells: [{ at: "A1", value }], tables: [] }], names: [] });
    expect(() => validateWorkbook(spec("ok\ttab\nline"))).not.toThrow();
    for (const bad of ["a\uFFFEb", "a\u0001b", "a\uD800b"]) expect(() => validateWorkbook(spec(bad))).toThrow(/spec\.sheets\[0\]\.cells\[0\]\.value: U\+/);
  });
});
