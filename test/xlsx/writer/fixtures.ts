/** Workbook specs the writer tests share: one that uses every field of the spec, and the example team's. */
import { parseConfig } from "../../../src/core/config";
import { exampleTeamConfig } from "../../../src/data/exampleTeam";
import type { Lang } from "../../../src/data/lang";
import { buildWorkbook } from "../../../src/workbook/build";
import type { WorkbookSpec } from "../../../src/workbook/spec";

/** Text a user might type that must stay text. */
export const INJECTIONS: readonly string[] = ['=HYPERLINK("http://evil","x")', "+1", "-2", "@SUM(1)", "=1+1", "00123", "_x0041_", "  padded  ", "行1\n行2"];

/** The injections exceljs's own read-back gets right (it decodes `_xHHHH_` it did not escape). */
export const EXCELJS_SAFE_INJECTIONS = INJECTIONS.filter((v) => !v.includes("_x"));

/**
 * Every field of WorkbookSpec / SheetSpec at least once: value and formula cells of every value
 * kind (with and without cached results), styles, tables with input / calculated / total columns
 * (sum and custom), an empty table, validations of every kind on cells and on table columns,
 * conditional formats, merges, freeze panes, widths, page setup with print titles and row breaks,
 * protection, a chart, defined names, and (by default) a sheet name with a quote. The exceljs
 * renderer cannot write print titles on a sheet name with a quote, nor read `_x0041_` back as typed:
 * compare the two writers with `{ rolesSheet: "角色", injections: exceljsSafe }`.
 */
export function everyFieldSpec(options: { rolesSheet?: string; injections?: readonly string[] } = {}): WorkbookSpec {
  const injections = options.injections ?? INJECTIONS;
  return {
    names: [
      { name: "PoolRate", sheet: "settings", range: "B3" },
      { name: "Choices", sheet: "roles", range: "K2:K3" },
    ],
    sheets: [
      {
        key: "settings",
        name: "设置",
        cells: [
          { at: "A1", value: "设置", style: "title" },
          { at: "A3", value: "提成池比例", style: "label" },
          { at: "B3", value: 0.4, style: ["input", "percent"] },
          { at: "A4", value: "开始日期", style: "label" },
          { at: "B4", value: { date: "2026-11-01" }, style: "input" },
          { at: "B5", value: true },
          { at: "B6", value: -0.125, style: "money" },
          { at: "B7", value: null, style: "input" },
          { at: "B8", formula: 'IF(B5,"yes","no")', result: "yes" },
          { at: "B9", formula: "B5", result: false },
          { at: "B10", formula: "B4+1", result: { date: "2026-11-02" } },
          { at: "B11", formula: "TEXTJOIN(\",\",TRUE,A3:A4)&IFS(B5,\"!\")" },
          { at: "B12", value: "wrapped and centred", style: ["header", "note"] },
          ...injections.map((v, i) => ({ at: `D${i + 1}`, value: v })),
        ],
        tables: [],
        merges: ["A1:B1", "B12:C13"],
        validations: [
          { target: "B3", rule: { kind: "decimal", min: 0, max: 1, error: "比例在 0 到 1 之间", errorTitle: "比例", prompt: "0 到 1", promptTitle: "提示" } },
          { target: "C3", rule: { kind: "list", values: ["perPerson", "splitRole"] } },
          { target: "C4", rule: { kind: "listFrom", source: { name: "Choices" } } },
          { target: "B4", rule: { kind: "date", min: "2026-01-01", max: "2026-12-31", allowBlank: false } },
          { target: "C5:C6", rule: { kind: "whole", max: 10 } },
          { target: "C7", rule: { kind: "textLength", max: 20, error: "太长了" } },
          { target: "C8", rule: { kind: "custom", formula: "AND(C8>0,MAXIFS(B3:B6,B3:B6,\">0\")>0)" } },
          { target: "C9", rule: { kind: "decimal" } },
        ],
        protect: { allowFormatColumns: true },
      },
      {
        key: "roles",
        name: options.rolesSheet ?? "O'Brien 角色",
        cells: [
          { at: "H1", value: "提成合计", style: "header" },
          { at: "H2", formula: "SUM(Roles[commission])", style: "money" },
          { at: "H3", formula: "Roles[[#Totals],[commission]]", result: 0 },
          { at: "H4", formula: 'COUNTIFS(Roles[name],"x")', result: 7 },
          { at: "H5", formula: 'MAXIFS(Roles[base],Roles[name],"MAXIFS(")+NETWORKDAYS.INTL(1,2,11)' },
        ],
        tables: [
          {
            name: "Roles",
            at: "A1",
            totalsLabel: "合计",
            columns: [
              { key: "name", header: "岗位", width: 16 },
              { key: "base", header: "底薪", input: true, style: "money", validation: { kind: "decimal", min: 0, error: "底薪不能为负" } },
              { key: "share", header: "份额 (%)", input: true, style: "percent" },
              { key: "basis", header: "Basis", input: true, validation: { kind: "listFrom", source: { table: "Bases", column: "id" } } },
              { key: "commission", header: "提成", formula: "ROUND([@base]*[@share]*PoolRate,2)", style: "money", total: "sum" },
              { key: "check", header: "Check & <ok>", formula: 'IF([@share]>1,"!","")', total: { formula: 'COUNTIF(Roles[check],"!")' } },
              { key: "since", header: "Since", input: true, total: "max" },
            ],
            rows: [
              { name: "店长", base: 3000, share: 0.3, basis: "splitRole", commission: 360, since: { date: "2024-03-01" } },
              { name: INJECTIONS[0]!, base: 1800, share: 0.08 },
              { name: "客服", base: 1800, share: 0.08, check: "" },
            ],
          },
          { name: "Bases", at: "K1", columns: [{ key: "id", header: "id" }], rows: [{ id: "perPerson" }, { id: "splitRole" }] },
          { name: "Empty", at: "M1", columns: [{ key: "a", header: "A" }, { key: "b", header: "B", formula: "[@a]*2", total: "average" }], rows: [] },
        ],
        freeze: { rows: 1, cols: 1 },
        columnWidths: { H: 14, I: 14, J: 9, A: 30 },
        conditionalFormats: [
          { target: { table: "Roles", column: "share" }, expression: "$C2>1", style: "warning" },
          { target: "H2:H5", expression: "H2<0", style: "needsInput" },
        ],
        page: { paper: "A4", orientation: "landscape", fitToWidth: true, printTitleRows: [1, 1], rowBreaks: [2, 4] },
        protect: { allowSort: true, allowFilter: true },
        charts: [{ kind: "line", title: "提成 <&>", table: "Roles", x: "name", series: ["base", "commission"], at: "H8" }],
      },
      { key: "empty", name: "Empty sheet", cells: [], tables: [], freeze: { rows: 2, cols: 0 }, page: { paper: "A4", orientation: "portrait" } },
    ],
  };
}

export interface ExampleCase {
  name: string;
  lang: Lang;
  protect: boolean;
  spec: WorkbookSpec;
}

/** The example team's workbook in both languages, protected and not. */
export function exampleCases(month = "2026-11"): ExampleCase[] {
  const parsed = parseConfig(exampleTeamConfig(month));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const cases: ExampleCase[] = [];
  for (const lang of ["zh-CN", "en-US"] as const)
    for (const protect of [false, true]) cases.push({ name: `example-${lang}${protect ? "-protected" : ""}`, lang, protect, spec: buildWorkbook(parsed.config, month, lang, { protect }).spec });
  return cases;
}
