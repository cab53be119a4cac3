/**
 * Formulas as the file stores them — the same text the tests' exceljs reference writer gives, so both
 * writers store identical formulas. Calculated columns and loose cells are spelt without structured
 * references (ctx.spelling: ../../workbook/a1Formulas.ts); the totals row keeps them, resolved to
 * their stored form (../../workbook/formula.ts): a handful of cells, and the `SUBTOTAL` over the
 * column that Excel's own totalsRowFunction stands for. Post-2007 functions get their _xlfn. prefix
 * (../future.ts).
 */
import { listSourceFormula, resolveStructuredRefs, subtotalFormula } from "../../workbook/formula";
import type { TableSpec, TotalSpec } from "../../workbook/spec";
import type { ValidationRule } from "../../workbook/validationSpec";
import { withXlfnPrefixes } from "../future";
import type { FormulaContext } from "./plan";
import { isoToSerial } from "../../core/serialDate";
import { numberText } from "./values";

/** A totals-row formula as stored, structured references kept; `here` is its table. */
function storedFormula(f: string, ctx: FormulaContext, here: string): string {
  return withXlfnPrefixes(resolveStructuredRefs(f, ctx.tables, here));
}

/** A totals-row cell's formula: SUBTOTAL over `T[[Header]]`, or the spec's own. */
export function totalFormula(t: TableSpec, column: { key: string; header: string }, total: TotalSpec, ctx: FormulaContext): string {
  if (typeof total !== "string") return storedFormula(total.formula, ctx, t.name);
  return subtotalFormula(t.name, column, total);
}

/** A data validation's type, operator and formulas, as render.ts gives them to exceljs. */
export interface ValidationBody {
  type: "list" | "decimal" | "whole" | "date" | "textLength" | "custom";
  /** Absent means "between" (the default) or, for lists and custom rules, none. */
  operator?: "greaterThanOrEqual" | "lessThanOrEqual";
  formulas: string[];
}

export function validationBody(r: ValidationRule, ctx: FormulaContext): ValidationBody {
  switch (r.kind) {
    case "list":
      return { type: "list", formulas: [`"${r.values.join(",")}"`] };
    case "listFrom": {
      if ("name" in r.source) return { type: "list", formulas: [r.source.name] };
      return { type: "list", formulas: [listSourceFormula(r.source.table, r.source.column, ctx.tables)] };
    }
    case "decimal":
    case "whole":
      return { type: r.kind, ...bounds(r.min, r.max, numberText) };
    case "date":
      // Dates are stored as serial numbers (what exceljs writes for the same rule).
      return { type: "date", ...bounds(r.min, r.max, (d) => numberText(isoToSerial(d))) };
    case "textLength":
      return { type: "textLength", operator: "lessThanOrEqual", formulas: [numberText(r.max)] };
    case "custom":
      return { type: "custom", formulas: [withXlfnPrefixes(r.formula)] };
  }
}

function bounds<T>(min: T | undefined, max: T | undefined, text: (v: T) => string): Pick<ValidationBody, "operator" | "formulas"> {
  if (min !== undefined && max !== undefined) return { formulas: [text(min), text(max)] };
  if (min !== undefined) return { operator: "greaterThanOrEqual", formulas: [text(min)] };
  if (max !== undefined) return { operator: "lessThanOrEqual", formulas: [text(max)] };
  return { formulas: ["-1e+307", "1e+307"] }; // any number, but a number
}
