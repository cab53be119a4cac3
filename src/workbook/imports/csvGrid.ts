import { parse } from "csv-parse/sync";
import type { ImportOutcome } from "./grid";

/**
 * CSV bytes → a grid of strings, with no file system: the CLI hands it a file's bytes, the pane could
 * hand it a File's. Pure apart from TextDecoder (in Node with full ICU and in browsers).
 *
 * Encoding: Taobao's and Excel's CSVs on Chinese Windows are GBK/GB18030 without a BOM; Excel's "CSV UTF-8"
 * starts with a BOM; Excel's "Unicode text" is UTF-16LE with a BOM and tabs. So: a BOM decides; without
 * one, bytes that are valid UTF-8 are UTF-8 (Chinese GBK text is almost never valid UTF-8), anything else
 * is GB18030 (a superset of GBK and GB2312).
 */
export type TextEncodingName = "utf-8" | "gb18030" | "utf-16le" | "utf-16be";

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const b = bytes;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { text: new TextDecoder("utf-8").decode(b.subarray(3)), encoding: "utf-8" };
  if (b[0] === 0xff && b[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(b.subarray(2)), encoding: "utf-16le" };
  if (b[0] === 0xfe && b[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(b.subarray(2)), encoding: "utf-16be" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(b), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(b), encoding: "gb18030" };
  }
}

/**
 * Comma or tab, whichever occurs more often outside quoted fields in the first 64 KB: a tab-separated
 * file has commas only inside numbers ("6,069"), and a comma-separated one has tabs only as the
 * text-forcing prefix some exports put before ids.
 */
export function guessDelimiter(text: string): "," | "\t" {
  let commas = 0;
  let tabs = 0;
  let quoted = false;
  const end = Math.min(text.length, 65_536);
  for (let i = 0; i < end; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ",") commas++;
    else if (!quoted && ch === "\t") tabs++;
  }
  return tabs > commas ? "\t" : ",";
}

export interface CsvGrid {
  grid: string[][];
  encoding: TextEncodingName;
  delimiter: "," | "\t";
}

/** One grid row per CSV record, empty lines kept, so row numbers are those Excel shows for the file. */
export function csvGrid(bytes: Uint8Array): ImportOutcome<CsvGrid> {
  const { text, encoding } = decodeText(bytes);
  if (text.includes("\uFFFD")) return { ok: false, problems: [{ code: "import.encoding", params: {}, where: "" }] };
  const delimiter = guessDelimiter(text);
  try {
    const grid = parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      record_delimiter: ["\r\n", "\n", "\r"],
    }) as string[][];
    // A file ending in a newline has no record after it; csv-parse agrees, so nothing to trim.
    return { ok: true, value: { grid, encoding, delimiter }, notes: [] };
  } catch (e) {
    const line = typeof (e as { lines?: unknown }).lines === "number" ? String((e as { lines: number }).lines) : "?";
    return { ok: false, problems: [{ code: "import.csvMalformed", params: { line }, where: `${line}:${line}` }] };
  }
}
