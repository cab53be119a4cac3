/**
 * Issue 12's proof, read from the example workbook `shopsheet workbook` writes (zh-CN and en-US, with
 * a company name set, eleven months of payroll): no message key or `{}` in any cell; in zh no English
 * code and no TRUE/FALSE in a cell a person sees (hidden helper columns hold codes on purpose); every
 * sheet on A4; the payroll's print area at most 22 columns (about 20: see below); every slip strip carrying its month; a
 * Chinese body font in zh (等线, as Office's Chinese templates), the default font in en-US.
 */
import * as ExcelJS from "exceljs";
import { readFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { elements, NS, openXlsx, parseXml, required, type XlsxPackage } from "../ooxml/package";
import { writeExampleWorkbook } from "../render/render";

const MONTH = "2026-11";
/** OOXML's paper size 9 is A4 (ECMA-376 Part 1, 18.3.1.64 pageSetup). */
const A4 = 9;

const books = new Map<string, ExcelJS.Workbook>();
const files = new Map<string, Buffer>();

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "shopsheet-readable-"));
  for (const lang of ["zh-CN", "en-US"] as const) {
    const path = join(dir, `${lang}.xlsx`);
    await writeExampleWorkbook(path, MONTH, lang);
    const wb = new ExcelJS.Workbook();
    files.set(lang, readFileSync(path));
    await wb.xlsx.load(files.get(lang)! as unknown as ArrayBuffer);
    books.set(lang, wb);
  }
}, 120_000);

/** What a cell shows: its value, or a formula's cached result. */
function shown(v: ExcelJS.CellValue): unknown {
  if (v !== null && typeof v === "object" && "formula" in v) return (v as ExcelJS.CellFormulaValue).result;
  if (v !== null && typeof v === "object" && "sharedFormula" in v) return (v as ExcelJS.CellSharedFormulaValue).result;
  if (v !== null && typeof v === "object" && "richText" in v) return (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join("");
  return v;
}

/** Every cell of every sheet: `sheet!A1`, what it shows, its formula, and whether a person sees it. */
function cells(lang: string): { at: string; value: unknown; formula: string; visible: boolean }[] {
  const out: { at: string; value: unknown; formula: string; visible: boolean }[] = [];
  books.get(lang)!.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const v = cell.value;
        const formula = v !== null && typeof v === "object" && "formula" in v ? String((v as ExcelJS.CellFormulaValue).formula) : "";
        const visible = ws.state === "visible" && !ws.getColumn(c).hidden && !row.hidden;
        out.push({ at: `${ws.name}!${cell.address}`, value: shown(v), formula, visible });
      }),
    );
  });
  return out;
}

describe.each(["zh-CN", "en-US"])("the %s example workbook", (lang) => {
  test("no cell shows or computes a message key or a {} placeholder", () => {
    const key = /\b(?:wb|tp|office|cli)\.[A-Za-z]\w*|\{\w*\}/;
    expect(cells(lang).filter((c) => key.test(String(c.value ?? "")) || key.test(c.formula)).map((c) => `${c.at}: ${String(c.value)} ${c.formula}`)).toEqual([]);
  });

  test("every sheet is set up for A4", () => {
    const sheets: string[] = [];
    books.get(lang)!.eachSheet((ws) => sheets.push(`${ws.name}: ${String(ws.pageSetup.paperSize)}`));
    expect(sheets.length).toBeGreaterThan(10);
    expect(sheets.filter((s) => !s.endsWith(`: ${A4}`))).toEqual([]);
  });

  // Issue 12 asks for about 20 printed columns: who 4, six items of pay, 应发合计, six deductions (the
  // insurance by kind, the housing fund, the tax, the penalty), 扣款合计, 实发, 签字. The year-end bonus
  // (issue 13) adds an item of pay and a deduction, printed in a month that pays one (22: the printed items
  // must add up to 应发合计 and 扣款合计) and folded away in the others — every month of the example.
  const MAX_PRINTED = 20;
  test(`each payroll sheet prints at most ${MAX_PRINTED} columns a person sees (a print area of whole columns, hidden ones not counted)`, async () => {
    const pkg = await openXlsx(files.get(lang)!);
    const workbook = parseXml(required(pkg.parts, "xl/workbook.xml"), "workbook");
    const areas = new Map(elements(workbook, NS.main, "definedName").filter((n) => n.getAttribute("name") === "_xlnm.Print_Area").map((n) => [pkg.sheets[Number(n.getAttribute("localSheetId"))]!.name, n.textContent ?? ""]));
    const wide: string[] = [];
    let payrolls = 0;
    books.get(lang)!.eachSheet((ws) => {
      if (!/^(工资|Payroll) \d{4}-\d{2}$/.test(ws.name)) return;
      payrolls++;
      const m = /!\$?([A-Z]+):\$?([A-Z]+)$/.exec(areas.get(ws.name) ?? "");
      if (!m) return void wide.push(`${ws.name}: no print area of whole columns (${areas.get(ws.name) ?? "none"})`);
      const [from, to] = [ws.getColumn(m[1]!).number, ws.getColumn(m[2]!).number];
      let shownColumns = 0;
      for (let c = from; c <= to; c++) if (!ws.getColumn(c).hidden) shownColumns++;
      if (shownColumns > MAX_PRINTED) wide.push(`${ws.name}: ${m[0]} shows ${shownColumns} columns`);
    });
    expect(payrolls).toBe(11);
    expect(wide).toEqual([]);
  });

  test("every slip strip names its month", () => {
    const missing: string[] = [];
    let strips = 0;
    books.get(lang)!.eachSheet((ws) => {
      if (!/^(工资条|Slips) \d{4}-\d{2}$/.test(ws.name)) return;
      // A strip begins with the labels row; its title is the nearest text above.
      ws.eachRow((row, r) => {
        const first = String(shown(row.getCell(1).value) ?? "");
        if (first !== (lang === "zh-CN" ? "编号" : "ID")) return;
        strips++;
        const title = [r - 1, r - 2].map((x) => String(shown(ws.getRow(x).getCell(1).value) ?? "")).join(" ");
        if (!title.includes(ws.name.slice(-7))) missing.push(`${ws.name} row ${r}: ${title}`);
      });
    });
    expect(strips).toBeGreaterThanOrEqual(8);
    expect(missing).toEqual([]);
  });
});

describe("the zh-CN example workbook is Chinese to whoever reads it", () => {
  test("no visible cell shows TRUE or FALSE", () => {
    expect(cells("zh-CN").filter((c) => c.visible && typeof c.value === "boolean").map((c) => `${c.at}: ${String(c.value)}`)).toEqual([]);
  });

  test("no visible cell shows an English code: a role id (but where it is typed), perPerson, splitRole", () => {
    const code = /^(?:manager|promoter|designer|service|shipping|perPerson|splitRole)$/;
    // The Roles table's 编号 column is where a role's id is typed: the key the config and the formulas
    // use (the example team's ids are English words; a shop may type its own). Everywhere else a role
    // shows by its name.
    const idColumn = /^岗位!A\d+$/;
    expect(cells("zh-CN").filter((c) => c.visible && typeof c.value === "string" && code.test(c.value) && !idColumn.test(c.at)).map((c) => `${c.at}: ${String(c.value)}`)).toEqual([]);
  });

  test("the body font is 等线 (DengXian), the theme's Chinese font too; no cell font is Latin-only", async () => {
    const pkg = await openXlsx(files.get("zh-CN")!);
    const fonts = fontNames(pkg);
    expect(fonts[0]).toBe("等线");
    expect(fonts.filter((n) => LATIN_ONLY.test(n))).toEqual([]);
    expect(required(pkg.parts, "xl/theme/theme1.xml")).toMatch(/<a:font script="Hans" typeface="等线"\/>/);
  });

  test("en-US keeps a Latin body font", async () => {
    expect(fontNames(await openXlsx(files.get("en-US")!))[0]).not.toBe("等线");
  });
});

const LATIN_ONLY = /^(Calibri|Arial|Times New Roman|Cambria)$/;

/** The fonts of styles.xml in order: the first is the workbook's default (the Normal style's). */
function fontNames(pkg: XlsxPackage): string[] {
  const styles = parseXml(required(pkg.parts, "xl/styles.xml"), "styles");
  return elements(styles, NS.main, "font").map((f) => elements(f, NS.main, "name")[0]?.getAttribute("val") ?? "");
}
