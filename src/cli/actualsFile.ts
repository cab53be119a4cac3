import { resolve } from "node:path";
import type { IsoDate, Month } from "../core/calendar";
import type { Dec } from "../core/money";
import type { Warning } from "../core/types";
import { decodeText, importActuals, importAgentSales, salesByDate, type ImportOutcome, type ImportSource, type ProductDailyImport, type ServiceAgentsImport } from "../workbook/imports";
import { readFileContent } from "../xlsx/readGrid";
import { MAX_JSON_BYTES, readFileBytes, readJsonFile } from "./jsonFile";
import { InputProblems } from "./problems";

/**
 * The files `--actuals` and `shopsheet import` read: the hand-made JSON (`{"2026-11-01": "12000"}`), or
 * the 生意参谋 export as CSV or .xlsx (the format is told by the bytes: ../xlsx/readGrid.ts). A JSON
 * file goes through the strict JSON reader the config uses (line and column of a syntax error, a key
 * given twice refused). Every problem names the file and its place in it (`a.csv V7`, `a.xlsx '商品'!V7`,
 * `--actuals[2026-11-03]`); nothing is half-imported.
 */

/** An export is a few megabytes at most; the limit of the JSON files is ample. */
const MAX_IMPORT_BYTES = MAX_JSON_BYTES;

async function readSource(file: string, cwd: string, option: string | null): Promise<ImportSource> {
  const where = option === null ? file : `--${option}`;
  const bytes = readFileBytes(resolve(cwd, file), file, where, MAX_IMPORT_BYTES);
  // JSON by the strict reader the config uses: numbers exactly as written, a syntax error with its line and column.
  if (looksLikeJson(bytes)) return { format: "json", value: readJsonFile(file, cwd, option ?? "import") };
  const content = await readFileContent(bytes, file);
  if (!content.ok) throw new InputProblems(content.problems.map((p) => ({ ...p, where: placeIn(option, file, p.where) })));
  return content.value;
}

function looksLikeJson(bytes: Uint8Array): boolean {
  const head = decodeText(bytes.subarray(0, 4096)).text.trimStart();
  return head.startsWith("{") || head.startsWith("[");
}

/** Where a problem of `file` is, for the command line: the option naming it (none for a file given
 *  as an argument: `shopsheet import service FILE`) and the file's own place. */
function placeIn(option: string | null, file: string, where: string): string {
  const lead = option === null ? file : `--${option} ${file}`;
  if (where.startsWith("actuals[")) return `--${option ?? "actuals"}${where.slice("actuals".length)}`;
  return where === "" ? lead : `${lead} ${where}`;
}

function unwrap<T>(outcome: ImportOutcome<T>, option: string | null, file: string): { value: T; notes: Warning[] } {
  if (!outcome.ok) throw new InputProblems(outcome.problems.map((p) => ({ ...p, where: placeIn(option, file, p.where) })));
  return { value: outcome.value, notes: outcome.notes.map((p) => ({ ...p, where: placeIn(option, file, p.where) })) };
}

/** A day's actual sales, orders and visitors as the targets spread and the Targets sheet take them. */
export interface Actuals {
  sales: Map<IsoDate, Dec>;
  orders: Map<IsoDate, number>;
  visitors: Map<IsoDate, number>;
  /** What the import says about the file: summary rows skipped, days of other months, visitors summed over products. */
  notes: Warning[];
  import: ProductDailyImport;
}

/**
 * The month's actuals from `file`. `month` is undefined when --month itself was refused: the file is
 * still read and checked, so its problems are reported with the month's.
 */
export async function readActuals(file: string, month: Month | undefined, cwd: string, option = "actuals"): Promise<Actuals> {
  const source = await readSource(file, cwd, option);
  const { value, notes } = unwrap(importActuals(source, month), option, file);
  const counts = (key: "orders" | "visitors") => new Map(value.days.flatMap((d) => (d[key] === null ? [] : [[d.date, d[key]!] as const])));
  return { sales: salesByDate(value.days), orders: counts("orders"), visitors: counts("visitors"), notes, import: value };
}

/** Each customer-service agent's month from the 客服绩效 export (a file given as an argument, not an option). */
export async function readAgentSales(file: string, month: Month | undefined, cwd: string): Promise<{ value: ServiceAgentsImport; notes: Warning[] }> {
  const option = null;
  const source = await readSource(file, cwd, option);
  return unwrap(importAgentSales(source, month), option, file);
}
