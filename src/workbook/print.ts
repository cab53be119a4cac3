/**
 * What every renderer needs to print a sheet the same way: a header or footer in Excel's own code
 * (the form an .xlsx stores and Office.js's HeaderFooter takes), the print area as a reference, the
 * margins, and the outline of grouped columns. Pure: no host here.
 */
import { colNumber, colLetters, parseRange, quoteSheet, rangeA1 } from "./address";
import type { ColumnGroup, HeaderFooter, PageSpec, PageText, RowGroup } from "./spec";

/**
 * Excel's header and footer codes: &L, &C and &R start the left, centre and right sections, &P is the
 * page number, &N the number of pages, &A the sheet's name, and a literal & is written && (the
 * "Formatting and VBA codes for headers and footers" table of Excel's PageSetup.LeftHeader, which the
 * OOXML oddHeader element and Office.js's HeaderFooter.leftHeader use as well).
 */
const FIELD_CODE = { page: "&P", pages: "&N", sheet: "&A" } as const;

/** One section as Excel codes: text with its & doubled, fields as their codes. */
export function sectionCode(text: PageText): string {
  return text.map((part) => (typeof part === "string" ? part.replace(/&/g, "&&") : FIELD_CODE[part.field])).join("");
}

/** A whole header or footer as one string ("&L…&C…&R…"), as an .xlsx stores it; "" for none. */
export function headerFooterCode(h: HeaderFooter | undefined): string {
  if (!h) return "";
  return ([["&L", h.left], ["&C", h.center], ["&R", h.right]] as const).map(([code, text]) => (text && text.length ? code + sectionCode(text) : "")).join("");
}

/**
 * A print area's areas: "A:H,J:L" is two, each printed from a page of its own (Excel's Page Setup → Sheet →
 * Print area takes them comma-separated, as the _xlnm.Print_Area name and Office.js's setPrintArea — "the
 * range or ranges of the content to print", a RangeAreas address — do).
 */
export function printAreaList(area: string): string[] {
  return area.split(",").map((a) => a.trim());
}

/** "A:R" (whole columns) or an A1 range — one area of printAreaList — as the parts it covers. */
export function printAreaParts(area: string): { columns: true; left: number; right: number } | { columns: false; range: string } {
  const m = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(area);
  if (m) {
    const [a, b] = [colNumber(m[1]!), colNumber(m[2]!)];
    return { columns: true, left: Math.min(a, b), right: Math.max(a, b) };
  }
  return { columns: false, range: rangeA1(parseRange(area)) };
}

/** The print area as the defined name _xlnm.Print_Area holds it: `'工资 2026-11'!$A:$R`. */
export function printAreaRef(sheetName: string, area: string): string {
  return printAreaList(area)
    .map((one) => {
      const p = printAreaParts(one);
      if (p.columns) return `${quoteSheet(sheetName)}!$${colLetters(p.left)}:$${colLetters(p.right)}`;
      return `${quoteSheet(sheetName)}!${rangeA1(parseRange(p.range), true)}`;
    })
    .join(",");
}

/** The print area as a plain A1 address for Office.js (`A:R`, `A1:R30`; areas comma-separated, `A:H, J:L`). */
export function printAreaAddress(area: string): string {
  return printAreaList(area)
    .map((one) => {
      const p = printAreaParts(one);
      return p.columns ? `${colLetters(p.left)}:${colLetters(p.right)}` : p.range;
    })
    .join(", ");
}

/** Page margins in inches, as an .xlsx stores them: Excel's "Normal" and "Narrow". */
export function pageMargins(page: Pick<PageSpec, "narrowMargins">): { left: number; right: number; top: number; bottom: number; header: number; footer: number } {
  return page.narrowMargins
    ? { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 }
    : { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
}

/** The columns of a group, as numbers (A = 1). */
export function groupColumns(g: ColumnGroup): { from: number; to: number } {
  const [a, b] = [colNumber(g.from), colNumber(g.to)];
  return { from: Math.min(a, b), to: Math.max(a, b) };
}

/**
 * Each column's outline: level 1 inside a group, hidden when the group is collapsed; the column right
 * after a collapsed group carries the "collapsed" mark Excel puts on the button that opens it again
 * (ECMA-376 Part 1, 18.3.1.13 col: collapsed "the outlining of the affected column(s) is in the
 * collapsed state", set by Excel on the column after the group when the summary is to the right).
 */
export function columnOutline(groups: readonly ColumnGroup[] | undefined): Map<number, { level: 1; hidden: boolean } | { collapsedMark: true }> {
  const out = new Map<number, { level: 1; hidden: boolean } | { collapsedMark: true }>();
  for (const g of groups ?? []) {
    const { from, to } = groupColumns(g);
    for (let c = from; c <= to; c++) out.set(c, { level: 1, hidden: g.collapsed });
    if (g.collapsed && !out.has(to + 1)) out.set(to + 1, { collapsedMark: true });
  }
  return out;
}

/** Each grouped row's outline: level 1, hidden when its group is collapsed (the rows are marked, the
 *  row after a collapsed group "collapsed", as for columns). */
export function rowOutline(groups: readonly RowGroup[] | undefined): Map<number, { level: 1; hidden: boolean } | { collapsedMark: true }> {
  const out = new Map<number, { level: 1; hidden: boolean } | { collapsedMark: true }>();
  for (const g of groups ?? []) {
    for (let r = g.from; r <= g.to; r++) out.set(r, { level: 1, hidden: g.collapsed });
    if (g.collapsed && !out.has(g.to + 1)) out.set(g.to + 1, { collapsedMark: true });
  }
  return out;
}
