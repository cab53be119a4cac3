/**
 * Cell values between the spec and Office.js. Office.js `values` and `formulas` behave like typing:
 * a string starting with "=", "+" or "-" becomes a formula, "00123" becomes 123, "11-11" a date. So
 * every spec string is written with a leading apostrophe, which Excel keeps as the cell's
 * quote-prefix flag (the value is the text without it): a staff name "=HYPERLINK(…)" stays text.
 * Formulas come only from a spec `formula` field, with "=" prepended here.
 */
import { isoToSerial } from "../../core/serialDate";

export { isoToSerial, serialToIso } from "../../core/serialDate";
import type { CellValue } from "../../workbook/spec";
import { isDateValue } from "../../workbook/spec";

/** What Office.js takes in a values/formulas array. "" clears a cell. */
export type OfficeInput = string | number | boolean;

/** What Office.js gives back in `values`: "" for a blank cell. */
export type OfficeValue = string | number | boolean;

/** A spec value as Office.js input: strings always as text, dates as serials, null as a cleared cell. */
export function toOffice(v: CellValue | undefined): OfficeInput {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v === "" ? "" : `'${v}`;
  if (isDateValue(v)) return isoToSerial(v.date);
  return v;
}

/** A spec formula (without "=") as Office.js input. */
export function toOfficeFormula(formula: string): string {
  return `=${formula}`;
}

export function isBlank(v: OfficeValue | undefined | null): boolean {
  return v === undefined || v === null || (typeof v === "string" && v.trim() === "");
}

/** Excel's error values as they come back in `values`. */
export function isErrorValue(v: OfficeValue | undefined | null): boolean {
  return typeof v === "string" && /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/.test(v);
}

/** Column width in characters (the spec's unit, as in the .xlsx) → points (Office.js columnWidth):
 *  a character is 7 px in the default font, plus 5 px of padding; 96 px = 72 pt. */
export function widthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** "RRGGBB" → "#RRGGBB", as Office.js takes colours. */
export function officeColor(rgb: string): string {
  return `#${rgb.toUpperCase()}`;
}
