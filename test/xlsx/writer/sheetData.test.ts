/**
 * `<sheetData>` of a table, cell by cell, as SpreadsheetML stores it (ECMA-376 Part 1, 18.3.1.4 `c`:
 * `r`, `s`, `t`; 18.3.1.40 `f`; 18.3.1.96 `v`). Issue 15 gave the data rows a fast path for numbers
 * and empty cells, written from each column's own pieces; every kind of value, in a calculated
 * column and in a plain one, styled and not, is written out here by hand and compared whole.
 *
 * A cell that directly follows the cell written before it in its row goes without `r` (CT_Cell's `r`
 * is optional; src/xlsx/writer/README.md, "Cells without `r`"): a row's first cell, a cell after one
 * that is not written (empty, no style) and the first cell after a gap keep theirs. exceljs, which
 * reads every workbook back here, needs a row's first cell to have one.
 */
import { workbookParts } from "../../../src/xlsx/writer/parts";
import { pieceBytes } from "../../../src/xlsx/writer/piece";
import * as ExcelJS from "exceljs";
import type { WorkbookSpec } from "../../../src/workbook/spec";
import { toBufferFast } from "../../../src/xlsx/writer";

const SPEC: WorkbookSpec = {
  sheets: [
    {
      key: "t",
      name: "表",
      cells: [],
      tables: [
        {
          name: "T",
          at: "B2",
          columns: [
            { key: "n", header: "n" }, // no style: style 0, an empty cell is not written
            { key: "m", header: "m", input: true }, // the input look: an empty cell keeps its style
            { key: "f", header: "f", formula: "[@n]*2" }, // computed look
          ],
          rows: [
            { n: 1.5, m: -0, f: 3 },
            { n: null, m: null, f: null },
            { n: "文字", m: true, f: "x<y" },
            { n: { date: "2026-01-02" }, m: { date: "2026-01-03" }, f: { date: "2026-01-04" } },
            { f: false },
          ],
        },
      ],
    },
  ],
  names: [],
};

function sheetXml(): string {
  const part = [...workbookParts(SPEC, { strings: "inline" })].find((p) => p.name === "xl/worksheets/sheet1.xml")!;
  return new TextDecoder().decode(pieceBytes(part.source));
}

test("every kind of value in a plain, an input and a calculated column, written cell by cell", () => {
  const xml = sheetXml();
  const data = xml.slice(xml.indexOf("<sheetData>"), xml.indexOf("</sheetData>") + "</sheetData>".length);
  // Style indexes are handed out as the sheet asks for them; read each look's index off the cells in
  // order (B3 and B5 are plain, style 0, written without s) and check that the looks differ (plain 0,
  // header, input, computed, and each column's date look).
  const styles = [...data.matchAll(/<c[^>]* s="(\d+)"/g)].map((m) => Number(m[1]));
  //  B2 C2 D2  C3 D3  C4 D4  C5 D5  B6 C6 D6  C7 D7
  expect(styles).toHaveLength(14);
  const [header, , , input, computed] = styles as [number, number, number, number, number];
  const [nDate, mDate, fDate] = styles.slice(9, 12) as [number, number, number];
  // The column formula [@n]*2, on each row the same-row cell of column n (B) in A1.
  const f = (row: number) => `<f>B${row}*2</f>`;
  const inline = (s: string) => ` t="inlineStr"><is><t>${s}</t></is>`;
  const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;
  // Each date cell gets a style of its own column's look with a date format (not the plain one).
  expect(new Set([0, header, input, computed, nDate, mDate, fDate]).size).toBe(7);
  expect(data).toBe(
    "<sheetData>" +
      row(2, `<c r="B2" s="${header}"${inline("n")}</c><c s="${header}"${inline("m")}</c><c s="${header}"${inline("f")}</c>`) +
      row(3, `<c r="B3"><v>1.5</v></c><c s="${input}"><v>0</v></c><c s="${computed}">${f(3)}<v>3</v></c>`) +
      // B4 is empty and plain: not written, so C4 says where it is.
      row(4, `<c r="C4" s="${input}"/><c s="${computed}">${f(4)}</c>`) +
      row(5, `<c r="B5"${inline("文字")}</c><c s="${input}" t="b"><v>1</v></c><c s="${computed}" t="str">${f(5)}<v>x&lt;y</v></c>`) +
      // 2026-01-02 is serial 46024 (1900 date system: 2026-01-01 is 46023).
      row(6, `<c r="B6" s="${nDate}"><v>46024</v></c><c s="${mDate}"><v>46025</v></c><c s="${fDate}">${f(6)}<v>46026</v></c>`) +
      row(7, `<c r="C7" s="${input}"/><c s="${computed}" t="b">${f(7)}<v>0</v></c>`) +
      "</sheetData>",
  );
});

/** Loose cells with gaps, a table beside them and a totals row: where each cell keeps its `r`. */
const GAPS: WorkbookSpec = {
  sheets: [
    {
      key: "g",
      name: "隔",
      cells: [
        { at: "A1", value: "甲" },
        { at: "B1", value: 2 },
        { at: "C1", value: null }, // empty and plain: not written
        { at: "D1", value: 4 },
        { at: "E1", formula: "B1+D1", result: 6 },
        { at: "A3", value: 1 },
        { at: "C3", value: 3 },
      ],
      tables: [
        {
          name: "G",
          at: "A5",
          columns: [
            { key: "a", header: "a" },
            { key: "b", header: "b", total: "sum" },
            { key: "c", header: "c", formula: "[@b]*2", total: "sum" },
          ],
          rows: [
            { a: "x", b: 1, c: 2 },
            { a: null, b: 5, c: 10 },
          ],
          totalsLabel: "合计",
          totalsResults: { b: 6, c: 12 },
        },
      ],
    },
  ],
  names: [],
};

test("a cell keeps its r at the start of a row and after a gap, and only there", () => {
  const part = [...workbookParts(GAPS, { strings: "inline" })].find((p) => p.name === "xl/worksheets/sheet1.xml")!;
  const xml = new TextDecoder().decode(pieceBytes(part.source));
  const rows = [...xml.matchAll(/<row r="(\d+)"[^>]*>(.*?)<\/row>/g)].map((m) => [Number(m[1]), [...m[2]!.matchAll(/<c( r="([A-Z]+\d+)")?[ >\/]/g)].map((c) => c[2] ?? "-")]);
  // "-": a cell written without r, read as the one after the cell before it.
  expect(rows).toEqual([
    [1, ["A1", "-", "D1", "-"]],
    [3, ["A3", "C3"]],
    [5, ["A5", "-", "-"]], // the header
    [6, ["A6", "-", "-"]],
    [7, ["B7", "-"]], // A7 is empty and plain
    [8, ["A8", "-", "-"]], // the totals row
  ]);
});

test("exceljs reads every cell back at its own address, with or without r", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await toBufferFast(GAPS)) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet("隔")!;
  const seen: Record<string, unknown> = {};
  ws.eachRow((row) => row.eachCell((cell) => (seen[cell.address] = cell.formula ? `=${cell.formula}` : cell.value)));
  expect(seen).toEqual({
    A1: "甲",
    B1: 2,
    D1: 4,
    E1: "=B1+D1",
    A3: 1,
    C3: 3,
    A5: "a",
    B5: "b",
    C5: "c",
    A6: "x",
    B6: 1,
    C6: "=B6*2", // [@b]*2: the same-row reference in A1 (src/workbook/a1Formulas.ts)
    B7: 5,
    C7: "=B7*2",
    A8: "合计",
    B8: "=SUBTOTAL(109,G[[b]])", // the totals formulas as the writer has always stored them (formulas.ts)
    C8: "=SUBTOTAL(109,G[[c]])",
  });
});
