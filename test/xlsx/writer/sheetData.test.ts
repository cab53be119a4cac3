/**
 * `<sheetData>` of a table, cell by cell, as SpreadsheetML stores it (ECMA-376 Part 1, 18.3.1.4 `c`:
 * `r`, `s`, `t`; 18.3.1.40 `f`; 18.3.1.96 `v`). Issue 15 gave the data rows a fast path for numbers
 * and empty cells, written from each column's own pieces; every kind of value, in a calculated
 * column and in a plain one, styled and not, is written out here by hand and compared whole.
 */
import { workbookParts } from "../../../src/xlsx/writer/parts";
import { pieceBytes } from "../../../src/xlsx/writer/piece";
import type { WorkbookSpec } from "../../../src/workbook/spec";

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
  // Style indexes are handed out as the sheet asks for them; read each look's index off one cell
  // and check that the looks differ (plain 0, header, input, computed, and each column's date look).
  const styleOf = (ref: string) => Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(data)?.[1] ?? 0);
  const header = styleOf("B2");
  const input = styleOf("C3");
  const computed = styleOf("D3");
  const f = "<f>T[[#This Row],[n]]*2</f>";
  const inline = (s: string) => ` t="inlineStr"><is><t>${s}</t></is>`;
  const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;
  const nDate = styleOf("B6");
  const mDate = styleOf("C6");
  const fDate = styleOf("D6");
  // Each date cell gets a style of its own column's look with a date format (not the plain one).
  expect(new Set([0, header, input, computed, nDate, mDate, fDate]).size).toBe(7);
  expect(data).toBe(
    "<sheetData>" +
      row(2, `<c r="B2" s="${header}"${inline("n")}</c><c r="C2" s="${header}"${inline("m")}</c><c r="D2" s="${header}"${inline("f")}</c>`) +
      row(3, `<c r="B3"><v>1.5</v></c><c r="C3" s="${input}"><v>0</v></c><c r="D3" s="${computed}">${f}<v>3</v></c>`) +
      row(4, `<c r="C4" s="${input}"/><c r="D4" s="${computed}">${f}</c>`) +
      row(5, `<c r="B5"${inline("文字")}</c><c r="C5" s="${input}" t="b"><v>1</v></c><c r="D5" s="${computed}" t="str">${f}<v>x&lt;y</v></c>`) +
      // 2026-01-02 is serial 46024 (1900 date system: 2026-01-01 is 46023).
      row(6, `<c r="B6" s="${nDate}"><v>46024</v></c><c r="C6" s="${mDate}"><v>46025</v></c><c r="D6" s="${fDate}">${f}<v>46026</v></c>`) +
      row(7, `<c r="C7" s="${input}"/><c r="D7" s="${computed}" t="b">${f}<v>0</v></c>`) +
      "</sheetData>",
  );
});
