/**
 * `npm run bench -- lo-columns`: what a structured reference costs LibreOffice's load by the place of the
 * column it names (bench/formulaCost.ts says why). Two synthetic books, each one table of 100 columns and
 * 10,000 rows whose last column's formula names 10 columns: the 2nd to the 11th, or the 89th to the 98th —
 * the same text length, the same number of references. Loaded alternately, 3 times each, through the UNO
 * bridge (bench/libreoffice/measure.py); CPU seconds of soffice.bin.
 */
import "../src/data/messages/all";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { WorkbookSpec } from "../src/workbook/spec";
import { writeXlsxFast } from "../src/xlsx/writer";
import { median } from "./cpu";
import type { Figure } from "./figures";
import { measureBooks, unoProgram } from "./libreoffice";

const COLUMNS = 100;
const ROWS = 10_000;
const NAMED = 10;

/** The synthetic book whose formula names the NAMED columns from the `first`-th on. */
function book(first: number): WorkbookSpec {
  const columns = Array.from({ length: COLUMNS }, (_, i) => ({ key: `c${i + 1}`, header: `辅助：列${i + 1}` }));
  const formula = Array.from({ length: NAMED }, (_, i) => `[@c${first + i}]`).join("+");
  const data = columns.slice(0, -1);
  const rows = Array.from({ length: ROWS }, (_, r) => Object.fromEntries(data.map((c, i) => [c.key, r + i])));
  return {
    sheets: [{ key: "synthetic", name: "S", cells: [], tables: [{ name: "T", at: "A1", columns: [...data, { key: `c${COLUMNS}`, header: `辅助：列${COLUMNS}`, formula }], rows }] }],
    names: [],
  };
}

export async function libreOfficeColumnsSection(): Promise<Figure[]> {
  const section = "LibreOffice (UNO)";
  const program = unoProgram();
  if (typeof program !== "string") return [program.skipped];
  const dir = mkdtempSync(join(tmpdir(), "shopsheet-bench-columns-"));
  try {
    const early = join(dir, "early.xlsx");
    const late = join(dir, "late.xlsx");
    await writeXlsxFast(book(2), early);
    await writeXlsxFast(book(COLUMNS - NAMED - 1), late);
    const books = [early, late, early, late, early, late].map((path) => ({ path, runs: 1 }));
    const measured = await measureBooks({ soffice: program, profile: join(dir, "profile"), books }, dir);
    const load = (path: string) => median(measured.filter((m) => m.path === path).map((m) => m.runs[0]!.load));
    const note = `${ROWS.toLocaleString("en-US")} rows × ${NAMED} references, table of ${COLUMNS} columns; median of 3, alternated`;
    return [
      { section, label: "load, formula naming columns 2–11", value: load(early), unit: "s CPU", note },
      { section, label: `load, formula naming columns ${COLUMNS - NAMED - 1}–${COLUMNS - 2}`, value: load(late), unit: "s CPU", note },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
