import type { StyleDef, StyleName, StyleRef } from "./spec";

/** Number formats, shared by the styles below and by readers that check them. The currency sign is
 *  quoted so no host reads it as a locale currency code. */
export const NUM_FMT = {
  money: '"¥"#,##0.00',
  percent: "0.00%",
  date: "yyyy-mm-dd",
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
  integer: { numFmt: NUM_FMT.integer },
  text: { numFmt: NUM_FMT.text },
  warning: { fill: "FFC7CE", fontColor: "9C0006" },
  needsInput: { fill: "FFEB9C", fontColor: "9C5700", unlocked: true },
  note: { italic: true, fontColor: "7F7F7F" },
};

/** Merges a style ref left to right into one definition. */
export function resolveStyle(ref: StyleRef | undefined): StyleDef {
  if (ref === undefined) return {};
  const names: readonly StyleName[] = typeof ref === "string" ? [ref] : ref;
  return Object.assign({}, ...names.map((n) => STYLES[n])) as StyleDef;
}
