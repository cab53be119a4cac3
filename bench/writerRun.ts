/**
 * One measured build + write, in a process of its own so that its peak memory is its own:
 * `tsx bench/writerRun.ts <exceljs|fast> <staff> <out.xlsx> [shared-formulas] [inline-strings] [structured-formulas]` prints one JSON line with
 * CPU seconds (all threads: zlib's too) of the build and of the write, wall seconds, peak RSS and
 * the file's size. Used by bench/writer.ts.
 */
// Every message table registered, as the CLI has them (src/data/messages/all.ts).
import "../src/data/messages/all";
import { statSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { buildWorkbook } from "../src/workbook/build";
import { writeXlsx } from "../test/xlsx/reference/exceljsRenderer";
import { writeXlsxFast } from "../src/xlsx/writer";
import { BENCH_MONTH, benchTeam } from "./team";

const cpu = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6;

async function main() {
  const [writer, staff, out, ...flags] = process.argv.slice(2);
  const config = benchTeam(Number(staff));
  const start = process.cpuUsage();
  const t0 = performance.now();
  const built = buildWorkbook(config, BENCH_MONTH, "zh-CN");
  const buildCpu = cpu(process.cpuUsage(start));
  if (writer === "fast") await writeXlsxFast(built.spec, out!, { sharedFormulas: flags.includes("shared-formulas"), strings: flags.includes("inline-strings") ? "inline" : "shared", formulas: flags.includes("structured-formulas") ? "structured" : "a1" });
  else await writeXlsx(built.spec, out!);
  const totalCpu = cpu(process.cpuUsage(start));
  console.log(
    JSON.stringify({
      buildCpu,
      writeCpu: totalCpu - buildCpu,
      wall: (performance.now() - t0) / 1000,
      maxRssMB: process.resourceUsage().maxRSS / 1024,
      bytes: statSync(out!).size,
    }),
  );
}

void main();
