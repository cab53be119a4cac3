/**
 * Today's workbook spec as a workbook of an older layout held it, for the upgrade tests: without the table
 * columns the upgrades after `version` insert, and without the conditional formats, totals and cells that
 * name them. A formula of ours that names a removed column stands for the older one (a payroll table's
 * formulas and the slips' are ShopSheet's: the upgrade writes them again).
 */
import { parseConfig } from "../../src/core/config";
import type { Lang } from "../../src/data/lang";
import { exampleTeamConfig } from "../../src/data/exampleTeam";
import { buildWorkbook } from "../../src/workbook/build";
import { insertsFrom } from "../../src/workbook/layoutUpgrades";
import { layoutVersionName } from "../../src/workbook/layoutVersion";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { toBufferFast as toBuffer } from "../../src/xlsx/writer";
import { FakeExcel, loadXlsx, parseAddress } from "./fake";

export function withoutInsertsAfter(spec: WorkbookSpec, version: number): WorkbookSpec {
  const allRemoved = new Set(spec.sheets.flatMap((s) => s.tables.flatMap((t) => insertsFrom(version, t.name).map((c) => c.key))));
  // [@key] names the formula's own table's column (Deductions' [@check] is not InsuranceBases' new check),
  // Table[key] that table's; a cell outside the tables is checked against every table's.
  const qualified = spec.sheets.flatMap((s) => s.tables.flatMap((t) => insertsFrom(version, t.name).map((c) => `${t.name}[${c.key}]`)));
  const namesRemoved = (f: string, own: ReadonlySet<string> = allRemoved) => [...own].some((k) => f.includes(`[@${k}]`) || f.includes(`[${k}]`)) || qualified.some((q) => f.includes(q));
  const insertedIn = (table: string, key: string) => insertsFrom(version, table).some((c) => c.key === key);
  for (const sheet of spec.sheets) {
    for (const t of sheet.tables) {
      // Each table's own inserts: the Weeks table's orders (layout 8) are not the Targets table's (layout 2's).
      const removed = new Set(insertsFrom(version, t.name).map((c) => c.key));
      t.columns = t.columns.filter((c) => !removed.has(c.key)).map((c) => (c.formula !== undefined && namesRemoved(c.formula, removed) ? { ...c, formula: "0" } : c));
      t.rows = t.rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !removed.has(k))));
      if (t.totalsResults) t.totalsResults = Object.fromEntries(Object.entries(t.totalsResults).filter(([k]) => !removed.has(k)));
    }
    sheet.conditionalFormats = sheet.conditionalFormats?.filter((f) => typeof f.target === "string" || f.target.column === undefined || !insertedIn(f.target.table, f.target.column));
    sheet.cells = sheet.cells.filter((c) => !("formula" in c) || typeof c.formula !== "string" || !namesRemoved(c.formula));
  }
  return spec;
}

/**
 * A fake Excel holding `spec` (built as an older layout held it) under the version name of `version`, as a
 * workbook saved by that version carries it.
 */
export async function fakeOfVersion(spec: WorkbookSpec, version: number): Promise<FakeExcel> {
  const fake = new FakeExcel();
  fake.install();
  await loadXlsx(fake, await toBuffer(spec));
  const current = fake.names.get(layoutVersionName().toLowerCase())!;
  fake.deleteName(current.name);
  fake.addName(layoutVersionName(version), current.sheet!, parseAddress(current.range));
  return fake;
}

/** Today's workbook spec of the example team for `month`, the usual start of an older layout. */
export function exampleSpec(month: string, lang: Lang = "zh-CN"): WorkbookSpec {
  const config = parseConfig(exampleTeamConfig(month));
  if (!config.ok) throw new Error("the example team's config does not parse");
  return buildWorkbook(config.config, month, lang).spec;
}
