/**
 * A small workbook's whole .xlsx in memory, without Node: the fast writer's parts (./parts.ts) in a zip
 * whose entries are stored, not deflated (APPNOTE.TXT 6.3, method 0; OPC allows stored and deflated
 * parts, ISO/IEC 29500-2 §10.2). The exports (the tax-filing file, the bank list) are a few dozen
 * kilobytes, so compression buys nothing there, and a stored zip is the same bytes wherever it is made:
 * `shopsheet export` writes these bytes, and the task pane hands the very same bytes to Excel's
 * `createWorkbook` (test/workbook/exports/sameBytes.test.ts). Large workbooks go through ./index.ts.
 */
import type { WorkbookSpec } from "../../workbook/spec";
import { validateWorkbook } from "../../workbook/validate";
import { crc32Portable } from "./crc32";
import { workbookParts, type PartOptions } from "./parts";
import { pieceBytes } from "./piece";

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const VERSION = 10; // 1.0: stored entries
const UTF8_NAMES = 0x0800;
/** MS-DOS date 1980-01-01, time 00:00, as the fast writer's: fixed entry times keep the bytes reproducible. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
/** Far above any export; a stored zip past 4 GiB would need ZIP64. */
const LIMIT = 0x7fffffff;

interface Entry {
  name: Uint8Array;
  data: Uint8Array;
  crc: number;
  offset: number;
}

/** The .xlsx bytes of `spec` (validated first, as the fast writer does). */
export function workbookBytes(spec: WorkbookSpec, options: PartOptions = {}): Uint8Array {
  validateWorkbook(spec);
  const utf8 = new TextEncoder();
  const entries: Entry[] = [];
  let offset = 0;
  for (const part of workbookParts(spec, options)) {
    const data = pieceBytes(part.source);
    const name = utf8.encode(part.name);
    entries.push({ name, data, crc: crc32Portable(data, 0), offset });
    offset += 30 + name.length + data.length;
    if (offset > LIMIT) throw new Error("the workbook is too large to be made in memory: use the fast writer");
  }
  const centralSize = entries.reduce((n, e) => n + 46 + e.name.length, 0);
  const out = new Uint8Array(offset + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const u16 = (v: number) => {
    view.setUint16(at, v, true);
    at += 2;
  };
  const u32 = (v: number) => {
    view.setUint32(at, v >>> 0, true);
    at += 4;
  };
  const bytes = (b: Uint8Array) => {
    out.set(b, at);
    at += b.length;
  };
  for (const e of entries) {
    u32(LOCAL_HEADER);
    u16(VERSION);
    u16(UTF8_NAMES);
    u16(0); // stored
    u16(0);
    u16(DOS_DATE);
    u32(e.crc);
    u32(e.data.length);
    u32(e.data.length);
    u16(e.name.length);
    u16(0);
    bytes(e.name);
    bytes(e.data);
  }
  for (const e of entries) {
    u32(CENTRAL_HEADER);
    u16(VERSION); // made by: MS-DOS
    u16(VERSION);
    u16(UTF8_NAMES);
    u16(0);
    u16(0);
    u16(DOS_DATE);
    u32(e.crc);
    u32(e.data.length);
    u32(e.data.length);
    u16(e.name.length);
    u16(0); // extra
    u16(0); // comment
    u16(0); // disk
    u16(0); // internal attributes
    u32(0); // external attributes
    u32(e.offset);
    bytes(e.name);
  }
  u32(END_OF_CENTRAL_DIRECTORY);
  u16(0);
  u16(0);
  u16(entries.length);
  u16(entries.length);
  u32(centralSize);
  u32(offset);
  u16(0);
  return out;
}

/** Bytes as base64, as Excel.createWorkbook takes a file (btoa needs a binary string; chunks keep the
 *  argument lists of String.fromCharCode short). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
