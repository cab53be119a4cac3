/**
 * Writer figures for `npm run bench` (issue 15, "Writing"): build + write of 8 to 10,000 staff × 12
 * months with the product's writer (src/xlsx/writer, "fast") and the exceljs renderer it replaced (test/xlsx/reference) — CPU
 * seconds of each phase (median of 3 runs up to 1,000 staff, one run at 10,000; exceljs at 10,000 only
 * with SHOPSHEET_BENCH_SLOW=1), peak RSS, file size — each run in a process of its own
 * (bench/writerRun.ts). LibreOffice's load of what they write is bench/libreoffice.ts.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Figure } from "./figures";

interface Run {
  buildCpu: number;
  writeCpu: number;
  wall: number;
  maxRssMB: number;
  bytes: number;
}

const TSX = require.resolve("tsx/cli");
const RUNNER = join(__dirname, "writerRun.ts");
/** exceljs at 10,000 staff takes minutes; past this it is reported as not finished. */
const TIMEOUT_MS = 15 * 60_000;

/** One build + write in a process of its own: `tsx bench/writerRun.ts ...args`. */
export function run(args: string[], timeout = TIMEOUT_MS): Promise<Run> {
  return new Promise((ok, fail) => {
    execFile(process.execPath, [TSX, RUNNER, ...args], { timeout, maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
      if (err) fail(new Error(`${args.join(" ")}: ${err.killed ? `killed after ${timeout / 1000} s` : (stderr.trim().split("\n").pop() ?? err.message)}`));
      else ok(JSON.parse(stdout.trim().split("\n").pop()!) as Run);
    });
  });
}

async function median(times: number, args: string[]): Promise<Run> {
  const runs: Run[] = [];
  for (let i = 0; i < times; i++) runs.push(await run(args));
  return runs.sort((a, b) => a.buildCpu + a.writeCpu - (b.buildCpu + b.writeCpu))[Math.floor(times / 2)]!;
}

export async function writerSection(): Promise<Figure[]> {
  const section = "writing";
  const dir = mkdtempSync(join(tmpdir(), "shopsheet-bench-writer-"));
  const figures: Figure[] = [];
  try {
    for (const staff of [8, 100, 1000, 10_000]) {
      for (const writer of ["exceljs", "fast"] as const) {
        const label = `build+write ${staff.toLocaleString("en-US")} staff × 12 months, ${writer}`;
        if (writer === "exceljs" && staff > 1000 && process.env.SHOPSHEET_BENCH_SLOW !== "1") {
          // Measured once on this machine: JavaScript heap out of memory after 259 s of CPU, at 4.4 GB.
          figures.push({ section, label, value: null, unit: "s CPU", note: "not run (SHOPSHEET_BENCH_SLOW=1 runs it; it has run out of heap at about 4 GB)" });
          continue;
        }
        const times = staff <= 1000 ? 3 : 1;
        try {
          const r = await median(times, [writer, String(staff), join(dir, `${writer}-${staff}.xlsx`)]);
          figures.push({
            section,
            label,
            value: r.buildCpu + r.writeCpu,
            unit: "s CPU",
            note: `build ${r.buildCpu.toFixed(2)} + write ${r.writeCpu.toFixed(2)}; ${times > 1 ? `median of ${times}; ` : ""}wall ${r.wall.toFixed(1)} s, peak RSS ${r.maxRssMB.toFixed(0)} MB, ${(r.bytes / 2 ** 20).toFixed(1)} MiB`,
          });
        } catch (e) {
          figures.push({ section, label, value: null, unit: "s CPU", note: `did not finish (${(e as Error).message})` });
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

if (require.main === module) void writerSection().then((figures) => figures.forEach((f) => console.log(`${f.label}: ${f.value?.toFixed(2) ?? "—"} ${f.unit} ${f.note ?? ""}`)));
