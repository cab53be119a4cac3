/**
 * Reading files into grids: the format is told by the bytes. The .xls case uses the OLE2 signature every
 * Excel 97-2003 file starts with (D0 CF 11 E0 A1 B1 1A E1, the compound file header), then zeros.
 */
import * as ExcelJS from "exceljs";
import { csvGrid, decodeText } from "../../src/workbook/imports/csvGrid";
import { importActuals } from "../../src/workbook/imports/fromFile";
import { formatMessage } from "../../src/data/messages";
import { readFileContent, xlsxGrids } from "../../src/xlsx/readGrid";

const text = (s: string) => new TextEncoder().encode(s);

test("an Excel 97-2003 .xls is refused with a message that says to save it as .xlsx", async () => {
  const xls = new Uint8Array(512);
  xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const r = await readFileContent(xls, "【生意参谋平台】商品_全部_2026-11-01_2026-11-30.xls");
  expect(r).toEqual({ ok: false, problems: [{ code: "import.xlsBinary", params: { file: "【生意参谋平台】商品_全部_2026-11-01_2026-11-30.xls" }, where: "" }] });
  if (!r.ok) {
    expect(formatMessage(r.problems[0]!.code, r.problems[0]!.params, "zh-CN")).toContain("另存为");
    expect(formatMessage(r.problems[0]!.code, r.problems[0]!.params, "en-US")).toContain("Save As");
  }
});

test("an HTML table named .xls is refused the same way; empty files too", async () => {
  const html = new Uint8Array([0xef, 0xbb, 0xbf, ...text("  <html><table><tr><td>统计日期</td></tr></table></html>")]);
  expect(await readFileContent(html, "a.xls")).toMatchObject({ ok: false, problems: [{ code: "import.xlsMarkup" }] });
  expect(await readFileContent(new Uint8Array(0), "a.csv")).toMatchObject({ ok: false, problems: [{ code: "import.emptyFile" }] });
});

test("JSON actuals (the current format) with a BOM", async () => {
  const r = await readFileContent(text('\uFEFF{"2026-11-02": "1,000.50", "2026-11-01": 12000}'), "actuals.json");
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  const a = importActuals(r.value, "2026-11");
  expect(a.ok && a.value.days.map((d) => [d.date, d.sales.toFixed(2)])).toEqual([
    ["2026-11-01", "12000.00"],
    ["2026-11-02", "1000.50"],
  ]);
  const bad = importActuals({ format: "json", value: { "2026-12-01": "1", "2026-11-3": "1", "2026-11-04": "abc", "2026-11-05": -1 } }, "2026-11");
  expect(!bad.ok && bad.problems.map((p) => [p.code, p.where])).toEqual([
    ["import.dateOutsideMonth", "actuals[2026-12-01]"],
    ["value.notDate", "actuals[2026-11-3]"],
    ["value.notAmount", "actuals[2026-11-04]"],
    ["value.notAmount", "actuals[2026-11-05]"],
  ]);
  expect(await readFileContent(text("{oops"), "a.json")).toMatchObject({ ok: false, problems: [{ code: "import.notJson" }] });
});

test("an .xlsx named .xls is read as what it is; formulas give their cached results, rich text its text", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("说明").getCell("A1").value = "这是说明页";
  const ws = wb.addWorksheet("数据");
  ws.addRow(["统计日期", "支付金额"]);
  ws.addRow([new Date(Date.UTC(2026, 10, 1)), { formula: "1+1", result: 2 }]);
  ws.addRow([{ richText: [{ text: "2026-" }, { text: "11-02" }] }, "1,000.00"]);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const r = await readFileContent(bytes, "renamed.xls");
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  const a = importActuals(r.value, "2026-11");
  expect(a.ok && a.value.days.map((d) => [d.date, d.sales.toFixed(2)])).toEqual([
    ["2026-11-01", "2.00"],
    ["2026-11-02", "1000.00"],
  ]);
  // the sheet without the header is passed over; with two sheets, places name the sheet
  const bad = importActuals({ sheets: (await xlsxGrids(bytes)).map((s, i) => (i === 1 ? { ...s, grid: [...s.grid, ["2026-11-03", "x"]] } : s)) }, "2026-11");
  expect(!bad.ok && bad.problems.map((p) => p.where)).toEqual(["'数据'!B4"]);
});

test("CSV encodings: UTF-8 with BOM, UTF-16LE tab-separated (Excel's Unicode text), GB18030 without BOM", () => {
  const s = "统计日期\t支付金额\r\n2026-11-01\t\"1,000.00\"\r\n";
  const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...s].map((c) => c.charCodeAt(0))).buffer)]);
  const r = csvGrid(utf16);
  expect(r.ok && r.value).toEqual({ grid: [["统计日期", "支付金额"], ["2026-11-01", "1,000.00"]], encoding: "utf-16le", delimiter: "\t" });
  // 统计 in GB18030 is CD B3 BC C6 (as iconv writes it)
  expect(decodeText(new Uint8Array([0xcd, 0xb3, 0xbc, 0xc6]))).toEqual({ text: "统计", encoding: "gb18030" });
  expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xe7, 0xbb, 0x9f]))).toEqual({ text: "统", encoding: "utf-8" });
});

test("a CSV with tab-prefixed ids stays comma-separated; an unclosed quote is a problem with its line", () => {
  const r = csvGrid(text('统计日期,商品ID,支付金额\n2026-11-01,"\t1017116707008","6,069.00"\n2026-11-02,\t905381044899,1\n'));
  expect(r.ok && r.value.delimiter).toBe(",");
  expect(r.ok && r.value.grid[2]).toEqual(["2026-11-02", "\t905381044899", "1"]);
  expect(csvGrid(text('a,b\n1,"2\n3,4\n'))).toMatchObject({ ok: false, problems: [{ code: "import.csvMalformed" }] });
});
