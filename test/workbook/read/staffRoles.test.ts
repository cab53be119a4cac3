/**
 * A Staff row's role as the sheet's lookups find it — the Roles cells' texts, ignoring case and nothing else
 * (src/workbook/sheets/roleLookup.ts) — and the Roles cells a Staff role is looked up in. A role core would find
 * only by folding width or the kind or number of spaces is refused on its cell, naming the text the sheet finds;
 * a Roles id or name, or a Staff role, with a space at either end is refused on its cell (id.surroundingSpace).
 * LibreOffice's side of it: test/oracle/roleSpaces.oracle.test.ts; a property: ./readConfig.roleSpaces.test.ts.
 */
import type { Lang } from "../../../src/data/lang";
import { buildWorkbook } from "../../../src/workbook/build";
import { TABLE } from "../../../src/workbook/names";
import { describeReadProblem, parseRead, readConfig, workbookMonths } from "../../../src/workbook/read";
import { Locator } from "../../../src/workbook/read/locator";
import type { ReadProblem } from "../../../src/workbook/read/problems";
import { checkStaffRoles } from "../../../src/workbook/read/staffRoles";
import { specGrid } from "./specGrid";
import { parsed } from "./parsedConfig";

describe("checkStaffRoles", () => {
  const at = (row: number) => ({ sheet: "员工", address: `C${row}`, row, column: "岗位" });
  const ROLES = [
    { id: "ops", nameZh: "运营 组", nameEn: "Store Ops" },
    { id: "kf", nameZh: "售后", nameEn: "" },
  ];

  function check(roles: readonly string[], shown = ROLES, asConfig: readonly unknown[] = shown): ReadProblem[] {
    const locator = new Locator();
    roles.forEach((_, i) => locator.set(`staff[${i}].role`, at(5 + i)));
    const problems: ReadProblem[] = [];
    checkStaffRoles(roles.map((role) => ({ role })), shown, asConfig, locator, problems);
    return problems;
  }

  test("a role a width, a kind of space or a number of spaces apart is refused on its cell, naming the cell's text the sheet would find", () => {
    expect(check(["ｏｐｓ"])).toEqual([{ code: "staff.roleAsTyped", params: { role: "ｏｐｓ", shown: "ops" }, path: "staff[0].role", place: at(5) }]);
    expect(check(["ops", "运营\u3000组"])).toEqual([{ code: "staff.roleAsTyped", params: { role: "运营\u3000组", shown: "运营 组" }, path: "staff[1].role", place: at(6) }]);
    expect(check(["store  ops"])[0]!.params).toEqual({ role: "store  ops", shown: "Store Ops" });
    expect(check(["Store\tOps"])[0]!.params).toEqual({ role: "Store\tOps", shown: "Store Ops" });
  });

  test("a role holding * ? ~ is core's to refuse (name.wildcard), though its key folds to a role's full-width ＊ or ～", () => {
    const shown = [{ id: "ops", nameZh: "客服＊", nameEn: "～Ops" }];
    expect(check(["客服*", "~ops", "客服＊"], shown)).toEqual([]);
    // Without the wildcard the same fold is refused here, naming the cell's text.
    expect(check(["ＯＰＳ"], shown)[0]!.params).toEqual({ role: "ＯＰＳ", shown: "ops" });
  });

  test("a role the sheet finds as typed (case apart), none, or one nobody has (core's own message) is not this check's", () => {
    expect(check(["ops", "OPS", "运营 组", "store ops", "KF", "售后"])).toEqual([]);
    expect(check(["店长"])).toEqual([]);
    // A space inside where the Roles cell has none is another text to core too (staff.unknownRole).
    expect(check(["售\u00a0后", "运营组"])).toEqual([]);
    // A blank English name is no cell to match: 售后 is found by its other cells.
    expect(check(["kf"])).toEqual([]);
  });

  test("a Chinese Roles table's catalogue id (shown as its Chinese name) typed as the English code is refused, naming the Chinese", () => {
    const shown = [{ id: "客服人员", nameZh: "客服人员", nameEn: "Customer service" }];
    const asConfig = [{ ...shown[0], id: "service" }];
    expect(check(["service"], shown, asConfig)).toEqual([{ code: "staff.roleAsTyped", params: { role: "service", shown: "客服人员" }, path: "staff[0].role", place: at(5) }]);
    expect(check(["客服人员", "customer service"], shown, asConfig)).toEqual([]);
  });
});

describe("reading a workbook", () => {
  const CONFIG = parsed({
    roles: [{ id: "ops", nameZh: "运营组", nameEn: "Store Ops", share: "0.05", baseMin: null }],
    staff: [{ id: "E01", role: "ops", base: "5000" }],
    months: [{ month: "2026-03", grossMargin: "10000" }],
  });
  type Tables = Map<string, Record<string, unknown>[]>;

  function read(edit: (tables: Tables) => void, lang: Lang) {
    const built = buildWorkbook(CONFIG, "2026-03", lang);
    const result = parseRead(readConfig(specGrid(built.spec, ({ tables }) => edit(tables)), lang, { months: workbookMonths(built.spec.sheets.map((s) => s.key)) }));
    return result.ok ? { codes: [] as string[], said: [] as string[] } : { codes: result.problems.map((p) => p.code), said: result.problems.map((p) => describeReadProblem(p, lang)) };
  }
  const role = (tables: Tables) => tables.get(TABLE.roles)![0]!;

  test("as built, both languages read back without a problem", () => {
    expect(read(() => undefined, "zh-CN").said).toEqual([]);
    expect(read(() => undefined, "en-US").said).toEqual([]);
  });

  test("a Roles id or name with a space, a full-width space or a tab at either end is refused on its cell, in both languages", () => {
    for (const key of ["id", "nameZh", "nameEn"] as const) {
      for (const pad of [" ", "\u3000", "\t"]) {
        const typed = (v: unknown) => `${pad}${String(v)}`;
        const zh = read((t) => void (role(t)[key] = typed(role(t)[key])), "zh-CN");
        // A tab inside an id is refused by the id's own check (id.lineBreak); a tab at its start is both.
        expect([key, pad, zh.codes.filter((c) => c !== "id.lineBreak")]).toEqual([key, pad, ["id.surroundingSpace"]]);
      }
    }
    const zh = read((t) => void (role(t).nameZh = "运营组 "), "zh-CN");
    expect(zh.said).toEqual([expect.stringMatching(/^“岗位”表第 \d+ 行“中文名称”列（B\d+）：“运营组␣”的开头或结尾有空格/)]);
    const en = read((t) => void (role(t).id = "ops\u3000"), "en-US");
    expect(en.said).toEqual([expect.stringMatching(/^Roles, row \d+, column “ID” \(A\d+\): "ops␣" has a space at its start or end/)]);
  });

  test("a Staff role with a space at either end, or a width apart from every Roles cell, is refused on its cell, in both languages", () => {
    const staffRole = (t: Tables, v: string) => void (t.get(TABLE.staff)![0]!.role = v);
    expect(read((t) => staffRole(t, "运营组\u3000"), "zh-CN").said).toEqual([expect.stringMatching(/^“员工”表第 \d+ 行“岗位”列（C\d+）：“运营组␣”的开头或结尾有空格/)]);
    expect(read((t) => staffRole(t, " ops"), "en-US").codes).toEqual(["id.surroundingSpace"]);
    expect(read((t) => staffRole(t, "Ｓｔｏｒｅ Ops"), "zh-CN").said).toEqual([
      expect.stringMatching(/^“员工”表第 \d+ 行“岗位”列（C\d+）：岗位“Ｓｔｏｒｅ Ops”不是岗位表里原样写着的编号或名称（大小写不计）.*请改成“Store Ops”$/),
    ]);
    expect(read((t) => staffRole(t, "store\u3000ops"), "en-US").said).toEqual([
      expect.stringMatching(/^Staff, row \d+, column “Role” \(C\d+\): the role "store\u3000ops" is not an ID or name as the Roles table has it \(case apart\).*Change it to "Store Ops"$/),
    ]);
    // Case is the sheet's too (MATCH ignores it): accepted, and read as the role's id.
    expect(read((t) => staffRole(t, "STORE OPS"), "en-US").said).toEqual([]);
  });
});
