/**
 * The A1 spelling computes what the structured spelling computes (src/workbook/a1Formulas.ts): LibreOffice
 * recalculates the same workbook written both ways — the example team and random teams — and every cell
 * must hold the same value. A same-row reference moved to the wrong row or column, or a hidden name
 * over the wrong column, changes some value and fails here.
 *
 * And a table still grows under its names: a row inserted inside a table in LibreOffice (the row above
 * copied into it, as a user adds a person) recomputes the same in both spellings — the structured
 * references grow with their table by definition, so the names over them must too (a COUNTIF over the
 * own column, the slips' and role sheets' lookups into the payroll).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import JSZip from "jszip";
import type * as ExcelJS from "exceljs";
import "../../src/data/messages/all";
import { buildWorkbook } from "../../src/workbook/build";
import { colLetters } from "../../src/workbook/address";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { tableBounds } from "../../src/workbook/validate";
import { writeXlsxFast } from "../../src/xlsx/writer";
import { cellValue, disposeOracle, insertRows, recalculate, type RowInsert } from "../oracle/libreoffice";
import { randomTeam } from "../oracle/randomTeam";
import { exampleCases } from "../xlsx/writer/fixtures";

const SEED = Number(process.env.SHOPSHEET_A1_SEED ?? Date.now() % 1_000_000);

interface Case {
  name: string;
  spec: WorkbookSpec;
}

const cases: Case[] = [
  { name: "example", spec: exampleCases()[0]!.spec },
  ...fc.sample(randomTeam, { numRuns: 3, seed: SEED }).map((r, i) => ({ name: `random-${i}`, spec: buildWorkbook(r.config, r.month, r.lang).spec })),
];

/**
 * Every non-empty cell's value, by "sheet!A1", numbers to 1e-9 (the two spellings may differ in the last
 * bit of a float sum, never in a fen). A boolean counts as its number: LibreOffice saves a formula cell
 * as a boolean when it guesses the result's format is one, and after a pasted row it guessed TRUE for a
 * structured formula where it saved 1 for the same formula in A1 (工资 2026-11!AX14, the personal share,
 * 2026-12-07) — the same value, saved differently.
 */
function values(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const ws of wb.worksheets)
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const read = cellValue(cell);
        const v = typeof read === "boolean" ? Number(read) : read;
        if (v !== null && v !== "") out.set(`${ws.name}!${cell.address}`, typeof v === "number" ? v.toFixed(9) : JSON.stringify(v));
      }),
    );
  return out;
}

function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)).map((k) => `${k}: ${a.get(k)} vs ${b.get(k)}`);
}

/** The middle data row of a sheet's first table, and its columns as letters: where a row is inserted. */
function insertPlace(spec: WorkbookSpec, sheetKey: string): Omit<RowInsert, "input" | "output"> {
  const sheet = spec.sheets.find((s) => s.key === sheetKey)!;
  const b = tableBounds(sheet.tables[0]!);
  const row = b.firstDataRow + Math.max(1, Math.floor((b.lastDataRow - b.firstDataRow + 1) / 2)); // at least one row above it
  const [left, right] = [colLetters(b.range.left), colLetters(b.range.right)];
  return { sheet: sheet.name, row, from: `${left}${row - 1}:${right}${row - 1}`, to: `${left}${row}` };
}

let dir: string;
const path = (c: string, spelling: string) => join(dir, `${c}.${spelling}.xlsx`);
let recalculated: Map<string, ExcelJS.Workbook>;
let inserted: Map<string, ExcelJS.Workbook>;
const INSERTS = [
  { what: "Staff", sheetKey: "staff" },
  { what: "the last month's payroll", sheetKey: "" }, // filled in below: the payroll sheet of the example's month
];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "shopsheet-a1-"));
  for (const c of cases) {
    await writeXlsxFast(c.spec, path(c.name, "a1"));
    await writeXlsxFast(c.spec, path(c.name, "structured"), { formulas: "structured" });
  }
  recalculated = await recalculate(cases.flatMap((c) => [path(c.name, "a1"), path(c.name, "structured")]));
  const example = cases[0]!.spec;
  INSERTS[1]!.sheetKey = [...example.sheets].reverse().find((s) => s.key.startsWith("payroll:"))!.key;
  const jobs: RowInsert[] = INSERTS.flatMap((ins, i) =>
    ["a1", "structured"].map((spelling) => ({ input: path("example", spelling), output: path(`inserted-${i}`, spelling), ...insertPlace(example, ins.sheetKey) })),
  );
  inserted = await insertRows(jobs);
}, 300_000);

afterAll(async () => {
  await disposeOracle();
  rmSync(dir, { recursive: true, force: true });
});

console.info(`a1 spelling oracle: seed ${SEED} (SHOPSHEET_A1_SEED=${SEED} repeats it)`);

describe.each(cases)("$name", (c) => {
  test("the A1 file holds no structured reference in a cell or a column formula, and names each table column it uses", async () => {
    const zip = await JSZip.loadAsync(readFileSync(path(c.name, "a1")));
    let formulas = 0;
    for (const name of Object.keys(zip.files).filter((n) => /^xl\/(worksheets|tables)\/.*\.xml$/.test(n))) {
      const xml = await zip.file(name)!.async("string");
      // Totals rows keep their SUBTOTAL over the column (a handful of cells): every other formula is A1.
      for (const [, f] of xml.matchAll(/<(?:f|calculatedColumnFormula)>([^<]*)</g)) {
        formulas++;
        if (!f!.startsWith("SUBTOTAL(")) expect(f).not.toMatch(/\[/);
      }
    }
    expect(formulas).toBeGreaterThan(100);
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbook).toMatch(/<definedName name="ShopSheetCol\.Staff\.\w+" hidden="1">Staff\[\[[^\]]+\]\]<\/definedName>/);
  });

  test("LibreOffice computes every cell of the A1 file as it computes the structured file's", () => {
    const a1 = values(recalculated.get(path(c.name, "a1"))!);
    const structured = values(recalculated.get(path(c.name, "structured"))!);
    expect(structured.size).toBeGreaterThan(200);
    expect(differences(structured, a1)).toEqual([]);
  });
});

describe.each(INSERTS.map((ins, i) => ({ ...ins, i })))("a row inserted inside $what in LibreOffice", ({ i }) => {
  test("recomputes the same in both spellings, and the insert changed the book", () => {
    const a1 = values(inserted.get(path(`inserted-${i}`, "a1"))!);
    const structured = values(inserted.get(path(`inserted-${i}`, "structured"))!);
    expect(differences(structured, a1)).toEqual([]);
    // The inserted row is there (a copy of the row above): the book differs from the one without it.
    expect(differences(values(recalculated.get(path("example", "structured"))!), structured).length).toBeGreaterThan(0);
  });
});
