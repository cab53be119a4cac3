/**
 * One `<c>` element. A string value is always text (a shared or inline string), never a formula
 * and never a number; formulas come only from formula fields, with their cached result written
 * only when the spec gives one (a 0 included).
 *
 * `ref` is the cell's address, or "" for a cell that directly follows the cell written before it
 * in its row: its `r` attribute is then left out (CT_Cell's `r` is optional, and readers place
 * such a cell in the column after the previous one: ./README.md, "Cells without `r`").
 */
import type { CellValue } from "../../workbook/spec";
import { isDateValue } from "../../workbook/spec";
import type { StringStore } from "./strings";
import { isoToSerial } from "../../core/serialDate";
import { numberText } from "./values";
import { escapeText, escapeXstring } from "./xml";

/** Where a cell's text goes and how errors name it. */
export interface CellWriter {
  strings: StringStore;
}

/** ` r="B2"`, or nothing for "" (the cell follows its neighbour). */
export const refAttr = (ref: string): string => (ref ? ` r="${ref}"` : "");

/** ` s="N"`, or nothing for the default style 0. */
export const styleAttr = (s: number): string => (s ? ` s="${s}"` : "");

/** A literal value; an empty cell keeps only its style (and is not written without one). */
export function valueCell(w: CellWriter, ref: string, v: CellValue | undefined, s: number, where: () => string): string {
  if (v === null || v === undefined) return s ? `<c${refAttr(ref)} s="${s}"/>` : "";
  if (typeof v === "string") return `<c${refAttr(ref)}${styleAttr(s)}${w.strings.cell(v, where())}</c>`;
  if (typeof v === "number") return `<c${refAttr(ref)}${styleAttr(s)}><v>${numberText(v)}</v></c>`;
  if (typeof v === "boolean") return `<c${refAttr(ref)}${styleAttr(s)} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (isDateValue(v)) return `<c${refAttr(ref)}${styleAttr(s)}><v>${isoToSerial(v.date)}</v></c>`;
  throw new Error(`${where()}: not a cell value: ${JSON.stringify(v)}`);
}

/**
 * A formula cell. `f` is the complete, escaped `<f …>…</f>` element (callers build it once per
 * column); `result` is the cached value, if the spec gives one.
 */
export function formulaCell(ref: string, f: string, result: CellValue | undefined, s: number, where: () => string): string {
  const [open, close] = formulaCellAround(ref, result, s, where);
  return open + f + close;
}

/** A formula cell's text before and after its `<f>` element (see formulaCell). */
export function formulaCellAround(ref: string, result: CellValue | undefined, s: number, where: () => string): [string, string] {
  const open = `<c${refAttr(ref)}${styleAttr(s)}`;
  if (result === null || result === undefined) return [`${open}>`, "</c>"];
  // A cached string is not _x-escaped: it only stands until the workbook is recalculated, and
  // readers that do not calculate (exceljs) take `<v>` literally.
  if (typeof result === "string") return [`${open} t="str">`, `<v>${escapeText(result, where())}</v></c>`];
  if (typeof result === "number") return [`${open}>`, `<v>${numberText(result)}</v></c>`];
  if (typeof result === "boolean") return [`${open} t="b">`, `<v>${result ? 1 : 0}</v></c>`];
  if (isDateValue(result)) return [`${open}>`, `<v>${isoToSerial(result.date)}</v></c>`];
  throw new Error(`${where()}: not a cell value: ${JSON.stringify(result)}`);
}

/** `<f>formula</f>`, the formula escaped for XML. */
export function formulaElement(formula: string, where: string): string {
  return `<f>${escapeText(escapeXstring(formula), where)}</f>`;
}
