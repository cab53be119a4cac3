/**
 * What the running Excel supports, from Office's requirement sets. The commands need ExcelApi 1.4
 * (defined names, *OrNullObject); everything newer is optional and skipped with a note when missing,
 * so an old Excel gets working sheets without the extras rather than an error.
 */
import { parseRange, rangeA1 } from "../../workbook/address";

export interface Features {
  /** ExcelApi 1.6: suspendApiCalculationUntilNextSync, conditional formats. */
  suspendCalculation: boolean;
  conditionalFormats: boolean;
  /** ExcelApi 1.7: freeze panes, chart series and category names. */
  freezePanes: boolean;
  charts: boolean;
  /** ExcelApi 1.8: data validation. */
  dataValidation: boolean;
  /** ExcelApi 1.9: page layout (paper, orientation, fit, print titles, page breaks), and RangeAreas
   *  (one format for many ranges in one call). */
  pageLayout: boolean;
  rangeAreas: boolean;
  /** ExcelApi 1.9: Range.autoFill (a column of formulas in one call) and getSpecialCells (where the
   *  user typed over formulas, without reading every formula back). */
  autoFill: boolean;
  specialCells: boolean;
  /** ExcelApi 1.9: Range.copyFrom (a moved column of the user's input copied across by an upgrade). */
  copyFrom: boolean;
}

export const MINIMUM_API = "1.4";

export const ALL_FEATURES: Features = {
  suspendCalculation: true,
  conditionalFormats: true,
  freezePanes: true,
  charts: true,
  dataValidation: true,
  pageLayout: true,
  rangeAreas: true,
  autoFill: true,
  specialCells: true,
  copyFrom: true,
};

/** "'My sheet'!$A$5:$M$13" or "Sheet1!A5" → its sheet name and plain range; null for anything else
 *  (#REF!, a constant, a formula). */
export function splitAddress(address: string): { sheet: string; range: string } | null {
  const s = address.startsWith("=") ? address.slice(1) : address;
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)$/.exec(s);
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!;
  try {
    return { sheet, range: rangeA1(parseRange(m[3]!.replace(/\$/g, ""))) };
  } catch {
    return null;
  }
}
