import { parseConfig } from "../../../src/core/config";
import type { Config } from "../../../src/core/types";
import { exampleTeamConfig } from "../../../src/data/exampleTeam";
import { staffSheet } from "../../../src/workbook/sheets/staff";
import type { TableSpec } from "../../../src/workbook/spec";

function config(): Config {
  const parsed = parseConfig(exampleTeamConfig("2026-11"));
  if (!parsed.ok) throw new Error("example refused");
  return parsed.config;
}

const col = (t: TableSpec, key: string) => t.columns.find((c) => c.key === key);

describe("staff sheet", () => {
  test("Staff: inputs are marked, the role is a drop-down from Roles, the check is a formula", () => {
    const table = staffSheet(config().staff, "en-US").tables[0]!;
    expect(table.columns.filter((c) => !c.input).map((c) => c.key)).toEqual(["check"]);
    expect(col(table, "role")!.validation).toMatchObject({ kind: "listFrom", source: { table: "Roles", column: "id" } });
    expect(table.rows[7]).toMatchObject({ id: "E08", role: "shipping", base: 2200 });
    expect(table.rows[6]).toMatchObject({ startDate: { date: "2026-03-16" } });
  });

  test("Staff in Chinese names each role by its Chinese name, and offers the Roles table's names", () => {
    const c = config();
    const table = staffSheet(c.staff, "zh-CN", c.roles).tables[0]!;
    expect(table.rows.map((r) => r.role)).toEqual(["电商部经理", "推广策划和实施专员", "推广策划和实施专员", "美工编辑", "客服人员", "客服人员", "客服人员", "发货人员"]);
    expect(col(table, "role")!.validation).toMatchObject({ kind: "listFrom", source: { table: "Roles", column: "nameZh" } });
  });
});
