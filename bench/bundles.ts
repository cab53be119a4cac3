/**
 * Bundle sizes for `npm run bench` (issue 15, "Bundles"): the production build made with webpack into
 * a temporary folder (dist/ is left alone), each script gzipped at level 9, and what the page loads
 * before the pane's first render (the scripts taskpane.html names); Microsoft's React template built
 * the same way (bench/templatePane) beside it; and the first render of both in one headless Chromium
 * (bench/firstRender.ts: 15 rounds, each page loaded once a round), the main thread's CPU until it and
 * its ratio to the template's, median and interquartile range; the wall time beside it.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Figure } from "./figures";
import { build as buildWith, measureFirstRender } from "./firstRender";

const ROOT = join(__dirname, "..");
/** Rounds of the first-render comparison: each page loaded this many times, alternating (bench/firstRender.ts). */
const FIRST_RENDER_ROUNDS = 15;

function build(out: string): Promise<void> {
  const webpack = require.resolve("webpack-cli/bin/cli.js");
  return new Promise((ok, fail) =>
    execFile(process.execPath, [webpack, "--mode", "production", "--output-path", out], { cwd: ROOT, timeout: 15 * 60_000, maxBuffer: 1 << 26 }, (err, _o, stderr) =>
      err ? fail(new Error(stderr.trim().split("\n").slice(-3).join(" ") || err.message)) : ok(),
    ),
  );
}

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

export async function bundlesSection(): Promise<Figure[]> {
  const section = "bundles";
  const out = mkdtempSync(join(tmpdir(), "shopsheet-bench-dist-"));
  const figures: Figure[] = [];
  let template: string | undefined;
  try {
    await build(out);
    for (const file of readdirSync(out).filter((f) => f.endsWith(".js")).sort()) {
      const goal = file === "taskpane.js" ? " (goal: at most 150 KB gz)" : file === "functions.js" ? " (the associations; the implementation is functions-impl.js, fetched after the first render)" : "";
      figures.push({ section, label: `${file}, gzip -9`, value: gz(join(out, file)), unit: "KiB", note: `${(statSync(join(out, file)).size / 1024).toFixed(0)} KiB raw${goal}` });
    }
    // The functions' own part (src/functions/deferred.ts): what associates them, and their implementation's chunk.
    const functionsOwn = ["functions.js", "functions-impl.js"];
    figures.push({ section, label: "the functions' own part, gzip -9", value: functionsOwn.reduce((n, f) => n + gz(join(out, f)), 0), unit: "KiB", note: `${functionsOwn.join(" + ")} (goal: at most 25 KB gz)` });
    const page = readFileSync(join(out, "taskpane.html"), "utf8");
    const first = [...page.matchAll(/<script[^>]*\ssrc="?([^"\s>]+\.js)"?/g)].map((m) => m[1]!).filter((n) => !n.includes("://"));
    figures.push({ section, label: "loaded before the pane's first render, gzip -9", value: first.reduce((n, f) => n + gz(join(out, f)), 0), unit: "KiB", note: first.join(" + ") });
    template = buildWith(join(ROOT, "bench/templatePane/webpack.config.js"));
    figures.push({ section, label: "Microsoft's React template (bench/templatePane), taskpane.js, gzip -9", value: gz(join(template, "taskpane.js")), unit: "KiB", note: "same React, Fluent UI and webpack settings" });
    const r = await measureFirstRender(out, template, FIRST_RENDER_ROUNDS);
    const spread = (q: { q1: number; q3: number }, digits: number, unit: string) => `interquartile ${q.q1.toFixed(digits)}–${q.q3.toFixed(digits)}${unit}`;
    figures.push({ section, label: "first render, the pane: main-thread CPU until it, ratio to the template's", value: r.pane.cpuRatio.median, unit: "×", note: `median of ${r.runs} rounds' ratios, ${spread(r.pane.cpuRatio, 2, "×")} (goal: at most 1.3×, the third quartile under it)` });
    figures.push({ section, label: "first render, the pane: main-thread CPU until it", value: r.pane.cpuMs.median, unit: "ms", note: `median of ${r.runs} traced loads, ${spread(r.pane.cpuMs, 0, " ms")}` });
    figures.push({ section, label: "first render, the template: main-thread CPU until it", value: r.template.cpuMs.median, unit: "ms", note: `median of ${r.runs} traced loads in the same rounds, ${spread(r.template.cpuMs, 0, " ms")}` });
    figures.push({ section, label: "first render in headless Chromium, the pane: wall time", value: r.pane.wallMs.median, unit: "ms", note: `median of ${r.runs}; ${r.pane.wallRatio.median.toFixed(2)}× the template's (${spread(r.pane.wallRatio, 2, "×")}; counts the neighbours' load too)` });
    figures.push({ section, label: "first render in headless Chromium, the template: wall time", value: r.template.wallMs.median, unit: "ms", note: `median of ${r.runs}, in the same rounds` });
  } catch (e) {
    figures.push({ section, label: "webpack production build and first render", value: null, unit: "", note: `failed: ${(e as Error).message}` });
  } finally {
    rmSync(out, { recursive: true, force: true });
    if (template) rmSync(template, { recursive: true, force: true });
  }
  return figures;
}

if (require.main === module) void bundlesSection().then((figures) => figures.forEach((f) => console.log(`${f.label}: ${f.value?.toFixed(1) ?? "—"} ${f.unit} ${f.note ?? ""}`)));
