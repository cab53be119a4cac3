/**
 * The house's arrows (docs/design/ARCHITECTURE.md): taskpane, cli, functions → office | xlsx →
 * workbook → core → data. dependency-cruiser checks every import of src/ against the rules in
 * .dependency-cruiser.cjs; this test fails naming each file and import that runs back up. A second
 * run over a small tree that breaks every rule shows the check can fail (and that each rule names
 * what it should).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const CRUISER = join(ROOT, "node_modules", "dependency-cruiser", "bin", "dependency-cruise.mjs");
const CONFIG = join(ROOT, ".dependency-cruiser.cjs");

interface Violation {
  from: string;
  to: string;
  rule: { name: string; severity: string };
  cycle?: { name: string }[];
}

/** Runs dependency-cruiser over `src` in `cwd` and returns its violations, each as "rule: from → to". */
function cruise(cwd: string): string[] {
  const run = spawnSync(process.execPath, [CRUISER, "--config", CONFIG, "--output-type", "json", "src"], {
    cwd,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  let report: { summary: { violations: Violation[] } };
  try {
    report = JSON.parse(run.stdout) as typeof report;
  } catch {
    throw new Error(`dependency-cruiser gave no report (exit ${run.status}):\n${run.stderr}`);
  }
  return report.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
}

describe("import boundaries", () => {
  test("no import in src/ runs back up the arrows, loops at run time or resolves to nothing", () => {
    expect(cruise(ROOT)).toEqual([]);
  });

  describe("the rules catch what they are for (a tree that breaks each one)", () => {
    let dir: string;
    const files: Record<string, string> = {
      // One arrow back up from each room.
      "src/data/seed.ts": `import { rule } from "../core/rule";\nexport const seed = rule;\n`,
      "src/core/rule.ts": `import type { Sheet } from "../workbook/sheet";\nexport const rule = 1;\nexport type R = Sheet;\n`,
      "src/workbook/sheet.ts": `import { host } from "../office/host";\nexport type Sheet = typeof host;\n`,
      "src/office/host.ts": `import { file } from "../xlsx/file";\nexport const host = file;\n`,
      "src/xlsx/file.ts": `import { pane } from "../taskpane/pane";\nexport const file = pane;\n`,
      "src/taskpane/pane.ts": `import { main } from "../cli/main";\nexport const pane = main;\n`,
      "src/cli/main.ts": `export const main = 2;\n`,
      "src/functions/fn.ts": `import { pane } from "../taskpane/pane";\nexport const fn = pane;\n`,
      // Pure rooms touching the host.
      "src/core/io.ts": `import { readFileSync } from "node:fs";\nexport const io = readFileSync;\n`,
      "src/workbook/look.ts": `import * as ExcelJS from "exceljs";\nexport const look = ExcelJS;\n`,
      // A loop at run time, and one of types only (allowed: erased when compiled).
      "src/core/loopA.ts": `import { b } from "./loopB";\nexport const a = () => b;\n`,
      "src/core/loopB.ts": `import { a } from "./loopA";\nexport const b = () => a;\n`,
      "src/core/typeA.ts": `import type { B } from "./typeB";\nexport interface A { b?: B }\n`,
      "src/core/typeB.ts": `import type { A } from "./typeA";\nexport interface B { a?: A }\n`,
      // An import of nothing.
      "src/core/lost.ts": `import { gone } from "./gone";\nexport const lost = gone;\n`,
    };

    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), "shopsheet-arrows-"));
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      // The real exceljs, so the package rule sees it resolve into node_modules as it does in src/.
      mkdirSync(join(dir, "node_modules", "exceljs"), { recursive: true });
      writeFileSync(join(dir, "node_modules", "exceljs", "package.json"), `{"name":"exceljs","main":"index.js"}`);
      writeFileSync(join(dir, "node_modules", "exceljs", "index.js"), "module.exports = {};\n");
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    test("each broken rule is named with its file and import", () => {
      expect(cruise(dir)).toEqual(
        [
          "data-imports-only-below: src/data/seed.ts → src/core/rule.ts",
          "core-imports-only-below: src/core/rule.ts → src/workbook/sheet.ts",
          "workbook-imports-only-below: src/workbook/sheet.ts → src/office/host.ts",
          "office-imports-only-below: src/office/host.ts → src/xlsx/file.ts",
          "xlsx-imports-only-below: src/xlsx/file.ts → src/taskpane/pane.ts",
          "taskpane-imports-only-below: src/taskpane/pane.ts → src/cli/main.ts",
          "functions-imports-only-below: src/functions/fn.ts → src/taskpane/pane.ts",
          "pure-rooms-no-host: src/core/io.ts → fs",
          "pure-rooms-no-host-packages: src/workbook/look.ts → node_modules/exceljs/index.js",
          // A loop is reported once, at the import that closes it.
          "no-circular: src/core/loopA.ts → src/core/loopB.ts",
          "not-to-unresolvable: src/core/lost.ts → ./gone",
        ].sort(),
      );
    });
  });
});
