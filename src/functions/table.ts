import { roleKey } from "../core/roles";
import { formatMessage, type CodeSuffix, type MessageCode } from "../data/messages";
import { LANGS } from "../data/lang";
import { asRows, isBlank } from "./cells";

/**
 * A range with a header row, as the workbook's tables are when passed whole (Roles[#All]). A column is
 * found by its header in either language (the workbook's own headers, wb.col.*) or by its key, ignoring
 * case and width, so a table survives a change of display language and a user's own "share" header.
 */

export interface TableRow {
  /** 1-based row number within the range, as the user counts it (the header row is 1 if it is first). */
  row: number;
  cells: unknown[];
}

export interface Table {
  /** Column index by key, for the columns found. */
  index: Map<string, number>;
  /** The header text as written, by key (for messages). */
  header: Map<string, string>;
  rows: TableRow[];
}

/** The headers a key goes by: the key itself and the workbook's header for it in each language. */
export function headerAliases(key: CodeSuffix<"wb.col.">): string[];
export function headerAliases(key: string, messageCode: MessageCode): string[];
export function headerAliases(key: string, messageCode: MessageCode = `wb.col.${key}` as MessageCode): string[] {
  return [key, ...LANGS.map((lang) => formatMessage(messageCode, {}, lang))].map(roleKey);
}

/**
 * Reads a range whose first non-blank row is a header row. `columns` maps each key to its aliases.
 * Null when that row names none of them (no header row). Blank rows below are skipped.
 */
export function readTable(range: unknown, columns: Readonly<Record<string, readonly string[]>>): Table | null {
  const rows = asRows(range);
  const headerAt = rows.findIndex((r) => !r.every(isBlank));
  if (headerAt < 0) return null;
  const index = new Map<string, number>();
  const header = new Map<string, string>();
  (rows[headerAt] ?? []).forEach((cell, i) => {
    if (typeof cell !== "string") return;
    const k = roleKey(cell);
    const key = Object.keys(columns).find((c) => columns[c]!.includes(k));
    if (key !== undefined && !index.has(key)) {
      index.set(key, i);
      header.set(key, cell.trim());
    }
  });
  if (index.size === 0) return null;
  const body = rows
    .map((cells, i) => ({ row: i + 1, cells }))
    .slice(headerAt + 1)
    .filter((r) => [...index.values()].some((i) => !isBlank(r.cells[i])));
  return { index, header, rows: body };
}

/** The cell of `key` in a row, or undefined where the table has no such column. */
export function cellOf(table: Table, row: TableRow, key: string): unknown {
  const i = table.index.get(key);
  return i === undefined ? undefined : row.cells[i];
}
