/**
 * The layout version is raised with every change an older workbook would trip over — a table header,
 * a formula, a place — and each raise has its upgrade. The fingerprint below is a change detector,
 * not a check of what is right: it was recorded from the layout of the version it is filed under.
 * When it fails, the layout changed: raise LAYOUT_VERSION (src/workbook/layoutVersion.ts), add the
 * upgrade from the version before (src/office/upgrades.ts says how), test it with a workbook of the
 * version before, and file the new fingerprint under the new version.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sheetTemplate } from "../../src/office/templates";
import { UPGRADES } from "../../src/office/upgrades";
import { LAYOUT_VERSION } from "../../src/workbook/layoutVersion";
import { isFormulaCell } from "../../src/workbook/spec";

const KEYS = ["settings", "roles", "staff", "targets:2026-11", "payroll:2026-11", "slips:2026-11", "role:manager", "role:shipping"];

/** Places, headers and formulas of every sheet, in both languages (labels and values left out). */
function layout(): unknown {
  return (["zh-CN", "en-US"] as const).map((lang) =>
    KEYS.map((key) => {
      const s = sheetTemplate(key, lang)!;
      return {
        key,
        cells: s.cells.map((c) => (isFormulaCell(c) ? [c.at, c.formula] : [c.at])),
        tables: s.tables.map((t) => ({ at: t.at, columns: t.columns.map((c) => [c.key, c.header, c.formula ?? null, !!c.input]) })),
      };
    }),
  );
}

test("every version after the first has exactly one upgrade, and the last is the current version", () => {
  expect(UPGRADES.map((u) => u.to)).toEqual(Array.from({ length: LAYOUT_VERSION - 1 }, (_, i) => i + 2));
});

test("the layout is the one recorded for the current version", () => {
  const recorded = JSON.parse(readFileSync(join(__dirname, "layout-fingerprints.json"), "utf8")) as Record<string, string>;
  const now = createHash("sha256").update(JSON.stringify(layout())).digest("hex");
  expect({ version: LAYOUT_VERSION, fingerprint: now }).toEqual({ version: LAYOUT_VERSION, fingerprint: recorded[String(LAYOUT_VERSION)] });
});
