/**
 * Bundle sizes for `npm run bench` (issue 15, "Bundles"): the production build made with webpack into
 * a temporary folder (dist/ is left alone), each script gzipped at level 9, and what the page loads
 * before the pane's first render (the scripts taskpane.html names); Microsoft's React template built
 * the same way (bench/templatePane) beside it; and the first render of both in one headless Chromium
 * (bench/firstRender.ts: median of 7 loads each, alternating), as wall time and as the main thread's CPU.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Figure } from "./figures";
import { build as buildWith, measureFirstRender } from "./firstRender";

const ROOT = join(__dirname, "..");

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
    const r = await measureFirstRender(out, template, 7);
    figures.push({ section, label: "first render in headless Chromium, the pane", value: r.paneMs, unit: "ms", note: `median of ${r.runs}; ${r.ratio.toFixed(2)}× the template (goal: at most 1.3×)` });
    figures.push({ section, label: "first render in headless Chromium, the template", value: r.templateMs, unit: "ms", note: `median of ${r.runs}, loaded alternately with the pane` });
    figures.push({ section, label: "first render, the pane: main-thread CPU until it", value: r.paneCpuMs, unit: "ms", note: `median of ${r.runs} traced loads; ${r.cpuRatio.toFixed(2)}× the template's (the wall-time ratio counts the neighbours too)` });
    figures.push({ section, label: "first render, the template: main-thread CPU until it", value: r.templateCpuMs, unit: "ms", note: `median of ${r.runs} traced loads, alternating with the pane` });
  } catch (e) {
    figures.push({ section, label: "webpack production build and first render", value: null, unit: "", note: `failed: ${(e as Error).message}` });
  } finally {
    rmSync(out, { recursive: true, force: true });
    if (template) rmSync(template, { recursive: true, force: true });
  }
  return figures;
}

if (require.main === module) void bundlesSection().then((figures) => figures.forEach((f) => console.log(`${f.label}: ${f.value?.toFixed(1) ?? "—"} ${f.unit} ${f.note ?? ""}`)));
