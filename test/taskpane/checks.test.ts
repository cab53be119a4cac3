/**
 * The Set up view's checks (src/taskpane/checks.ts): the draft the pane first shows — the catalogue's
 * roles and the default settings — has no problem in either language, with the fields' own checks and
 * with the engine's whole-config check (a person opening the pane is not greeted by "needs fixing"); a
 * bad field is found where it is, in the engine's words.
 */
import { parseConfig } from "../../src/core/config";
import "../../src/taskpane/messages";
import { draftProblems } from "../../src/taskpane/checks";
import { draftFromSections, emptyStaff } from "../../src/taskpane/draft";

describe("the pane's first draft (catalogue and defaults)", () => {
  for (const lang of ["zh-CN", "en-US"] as const) {
    it(`has no problem in ${lang}, field by field and as a whole config`, () => {
      const first = draftFromSections(null, lang);
      expect(draftProblems(first, lang)).toEqual({});
      expect(draftProblems(first, lang, parseConfig)).toEqual({});
    });
  }

  it("a bad field in it is found, keyed by its path, in the engine's words", () => {
    const d = draftFromSections(null, "en-US");
    const bad = { ...d, roles: d.roles.map((r, i) => (i === 1 ? { ...r, baseMin: "abc" } : r)) };
    expect(draftProblems(bad, "en-US")).toEqual({ "roles[1].baseMin": '"abc" is not an amount' });
    expect(draftProblems(bad, "zh-CN")).toEqual({ "roles[1].baseMin": "“abc”不是金额" });
  });

  it("a role's name or a person's role holding * ? ~ is refused on its field, in both languages, saying Excel reads it as a wildcard", () => {
    const d = draftFromSections(null, "zh-CN");
    const bad = { ...d, roles: d.roles.map((r, i) => (i === 0 ? { ...r, nameZh: "客服*" } : r)), staff: [{ ...emptyStaff("客?"), id: "E01", name: "王五" }] };
    const zh = draftProblems(bad, "zh-CN", parseConfig);
    expect(zh["roles[0].nameZh"]).toMatch(/^“客服\*”含有 \*：Excel 查找岗位.*通配符/);
    expect(zh["staff[0].role"]).toMatch(/^“客\?”含有 \?：/);
    expect(draftProblems(bad, "en-US")["roles[0].nameZh"]).toMatch(/^"客服\*" contains \*: Excel's lookups read \* \? ~ .* as wildcards/);
    // = < > and the full-width ＊ are no wildcards to MATCH: taken.
    const fine = { ...d, roles: d.roles.map((r, i) => (i === 0 ? { ...r, nameZh: "=客服＊" } : r)) };
    expect(draftProblems(fine, "zh-CN")["roles[0].nameZh"]).toBeUndefined();
  });
});
