import { colLetters, parseA1 } from "./address";
import type { TableSpec } from "./spec";
import { tableBounds } from "./validate";

/**
 * A1 positions inside a table, for the places Excel refuses structured references: conditional
 * formats and validation formulas. They cover the rows written; a row the user adds to the table
 * picks up the table's formats but not these rules.
 */
export function columnLetter(table: TableSpec, key: string): string {
  const index = table.columns.findIndex((c) => c.key === key);
  if (index < 0) throw new Error(`table ${table.name} has no column ${key}`);
  return colLetters(parseA1(table.at).col + index);
}

export function firstDataRow(table: TableSpec): number {
  return tableBounds(table).firstDataRow;
}

/** "$C$5:$C$12": a column's data cells, absolute. */
export function columnRangeAbs(table: TableSpec, key: string): string {
  const { firstDataRow: top, lastDataRow: bottom } = tableBounds(table);
  const col = columnLetter(table, key);
  return `$${col}$${top}:$${col}$${bottom}`;
}

/** "$C5": a column's cell in the first data row, column fixed, row relative (for conditional formats). */
export function firstCellColAbs(table: TableSpec, key: string): string {
  return `$${columnLetter(table, key)}${firstDataRow(table)}`;
}

/** A text literal inside a formula: quotes doubled. */
export function formulaText(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}
