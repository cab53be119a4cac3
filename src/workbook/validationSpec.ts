/**
 * Data validation in the sheet spec (./spec.ts): the rule a range's cells must meet and the texts
 * Excel shows for it. Plain data like the rest of the spec; A1 only — Excel refuses structured
 * references in validation formulas.
 */
import type { IsoDate } from "../core/calendar";

interface ValidationText {
  /** Shown when the user types something invalid (Excel: at most 225 characters). */
  error?: string;
  /** At most 32 characters. */
  errorTitle?: string;
  /** Input hint shown when the cell is selected (at most 255 characters). */
  prompt?: string;
  promptTitle?: string;
  /** Default true: an empty cell is valid. */
  allowBlank?: boolean;
}

/** Where a dropdown's choices come from. */
export type ListSource =
  | { table: string; column: string } // the data cells of a table column
  | { name: string }; // a defined name (WorkbookSpec.names)

export type ValidationRule = ValidationText &
  (
    | { kind: "list"; values: string[] } // literal choices: no commas, 255 characters in all
    | { kind: "listFrom"; source: ListSource }
    | { kind: "decimal"; min?: number; max?: number }
    | { kind: "whole"; min?: number; max?: number }
    | { kind: "date"; min?: IsoDate; max?: IsoDate }
    | { kind: "textLength"; max: number }
    | { kind: "custom"; formula: string } // A1 only, relative to the range's top-left cell
  );

/** A range on this sheet: A1, or a table's data cells (one column, or all columns). */
export type Target = string | { table: string; column?: string };

export interface ValidationSpec {
  target: Target;
  rule: ValidationRule;
}
