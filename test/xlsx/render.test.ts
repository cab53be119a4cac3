/**
 * The product's .xlsx writer (src/xlsx/writer; the exceljs renderer until issue 15), checked by
 * reading what it wrote back with exceljs (patched, as every reader in this project is) and, where
 * exceljs's reader is blind, by looking at the XML itself.
 */
import * as ExcelJS from "exceljs";
import "../../src/xlsx/exceljs-patch";
import { toBufferFast as toBuffer } from "../../src/xlsx/writer";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { sheetKeyFromName, sheetKeyName, validSheetName } from "../../src/workbook/sheetIdentity";
import { NUM_FMT } from "../../src/workbook/styles";
import { expectValidOoxml } from "../ooxml/validate";

// exceljs's own zip library: the only way to see parts exceljs does not read back (row breaks, drawings).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const JSZip = require("jszip") as { loadAsync(b: Buffer): Promise<{ file(p: string): { async(t: "string"): Promise<string> } | null; files: Record<string, unknown> }> };

const INJECTIONS = ["=HYPERLINK(\"http://evil\",\"x\")", "+1", "-2", "@SUM(1)", "=1+1", "00123"];

function spec(): WorkbookSpec {
  return {
    names: [{ name: "PoolRate", sheet: "settings", range: "B3" }],
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
          ...INJECTIONS.map((v, i) => ({ at: `D${i + 1}`, value: v })),
        ],
        tables: [],
        merges: ["A1:B1"],
        validations: [
          { target: "B3", rule: { kind: "decimal", min: 0, max: 1, error: "比例在 0 到 1 之间", errorTitle: "比例" } },
          { target: "C3", rule: { kind: "list", values: ["perPerson", "splitRole"] } },
        ],
        protect: { allowFormatColumns: true },
      },
      {
        key: "roles",
        name: "角色",
        cells: [
          { at: "H1", value: "提成合计", style: "header" },
          { at: "H2", formula: "SUM(Roles[commission])", style: "money" },
          { at: "H3", formula: "Roles[[#Totals],[commission]]", result: 0 },
          { at: "H4", formula: "COUNTIFS(Roles[name],\"x\")", result: 7 },
          { at: "H5", formula: "MAXIFS(Roles[base],Roles[name],\"MAXIFS(\")+NETWORKDAYS.INTL(1,2,11)" },
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
              { key: "check", header: "Check", formula: "IF([@share]>1,\"!\",\"\")", total: { formula: "COUNTIF(Roles[check],\"!\")" } },
            ],
            rows: [
              { name: "店长", base: 3000, share: 0.3, basis: "splitRole", commission: 360 },
              { name: INJECTIONS[0]!, base: 1800, share: 0.08 },
            ],
          },
          { name: "Bases", at: "K1", columns: [{ key: "id", header: "id" }], rows: [{ id: "perPerson" }, { id: "splitRole" }] },
          { name: "Empty", at: "M1", columns: [{ key: "a", header: "A" }, { key: "b", header: "B", formula: "[@a]*2" }], rows: [] },
        ],
        freeze: { rows: 1, cols: 1 },
        columnWidths: { H: 14 },
        conditionalFormats: [{ target: { table: "Roles", column: "share" }, expression: "$C2>1", style: "warning" }],
        page: { paper: "A4", orientation: "landscape", fitToWidth: true, printTitleRows: [1, 1], rowBreaks: [2] },
        charts: [{ kind: "line", title: "提成", table: "Roles", x: "name", series: ["base", "commission"], at: "H6" }],
      },
    ],
  };
}

let wb: ExcelJS.Workbook;
let zip: Awaited<ReturnType<typeof JSZip.loadAsync>>;
const xml = async (part: string) => (await zip.file(part)?.async("string")) ?? "";

beforeAll(async () => {
  const buf = await toBuffer(spec());
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  zip = await JSZip.loadAsync(buf);
});

const sheet = (name: string) => wb.getWorksheet(name)!;
type TableModel = { tableRef: string; totalsRow: boolean; headerRow: boolean; columns: { name: string; calculatedColumnFormula?: string; totalsRowFunction?: string; totalsRowFormula?: string }[] };
const table = (ws: ExcelJS.Worksheet, name: string) => (ws as unknown as { tables: Record<string, { table: TableModel }> }).tables[name]!.table;

describe("the written workbook: structure read back", () => {
  test("sheets keep their order and names; keys and named ranges are defined names", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["设置", "角色"]);
    const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
    const byName = Object.fromEntries(names.map((n) => [n.name, n.ranges]));
    expect(byName.PoolRate).toEqual(["'设置'!$B$3"]);
    expect(byName[sheetKeyName("settings")]).toEqual(["'设置'!$A$1"]);
    expect(byName[sheetKeyName("roles")]).toEqual(["'角色'!$A$1"]);
  });

  test("the table columns the formulas name are hidden workbook names over their structured references", async () => {
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    expect(xml).toContain('<definedName name="ShopSheetCol.Roles.commission" hidden="1">Roles[[提成]]</definedName>');
    expect(xml).toContain('<definedName name="ShopSheetTotal.Roles.commission" hidden="1">Roles[[#Totals],[提成]]</definedName>');
    expect(xml).toContain('<definedName name="ShopSheetCol.Roles.base" hidden="1">Roles[[底薪]]</definedName>');
    expect(xml).not.toContain("ShopSheetCol.Roles.share"); // only names some formula uses ([@share] is A1)
  });

  test("tables: name, place, headers, totals row, calculated column formulas in A1 as of the first data row", () => {
    const t = table(sheet("角色"), "Roles");
    expect(t.tableRef).toBe("A1:F4");
    expect(t.headerRow).toBe(true);
    expect(t.totalsRow).toBe(true);
    expect(t.columns.map((c) => c.name)).toEqual(["岗位", "底薪", "份额 (%)", "Basis", "提成", "Check"]);
    // ROUND([@base]*[@share]*PoolRate,2): base in B, share in C, data from row 2 (src/workbook/a1Formulas.ts).
    expect(t.columns[4]!.calculatedColumnFormula).toBe("ROUND(B2*C2*PoolRate,2)");
    expect(t.columns[4]!.totalsRowFunction).toBe("sum");
    expect(t.columns[5]!.totalsRowFunction).toBe("custom");
    expect(t.columns[5]!.totalsRowFormula).toBe('COUNTIF(Roles[[Check]],"!")');
  });

  test("every data row of a calculated column carries the column formula on its own row; totals are SUBTOTAL over [[Header]]", () => {
    const ws = sheet("角色");
    expect(ws.getCell("E2").formula).toBe(table(ws, "Roles").columns[4]!.calculatedColumnFormula);
    expect(ws.getCell("E3").formula).toBe("ROUND(B3*C3*PoolRate,2)");
    expect(ws.getCell("A4").value).toBe("合计");
    expect(ws.getCell("E4").formula).toBe("SUBTOTAL(109,Roles[[提成]])");
    expect(ws.getCell("F4").formula).toBe('COUNTIF(Roles[[Check]],"!")');
  });

  test("cached results: written only when given — a given 0 survives, a missing one stays missing", () => {
    const ws = sheet("角色");
    expect(ws.getCell("E2").result).toBe(360);
    expect(ws.getCell("E3").result).toBeUndefined();
    expect(ws.getCell("H2").formula).toBe("SUM(ShopSheetCol.Roles.commission)"); // a hidden name over Roles[[提成]]
    expect(ws.getCell("H2").result).toBeUndefined();
    expect(ws.getCell("H3").formula).toBe("ShopSheetTotal.Roles.commission");
    expect(ws.getCell("H3").result).toBe(0);
    // exceljs's cell.value.result drops falsy results: the reason readers use cell.result.
    expect((ws.getCell("H3").value as ExcelJS.CellFormulaValue).result).toBeUndefined();
    expect(ws.getCell("H4").result).toBe(7);
  });

  test("post-2007 functions get their _xlfn. prefix in the file; strings and *.INTL are left alone", () => {
    expect(sheet("角色").getCell("H5").formula).toBe('_xlfn.MAXIFS(ShopSheetCol.Roles.base,ShopSheetCol.Roles.name,"MAXIFS(")+NETWORKDAYS.INTL(1,2,11)');
  });

  test("a table with no rows gets one blank data row (Excel tables always have one)", () => {
    const ws = sheet("角色");
    expect(table(ws, "Empty").tableRef).toBe("M1:N2");
    expect(ws.getCell("N2").formula).toBe("M2*2");
  });

  test("number formats, input vs computed look, dates", () => {
    const set = sheet("设置");
    expect(set.getCell("B3").numFmt).toBe(NUM_FMT.percent);
    expect(set.getCell("B4").numFmt).toBe(NUM_FMT.date); // a date without a format gets the date format
    expect(set.getCell("B4").value).toEqual(new Date(Date.UTC(2026, 10, 1)));
    const ws = sheet("角色");
    expect(ws.getCell("B2").numFmt).toBe(NUM_FMT.money);
    expect(ws.getCell("C3").numFmt).toBe(NUM_FMT.percent);
    expect(ws.getCell("E2").numFmt).toBe(NUM_FMT.money);
    const fill = (a: string) => (ws.getCell(a).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(fill("B2")).toBe("FFFFF2CC"); // input
    expect(fill("E2")).toBeUndefined(); // computed
    expect(ws.getCell("B2").protection?.locked).toBe(false);
    expect(ws.getCell("E2").protection?.locked).not.toBe(false);
  });

  test("data validation: literal list, list from another table, decimal ≥ 0 with messages, on table columns too", () => {
    const set = sheet("设置");
    expect(set.getCell("B3").dataValidation).toMatchObject({ type: "decimal", operator: "between", formulae: [0, 1], error: "比例在 0 到 1 之间", errorTitle: "比例", showErrorMessage: true });
    expect(set.getCell("C3").dataValidation).toMatchObject({ type: "list", formulae: ['"perPerson,splitRole"'] });
    const ws = sheet("角色");
    for (const a of ["B2", "B3"]) expect(ws.getCell(a).dataValidation).toMatchObject({ type: "decimal", operator: "greaterThanOrEqual", formulae: [0], error: "底薪不能为负" });
    expect(ws.getCell("B4").dataValidation).toBeUndefined(); // not the totals row
    // A table column's list grows with the table: INDIRECT of the column's name (issue 12: a fixed range missed a sixth role).
    expect(ws.getCell("D2").dataValidation).toMatchObject({ type: "list", formulae: ['INDIRECT("Bases[id]")'] });
  });

  test("conditional format on a table column, frozen panes, widths, merges", () => {
    const ws = sheet("角色");
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae: string[] }[] }[] }).conditionalFormattings;
    expect(cf).toHaveLength(1);
    expect(cf[0]!.ref).toBe("C2:C3");
    expect(cf[0]!.rules[0]).toMatchObject({ type: "expression", formulae: ["$C2>1"] });
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
    expect(ws.getColumn("A").width).toBe(16);
    expect(ws.getColumn("H").width).toBe(14);
    expect(sheet("设置").getCell("B1").isMerged).toBe(true);
  });

  test("page setup: A4 landscape, fit to width, print titles, a row break", async () => {
    const ws = sheet("角色");
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1" });
    expect(await xml("xl/worksheets/sheet2.xml")).toMatch(/<rowBreaks[^>]*><brk id="2"/);
  });

  test("protection: on, without a password; input cells unlocked", () => {
    const protection = (ws: ExcelJS.Worksheet) => (ws as unknown as { sheetProtection?: Record<string, unknown> | null }).sheetProtection;
    const p = protection(sheet("设置"))!;
    expect(p.sheet).toBe(true);
    expect(p.hashValue).toBeUndefined();
    expect(p.formatColumns).toBe(true); // allowed
    expect(sheet("设置").getCell("B3").protection?.locked).toBe(false);
    expect(protection(sheet("角色"))).toBeFalsy();
  });

  test("charts: the chart spec is drawn (test/xlsx/writer/readback.test.ts reads the chart itself)", () => {
    expect(Object.keys(zip.files).filter((f) => /drawing|chart/.test(f) && !f.includes("_rels"))).toEqual(["xl/drawings/drawing1.xml", "xl/charts/chart1.xml"]);
  });
});

describe("the file is valid OOXML", () => {
  test("every part validates against the ISO/IEC 29500 schemas, and Excel's own rules hold", async () => {
    await expectValidOoxml([{ name: "render spec", data: await toBuffer(spec()) }]);
  });
});

describe("exceljs patch: tables as Excel saves them can be read", () => {
  test("a calculated column mid-table and no headerRowCount attribute (Excel's default of 1)", async () => {
    const z = (await JSZip.loadAsync(await toBuffer(spec()))) as unknown as {
      file(p: string): { async(t: "string"): Promise<string> };
      file(p: string, data: string): void;
      generateAsync(o: { type: "nodebuffer" }): Promise<Buffer>;
    };
    const part = "xl/tables/table1.xml";
    const before = await z.file(part).async("string");
    expect(before).not.toContain("headerRowCount"); // as Excel writes it: the default of 1 left out
    z.file(part, before);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await z.generateAsync({ type: "nodebuffer" })) as unknown as ArrayBuffer);
    const t = table(back.getWorksheet("角色")!, "Roles");
    expect(t.headerRow).toBe(true);
    expect(t.columns).toHaveLength(6); // unpatched exceljs stops at the first calculated column, then throws
    expect(t.columns[5]!.totalsRowFormula).toBe('COUNTIF(Roles[[Check]],"!")');
  });
});

describe("formula injection: text stays text", () => {
  test("cells starting with = + - @ (and digit strings) read back as strings, never formulas", () => {
    const ws = sheet("设置");
    INJECTIONS.forEach((v, i) => {
      const c = ws.getCell(`D${i + 1}`);
      expect(c.type).toBe(ExcelJS.ValueType.String);
      expect(c.value).toBe(v);
    });
    const t = sheet("角色").getCell("A3");
    expect(t.type).toBe(ExcelJS.ValueType.String);
    expect(t.value).toBe(INJECTIONS[0]);
  });

  test("no <f> element in the file contains the injected text", async () => {
    const all = (await xml("xl/worksheets/sheet1.xml")) + (await xml("xl/worksheets/sheet2.xml"));
    expect(all).not.toMatch(/<f>[^<]*HYPERLINK/);
    expect(await xml("xl/sharedStrings.xml")).toContain('<t>=HYPERLINK("http://evil","x")</t>'); // a shared string (quotes need no escape in text)
  });
});

describe("the spec is checked before anything is written", () => {
  const broken = (edit: (s: WorkbookSpec) => void) => {
    const s = spec();
    edit(s);
    return toBuffer(s);
  };
  test.each([
    ["bad sheet name", (s: WorkbookSpec) => void (s.sheets[0]!.name = "a/b"), /sheet name "a\/b"/],
    ["duplicate sheet name (any case)", (s: WorkbookSpec) => void (s.sheets[1]!.name = "设置"), /used twice/],
    ["unknown column key", (s: WorkbookSpec) => void (s.sheets[1]!.tables[0]!.columns[4]!.formula = "[@nope]*2"), /no column key "nope"/],
    ["unknown table", (s: WorkbookSpec) => void s.sheets[1]!.cells.push({ at: "J9", formula: "SUM(Nope[x])" }), /unknown table Nope/],
    ["formula with =", (s: WorkbookSpec) => void s.sheets[0]!.cells.push({ at: "J9", formula: "=1+1" }), /must not start with "="/],
    ["cell inside a table", (s: WorkbookSpec) => void s.sheets[1]!.cells.push({ at: "B2", value: 1 }), /inside table "Roles"/],
    ["structured ref in a conditional format", (s: WorkbookSpec) => void (s.sheets[1]!.conditionalFormats![0]!.expression = "[@share]>1"), /A1 references only/],
    ["header with [", (s: WorkbookSpec) => void (s.sheets[1]!.tables[0]!.columns[0]!.header = "a[b]"), /header "a\[b\]"/],
    ["total on the first column", (s: WorkbookSpec) => void (s.sheets[1]!.tables[0]!.columns[0]!.total = "sum"), /first column/],
    ["table name like a cell", (s: WorkbookSpec) => void (s.sheets[1]!.tables[1]!.name = "AB12"), /not a valid Excel table name/],
    ["a function Excel 2016 / LibreOffice 7.4 lack", (s: WorkbookSpec) => void s.sheets[0]!.cells.push({ at: "J9", formula: "LET(x,1,x)+XLOOKUP(1,A:A,B:B)" }), /LET, XLOOKUP not allowed/],
    ["NaN", (s: WorkbookSpec) => void s.sheets[0]!.cells.push({ at: "J9", value: NaN }), /not a finite number/],
  ])("%s", async (_what, edit, message) => {
    await expect(broken(edit)).rejects.toThrow(message);
  });
});

describe("sheet names and keys", () => {
  test("validSheetName follows Excel's rules", () => {
    for (const ok of ["设置", "Payroll 2026-11", "工资 2026年11月", "a".repeat(31), "O'Brien"]) expect(validSheetName(ok)).toBe(true);
    for (const bad of ["", "a".repeat(32), "a:b", "a\\b", "a/b", "a?b", "a*b", "a[b", "a]b", "'ab", "ab'", "History"]) expect(validSheetName(bad)).toBe(false);
  });
  test("sheet keys round-trip through their defined name", () => {
    for (const k of ["settings", "payroll:2026-11", "slips:2026-11:manager"]) expect(sheetKeyFromName(sheetKeyName(k))).toBe(k);
    expect(sheetKeyFromName("PoolRate")).toBeNull();
    expect(() => sheetKeyName("Payroll")).toThrow();
  });
});
