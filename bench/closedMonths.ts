/**
 * What closed months (issue 15, layout 16) save LibreOffice: the 1,000-staff book as the product writes it — every
 * payroll month before December keeps the base it was paid with as a value, December's base looks Staff up — against
 * the same book with every month's base by formula over Staff, as layout 15 wrote it ("all open").
 *
 * Why it matters: `INDEX(Staff[base],[@staffRow])` depends on the whole Staff column in LibreOffice and Excel alike,
 * so with every month open one base edit dirties every payroll row of every month and, through the year to date,
 * everything after it; a closed month stops that at the month. Both books are measured alternately in one
 * LibreOffice through the UNO bridge (bench/libreoffice/measure.py): load, hard recalculation, the base-pay edit and
 * a January reward edit. The figures differ only where the edit reaches (the edit's December net shows the same
 * change: December is open in both). `npm run bench -- closed-months`; SHOPSHEET_BENCH_CLOSED_STAFF sets the team (1,000).
 * It takes a few minutes on a quiet machine and far longer on a busy one (CPU seconds are measured, but they come
 * slowly): measure.py shows each run as it ends, and says why when it stops — SHOPSHEET_BENCH_TIMEOUT_MIN (60) is
 * the limit of each pass, soffice.bin dying under it is named (killed by SIGKILL: out of memory).
 */
import "../src/data/messages/all";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildWorkbook } from "../src/workbook/build";
import type { WorkbookSpec } from "../src/workbook/spec";
import { tableTemplate } from "../src/workbook/templates";
import { writeXlsxFast } from "../src/xlsx/writer";
import { median } from "./cpu";
import type { Figure } from "./figures";
import { editCells, measureBooks, unoProgram, type Measured } from "./libreoffice";
import { BENCH_MONTH, benchTeam } from "./team";

/** Every payroll month's base by its formula over Staff again (the cached values stay), as layout 15 wrote it. */
function openEveryMonth(spec: WorkbookSpec): void {
  let reopened = 0;
  for (const sheet of spec.sheets)
    for (const table of sheet.tables) {
      if (!/^Payroll_\d{4}_\d{2}$/.test(table.name)) continue;
      const base = table.columns.find((c) => c.key === "base");
      if (!base || base.formula !== undefined) continue;
      base.formula = tableTemplate(table.name, "zh-CN")!.columns.find((c) => c.key === "base")!.formula!;
      base.style = "money";
      reopened++;
    }
  if (reopened !== 11) throw new Error(`bench: ${reopened} closed months reopened, not the 11 before December`);
}

export async function closedMonthsSection(): Promise<Figure[]> {
  const section = "closed months";
  const program = unoProgram(section);
  if (typeof program !== "string") return [program.skipped];
  const n = Number(process.env.SHOPSHEET_BENCH_CLOSED_STAFF ?? 1000);
  const dir = mkdtempSync(join(tmpdir(), "shopsheet-bench-closed-"));
  try {
    const variants = [];
    for (const name of ["all open", "closed"] as const) {
      const spec = buildWorkbook(benchTeam(n), BENCH_MONTH, "zh-CN").spec;
      if (name === "all open") openEveryMonth(spec);
      const path = join(dir, `${name.replace(/\W+/g, "-")}.xlsx`);
      await writeXlsxFast(spec, path, {});
      variants.push({ writer: name, path, runs: 3, ...editCells(spec, BENCH_MONTH.slice(0, 4)) });
    }
    // Alternated, so a busy minute weighs on both; a LibreOffice of its own for each pass, as one soffice.bin held
    // 2.2 GB after a few of the twelve loads of a 1,000-staff book (it keeps memory across documents closed).
    const order = [variants[0]!, variants[1]!, variants[0]!, variants[1]!];
    const measured: Measured[] = [];
    for (const book of order) measured.push(...(await measureBooks({ soffice: program, profile: join(dir, "profile"), books: [book] }, dir)));
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
