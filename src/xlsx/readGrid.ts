/**
 * A spreadsheet-like file's bytes → grids of cell values, for the importers in ../workbook/imports.
 * The format is told by the content, not the name: Business Advisor downloads named .xls are sometimes
 * real Excel 97-2003 files, sometimes .xlsx or text under the wrong extension, and a user may rename.
 *
 * - .xlsx (a zip): read with exceljs, every sheet, each cell reduced to what a person sees (a formula's
 *   cached result, rich text's plain text, a hyperlink's text, an error as its code such as "#N/A").
 * - .xls, Excel 97-2003 (an OLE2 compound file): refused with a message that says to save it as .xlsx.
 *   No reader fits: the `xlsx` package on npm is SheetJS 0.18.5 with published advisories (prototype
 *   pollution, ReDoS) and its fixed releases are not on npm; what is on npm are third parties'
 *   republished copies, and the other .xls readers there wrap that same old code or are unmaintained.
 * - HTML or XML disguised as .xls (old "Excel" exports that are a web page): refused the same way.
 * - JSON (`{"2026-11-01": "12000"}`, the hand-made actuals): handed over parsed.
 * - anything else: CSV or tab-separated text, in UTF-8, UTF-16 or GB18030 (../workbook/imports/csvGrid.ts).
 */
import "./exceljs-patch";
import * as ExcelJS from "exceljs";
import type { Warning } from "../core/types";
import { csvGrid, decodeText } from "../workbook/imports/csvGrid";
import type { ImportOutcome } from "../workbook/imports/grid";

export interface NamedGrid {
  sheet: string;
  grid: unknown[][];
}

export type FileContent =
  | { format: "xlsx"; sheets: NamedGrid[] }
  | { format: "csv"; sheets: NamedGrid[]; encoding: string }
  | { format: "json"; value: unknown };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((m, i) => bytes[i] === m);
}

/** `file` is only for messages (the name the user gave). */
export async function readFileContent(bytes: Uint8Array, file: string): Promise<ImportOutcome<FileContent>> {
  const fail = (code: string, params: Record<string, string> = {}): ImportOutcome<FileContent> => ({
    ok: false,
    problems: [{ code, params: { file, ...params }, where: "" }],
  });
  if (bytes.length === 0) return fail("import.emptyFile");
  if (startsWith(bytes, OLE2)) return fail("import.xlsBinary");
  if (startsWith(bytes, ZIP)) {
    try {
      return { ok: true, value: { format: "xlsx", sheets: await xlsxGrids(bytes) }, notes: [] };
    } catch {
      return fail("import.unreadableXlsx");
    }
  }
  const { text } = decodeText(bytes.subarray(0, 4096));
  const head = text.trimStart();
  if (head.startsWith("<")) return fail("import.xlsMarkup");
  if (head.startsWith("{") || head.startsWith("[")) {
    try {
      return { ok: true, value: { format: "json", value: JSON.parse(decodeText(bytes).text) }, notes: [] };
    } catch (e) {
      return fail("import.notJson", { detail: e instanceof Error ? e.message : String(e) });
    }
  }
  const csv = csvGrid(bytes);
  if (!csv.ok) return { ok: false, problems: csv.problems.map((p: Warning) => ({ ...p, params: { file, ...p.params } })) };
  return { ok: true, value: { format: "csv", sheets: [{ sheet: file, grid: csv.value.grid }], encoding: csv.value.encoding }, notes: [] };
}

/** Every worksheet of an .xlsx as a grid starting at A1 (rows and columns before the used range are empty). */
export async function xlsxGrids(bytes: Uint8Array): Promise<NamedGrid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const grid: unknown[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: unknown[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(plainValue(row.getCell(c).value));
      grid.push(cells);
    }
    return { sheet: ws.name, grid };
  });
}

/** An exceljs cell value as a person sees it. */
export function plainValue(v: ExcelJS.CellValue | undefined): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v !== "object" || v instanceof Date) return v;
  if ("richText" in v) return v.richText.map((t) => t.text).join("");
  if ("error" in v) return v.error;
  if ("formula" in v || "sharedFormula" in v) return plainValue((v as { result?: ExcelJS.CellValue }).result);
  if ("text" in v) return typeof v.text === "string" ? v.text : plainValue(v.text as ExcelJS.CellValue);
  return null;
}
