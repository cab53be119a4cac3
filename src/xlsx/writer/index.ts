/**
 * The product's .xlsx writer (issue 15: `shopsheet workbook`, the pictures, every test that writes a
 * file): a WorkbookSpec written part by part, straight from the spec, streamed through deflate into
 * the file — no document model in between. The spec is validated first; see test/xlsx/writer/ for
 * the proof (schemas, LibreOffice, exceljs read-back, and the same workbook as the exceljs renderer
 * the product used before, kept as a reference in test/xlsx/reference/).
 *
 * Differences from that exceljs renderer, all deliberate:
 * - A character XML cannot carry (a control character, a lone surrogate) is refused with an
 *   XmlCharacterError naming the sheet and cell; exceljs drops it silently. Text over 32,767
 *   characters (Excel's limit for a cell) is refused with a CellTextTooLongError. Both carry
 *   `where` (and the code point or length) for a message in the user's language.
 * - Text that looks like Excel's own escape (`_x0041_`) is stored escaped, so it reads back as typed.
 * - Print titles work on sheet names containing ' (quoted by doubling it).
 * - Charts (ChartSpec) are written: a line chart over the table's columns.
 * - writeXlsxFast writes to a temporary file beside the target and renames it when complete: a
 *   failure or a killed process never leaves a half-written workbook at the target path.
 */
import { rename, rm } from "node:fs/promises";
import type { WorkbookSpec } from "../../workbook/spec";
import { validateWorkbook } from "../../workbook/validate";
import { workbookParts } from "./parts";
import { FileSink, MemorySink, type ByteSink } from "./sink";
import { ZipWriter } from "./zip";

export { XmlCharacterError } from "./xml";
export { CellTextTooLongError, MAX_CELL_TEXT } from "./strings";

export interface FastWriterOptions {
  /**
   * Calculated columns as shared formulas (`<f t="shared">` on the first row, a reference below)
   * instead of the formula text on every row. For measuring only (`npm run bench`): Excel's binary
   * formats forbid other-sheet references in a shared formula, and Excel reports errors on opening
   * shared formulas made of structured references (./README.md, "Shared formulas", with the evidence:
   * ISO/IEC 29500-1 §18.3.1.40, Excel's own files, [MS-XLSB] 2.5.98.98).
   */
  sharedFormulas?: boolean;
  /**
   * "a1" (default): calculated columns and loose cells in A1 and hidden names over table columns
   * (../../workbook/a1Formulas.ts; ./README.md, "A1 references in calculated columns"); "structured":
   * structured references, as files were spelt before — for comparing and measuring only.
   */
  formulas?: "a1" | "structured";
  /** "shared" (default; what Excel writes) or "inline" strings. */
  strings?: "shared" | "inline";
  /** zlib deflate level, 1 (fastest) to 9 (smallest). */
  level?: number;
  /** docProps created/modified time; default now. */
  created?: Date;
  /**
   * The caller has already run validateWorkbook on this very spec (it is not run twice). The
   * writer's own guards (XmlCharacterError, CellTextTooLongError) still apply.
   */
  validated?: boolean;
}

/**
 * zlib level 3. At 1,000 staff × 12 months (197 MB of XML, mostly formula text) deflate costs about
 * 0.9 s of CPU at zlib's default 6 for a 6.0 MiB file, 0.45 s at 3 for 9.3 MiB, 0.1 s at 1 for 12.6
 * MiB (measured with `npm run bench`'s team): 3 keeps build + write within issue 15's 3 s.
 */
export const DEFAULT_LEVEL = 3;

export async function toBufferFast(spec: WorkbookSpec, options: FastWriterOptions = {}): Promise<Buffer> {
  if (!options.validated) validateWorkbook(spec);
  const sink = new MemorySink();
  await writeWorkbook(spec, sink, options);
  return sink.buffer();
}

export async function writeXlsxFast(spec: WorkbookSpec, path: string, options: FastWriterOptions = {}): Promise<void> {
  if (!options.validated) validateWorkbook(spec); // before touching the disk
  const temporary = `${path}.${process.pid}.tmp`;
  const sink = await FileSink.create(temporary);
  try {
    await writeWorkbook(spec, sink, options);
  } catch (e) {
    await sink.abort().catch(() => undefined);
    await rm(temporary, { force: true });
    throw e;
  }
  await rename(temporary, path);
}

/** Every part of a validated spec (./parts.ts), deflated into the zip as it is produced. */
async function writeWorkbook(spec: WorkbookSpec, sink: ByteSink, options: FastWriterOptions): Promise<void> {
  const zip = new ZipWriter(sink, options.level ?? DEFAULT_LEVEL);
  for (const part of workbookParts(spec, options)) await zip.add(part.name, part.source);
  await zip.finish();
  await sink.close();
}
