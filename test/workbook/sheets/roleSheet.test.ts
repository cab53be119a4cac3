import { parseConfig } from "../../../src/core/config";
import type { Config } from "../../../src/core/types";
import { exampleTeamConfig } from "../../../src/data/exampleTeam";
import { roleSheet, roleSheetName } from "../../../src/workbook/sheets/roleSheet";
import { validSheetName } from "../../../src/workbook/sheetIdentity";

function config(): Config {
  const parsed = parseConfig(exampleTeamConfig("2026-11"));
  if (!parsed.ok) throw new Error("example refused");
  return parsed.config;
}

describe("role sheets", () => {
  test("the duties of the source, numbered, and the live pay rule from Roles", () => {
    const c = config();
    const service = roleSheet(c.roles.find((r) => r.id === "service")!, ["E05", "E06", "E07"], "2026-11", "zh-CN");
    const numbers = service.cells.filter((x) => "value" in x && typeof x.value === "number" && x.at.startsWith("A")).map((x) => ("value" in x ? x.value : null));
    expect(numbers).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(service.cells.some((x) => "value" in x && x.value === "疑难快递处理及发货部对接关系处理")).toBe(true);
    expect(service.tables[0]!.rows).toEqual([{ id: "E05" }, { id: "E06" }, { id: "E07" }]);
    const shipping = roleSheet(c.roles.find((r) => r.id === "shipping")!, [], "2026-11", "en-US");
    expect(shipping.cells.find((x) => x.at === "A6")).toMatchObject({ style: ["needsInput", "wrap"] });
  });

  test("a role's tab name is cleaned of the characters Excel refuses and cut to 31", () => {
    const name = roleSheetName({ id: "x", nameZh: "a/b:c*d?e[f]", nameEn: "A".repeat(40), headcount: 1, baseMin: null, baseMax: null, share: null, shareBasis: "perPerson", roomAndBoard: false, insured: true }, "zh-CN");
    expect(validSheetName(name)).toBe(true);
    expect(roleSheetName({ id: "x", nameZh: "", nameEn: "A".repeat(40), headcount: 1, baseMin: null, baseMax: null, share: null, shareBasis: "perPerson", roomAndBoard: false, insured: true }, "en-US")).toHaveLength(31);
  });
});
