/**
 * The layout version is raised with every change an older workbook would trip over — a table header,
 * a formula, a place — and each raise has its upgrade. The fingerprint below is a change detector,
 * not a check of what is right: it was recorded from the layout of the version it is filed under.
 * When it fails, the layout changed: raise LAYOUT_VERSION (src/workbook/layoutVersion.ts), add the
 * upgrade from the version before (src/workbook/layoutUpgrades.ts says how), test it with a workbook of the
 * version before, and file the new fingerprint under the new version. (While a version is not
 * released, its fingerprint may be filed again — with its upgrade entry saying what changed.)
 *
 * The tables of version 1 are known for sure — the fixtures are that release's workbooks — so the
 * upgrades are checked against them too: every column the current layout has that version 1 lacks
 * must be one an upgrade inserts, and every header that differs one an upgrade renames.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sheetTemplate, tableTemplate } from "../../src/workbook/templates";
import { columnOps, columnPlaces, shiftedSince, tablePlaceAccepted, UPGRADES } from "../../src/workbook/layoutUpgrades";
import { LAYOUT_VERSION } from "../../src/workbook/layoutVersion";
import { isFormulaCell } from "../../src/workbook/spec";
import { FakeExcel, loadState, loadXlsx, type WorkbookState } from "../office/fake";

const KEYS = ["settings", "roles", "staff", "deductions", "targets:2026-11", "payroll:2026-11", "slips:2026-11", "role:manager", "role:shipping"];

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

test("the upgrades from version 1 bring every table of version 1's workbooks (the fixtures) to the current layout, in both languages", async () => {
  const fixtures = join(__dirname, "../fixtures/layout-v1");
  const zh = new FakeExcel();
  loadState(zh, JSON.parse(readFileSync(join(fixtures, "office-zh.json"), "utf8")) as WorkbookState);
  const en = new FakeExcel();
  await loadXlsx(en, readFileSync(join(fixtures, "cli-en.xlsx")));
  const checked: string[] = [];
  for (const [lang, fake] of [["zh-CN", zh], ["en-US", en]] as const) {
    for (const t of fake.tables()) {
      const template = tableTemplate(t.name, lang)!;
      const before = fake.headers(t);
      const found = columnPlaces(template, before, 1, lang);
      expect([t.name, found.ok]).toEqual([t.name, true]);
      if (!found.ok) continue;
      // The steps as the add-in takes them (inserts, moves, renames of what moved): every column then
      // in its place, under a header the upgrades know for it (renamed to today's after).
      const after = [...before];
      for (const o of columnOps(template, found.places, before.length, 1, lang)) {
        if (o.op === "insert") after.splice(o.index ?? after.length, 0, o.name);
        else if (o.op === "delete") after.splice(o.index, 1);
        else if (o.op === "rename") after[o.index] = o.name;
      }
      const placed = columnPlaces(template, after, 1, lang);
      expect([t.name, placed.ok && placed.places]).toEqual([t.name, template.columns.map((_, i) => i)]);
      checked.push(`${lang}:${t.name}`);
    }
  }
  expect(checked).toEqual(expect.arrayContaining(["zh-CN:Staff", "zh-CN:Payroll_2026_10", "zh-CN:Targets_2026_11", "en-US:Staff", "en-US:Payroll_2026_11", "en-US:Roles"]));
});

test("a table an upgrade shifts down is accepted above its place, in its column, until the workbook reaches that layout", () => {
  // Layout 15 moved the Holidays table from J4 down to J52 (test/office/index.upgrade15.test.ts does it).
  const at = { row: 52, col: 10 };
  expect([shiftedSince(14, "Holidays"), shiftedSince(14, "holidays"), shiftedSince(15, "Holidays"), shiftedSince(14, "Events")]).toEqual([true, true, false, false]);
  expect(tablePlaceAccepted("Holidays", at, { top: 4, left: 10 }, 14)).toBe(true);
  expect(tablePlaceAccepted("Holidays", at, { top: 52, left: 10 }, 14)).toBe(true);
  expect(tablePlaceAccepted("Holidays", at, { top: 4, left: 10 }, 15)).toBe(false);
  expect(tablePlaceAccepted("Holidays", at, { top: 60, left: 10 }, 14)).toBe(false);
  expect(tablePlaceAccepted("Holidays", at, { top: 4, left: 5 }, 14)).toBe(false);
  expect(tablePlaceAccepted("Events", at, { top: 4, left: 10 }, 14)).toBe(false);
});
