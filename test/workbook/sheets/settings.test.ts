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

  test("with no city profile chosen, the Contribution bases table still shows the examples' rows, labelled as examples", () => {
    const { sheet } = settingsSheet(config().settings, "zh-CN");
    expect(config().settings.insuranceProfile).toBeNull();
    const bases = sheet.tables.find((t) => t.name === TABLE.insuranceBases)!;
    expect(bases.rows.map((r) => r.profile)).toContain("上海（示例，请核对本市标准）");
    const values = sheet.cells.map((c) => ("value" in c ? c.value : null));
    expect(values).toContain("缴费基数（按城市档案、险种、时期）（示例，请核对所在城市当年标准）");
  });

  test("the Contribution bases table's Check, and the months of the row it is about, turn red when it says something", () => {
    const { sheet } = settingsSheet(config().settings, "en-US");
    const bases = sheet.tables.find((t) => t.name === TABLE.insuranceBases)!;
    // R4 is the header: the first row is 5; the check is the table's last column.
    const check = String.fromCharCode("R".charCodeAt(0) + bases.columns.length - 1 - 26);
    expect(bases.columns[bases.columns.length - 1]!.key).toBe("check");
    expect(sheet.conditionalFormats).toEqual(
      ["check", "from", "to"].map((column) => ({ target: { table: TABLE.insuranceBases, column }, expression: `$A${check}5<>""`, style: "warning" })),
    );
  });

  test("prints the settings with their lists, then the holiday calendar from a page of its own, each fitted to the page's width", () => {
    const { sheet } = settingsSheet(config().settings, "zh-CN");
    expect(sheet.page).toMatchObject({ paper: "A4", orientation: "portrait", fitToWidth: true, printArea: "A:H,J:L" });
    // The calendar's note and heading start its page.
    const note = sheet.cells.find((c) => "value" in c && c.value === "预填的是已知年份的放假安排；下一年公布后请在表末逐日添加：法定节假日计薪，调休休息日不计薪，调休上班日按工作日计。计薪天数、销售目标都按此表计算。");
    expect(note?.at).toBe(`J${sheet.page!.rowBreaks![0]! + 1}`);
  });
});
