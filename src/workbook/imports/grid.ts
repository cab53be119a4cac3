import { a1 } from "../address";
import type { Warning } from "../../core/types";

/**
 * A grid of cell values as a reader hands it over: strings from a CSV; numbers, strings, booleans,
 * Dates and nulls from an .xlsx (../../xlsx/readGrid.ts); numbers, strings and booleans ("" for an
 * empty cell) from Office.js `range.values`. Rows may differ in length.
 */
export type Grid = readonly (readonly unknown[])[];

/** Where grid[0][0] lies on its sheet (1-based), so every problem names the sheet's own row and cell:
 *  Office.js hands over a used range that need not start at A1. */
export interface GridOrigin {
  row: number;
  column: number;
}

export const TOP_LEFT: GridOrigin = { row: 1, column: 1 };

/** What an import gives: the whole result, or every problem and nothing else (never half an import). */
export type ImportOutcome<T> = { ok: true; value: T; notes: Warning[] } | { ok: false; problems: Warning[] };

/**
 * A cell as text, the way a person reads it: NFKC-normalised (full-width digits, commas and parentheses
 * become ASCII), trimmed (tabs too: some exports prefix ids with a tab to keep them text), and without
 * the wrappers exports use to force text — `="1017116707008"` and a leading apostrophe.
 */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") {
    let s = v.normalize("NFKC").trim();
    const wrapped = /^="(.*)"$/s.exec(s);
    if (wrapped) s = wrapped[1]!.trim();
    if (s.startsWith("'")) s = s.slice(1).trim();
    return s;
  }
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
  return String(v);
}

export function isBlankRow(row: readonly unknown[] | undefined): boolean {
  return row === undefined || row.every((c) => cellText(c) === "");
}

/** The sheet address of grid cell [r][c], e.g. "V7". */
export function cellAt(origin: GridOrigin, r: number, c: number): string {
  return a1(origin.row + r, origin.column + c);
}

/** The sheet row number of grid row r. */
export function rowAt(origin: GridOrigin, r: number): number {
  return origin.row + r;
}
