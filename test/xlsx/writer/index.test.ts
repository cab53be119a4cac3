/**
 * The fast writer read back with exceljs (patched, as every reader here is): it must hold what the
 * exceljs renderer's file holds (the reference in ../reference/exceljsRenderer.ts) — cell by cell, value or formula and cached result, number format,
 * look, protection, validation; tables, names, conditional formats, views, widths, merges, page
 * setup, protection — and, where the two differ on purpose, what the spec says.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import type { WorkbookSpec } from "../../../src/workbook/spec";
import { toBuffer } from "../reference/exceljsRenderer";
import { CellTextTooLongError, toBufferFast, writeXlsxFast, XmlCharacterError } from "../../../src/xlsx/writer";
import { openXlsx } from "../../ooxml/package";
import { everyFieldSpec, EXCELJS_SAFE_INJECTIONS, exampleCases, INJECTIONS } from "./fixtures";
import { readWorkbook, summary } from "./workbookSummary";

/** Every part of an .xlsx as text, by its path in the zip. */
const partsOf = async (xlsx: Buffer): Promise<Map<string, string>> => (await openXlsx(xlsx)).parts;

const comparable = () => everyFieldSpec({ rolesSheet: "角色", injections: EXCELJS_SAFE_INJECTIONS });

describe("the same workbook as the exceljs renderer", () => {
  test.each([
    ["every field of the spec", comparable()],
    ...exampleCases().map((c) => [c.name, c.spec] as [string, WorkbookSpec]),
  ])("%s", async (_name, spec) => {
    const expected = summary(await readWorkbook(await toBuffer(spec)));
    expect(summary(await readWorkbook(await toBufferFast(spec)))).toEqual(expected);
  });

  test("with inline strings, and with shared formulas, it still reads back the same", async () => {
    const spec = exampleCases()[0]!.spec;
    const expected = summary(await readWorkbook(await toBuffer(spec)));
    for (const options of [{ strings: "inline" as const }, { sharedFormulas: true }]) {
      expect(summary(await readWorkbook(await toBufferFast(spec, options)))).toEqual(expected);
    }
  });
});

describe("what the fast writer does that exceljs cannot", () => {
  let wb: ExcelJS.Workbook;
  let parts: Map<string, string>;
  beforeAll(async () => {
    const buf = await toBufferFast(everyFieldSpec());
    wb = await readWorkbook(buf);
    parts = await partsOf(buf);
  });

  test("text comes back exactly as typed, as text: formula prefixes, _x0041_, spaces, line breaks", () => {
    const ws = wb.getWorksheet("设置")!;
    INJECTIONS.forEach((v, i) => {
      const c = ws.getCell(`D${i + 1}`);
      expect(c.type).toBe(ExcelJS.ValueType.String);
      expect(c.value).toBe(v);
    });
    expect(parts.get("xl/sharedStrings.xml")).toContain("<t>_x005F_x0041_</t>");
    expect(parts.get("xl/sharedStrings.xml")).toContain('<t xml:space="preserve">  padded  </t>');
  });

  test("print titles on a sheet whose name has a quote", () => {
    // exceljs turns the sheet-local name back into the sheet's page setup.
    expect(wb.getWorksheet("O'Brien 角色")!.pageSetup.printTitlesRow).toBe("1:1");
    expect(parts.get("xl/workbook.xml")).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="1">'O''Brien 角色'!$1:$1</definedName>`);
  });

  test("a width of 9 is written (exceljs drops it as its default)", () => {
    expect(wb.getWorksheet("O'Brien 角色")!.getColumn("J").width).toBe(9);
  });

  test("row breaks after rows 2 and 4", () => {
    expect(parts.get("xl/worksheets/sheet2.xml")).toMatch(/<rowBreaks count="2" manualBreakCount="2"><brk id="2" max="16383" man="1"\/><brk id="4" max="16383" man="1"\/><\/rowBreaks>/);
  });

  test("the chart: a drawing on the sheet, one line per series column over the x column, named by the headers", () => {
    expect(parts.get("xl/worksheets/_rels/sheet2.xml.rels")).toContain('Target="../drawings/drawing1.xml"');
    expect(parts.get("xl/drawings/_rels/drawing1.xml.rels")).toContain('Target="../charts/chart1.xml"');
    const chart = parts.get("xl/charts/chart1.xml")!;
    expect(chart).toContain("<a:t>提成 &lt;&amp;&gt;</a:t>");
    expect([...chart.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1])).toEqual([
      "'O''Brien 角色'!$B$1", "'O''Brien 角色'!$A$2:$A$4", "'O''Brien 角色'!$B$2:$B$4",
      "'O''Brien 角色'!$E$1", "'O''Brien 角色'!$A$2:$A$4", "'O''Brien 角色'!$E$2:$E$4",
    ]);
    expect(chart).toContain("<c:cat><c:strRef>"); // role names: text categories
    // H8, 8 columns by 15 rows by default: from column 7 row 7 (0-based) to column 15 row 22.
    expect(parts.get("xl/drawings/drawing1.xml")).toMatch(/<xdr:from><xdr:col>7<\/xdr:col>.*<xdr:row>7<\/xdr:row>.*<xdr:to><xdr:col>15<\/xdr:col>.*<xdr:row>22<\/xdr:row>/);
  });

  test("the Targets sheet's chart: cumulative target and actual over the dates (a number reference), 10 × 16 cells from A47", async () => {
    const example = await partsOf(await toBufferFast(exampleCases()[0]!.spec));
    const chart = example.get("xl/charts/chart1.xml")!;
    expect(chart).toContain("<c:cat><c:numRef>");
    expect(chart.match(/<c:ser>/g)).toHaveLength(2);
    // Below the days (issue 12: the weeks now fill F:M), 10 × 16 cells from A47.
    expect(example.get("xl/drawings/drawing1.xml")).toMatch(/<xdr:from><xdr:col>0<\/xdr:col>.*<xdr:row>46<\/xdr:row>.*<xdr:to><xdr:col>10<\/xdr:col>.*<xdr:row>62<\/xdr:row>/);
  });

  test("tabs and line breaks in validation messages survive (exceljs turns them into spaces)", async () => {
    const spec = everyFieldSpec();
    spec.sheets[0]!.validations!.push({ target: "E1", rule: { kind: "decimal", error: "第一行\n第二行\t完", prompt: "a\r\nb" } });
    const back = await readWorkbook(await toBufferFast(spec));
    expect(back.getWorksheet("设置")!.getCell("E1").dataValidation).toMatchObject({ error: "第一行\n第二行\t完", prompt: "a\r\nb" });
  });
});

describe("characters XML cannot carry are refused, saying where", () => {
  const withText = (edit: (s: WorkbookSpec) => void) => {
    const s = everyFieldSpec();
    edit(s);
    return s;
  };

  test.each([
    ["a cell", (s: WorkbookSpec) => void s.sheets[0]!.cells.push({ at: "F1", value: "a\u0001b" }), /sheet "设置" cell F1: the character U\+0001/],
    ["a table cell", (s: WorkbookSpec) => void ((s.sheets[1]!.tables[0]!.rows[1] as Record<string, unknown>).name = "x\uFFFF"), /sheet "O'Brien 角色" table Roles row 2 column "岗位": the character U\+FFFF/],
    ["a lone surrogate in a cached result", (s: WorkbookSpec) => void s.sheets[0]!.cells.push({ at: "F2", formula: "B3", result: "\uD800x" }), /cell F2: the character U\+D800/],
    ["a validation message", (s: WorkbookSpec) => void (s.sheets[0]!.validations![0]!.rule.error = "bad\u0008"), /data validation B3: the character U\+0008/],
    ["a chart title", (s: WorkbookSpec) => void (s.sheets[1]!.charts![0]!.title = "\u001F"), /chart "\u001F": the character U\+001F/],
  ])("in %s", async (_what, edit, message) => {
    const spec = withText(edit);
    // validateWorkbook refuses it first (any renderer); the writer's own guard is the second line.
    await expect(toBufferFast(spec)).rejects.toThrow(/U\+[0-9A-F]{4} cannot be written to an \.xlsx/);
    await expect(toBufferFast(spec, { validated: true })).rejects.toThrow(XmlCharacterError);
    await expect(toBufferFast(spec, { validated: true })).rejects.toThrow(message);
  });

  test("text longer than a cell can hold (32,767 characters) is refused, saying where", async () => {
    const spec = withText((s) => void s.sheets[0]!.cells.push({ at: "F3", value: "长".repeat(32_768) }));
    await expect(toBufferFast(spec)).rejects.toThrow(CellTextTooLongError);
    await expect(toBufferFast(spec)).rejects.toThrow('sheet "设置" cell F3: 32768 characters of text; a cell holds at most 32767');
    const fits = withText((s) => void s.sheets[0]!.cells.push({ at: "F3", value: "长".repeat(32_767) }));
    expect((await readWorkbook(await toBufferFast(fits))).getWorksheet("设置")!.getCell("F3").value).toBe("长".repeat(32_767));
  });

  test("a refused workbook leaves an existing file untouched and no temporary file behind", async () => {
    const dir = mkdtempSync(join(tmpdir(), "shopsheet-writer-"));
    try {
      const path = join(dir, "book.xlsx");
      writeFileSync(path, "the user's previous workbook");
      const bad = withText((s) => void s.sheets[0]!.cells.push({ at: "F1", value: "\u0000" }));
      await expect(writeXlsxFast(bad, path)).rejects.toThrow(/U\+0000 cannot be written/);
      await expect(writeXlsxFast(bad, path, { validated: true })).rejects.toThrow(XmlCharacterError);
      expect(readFileSync(path, "utf8")).toBe("the user's previous workbook");
      expect(readdirSync(dir)).toEqual(["book.xlsx"]);
      await writeXlsxFast(everyFieldSpec(), path);
      expect(readFileSync(path).subarray(0, 2).toString()).toBe("PK");
      expect(readdirSync(dir)).toEqual(["book.xlsx"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("an invalid spec is refused before any file is created", async () => {
    const dir = mkdtempSync(join(tmpdir(), "shopsheet-writer-"));
    try {
      const spec = everyFieldSpec();
      spec.sheets[0]!.name = "a/b";
      await expect(writeXlsxFast(spec, join(dir, "x.xlsx"))).rejects.toThrow(/sheet name "a\/b"/);
      expect(existsSync(join(dir, "x.xlsx"))).toBe(false);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("output", () => {
  test("the same spec and time give the same bytes", async () => {
    const created = new Date(Date.UTC(2026, 10, 1, 8, 30));
    const a = await toBufferFast(everyFieldSpec(), { created });
    const b = await toBufferFast(everyFieldSpec(), { created });
    expect(a.equals(b)).toBe(true);
    expect((await partsOf(a)).get("docProps/core.xml")).toContain("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-11-01T08:30:00Z</dcterms:created>");
  });

  test("shared formulas: the first row of a calculated column holds the formula, the rows below refer to it", async () => {
    const parts = await partsOf(await toBufferFast(everyFieldSpec(), { sharedFormulas: true }));
    const sheet = parts.get("xl/worksheets/sheet2.xml")!;
    expect(sheet).toContain('<c r="E2" s="');
    // ROUND([@base]*[@share]*PoolRate,2), base and share in columns B and C: the first row's A1 text.
    expect(sheet).toMatch(/<c r="E2"[^>]*><f t="shared" ref="E2:E4" si="0">ROUND\(B2\*C2\*PoolRate,2\)<\/f><v>360<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="E3"[^>]*><f t="shared" si="0"\/><\/c>/);
    expect(sheet).toMatch(/<c r="F2"[^>]*><f t="shared" ref="F2:F4" si="1">/);
  });

  test("inline strings: no sharedStrings part, text inside the cells", async () => {
    const parts = await partsOf(await toBufferFast(everyFieldSpec(), { strings: "inline" }));
    expect(parts.has("xl/sharedStrings.xml")).toBe(false);
    expect(parts.get("[Content_Types].xml")).not.toContain("sharedStrings");
    expect(parts.get("xl/worksheets/sheet1.xml")).toContain('<c r="D1" t="inlineStr"><is><t>=HYPERLINK("http://evil","x")</t></is></c>');
  });

  test("styles are deduplicated: one cell format per distinct look", async () => {
    const styles = (await partsOf(await toBufferFast(exampleCases()[0]!.spec))).get("xl/styles.xml")!;
    const xfs = [...styles.match(/<cellXfs count="(\d+)">(.*?)<\/cellXfs>/)![2]!.matchAll(/<xf [^>]*?(\/>|>.*?<\/xf>)/g)].map((m) => m[0]);
    expect(xfs.length).toBeGreaterThan(5);
    expect(new Set(xfs).size).toBe(xfs.length);
    const fonts = [...styles.match(/<fonts count="\d+">(.*?)<\/fonts>/)![1]!.matchAll(/<font>.*?<\/font>/g)].map((m) => m[0]);
    expect(new Set(fonts).size).toBe(fonts.length);
  });
});
