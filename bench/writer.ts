/**
 * Writer figures for `npm run bench` (issue 15, "Writing" and "Load"): build + write of 1,000 ×
 * 12 months and more with the exceljs renderer and the fast writer — CPU seconds of each phase
 * (median of 3 runs up to 1,000 staff, one run at 10,000; exceljs at 10,000 only with
 * SHOPSHEET_BENCH_SLOW=1), wall seconds, peak RSS, file size —
 * each run in a process of its own (bench/writerRun.ts). Then LibreOffice's load of the 1,000-staff
 * book as each writer writes it, with and without shared formulas and inline strings: CPU seconds of a headless
 * conversion to CSV (load, compute what has no cached value, write the first sheet), beside the
 * same for a tiny book (start-up).
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { findSoffice } from "../test/oracle/libreoffice";

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

function run(args: string[], timeout = TIMEOUT_MS): Promise<Run> {
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

const s = (x: number) => x.toFixed(2);

export async function writerSection(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "shopsheet-bench-writer-"));
  const lines: string[] = [];
  try {
    for (const staff of [8, 100, 1000, 10_000]) {
      for (const writer of ["exceljs", "fast"] as const) {
        if (writer === "exceljs" && staff > 1000 && process.env.SHOPSHEET_BENCH_SLOW !== "1") {
          // Measured once on this machine: JavaScript heap out of memory after 259 s of CPU, at 4.4 GB.
          lines.push(`writer exceljs staff=${staff} x 12 months: not run (SHOPSHEET_BENCH_SLOW=1 runs it; it has run out of heap at about 4 GB)`);
          continue;
        }
        const times = staff <= 1000 ? 3 : 1;
        const out = join(dir, `${writer}-${staff}.xlsx`);
        try {
          const r = await median(times, [writer, String(staff), out]);
          lines.push(
            `writer ${writer} staff=${staff} x 12 months: build ${s(r.buildCpu)} s + write ${s(r.writeCpu)} s = ${s(r.buildCpu + r.writeCpu)} s CPU` +
              `${times > 1 ? ` (median of ${times})` : ""}, wall ${s(r.wall)} s, peak RSS ${r.maxRssMB.toFixed(0)} MB, ${(r.bytes / 2 ** 20).toFixed(1)} MiB`,
          );
        } catch (e) {
          lines.push(`writer ${writer} staff=${staff} x 12 months: did not finish (${(e as Error).message})`);
        }
      }
    }
    lines.push(...(await libreOfficeLoad(dir)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}

/** CPU seconds LibreOffice spends converting each book to CSV, through /usr/bin/time (soffice runs as children of its launcher). */
async function libreOfficeLoad(dir: string): Promise<string[]> {
  let soffice: string;
  try {
    soffice = findSoffice();
  } catch {
    return ["LibreOffice load: skipped (no LibreOffice)"];
  }
  const books = {
    exceljs: join(dir, "exceljs-1000.xlsx"),
    fast: join(dir, "fast-1000.xlsx"),
    "fast, shared formulas": join(dir, "fast-shared-1000.xlsx"),
    "fast, inline strings": join(dir, "fast-inline-1000.xlsx"),
    "tiny (start-up)": join(dir, "fast-tiny.xlsx"),
  };
  await run(["exceljs", "1000", books.exceljs]);
  await run(["fast", "1000", books.fast]);
  await run(["fast", "1000", books["fast, shared formulas"], "shared-formulas"]);
  await run(["fast", "1000", books["fast, inline strings"], "inline-strings"]);
  await run(["fast", "1", books["tiny (start-up)"]]);
  const profile = join(dir, "lo-profile");
  const convert = (book: string) =>
    new Promise<{ cpu: number; wall: number }>((ok, fail) => {
      const args = ["-f", "%U %S %e", soffice, `-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", "--nolockcheck", "--convert-to", "csv", "--outdir", join(dir, "csv"), book];
      execFile("/usr/bin/time", args, { timeout: 600_000 }, (err, _stdout, stderr) => {
        if (err) return fail(new Error(`soffice on ${book}: ${err.message}`));
        const [user, sys, wall] = stderr.trim().split("\n").pop()!.split(" ").map(Number) as [number, number, number];
        ok({ cpu: user + sys, wall });
      });
    });
  const lines: string[] = [];
  try {
    await convert(books["tiny (start-up)"]); // creates the profile: not counted
    for (const [name, book] of Object.entries(books)) {
      const r = await convert(book);
      lines.push(`LibreOffice load (to CSV), ${name === "tiny (start-up)" ? "a one-person book (start-up)" : `1000 staff x 12 months by ${name}`}: ${s(r.cpu)} s CPU, wall ${s(r.wall)} s`);
    }
  } catch (e) {
    lines.push(`LibreOffice load: failed (${(e as Error).message}; needs /usr/bin/time)`);
  }
  return lines;
}

if (require.main === module) void writerSection().then((lines) => lines.forEach((l) => console.log(l)));
