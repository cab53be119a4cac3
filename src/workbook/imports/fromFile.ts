import type { Month } from "../../core/calendar";
import type { Warning } from "../../core/types";
import type { Grid, ImportOutcome } from "./grid";
import { actualsFromJson } from "./jsonActuals";
import { importProductDaily, type ProductDailyImport } from "./productDaily";
import { importServiceAgents, type ServiceAgentsImport } from "./serviceAgents";

/** What a file reader hands over (../../xlsx/readGrid.ts readFileContent): sheets, or parsed JSON. */
export type ImportSource = { sheets: readonly { sheet: string; grid: Grid }[] } | { format: "json"; value: unknown };

const NOT_HERE = new Set(["import.headerNotFound", "import.headerIncomplete"]);

/**
 * Runs an importer on the first sheet that has its header; with several sheets, every problem's place
 * is prefixed with the sheet ('商品'!V7). If no sheet has the header, the first sheet's problems are
 * given.
 */
export function fromFirstSheetWithHeader<T>(
  sheets: readonly { sheet: string; grid: Grid }[],
  importer: (grid: Grid) => ImportOutcome<T>,
): ImportOutcome<T> {
  let first: ImportOutcome<T> | null = null;
  for (const { sheet, grid } of sheets) {
    const outcome = importer(grid);
    const named = sheets.length > 1 ? withSheet(outcome, sheet) : outcome;
    if (outcome.ok || !outcome.problems.every((p) => NOT_HERE.has(p.code))) return named;
    first ??= named;
  }
  return first ?? { ok: false, problems: [{ code: "import.noRows", params: {}, where: "" }] };
}

function withSheet<T>(o: ImportOutcome<T>, sheet: string): ImportOutcome<T> {
  const at = (p: Warning) => ({ ...p, where: p.where ? `'${sheet.replace(/'/g, "''")}'!${p.where}` : `'${sheet.replace(/'/g, "''")}'` });
  return o.ok ? { ...o, notes: o.notes.map(at) } : { ok: false, problems: o.problems.map(at) };
}

/** Actual sales from any file `--actuals` accepts: the product daily export (CSV or .xlsx) or the JSON. */
export function importActuals(source: ImportSource, month?: Month): ImportOutcome<ProductDailyImport> {
  if ("format" in source && source.format === "json") return actualsFromJson(source.value, month);
  if (!("sheets" in source)) return { ok: false, problems: [{ code: "import.noRows", params: {}, where: "" }] };
  return fromFirstSheetWithHeader(source.sheets, (grid) => importProductDaily(grid, month === undefined ? {} : { month }));
}

/** Each customer-service agent's sales from the 客服绩效 export (CSV or .xlsx). */
export function importAgentSales(source: ImportSource, month?: Month): ImportOutcome<ServiceAgentsImport> {
  if (!("sheets" in source)) return { ok: false, problems: [{ code: "import.agentsNotJson", params: {}, where: "" }] };
  return fromFirstSheetWithHeader(source.sheets, (grid) => importServiceAgents(grid, month === undefined ? {} : { month }));
}
