/**
 * What the oracle tests that type into a written workbook share: a config the test means to be accepted, the
 * spec with cells typed over as a user would, and reading a recalculated file back as the add-in and
 * `shopsheet read` do.
 */
import { readFileSync } from "node:fs";
import { parseConfig } from "../../src/core/config";
import type { Config } from "../../src/core/types";
import { parseRead, readConfig, workbookMonths } from "../../src/workbook/read";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { readWorkbookFile } from "../../src/xlsx/readWorkbook";

/** The config, or a throw saying why the engine refused what the test meant to be accepted. */
export function configOf(raw: unknown): Config {
  const parsed = parseConfig(raw);
  if (!parsed.ok) throw new Error(`test config refused: ${JSON.stringify(parsed.errors)}`);
  return parsed.config;
}

export type Row = WorkbookSpec["sheets"][number]["tables"][number]["rows"][number];

/** The spec with table cells changed as a user would type them into the workbook ShopSheet wrote, by table name. */
export function typedOver(spec: WorkbookSpec, edits: Partial<Record<string, (row: Row, i: number) => Row>>): WorkbookSpec {
  return {
    ...spec,
    sheets: spec.sheets.map((s) => ({ ...s, tables: s.tables.map((t) => (edits[t.name] ? { ...t, rows: t.rows.map(edits[t.name]!) } : t)) })),
  };
}

/** The .xlsx at `path` read back into a config, every month it has. */
export async function readBack(path: string) {
  const file = await readWorkbookFile(new Uint8Array(readFileSync(path)));
  return parseRead(readConfig(file.grid, file.lang, { months: workbookMonths(file.keys) }));
}
