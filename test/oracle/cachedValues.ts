/**
 * Cached values against the recalculation: every formula cell of a file we wrote carries the value
 * the engine computed (so viewers that do not recalculate — phone, mail and chat previews — show
 * numbers), and each must equal what LibreOffice computes for that formula.
 *
 * The cached values are read from the sheet XML itself: exceljs reads a cached "" (`<v></v>`) as no
 * value at all, and here the difference matters.
 */
import type * as ExcelJS from "exceljs";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { tableBounds } from "../../src/workbook/validate";
import { elements, NS, openXlsx, parseXml, required } from "../ooxml/package";
import { cellAddresses } from "../ooxml/cellAddresses";
import { cellValue, type Read } from "./libreoffice";

export type Cached = number | string | boolean;

export interface FormulaCellInFile {
  sheet: string;
  address: string;
  formula: string;
  /** The cached value; undefined when the file holds the formula alone. */
  cached: Cached | undefined;
}

/** Every formula cell of an .xlsx with its cached value, if any. */
export async function formulaCells(xlsx: Buffer): Promise<FormulaCellInFile[]> {
  const pkg = await openXlsx(xlsx);
  const out: FormulaCellInFile[] = [];
  for (const sheet of pkg.sheets) {
    const doc = parseXml(required(pkg.parts, sheet.path), sheet.path);
    const { addressOf } = cellAddresses(doc); // a cell that follows its neighbour has no `r`
    for (const c of elements(doc, NS.main, "c")) {
      const f = elements(c, NS.main, "f")[0];
      if (f === undefined) continue;
      const v = elements(c, NS.main, "v")[0];
      out.push({ sheet: sheet.name, address: addressOf.get(c)!, formula: f.textContent ?? "", cached: v === undefined ? undefined : typed(c.getAttribute("t"), v.textContent ?? "") });
    }
  }
  return out;
}

function typed(t: string | null, text: string): Cached {
  if (t === "str") return text;
  if (t === "b") return text === "1";
  if (t === "e") return `#error ${text}`;
  return Number(text);
}

export interface Mismatch {
  sheet: string;
  address: string;
  formula: string;
  cached: Cached | undefined;
  recalculated: Read | { error: string };
}

export interface Comparison {
  compared: number;
  /** Numbers equal to the last bit. */
  exact: number;
  mismatches: Mismatch[];
  /** Formula cells without a cached value. */
  uncached: FormulaCellInFile[];
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A value as a comparable: dates as serial numbers (exceljs turns date-formatted numbers into Dates), "" as blank. */
function normal(v: Read | Cached | undefined | { error: string }): number | string | boolean | null | { error: string } {
  if (v === undefined || v === null || v === "") return null;
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH) / 86_400_000;
  return v;
}

/** Numbers to 1e-9 (relative above 1), text exactly, booleans exactly, blanks as blanks. */
function same(a: ReturnType<typeof normal>, b: ReturnType<typeof normal>): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}

/**
 * Compares the cached values of `file` (the bytes we wrote) with `recalculated` (LibreOffice's
 * recalculation of it, read with exceljs), cell by cell.
 */
export async function compareCachedValues(file: Buffer, recalculated: ExcelJS.Workbook): Promise<Comparison> {
  const cells = await formulaCells(file);
  const result: Comparison = { compared: 0, exact: 0, mismatches: [], uncached: [] };
  for (const c of cells) {
    if (c.cached === undefined) {
      result.uncached.push(c);
      continue;
    }
    const ws = recalculated.getWorksheet(c.sheet);
    if (!ws) throw new Error(`the recalculated workbook has no sheet "${c.sheet}"`);
    const got = cellValue(ws.getCell(c.address));
    const a = normal(c.cached);
    const b = normal(got);
    result.compared++;
    if (!same(a, b)) result.mismatches.push({ sheet: c.sheet, address: c.address, formula: c.formula, cached: c.cached, recalculated: got });
    else if (a === b) result.exact++;
  }
  return result;
}

/**
 * Formula cells without a cached value that lie anywhere but in the one blank data row an empty
 * Excel table must have (a month with nobody, a role without members, no events): there core has no
 * figures — nobody's pay — and the blank is what a preview should show.
 */
export function uncachedOutsidePlaceholders(r: Comparison, spec: WorkbookSpec): FormulaCellInFile[] {
  return r.uncached.filter((u) => {
    const sheet = spec.sheets.find((s) => s.name === u.sheet);
    const row = Number(/\d+$/.exec(u.address)?.[0]);
    return !sheet?.tables.some((t) => t.rows.length === 0 && tableBounds(t).firstDataRow === row);
  });
}
