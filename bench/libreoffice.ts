/**
 * LibreOffice's load, hard recalculation and single-edit recalculation of the workbook, timed apart
 * through its UNO bridge (bench/libreoffice/measure.py), for 100, 1,000 and 3,000 staff × 12 months as
 * each spelling writes it: the product's writer (src/xlsx/writer, "fast": A1 and hidden names,
 * src/workbook/a1Formulas.ts), the same writer spelling structured references as files did before
 * (2026-12-07), and the fast writer with shared formulas. (The exceljs reference writer spells as the
 * fast one does, so its file loads the same; it is left out.) CPU seconds of soffice.bin; median of 3 loads up to 1,000 staff,
 * one at 3,000. Needs Debian's python3-uno; without it the section says how to install it and skips.
 */
// Every message table registered, as the CLI has them (src/data/messages/all.ts).
import "../src/data/messages/all";
import { execFile, execFileSync, type ExecFileException } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseA1, a1 } from "../src/workbook/address";
import { buildWorkbook } from "../src/workbook/build";
import type { WorkbookSpec } from "../src/workbook/spec";
import { findSoffice } from "../test/oracle/libreoffice";
import { median } from "./cpu";
import type { Figure } from "./figures";
import { BENCH_MONTH, benchTeam } from "./team";
import { run as writeBook } from "./writer";

/** Debian's Python, which python3-uno installs into (a pyenv or venv python on PATH would not see it). */
const PYTHON = process.env.SHOPSHEET_BENCH_PYTHON ?? "/usr/bin/python3";
const MEASURE = join(__dirname, "libreoffice", "measure.py");
const INSTALL = "apt-get install -y python3-uno";
const SIZES = (process.env.SHOPSHEET_BENCH_LO_SIZES ?? "100,1000,3000").split(",").map(Number);
const ALL_WRITERS = [
  { name: "fast", args: ["fast"] },
  { name: "fast, structured formulas", args: ["fast", "", "structured-formulas"] },
  { name: "fast, shared formulas", args: ["fast", "", "shared-formulas"] },
] as const;
/** SHOPSHEET_BENCH_LO_WRITERS=fast measures the product's book alone (the structured one takes ~50 s a load at 1,000). */
const WRITERS = ALL_WRITERS.filter((w) => {
  const only = process.env.SHOPSHEET_BENCH_LO_WRITERS;
  return !only || only.split(",").includes(w.args.slice(2).find(Boolean) ?? w.args[0]);
});

export interface EditCells {
  edits: { label: string; sheet: string; cell: string; value: number }[];
  watch: { sheet: string; cell: string };
}

/** The cell of a table's column on the row of the table's first data row. */
function firstRowCell(spec: WorkbookSpec, sheetKey: string, column: string): { sheet: string; cell: string } {
  const sheet = spec.sheets.find((s) => s.key === sheetKey);
  const table = sheet?.tables[0];
  const col = table?.columns.findIndex((c) => c.key === column) ?? -1;
  if (!sheet || !table || col < 0) throw new Error(`bench: no column ${column} on ${sheetKey}`);
  const at = parseA1(table.at);
  return { sheet: sheet.name, cell: a1(at.row + 1, at.col + col) };
}

/** The first person's base pay on Staff, and their January reward; their December net pay shows the recalculation. */
export function editCells(spec: WorkbookSpec, year: string): EditCells {
  const base = firstRowCell(spec, "staff", "base");
  const reward = firstRowCell(spec, `payroll:${year}-01`, "reward");
  return {
    edits: [
      { label: "base pay on Staff", ...base, value: 2600 },
      { label: "January reward", ...reward, value: 100 },
    ],
    watch: firstRowCell(spec, `payroll:${year}-12`, "net"),
  };
}

function hasUno(): boolean {
  try {
    execFileSync(PYTHON, ["-c", "import uno"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export interface Measured {
  path: string;
  runs: { load: number; loadWall: number; recalc: number; recalcWall: number; edits: { label: string; cpu: number; wall: number; watchBefore: number; watchAfter: number }[] }[];
}

/** How long one measure.py job may take, in minutes (SHOPSHEET_BENCH_TIMEOUT_MIN; a busy machine wants more). */
const TIMEOUT_MIN = Number(process.env.SHOPSHEET_BENCH_TIMEOUT_MIN ?? 60);

/** Why measure.py failed, in a line: stopped at the time limit, killed, or its own last word. */
function failure(err: ExecFileException, stderr: string): string {
  if (err.killed) return `stopped after ${TIMEOUT_MIN} min, the time limit (a busy machine? SHOPSHEET_BENCH_TIMEOUT_MIN=${TIMEOUT_MIN * 2} allows more)`;
  if (err.signal) return `killed by ${err.signal}${err.signal === "SIGKILL" ? " (out of memory? see dmesg)" : ""}`;
  const lines = stderr.trim().split("\n");
  const said = lines.filter((l) => l.startsWith("measure.py failed: ")).pop();
  return said?.slice("measure.py failed: ".length) ?? (lines.slice(-3).join(" ") || err.message);
}

/** Runs measure.py on a job (soffice, profile, books) written into `dir`; its progress lines are shown as they come. */
export function measureBooks(job: object, dir: string): Promise<Measured[]> {
  const file = join(dir, "job.json");
  writeFileSync(file, JSON.stringify(job));
  return new Promise((ok, fail) => {
    const child = execFile(PYTHON, [MEASURE, file], { timeout: TIMEOUT_MIN * 60_000, maxBuffer: 1 << 24 }, (err, stdout, stderr) => {
      if (err) return fail(new Error(`measure.py: ${failure(err, stderr)}`));
      try {
        ok(JSON.parse(stdout.trim().split("\n").pop()!) as Measured[]);
      } catch {
        fail(new Error(`measure.py: no figures in its output (${JSON.stringify(stdout.slice(-200))})`));
      }
    });
    child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(chunk));
  });
}

/** soffice.bin to measure, or the figure saying why the section is skipped (no LibreOffice, no UNO bridge). */
export function unoProgram(section = "LibreOffice (UNO)"): string | { skipped: Figure } {
  let soffice: string;
  try {
    soffice = findSoffice();
  } catch {
    return { skipped: { section, label: "skipped", value: null, unit: "", note: "no LibreOffice" } };
  }
  const bin = join(soffice.replace(/\/soffice$/, ""), "soffice.bin");
  if (!hasUno()) return { skipped: { section, label: "skipped", value: null, unit: "", note: `no UNO bridge for ${PYTHON}: install Debian's python3-uno (${INSTALL})` } };
  return existsSync(bin) ? bin : "/usr/lib/libreoffice/program/soffice.bin";
}

export async function libreOfficeSection(): Promise<Figure[]> {
  const section = "LibreOffice (UNO)";
  const program = unoProgram(section);
  if (typeof program !== "string") return [program.skipped];

  const dir = mkdtempSync(join(tmpdir(), "shopsheet-bench-lo-"));
  const figures: Figure[] = [];
  try {
    for (const n of SIZES) {
      const runs = n <= 1000 ? 3 : 1;
      const cells = editCells(buildWorkbook(benchTeam(n), BENCH_MONTH, "zh-CN").spec, BENCH_MONTH.slice(0, 4));
      const books = [];
      for (const w of WRITERS) {
        const path = join(dir, `${w.name.replace(/\W+/g, "-")}-${n}.xlsx`);
        const [writer, ...flags] = w.args;
        try {
          await writeBook([writer, String(n), path, ...flags.filter(Boolean)]);
          books.push({ writer: w.name, path, runs, ...cells });
        } catch (e) {
          figures.push({ section, label: `${n} staff by ${w.name}`, value: null, unit: "", note: `not written: ${(e as Error).message}` });
        }
      }
      const measured = await measureBooks({ soffice: program, profile: join(dir, `profile-${n}`), books }, dir);
      for (const [i, m] of measured.entries()) {
        const writer = books[i]!.writer;
        const of = `${n} staff × 12 months by ${writer}`;
        const note = runs > 1 ? `median of ${runs}` : "one run";
        figures.push({ section, label: `load, ${of}`, value: median(m.runs.map((r) => r.load)), unit: "s CPU", note: `${note}; wall ${median(m.runs.map((r) => r.loadWall)).toFixed(1)} s` });
        figures.push({ section, label: `hard recalc, ${of}`, value: median(m.runs.map((r) => r.recalc)), unit: "s CPU", note: `${note}; wall ${median(m.runs.map((r) => r.recalcWall)).toFixed(1)} s` });
        for (const [k, edit] of cells.edits.entries()) {
          // The base pay edit must change the person's December net pay: the proof that LibreOffice recalculated.
          const first = m.runs[0]!.edits[k]!;
          const proof = k === 0 ? `; December net of the first person ${first.watchBefore} → ${first.watchAfter}${first.watchBefore === first.watchAfter ? " (UNCHANGED: no recalculation?)" : ""}` : "";
          figures.push({ section, label: `edit: ${edit.label} (${edit.sheet}!${edit.cell}), ${of}`, value: median(m.runs.map((r) => r.edits[k]!.cpu)), unit: "s CPU", note: `${note}${proof}` });
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // Issue 15: the hard recalculation of 1,000 staff at most 12 times that of 100 (linear, not square).
  const recalc = (n: number, writer: string) => figures.find((f) => f.label === `hard recalc, ${n} staff × 12 months by ${writer}`)?.value;
  for (const w of WRITERS) {
    const [small, large] = [recalc(100, w.name), recalc(1000, w.name)];
    if (small && large) figures.push({ section, label: `hard recalc, 1000 staff against 100, by ${w.name}`, value: large / small, unit: "×", note: "goal: at most 12×" });
  }
  return figures;
}

if (require.main === module)
  void libreOfficeSection().then((figures) => {
    for (const f of figures) console.log(`${f.label}: ${f.value === null ? "—" : f.value.toFixed(2)} ${f.unit} ${f.note ?? ""}`);
    console.log(JSON.stringify(figures));
  });
