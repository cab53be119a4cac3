import { buildSync } from "esbuild";
import { join } from "path";
import { ROOT } from "../functions/build";

/**
 * excelStandIn.ts and what it imports as one browser script (esbuild: a bundle in a fraction of a
 * second). office-addin-mock imports office-addin-manifest only for its OfficeApp enum; its Node-only
 * dependencies are replaced by that one file, as jest.config.js does.
 */
export function bundleStandIn(): string {
  const out = buildSync({
    entryPoints: [join(__dirname, "excelStandIn.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    logLevel: "silent",
    alias: { "office-addin-manifest": join(ROOT, "node_modules/office-addin-manifest/lib/officeApp.js") },
  });
  return out.outputFiles[0]!.text;
}
