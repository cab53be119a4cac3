import type { StyleDef, StyleName, StyleRef } from "./spec";

/** Number formats, shared by the styles below and by readers that check them. The currency sign is
 *  quoted so no host reads it as a locale currency code. */
export const NUM_FMT = {
  // No currency sign in each cell (it widens every column of figures): a sheet of money says "单位：元"
  // (unit: yuan) once, as a Chinese 工资表 does.
  money: "#,##0.00",
  percent: "0.00%",
  // A zero date (a lookup of a blank date gives 0) shows blank, not 1899-12-30: the format's third
  // section is the zero's, and it is empty.
  date: "yyyy-mm-dd;;",
  // A month (a special deduction's from and to): the month's first day, shown as the month.
  month: "yyyy-mm;;",
  integer: "#,##0",
  text: "@",
} as const;

/**
 * The look of each named style. Input cells are pale yellow with blue text (the usual
 * spreadsheet convention for "typed by a person"); computed cells have no fill and black text, so
 * the two never look alike. Number-format styles only set a format, so they combine:
 * ["input", "money"].
 */
export const STYLES: Readonly<Record<StyleName, StyleDef>> = {
  title: { bold: true, size: 14 },
  header: { bold: true, fill: "DDEBF7", wrap: true },
  label: { bold: false },
  input: { fill: "FFF2CC", fontColor: "1F4E9E", unlocked: true },
  computed: { fontColor: "000000" },
  money: { numFmt: NUM_FMT.money },
  percent: { numFmt: NUM_FMT.percent },
  date: { numFmt: NUM_FMT.date },
  month: { numFmt: NUM_FMT.month },
  integer: { numFmt: NUM_FMT.integer },
  text: { numFmt: NUM_FMT.text },
  warning: { fill: "FFC7CE", fontColor: "9C0006" },
  needsInput: { fill: "FFEB9C", fontColor: "9C5700", unlocked: true },
  note: { fontColor: "7F7F7F" },
  wrap: { wrap: true },
  center: { align: "center" },
  left: { align: "left" },
  right: { align: "right" },
  top: { valign: "top" },
  strong: { bold: true },
  link: { fontColor: "0563C1", underline: true },
  box: { border: { top: "thin", bottom: "thin", left: "thin", right: "thin" } },
  cut: { border: { bottom: "dashed" } },
  // A caption over a group of columns: no wrap, which would keep the text inside its first cell.
  across: { align: "centerAcross", wrap: false },
  band: { border: { top: "thin", bottom: "thin" } },
  boxLeft: { border: { left: "thin" } },
  boxRight: { border: { right: "thin" } },
};

/** Merges a style ref left to right into one definition (borders side by side). */
export function resolveStyle(ref: StyleRef | undefined): StyleDef {
  if (ref === undefined) return {};
  const names: readonly StyleName[] = typeof ref === "string" ? [ref] : ref;
  const out = Object.assign({}, ...names.map((n) => STYLES[n])) as StyleDef;
  const borders = names.flatMap((n) => (STYLES[n].border ? [STYLES[n].border] : []));
  if (borders.length > 1) out.border = Object.assign({}, ...borders);
  return out;
}

/** The look of a table's header row, beside the table style's: headers wrap, centred, so a long one
 *  takes two lines instead of widening its column. */
export const TABLE_HEADER: StyleDef = { wrap: true, align: "center", valign: "center" };
