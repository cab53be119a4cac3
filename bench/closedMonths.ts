/**
 * An experiment for issue 15's single-edit goal (a base-pay edit on Staff at 1,000 staff recalculating in at most
 * 0.5 s), not the product: what LibreOffice's recalculation of that edit costs when only the latest payroll month
 * looks the base pay up on Staff and the earlier months hold the base they were paid with as a value ("closed").
 *
 * Why it matters: `INDEX(Staff[base],[@staffRow])` depends on the whole Staff column in LibreOffice and Excel alike,
 * so one base edit dirties every payroll row of every month and, through the year to date, everything after it.
 * A month that keeps its own base stops that at the month. The same book is written twice — as the product writes it
 * ("live") and with the `base` helper of every month but the last written as its cached value ("closed") — and
 * measured alternately through the UNO bridge (bench/libreoffice/measure.py): load, hard recalculation, the base-pay
 * edit and a January reward edit. Both books hold the same figures (the edit's December net shows the same change).
 * `npm run bench -- closed-months`; SHOPSHEET_BENCH_CLOSED_STAFF sets the team (1,000).
 */
import "../src/data/messages/all";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildWorkbook } from "../src/workbook/build";
import type { WorkbookSpec } from "../src/workbook/spec";
import { writeXlsxFast } from "../src/xlsx/writer";
import { median } from "./cpu";
import type { Figure } from "./figures";
import { editCells, measureBooks, unoProgram } from "./libreoffice";
import { BENCH_MONTH, benchTeam } from "./team";

/** Every payroll month but the workbook's own keeps its base as a value: the formula dropped, the cached result written. */
function closeEarlierMonths(spec: WorkbookSpec): void {
  const latest = `Payroll_${BENCH_MONTH.replace("-", "_")}`;
  for (const sheet of spec.sheets)
    for (const table of sheet.tables) {
      if (!/^Payroll_\d{4}_\d{2}$/.test(table.name) || table.name === latest) continue;
      const base = table.columns.find((c) => c.key === "base");
      if (!base || table.rows.some((r) => r.base === undefined)) throw new Error(`bench: ${table.name} has no cached base to keep`);
      delete base.formula;
    }
}

export async function closedMonthsSection(): Promise<Figure[]> {
  const section = "closed months";
  const program = unoProgram(section);
  if (typeof program !== "string") return [program.skipped];
  const n = Number(process.env.SHOPSHEET_BENCH_CLOSED_STAFF ?? 1000);
  const dir = mkdtempSync(join(tmpdir(), "shopsheet-bench-closed-"));
  try {
    const variants = [];
    for (const name of ["live", "closed"] as const) {
      const spec = buildWorkbook(benchTeam(n), BENCH_MONTH, "zh-CN").spec;
      if (name === "closed") closeEarlierMonths(spec);
      const path = join(dir, `${name}.xlsx`);
      await writeXlsxFast(spec, path, {});
      variants.push({ writer: name, path, runs: 3, ...editCells(spec, BENCH_MONTH.slice(0, 4)) });
    }
    // Alternated, so a busy minute weighs on both.
    const order = [variants[0]!, variants[1]!, variants[0]!, variants[1]!];
    const measured = await measureBooks({ soffice: program, profile: join(dir, "profile"), books: order }, dir);
    const figures: Figure[] = [];
    for (const v of variants) {
      const runs = measured.filter((_, i) => order[i] === v).flatMap((m) => m.runs);
      const note = `${n} staff × 12 months, median of ${runs.length} (alternated)`;
      figures.push({ section, label: `${v.writer}: load`, value: median(runs.map((r) => r.load)), unit: "s CPU", note });
      figures.push({ section, label: `${v.writer}: hard recalc`, value: median(runs.map((r) => r.recalc)), unit: "s CPU", note });
      for (const [k, edit] of v.edits.entries()) {
        const first = runs[0]!.edits[k]!;
        figures.push({ section, label: `${v.writer}: edit ${edit.label}`, value: median(runs.map((r) => r.edits[k]!.cpu)), unit: "s CPU", note: `${note}; December net ${first.watchBefore} → ${first.watchAfter}` });
      }
    }
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
