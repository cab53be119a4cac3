/**
 * Table columns for the user's declared fields (src/core/config/tableFields.ts): each one an input
 * column with its header in the workbook's language, its look, and — in `reads` — the field it reads
 * back to, so the reader (./read) needs no list of its own.
 */
import type { ColumnKind, TableField } from "../core/config/tableFields";
import { getPath } from "../core/config/pathTypes";
import type { Lang } from "../data/lang";
import type { CellValue, StyleRef, TableColumnSpec, TableRow } from "./spec";
import { wbText } from "./text";

/** The data cells' look by kind; text, flags and choices keep the table's. */
const STYLE: Partial<Record<ColumnKind, StyleRef>> = { money: "money", rate: "percent", integer: "integer", date: "date", month: "month" };

/** The input column of `field`; `extra` adds what only the workbook knows (a drop-down, another look). */
export function fieldColumn(field: TableField, lang: Lang, extra: Partial<TableColumnSpec> = {}): TableColumnSpec {
  const style = STYLE[field.kind];
  return {
    key: field.key,
    header: wbText(field.label, lang),
    input: true,
    ...(style === undefined ? {} : { style }),
    ...(field.width === undefined ? {} : { width: field.width }),
    reads: field,
    ...extra,
  };
}

/** The input columns of `fields` in their order, with `extras` by column key. */
export function fieldColumns(fields: readonly TableField[], lang: Lang, extras: Readonly<Record<string, Partial<TableColumnSpec>>> = {}): TableColumnSpec[] {
  return fields.map((f) => fieldColumn(f, lang, extras[f.key]));
}

/** What a cell of `field` holds for an engine value: a number for a Decimal, a date for an ISO date, blank for none. */
export function fieldCell(field: TableField, value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "object" && "toNumber" in value) return (value as { toNumber(): number }).toNumber();
  if (field.kind === "date" && typeof value === "string") return { date: value };
  // A month ("2026-03") is its first day, shown yyyy-mm: what Excel makes of a typed 2026-03.
  if (field.kind === "month" && typeof value === "string") return /^\d{4}-\d{2}$/.test(value) ? { date: `${value}-01` } : value;
  return value as CellValue;
}

/** One table row for an engine object (a Role, a Staff member): each field's value at its path. */
export function fieldRow(fields: readonly TableField[], row: unknown): Record<string, CellValue> {
  return Object.fromEntries(fields.map((f) => [f.key, fieldCell(f, f.path === "" ? row : getPath(row, f.path))]));
}

export type { TableRow };
