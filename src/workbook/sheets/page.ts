/**
 * What every sheet prints with: A4, the shop's name and the sheet's title in the header, "第 1 页 / 共 3
 * 页" in the footer; and notes written across a merged range, wrapped, with a row tall enough for them.
 */
import type { Lang } from "../../data/lang";
import type { MessageCode } from "../../data/messages";
import { colLetters, parseA1 } from "../address";
import type { CellSpec, PageField, PageSpec, PageText, StyleRef, TableColumnSpec, TableSpec } from "../spec";
import { heightFor, linesFor, rowHeightFor } from "../textFit";
import { valueCell, wbText } from "../text";

/** What the printed pages of a workbook share: its language and the shop's name (a setting; none when blank). */
export interface PrintContext {
  lang: Lang;
  company: string | null;
}

/** A message with {page}, {pages} or {sheet} in it as header text: the fields become the host's. */
export function pageText(code: MessageCode, lang: Lang, params: Record<string, string> = {}): PageText {
  const fields: Record<string, PageField> = { page: "page", pages: "pages", sheet: "sheet" };
  const text = wbText(code, lang, { ...params, page: "\u0000page\u0000", pages: "\u0000pages\u0000", sheet: "\u0000sheet\u0000" });
  return text
    .split("\u0000")
    .map((part, i) => (i % 2 === 1 ? { field: fields[part]! } : part))
    .filter((p) => p !== "");
}

/**
 * A4 setup with the header and footer every sheet carries: the shop's name left (when set), the
 * sheet's title right, the page of pages in the middle of the footer.
 */
export function a4(p: PrintContext, title: string, o: Omit<PageSpec, "paper" | "header" | "footer">): PageSpec {
  return {
    paper: "A4",
    ...o,
    header: { ...(p.company ? { left: [p.company] } : {}), right: [title] },
    footer: { center: pageText("wb.page.footer", p.lang) },
  };
}

/**
 * A note across columns `from`..`to` of `row`: one cell, merged over the range, wrapped, and the row's
 * height for its lines at the widths given (in characters, by column letter; a column without one is
 * Excel's default 8.43).
 */
export function wrappedNote(
  row: number,
  from: number,
  to: number,
  text: string,
  widths: Readonly<Record<string, number>>,
  style: StyleRef = ["note", "wrap"],
): { cell: CellSpec; merge: string; height: [string, number] } {
  let width = 0;
  for (let c = from; c <= to; c++) width += widths[colLetters(c)] ?? 8.43;
  return {
    cell: valueCell(`${colLetters(from)}${row}`, text, style),
    merge: `${colLetters(from)}${row}:${colLetters(to)}${row}`,
    height: [String(row), rowHeightFor(text, width)],
  };
}

/**
 * The height of a table's header row, its headers wrapped (TABLE_HEADER) in their columns' widths:
 * hosts do not size a row for wrapped text themselves when a workbook is opened. `widths` by column
 * letter, for columns the table leaves to the sheet.
 */
export function headerRowHeight(table: TableSpec, widths: Readonly<Record<string, number>> = {}, only: (c: TableColumnSpec) => boolean = () => true): number {
  const left = parseA1(table.at).col;
  const lines = table.columns.reduce((n, c, i) => (only(c) ? Math.max(n, linesFor(c.header, c.width ?? widths[colLetters(left + i)] ?? 8.43)) : n), 1);
  return heightFor(lines);
}
