/**
 * The recalculation oracle: LibreOffice recomputes every formula of an .xlsx we wrote, and we read
 * the results back with exceljs. An engine we did not write is the judge of our formulas.
 *
 * - No silent skips: without soffice this throws (on CI and locally alike), so a test using it
 *   fails instead of passing vacuously.
 * - LibreOffice keeps an .xlsx's cached values unless told otherwise. A throwaway profile sets
 *   OOXMLRecalcMode (and ODFRecalcMode) to 0 = "always recalculate" on load. Tests prove it took
 *   effect by writing a deliberately wrong cached value.
 * - Each soffice start costs about a second: convert many files in one call.
 * - One profile per process (jest workers are processes), and calls within a process are queued:
 *   two soffice instances on one profile would fight over its lock.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, delimiter, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import * as ExcelJS from "exceljs";
import "../../src/xlsx/exceljs-patch"; // so exceljs can read tables with calculated columns
import { parseRange } from "../../src/workbook/address";
import { sheetKeyFromName } from "../../src/workbook/sheetIdentity";

const INSTALL_HINT = "apt-get update && apt-get install -y --no-install-recommends libreoffice-calc-nogui";

/** Path of soffice: $SOFFICE, the Debian locations, then PATH. Throws when there is none. */
export function findSoffice(): string {
  const candidates = [process.env.SOFFICE, "/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"];
  for (const dir of (process.env.PATH ?? "").split(delimiter)) if (dir) candidates.push(join(dir, "soffice"));
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (found) return found;
  if (process.env.CI === "true") {
    throw new Error(`LibreOffice (soffice) is missing on CI: the recalculation oracle must run there. Install it in the CI job: ${INSTALL_HINT}`);
  }
  throw new Error(`LibreOffice (soffice) not found; the oracle tests never skip. Install it: ${INSTALL_HINT} (or set SOFFICE=/path/to/soffice)`);
}

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

let profile: string | undefined;
function profileDir(): string {
  if (!profile) {
    const dir = mkdtempSync(join(tmpdir(), "shopsheet-lo-profile-"));
    profile = dir;
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  }
  return profile;
}

/** Removes this process's profile; call it from afterAll (jest does not reliably run exit hooks). */
export async function disposeOracle(): Promise<void> {
  await queue;
  if (profile) rmSync(profile, { recursive: true, force: true });
  profile = undefined;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Recalculates the given .xlsx files in ONE soffice run and returns each recomputed workbook,
 * keyed by the input path as given. Basenames must be distinct (they name the outputs).
 */
export function recalculate(paths: string[]): Promise<Map<string, ExcelJS.Workbook>> {
  const run = queue.then(() => convert(paths));
  queue = run.catch(() => undefined);
  return run;
}

async function convert(paths: string[]): Promise<Map<string, ExcelJS.Workbook>> {
  const soffice = findSoffice();
  const names = paths.map((p) => basename(p));
  if (new Set(names).size !== names.length) throw new Error(`recalculate: file names must be distinct: ${names.join(", ")}`);
  const outDir = mkdtempSync(join(tmpdir(), "shopsheet-lo-out-"));
  const args = [
    `-env:UserInstallation=${pathToFileURL(profileDir()).href}`,
    "--headless",
    "--norestore",
    "--nolockcheck",
    "--convert-to",
    "xlsx",
    "--outdir",
    outDir,
    ...paths.map((p) => resolve(p)),
  ];
  const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((ok, fail) => {
    execFile(soffice, args, { timeout: 180_000 }, (err, stdout, stderr) => (err ? fail(new Error(`soffice failed: ${err.message}\n${stderr}`)) : ok({ stdout, stderr })));
  });
  try {
    const result = new Map<string, ExcelJS.Workbook>();
    for (const p of paths) {
      const out = join(outDir, basename(p).replace(/\.[^.]*$/, "") + ".xlsx");
      // soffice exits 0 even when a conversion fails; the missing output is the only sign.
      if (!existsSync(out)) throw new Error(`soffice did not convert ${p}\nstdout: ${stdout}\nstderr: ${stderr}`);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      result.set(p, wb);
    }
    return result;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- readers

export type Read = number | string | boolean | Date | null;

/** A spreadsheet error value (#NAME?, #VALUE!, #REF!, #DIV/0!, #N/A, #NUM!, #NULL!) and where it is. */
export interface CellError {
  sheet: string;
  address: string;
  error: string;
  formula?: string;
}

export class SheetErrorValue extends Error {
  constructor(readonly errors: CellError[]) {
    super(`error values: ${errors.map((e) => `'${e.sheet}'!${e.address} ${e.error}${e.formula ? ` (=${e.formula})` : ""}`).join("; ")}`);
  }
}

function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet "${name}" (sheets: ${wb.worksheets.map((w) => w.name).join(", ")})`);
  return ws;
}

/**
 * A cell's value, or its computed result for a formula — read from `cell.result`: exceljs's
 * `cell.value.result` copies only truthy fields and so turns a computed 0 (or "" or FALSE) into
 * undefined. Rich text (LibreOffice writes CJK+Latin mixes that way) is flattened. An error value
 * comes back as { error }. The cells of a merged range other than its first are blank.
 */
export function cellValue(cell: ExcelJS.Cell): Read | { error: string } {
  // A merged range's other cells hold nothing of their own (exceljs shows them the first cell's value).
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  const raw: unknown = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  if (raw === undefined || raw === null) return null;
  if (typeof raw === "object" && !(raw instanceof Date)) {
    if ("error" in raw) return { error: String((raw as { error: unknown }).error) };
    if ("richText" in raw) return (raw as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("");
    if ("text" in raw) return String((raw as { text: unknown }).text); // hyperlink
    throw new Error(`unexpected cell value at ${cell.address}: ${JSON.stringify(raw)}`);
  }
  return raw as Read;
}

function errorAt(ws: ExcelJS.Worksheet, cell: ExcelJS.Cell, error: string): CellError {
  const e: CellError = { sheet: ws.name, address: cell.address, error };
  if (cell.type === ExcelJS.ValueType.Formula) e.formula = cell.formula;
  return e;
}

/** One cell, by sheet name and A1 address. Throws SheetErrorValue on an error value. */
export function readCell(wb: ExcelJS.Workbook, sheet: string, address: string): Read {
  const ws = sheetOf(wb, sheet);
  const cell = ws.getCell(address);
  const v = cellValue(cell);
  if (v !== null && typeof v === "object" && "error" in v) throw new SheetErrorValue([errorAt(ws, cell, v.error)]);
  return v as Read;
}

/** Every error value in the workbook (or one sheet): expect(errorCells(wb)).toEqual([]). */
export function errorCells(wb: ExcelJS.Workbook, sheet?: string): CellError[] {
  const found: CellError[] = [];
  for (const ws of sheet ? [sheetOf(wb, sheet)] : wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cellValue(cell);
        if (v !== null && typeof v === "object" && "error" in v) found.push(errorAt(ws, cell, v.error));
      }),
    );
  }
  return found;
}

/**
 * A table's data rows as { header: value } (totals row excluded), found by the table's own
 * definition in the file — LibreOffice writes its tables back. Throws SheetErrorValue listing every
 * error cell of the table.
 */
export function readTable(wb: ExcelJS.Workbook, sheet: string, table: string): Record<string, Read>[] {
  const ws = sheetOf(wb, sheet);
  const model = (ws as unknown as { tables: Record<string, { table: TableModel } | undefined> }).tables[table]?.table;
  if (!model) throw new Error(`no table "${table}" on sheet "${sheet}" (tables: ${Object.keys((ws as unknown as { tables: object }).tables).join(", ")})`);
  const r = parseRange(model.tableRef);
  const first = r.top + (model.headerRow === false ? 0 : 1);
  const last = r.bottom - (model.totalsRow ? 1 : 0);
  const headers = model.columns.map((c) => c.name);
  const rows: Record<string, Read>[] = [];
  const errors: CellError[] = [];
  for (let row = first; row <= last; row++) {
    const out: Record<string, Read> = {};
    headers.forEach((h, i) => {
      const cell = ws.getCell(row, r.left + i);
      const v = cellValue(cell);
      if (v !== null && typeof v === "object" && "error" in v) errors.push(errorAt(ws, cell, v.error));
      else out[h] = v as Read;
    });
    rows.push(out);
  }
  if (errors.length) throw new SheetErrorValue(errors);
  return rows;
}

interface TableModel {
  tableRef: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns: { name: string }[];
}

/** Sheet name for a sheet key, via the ShopSheet.<key> defined names the renderer writes. */
export function sheetNameByKey(wb: ExcelJS.Workbook, key: string): string {
  const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  for (const n of names) {
    if (sheetKeyFromName(n.name) !== key) continue;
    const m = /^'?((?:[^']|'')+?)'?!/.exec(n.ranges[0] ?? "");
    if (m) return m[1]!.replace(/''/g, "'");
  }
  throw new Error(`no sheet with key "${key}"`);
}
