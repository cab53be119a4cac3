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
  test("Roles says a missing share and base needs input (never 0) and flags them", () => {
    const sheet = rolesSheet(config().roles, "zh-CN");
    const table = sheet.tables[0]!;
    // A Chinese sheet shows the catalogue's shipping role by its Chinese key (src/workbook/roleIds.ts).
    const shipping = table.rows.find((r) => r.id === "发货人员")!;
    // Issue 12: the shipping row's empty base and share only coloured; they say 待填写 (read back as blank).
    expect(shipping.share).toBe("待填写");
    expect(shipping.baseMin).toBe("待填写");
    expect(String(shipping.notes)).toContain("缺");
    expect(sheet.conditionalFormats!.map((c) => c.style)).toEqual(["needsInput", "needsInput", "warning"]);
    expect(col(table, "holders")!.formula).toContain("Staff[role]");
  });

  test("Roles shows a role's basis and flags as words in the workbook's language, with helper columns holding the codes", () => {
    const zh = rolesSheet(config().roles, "zh-CN").tables[0]!;
    const en = rolesSheet(config().roles, "en-US").tables[0]!;
    expect(zh.rows.map((r) => [r.basis, r.roomAndBoard, r.insurance])[0]).toEqual(["每人", "否", "是"]);
    expect(en.rows.map((r) => [r.basis, r.roomAndBoard, r.insurance])[0]).toEqual(["per person", false, true]);
    // The codes the payroll's formulas read, by the keys they have always read.
    expect(col(zh, "shareBasis")!.formula).toContain('"平分"');
    expect(col(zh, "insured")!.formula).toContain('"是"');
  });
});
