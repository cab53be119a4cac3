/**
 * Today's workbook spec as a workbook of an older layout held it, for the upgrade tests: without the table
 * columns the upgrades after `version` insert, and without the conditional formats, totals and cells that
 * name them. A formula of ours that names a removed column stands for the older one (a payroll table's
 * formulas and the slips' are ShopSheet's: the upgrade writes them again).
 */
import { insertsFrom } from "../../src/workbook/layoutUpgrades";
import type { WorkbookSpec } from "../../src/workbook/spec";

export function withoutInsertsAfter(spec: WorkbookSpec, version: number): WorkbookSpec {
  const allRemoved = new Set(spec.sheets.flatMap((s) => s.tables.flatMap((t) => insertsFrom(version, t.name).map((c) => c.key))));
  const namesRemoved = (f: string) => [...allRemoved].some((k) => f.includes(`[@${k}]`) || f.includes(`[${k}]`));
  const insertedIn = (table: string, key: string) => insertsFrom(version, table).some((c) => c.key === key);
  for (const sheet of spec.sheets) {
    for (const t of sheet.tables) {
      // Each table's own inserts: the Weeks table's orders (layout 8) are not the Targets table's (layout 2's).
      const removed = new Set(insertsFrom(version, t.name).map((c) => c.key));
      t.columns = t.columns.filter((c) => !removed.has(c.key)).map((c) => (c.formula !== undefined && namesRemoved(c.formula) ? { ...c, formula: "0" } : c));
      t.rows = t.rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !removed.has(k))));
      if (t.totalsResults) t.totalsResults = Object.fromEntries(Object.entries(t.totalsResults).filter(([k]) => !removed.has(k)));
    }
    sheet.conditionalFormats = sheet.conditionalFormats?.filter((f) => typeof f.target === "string" || f.target.column === undefined || !insertedIn(f.target.table, f.target.column));
    sheet.cells = sheet.cells.filter((c) => !("formula" in c) || typeof c.formula !== "string" || !namesRemoved(c.formula));
  }
  return spec;
}
