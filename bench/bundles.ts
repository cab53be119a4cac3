/**
 * Bundle sizes for `npm run bench` (issue 15, "Bundles"): the production build made with webpack into
 * a temporary folder (dist/ is left alone), each script gzipped at level 9. First render time in
 * headless Chromium is measured by test/e2e/taskpane.e2e.test.ts, which writes it to
 * test/e2e/screenshots/metrics.json: read here when present (the bench does not start a browser).
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Figure } from "./figures";

const ROOT = join(__dirname, "..");
const METRICS = join(ROOT, "test", "e2e", "screenshots", "metrics.json");

function build(out: string): Promise<void> {
  const webpack = require.resolve("webpack-cli/bin/cli.js");
  return new Promise((ok, fail) =>
    execFile(process.execPath, [webpack, "--mode", "production", "--output-path", out], { cwd: ROOT, timeout: 15 * 60_000, maxBuffer: 1 << 26 }, (err, _o, stderr) =>
      err ? fail(new Error(stderr.trim().split("\n").slice(-3).join(" ") || err.message)) : ok(),
    ),
  );
}

export async function bundlesSection(): Promise<Figure[]> {
  const section = "bundles";
  const out = mkdtempSync(join(tmpdir(), "shopsheet-bench-dist-"));
  const figures: Figure[] = [];
  try {
    await build(out);
    for (const file of readdirSync(out).filter((f) => f.endsWith(".js")).sort()) {
      const bytes = readFileSync(join(out, file));
      const goal = file === "taskpane.js" ? " (goal: at most 150 KB gz)" : file === "functions.js" ? " (goal: its own part at most 25 KB gz)" : "";
      figures.push({ section, label: `${file}, gzip -9`, value: gzipSync(bytes, { level: 9 }).length / 1024, unit: "KiB", note: `${(statSync(join(out, file)).size / 1024).toFixed(0)} KiB raw${goal}` });
    }
  } catch (e) {
    figures.push({ section, label: "webpack production build", value: null, unit: "", note: `failed: ${(e as Error).message}` });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  if (existsSync(METRICS)) {
    const m = JSON.parse(readFileSync(METRICS, "utf8")) as { firstRenderMs?: number | null };
    const when = statSync(METRICS).mtime.toISOString().slice(0, 16).replace("T", " ");
    figures.push({ section, label: "first render in headless Chromium", value: m.firstRenderMs ?? null, unit: "ms", note: `from the e2e test's metrics.json of ${when} UTC` });
  } else {
    figures.push({ section, label: "first render in headless Chromium", value: null, unit: "ms", note: "not measured here: run the e2e test (npx jest test/e2e), which writes test/e2e/screenshots/metrics.json" });
  }
  return figures;
}

if (require.main === module) void bundlesSection().then((figures) => figures.forEach((f) => console.log(`${f.label}: ${f.value?.toFixed(1) ?? "—"} ${f.unit} ${f.note ?? ""}`)));
