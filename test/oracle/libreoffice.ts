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

const LIBRARIES = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:libraries PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "libraries.dtd">
<library:libraries xmlns:library="http://openoffice.org/2000/library" xmlns:xlink="http://www.w3.org/1999/xlink">
 <library:library library:name="Standard" library:link="false"/>
</library:libraries>
`;
const LIBRARY = (elements: string) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">
<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" library:readonly="false" library:passwordprotected="false">${elements}</library:library>
`;
/**
 * For each job of $SHOPSHEET_JOBS (lines of tab-separated input, sheet, row, from, to, output): open the
 * input, insert a sheet row before `row` (1-based), copy the range `from` (the row above, say) to `to`
 * as a user's copy and paste does (relative references moved), recalculate everything and save as xlsx.
 */
const INSERT_ROWS_MACRO = `Sub InsertRows
  Dim hidden(0) As New com.sun.star.beans.PropertyValue
  hidden(0).Name = "Hidden"
  hidden(0).Value = True
  Dim xlsx(0) As New com.sun.star.beans.PropertyValue
  xlsx(0).Name = "FilterName"
  xlsx(0).Value = "Calc Office Open XML"
  For Each job In Split(Environ("SHOPSHEET_JOBS"), Chr(10))
    If job <> "" Then
      f = Split(job, Chr(9))
      doc = StarDesktop.loadComponentFromURL(ConvertToURL(f(0)), "_blank", 0, hidden())
      sheet = doc.Sheets.getByName(f(1))
      sheet.Rows.insertByIndex(CLng(f(2)) - 1, 1)
      sheet.copyRange(sheet.getCellRangeByName(f(4)).getCellAddress(), sheet.getCellRangeByName(f(3)).getRangeAddress())
      doc.calculateAll()
      doc.storeToURL(ConvertToURL(f(5)), xlsx())
      doc.close(True)
    End If
  Next job
End Sub
`;
const BASIC_LIBRARY: Record<string, string> = {
  "script.xlc": LIBRARIES,
  "dialog.xlc": LIBRARIES,
  "Standard/script.xlb": LIBRARY('\n <library:element library:name="Module1"/>\n'),
  "Standard/dialog.xlb": LIBRARY(""),
  "Standard/Module1.xba": `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">${INSERT_ROWS_MACRO.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")}</script:module>
`,
};

let profile: string | undefined;
/** The profile holds the Basic macro of insertRows. */
let macroReady = false;

/**
 * Puts insertRows's macro into the profile ("My Macros", library Standard, module Module1). LibreOffice
 * replaces a new profile's Basic libraries with its own when it first starts, so it is started once
 * first (and stops once set up), and the library written after.
 */
async function withMacro(soffice: string, dir: string): Promise<void> {
  if (macroReady) return;
  await new Promise<void>((ok, fail) =>
    execFile(soffice, [`-env:UserInstallation=${pathToFileURL(dir).href}`, "--headless", "--norestore", "--nolockcheck", "--terminate_after_init"], { timeout: 120_000 }, (err, _o, stderr) =>
      err ? fail(new Error(`soffice failed: ${err.message}\n${stderr}`)) : ok(),
    ),
  );
  mkdirSync(join(dir, "user", "basic", "Standard"), { recursive: true });
  for (const [file, text] of Object.entries(BASIC_LIBRARY)) writeFileSync(join(dir, "user", "basic", file), text);
  macroReady = true;
}
function profileDir(): string {
  if (!profile) {
    const dir = mkdtempSync(join(tmpdir(), "shopsheet-lo-profile-"));
    profile = dir;
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
    macroReady = false;
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
  const run = queue.then(() => convertOrEachAlone(paths));
  queue = run.catch(() => undefined);
  return run;
}

/**
 * LibreOffice 7.4 imports a workbook's sheets on threads of its own, and once in a CI run of 30 hostile
 * books it died there with signal 11 (ScDocumentImport::setStringCell under comphelper::ThreadTask), while
 * the same test passed with every other seed tried. A crash of the batch is therefore retried one file at
 * a time: a book that crashes LibreOffice on its own still fails the test, named; one that converts alone
 * was not the cause, and its recomputed values are checked as usual.
 */
async function convertOrEachAlone(paths: string[]): Promise<Map<string, ExcelJS.Workbook>> {
  try {
    return await convert(paths);
  } catch (e) {
    if (paths.length < 2 || !/Signal \d+|SIG[A-Z]+/.test((e as Error).message)) throw e;
    console.warn(`soffice crashed on a batch of ${paths.length}; converting each alone:\n${(e as Error).message.slice(0, 400)}`);
    const result = new Map<string, ExcelJS.Workbook>();
    for (const p of paths) for (const [k, wb] of await convert([p])) result.set(k, wb);
    return result;
  }
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

export interface RowInsert {
  /** The .xlsx to open, and where to save the result (distinct paths). */
  input: string;
  output: string;
  sheet: string;
  /** The sheet row (1-based) a new row is inserted before. */
  row: number;
  /** The range copied into the new row (e.g. the row above: "A6:CX6"), and where it goes ("A7"). */
  from: string;
  to: string;
}

/**
 * What a user does in LibreOffice to add a table row: insert a sheet row inside the table, copy the row
 * above into it; then everything is recalculated and saved. One soffice run for every job (a Basic
 * macro in the oracle's profile); returns each output read back.
 */
export function insertRows(jobs: RowInsert[]): Promise<Map<string, ExcelJS.Workbook>> {
  const run = queue.then(async () => {
    const lines = jobs.map((j) => [resolve(j.input), j.sheet, String(j.row), j.from, j.to, resolve(j.output)].join("\t"));
    const soffice = findSoffice();
    await withMacro(soffice, profileDir());
    const args = [`-env:UserInstallation=${pathToFileURL(profileDir()).href}`, "--headless", "--norestore", "--nolockcheck", "macro:///Standard.Module1.InsertRows"];
    const { stderr } = await new Promise<{ stderr: string }>((ok, fail) => {
      execFile(soffice, args, { timeout: 180_000, env: { ...process.env, SHOPSHEET_JOBS: lines.join("\n") } }, (err, _stdout, stderr) =>
        err ? fail(new Error(`soffice failed: ${err.message}\n${stderr}`)) : ok({ stderr }),
      );
    });
    const result = new Map<string, ExcelJS.Workbook>();
    for (const j of jobs) {
      // soffice exits 0 whatever the macro did; the missing output is the only sign.
      if (!existsSync(j.output)) throw new Error(`LibreOffice's macro did not save ${j.output}\nstderr: ${stderr}`);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(j.output);
      result.set(j.output, wb);
    }
    return result;
  });
  queue = run.catch(() => undefined);
  return run;
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
