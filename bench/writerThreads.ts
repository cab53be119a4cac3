/**
 * Where build + write's CPU goes, by thread: `npx tsx bench/writerThreads.ts [staff]` builds and
 * writes the bench's team (as bench/writerRun.ts does) and prints each phase's CPU seconds on the main
 * thread, on V8's helper threads (concurrent compilation and garbage collection) and on the others
 * (libuv's pool: deflate). All are named "node" and under tsx all exist before the build, so they are
 * told apart by what they did: the build does no I/O, so the threads that worked during it are V8's.
 * process.cpuUsage, which the bench reports, is their sum. Linux only (it reads /proc/self/task/<tid>/stat, utime + stime in
 * clock ticks of 1/100 s).
 *
 * Run it under node's V8 flags to tell helper threads' jobs apart (diagnosis only; the bench runs
 * without flags): `node --no-concurrent-recompilation --import tsx bench/writerThreads.ts` compiles on
 * the main thread, `--single-threaded-gc` collects there (src/xlsx/writer/README.md, "Fourth look").
 */
import "../src/data/messages/all";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildWorkbook } from "../src/workbook/build";
import { writeXlsxFast } from "../src/xlsx/writer";
import { BENCH_MONTH, benchTeam } from "./team";

/** CPU seconds of each thread of this process so far, by thread id. */
function threadCpu(): Map<number, number> {
  const cpu = new Map<number, number>();
  for (const tid of readdirSync("/proc/self/task")) {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
    // The fields after the command name (which may hold spaces) in parentheses: utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    cpu.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / 100);
  }
  return cpu;
}

/** A phase's CPU from `before` to `after`: the main thread, V8's helper threads (`v8`) and the others. */
function split(before: Map<number, number>, after: Map<number, number>, v8: ReadonlySet<number>) {
  const used = { main: 0, helpers: 0, others: 0 };
  for (const [tid, s] of after) {
    const spent = s - (before.get(tid) ?? 0);
    if (tid === process.pid) used.main += spent;
    else if (v8.has(tid)) used.helpers += spent;
    else used.others += spent;
  }
  return used;
}

/** The threads but the main one that used CPU from `before` to `after`. */
function busy(before: Map<number, number>, after: Map<number, number>): Set<number> {
  return new Set([...after].filter(([tid, s]) => tid !== process.pid && s > (before.get(tid) ?? 0)).map(([tid]) => tid));
}

async function main() {
  const staff = Number(process.argv[2] ?? 1000);
  const dir = mkdtempSync(join(tmpdir(), "shopsheet-bench-threads-"));
  try {
    const start = threadCpu();
    const { spec } = buildWorkbook(benchTeam(staff), BENCH_MONTH, "zh-CN");
    const built = threadCpu();
    await writeXlsxFast(spec, join(dir, "book.xlsx"));
    const written = threadCpu();
    const show = (phase: string, u: ReturnType<typeof split>) =>
      console.log(`${phase}: ${(u.main + u.helpers + u.others).toFixed(2)} s CPU = main ${u.main.toFixed(2)} + V8 helpers ${u.helpers.toFixed(2)} + others (deflate) ${u.others.toFixed(2)}`);
    const v8 = busy(start, built);
    show("build", split(start, built, v8));
    show("write", split(built, written, v8));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
