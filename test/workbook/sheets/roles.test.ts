import { parseConfig } from "../../../src/core/config";
import type { Config } from "../../../src/core/types";
import { exampleTeamConfig } from "../../../src/data/exampleTeam";
import { rolesSheet } from "../../../src/workbook/sheets/roles";
import type { TableSpec } from "../../../src/workbook/spec";

function config(): Config {
  const parsed = parseConfig(exampleTeamConfig("2026-11"));
  if (!parsed.ok) throw new Error("example refused");
  return parsed.config;
}

const col = (t: TableSpec, key: string) => t.columns.find((c) => c.key === key);

describe("roles sheet", () => {
  test("Roles keeps a missing share and base blank (not 0) and flags them", () => {
    const sheet = rolesSheet(config().roles, "zh-CN");
    const table = sheet.tables[0]!;
    const shipping = table.rows.find((r) => r.id === "shipping")!;
    expect(shipping.share).toBeNull();
    expect(shipping.baseMin).toBeNull();
    expect(String(shipping.notes)).toContain("缺");
    expect(sheet.conditionalFormats!.map((c) => c.style)).toEqual(["needsInput", "needsInput", "warning"]);
    expect(col(table, "holders")!.formula).toContain("Staff[role]");
  });
});
