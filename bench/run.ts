/**
 * `npm run bench`: the figures issue 15 asks for, on this machine — CPU time wherever a program's own
 * work is measured (a shared, noisy machine: wall time counts the neighbours too), medians of 3 where
 * affordable — printed as a table and written to bench/results.json. Sections:
 *
 *   engine       payroll 1,000 × 12 and a year of targets, beside plain numbers     (bench/engine.ts)
 *   functions    SHOP.COMMISSION and SHOP.IIT per call, beside plain numbers         (bench/functions.ts)
 *   writing      build + write, the product's writer and exceljs, 8 to 10,000 staff  (bench/writer.ts)
 *   libreoffice  load, hard recalculation and one edit's recalculation, through UNO  (bench/libreoffice.ts)
 *   lo-columns   LibreOffice's load by the place of the columns formulas name         (bench/libreofficeColumns.ts)
 *   formulas     the payroll row's structured references and LibreOffice's column-name
 *                comparisons to compile them, counted from the spec                  (bench/formulaCost.ts)
 *   office       Office.js round trips and batch sizes of every command               (bench/office.ts)
 *   bundles      the build's scripts gzipped, first render beside the React template   (bench/bundles.ts)
 *
 * `npm run bench -- engine functions` runs only those. The LibreOffice section takes about half an hour
 * (3,000 staff is the longest; SHOPSHEET_BENCH_LO_SIZES=100,1000 leaves it out) and needs Debian's
 * python3-uno (apt-get install -y python3-uno); without it the section says so and is skipped.
 */
// Every message table registered, as the CLI has them (src/data/messages/all.ts).
import "../src/data/messages/all";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import Table from "cli-table3";
import { bundlesSection } from "./bundles";
import { engineSection } from "./engine";
import type { Figure } from "./figures";
import { functionsSection } from "./functions";
import { formulaCostSection } from "./formulaCost";
import { libreOfficeSection } from "./libreoffice";
import { libreOfficeColumnsSection } from "./libreofficeColumns";
import { closedMonthsSection } from "./closedMonths";
import { officeSection } from "./office";
import { writerSection } from "./writer";
import { buildWorkbook } from "../src/workbook/build";
import { BENCH_MONTH, benchTeam } from "./team";

export const sections: Record<string, () => Figure[] | Promise<Figure[]>> = {
  engine: engineSection,
  functions: functionsSection,
  writing: writerSection,
  libreoffice: libreOfficeSection,
  "lo-columns": libreOfficeColumnsSection,
  "closed-months": closedMonthsSection,
  formulas: () => formulaCostSection(() => buildWorkbook(benchTeam(10), BENCH_MONTH, "zh-CN").spec),
  office: officeSection,
  bundles: bundlesSection,
};

const RESULTS = join(__dirname, "results.json");

function shown(value: number | null): string {
  if (value === null) return "—";
  if (Number.isInteger(value)) return value.toLocaleString("en-US");
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

async function run(names: string[]) {
  const unknown = names.filter((n) => !(n in sections));
  if (unknown.length > 0) throw new Error(`no bench section ${unknown.join(", ")}; the sections are ${Object.keys(sections).join(", ")}`);
  const chosen = names.length > 0 ? names : Object.keys(sections);
  const figures: Figure[] = [];
  for (const name of chosen) {
    const started = Date.now();
    process.stderr.write(`bench: ${name}…\n`);
    figures.push(...(await sections[name]!()));
    process.stderr.write(`bench: ${name} done in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  }
  const table = new Table({
    head: ["section", "figure", "value", "unit", "how / against what"],
    wordWrap: true,
    colWidths: [13, 56, 9, 12, 64],
    style: { head: [], border: [], compact: true },
  });
  for (const f of figures) table.push([f.section, f.label, shown(f.value), f.unit, f.note ?? ""]);
  console.log(table.toString());
  const machine = { node: process.version, cpus: require("node:os").cpus().length, loadavg: require("node:os").loadavg().map((x: number) => Number(x.toFixed(2))) };
  writeFileSync(RESULTS, JSON.stringify({ when: new Date().toISOString(), machine, sections: chosen, figures }, null, 2) + "\n");
  console.log(`written to ${RESULTS}`);
}

if (require.main === module)
  run(process.argv.slice(2)).catch((e: unknown) => {
    console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  });
