import { parseConfig } from "../../../src/core/config";
import type { Config } from "../../../src/core/types";
import { exampleTeamConfig } from "../../../src/data/exampleTeam";
import { settingsSheet } from "../../../src/workbook/sheets/settings";
import { NAME, TABLE } from "../../../src/workbook/names";

function config(): Config {
  const parsed = parseConfig(exampleTeamConfig("2026-11"));
  if (!parsed.ok) throw new Error("example refused");
  return parsed.config;
}

describe("settings sheet", () => {
  test("names every single setting and keeps the lists as tables", () => {
    const { sheet, names } = settingsSheet(config().settings, "zh-CN");
    expect(names.map((n) => n.name).sort()).toEqual(Object.values(NAME).sort());
    expect(sheet.tables.map((t) => t.name)).toEqual([TABLE.taxTable, TABLE.weekdayWeights, TABLE.events, TABLE.holidays, TABLE.insuranceBases]);
    expect(sheet.tables[0]!.rows).toHaveLength(7);
    expect(sheet.tables[0]!.rows[6]).toEqual({ upTo: null, rate: 0.45, quickDeduction: 181920 });
    // Each named cell is an input holding the setting's value.
    const poolRate = names.find((n) => n.name === NAME.poolRate)!;
    const cell = sheet.cells.find((c) => c.at === poolRate.range)!;
    expect(cell).toMatchObject({ value: 0.4, style: ["input", "percent"] });
  });

  test("the social insurance figures are labelled as an example in both languages", () => {
    const zh = settingsSheet(config().settings, "zh-CN").sheet.cells.map((c) => ("value" in c ? c.value : null));
    const en = settingsSheet(config().settings, "en-US").sheet.cells.map((c) => ("value" in c ? c.value : null));
    expect(zh).toContain("社会保险（示例，请按所在城市当年标准核对）");
    expect(en).toContain("Social insurance (example — check your city's current rates)");
  });
});
