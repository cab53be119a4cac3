/**
 * LibreOffice (an engine we did not write) recalculates the fast writer's workbooks to exactly the
 * values it gets from the exceljs renderer's: every cell of every sheet, for the example team in
 * both languages, protected and not, with each writer option (shared formulas, inline strings),
 * and for a spec that uses every field. All files go through one soffice run.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type * as ExcelJS from "exceljs";
import type { WorkbookSpec } from "../../../src/workbook/spec";
import { writeXlsx } from "../reference/exceljsRenderer";
import { writeXlsxFast, type FastWriterOptions } from "../../../src/xlsx/writer";
import { cellValue, disposeOracle, errorCells, recalculate } from "../../oracle/libreoffice";
import { everyFieldSpec, EXCELJS_SAFE_INJECTIONS, exampleCases, INJECTIONS } from "./fixtures";

/** Every non-empty cell's recalculated value, by "sheet!A1". */
function values(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const ws of wb.worksheets)
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cellValue(cell);
        if (v !== null && v !== "") out.set(`${ws.name}!${cell.address}`, JSON.stringify(v));
      }),
    );
  return out;
}

interface Pair {
  name: string;
  spec: WorkbookSpec;
  variants: { name: string; options: FastWriterOptions }[];
}

const pairs: Pair[] = [
  ...exampleCases().map((c, i) => ({
    name: c.name,
    spec: c.spec,
    variants: [
      { name: "fast", options: {} },
      { name: "shared-formulas", options: { sharedFormulas: true } },
      ...(i === 0 ? [{ name: "inline-strings", options: { strings: "inline" as const } }] : []),
    ],
  })),
  { name: "every-field", spec: everyFieldSpec({ rolesSheet: "角色", injections: EXCELJS_SAFE_INJECTIONS }), variants: [{ name: "fast", options: {} }] },
];

let dir: string;
let books: Map<string, ExcelJS.Workbook>;
const pathOf = (pair: string, variant: string) => join(dir, `${pair}.${variant}.xlsx`);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "shopsheet-writer-lo-"));
  const paths: string[] = [];
  for (const p of pairs) {
    await writeXlsx(p.spec, pathOf(p.name, "exceljs"));
    paths.push(pathOf(p.name, "exceljs"));
    for (const v of p.variants) {
      await writeXlsxFast(p.spec, pathOf(p.name, v.name), v.options);
      paths.push(pathOf(p.name, v.name));
    }
  }
  await writeXlsxFast(everyFieldSpec(), pathOf("every-field-quoted", "fast"));
  paths.push(pathOf("every-field-quoted", "fast"));
  books = await recalculate(paths);
}, 240_000);

afterAll(async () => {
  await disposeOracle();
  rmSync(dir, { recursive: true, force: true });
});

describe.each(pairs)("$name", (pair) => {
  test.each(pair.variants)("$name: every cell recalculates to the exceljs file's value", ({ name }) => {
    const expected = values(books.get(pathOf(pair.name, "exceljs"))!);
    const actual = values(books.get(pathOf(pair.name, name))!);
    expect(expected.size).toBeGreaterThan(20);
    const differences = [...new Set([...expected.keys(), ...actual.keys()])].filter((k) => expected.get(k) !== actual.get(k)).map((k) => `${k}: ${expected.get(k)} vs ${actual.get(k)}`);
    expect(differences).toEqual([]);
  });
});

test("the example workbooks hold no error value", () => {
  for (const p of pairs.filter((x) => x.name.startsWith("example")))
    for (const v of p.variants) expect(errorCells(books.get(pathOf(p.name, v.name))!)).toEqual([]);
});

test("LibreOffice really recalculated: a wrong cached result is replaced", () => {
  const wb = books.get(pathOf("every-field", "fast"))!;
  // H4 is written with the cached result 7; COUNTIFS finds no "x" among the role names.
  expect(cellValue(wb.getWorksheet("角色")!.getCell("H4"))).toBe(0);
  expect(cellValue(wb.getWorksheet("设置")!.getCell("B8"))).toBe("yes");
});

test("text stays text in LibreOffice too, _x0041_ and formula prefixes included", () => {
  const ws = books.get(pathOf("every-field-quoted", "fast"))!.getWorksheet("设置")!;
  expect(INJECTIONS.map((_, i) => cellValue(ws.getCell(`D${i + 1}`)))).toEqual(INJECTIONS);
});
