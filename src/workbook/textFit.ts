/**
 * How much room a text takes in a cell, estimated: so a note wrapped across a merged range gets a row
 * tall enough (no host sizes a merged row itself — Excel's AutoFit "does not adjust merged cells", and
 * LibreOffice does the same), and a column is made wide enough for its header.
 *
 * A column's width is counted in characters of the body font's digits (ECMA-376 Part 1, 18.3.1.13
 * col/@width); a Chinese character at 11 pt is about two of them wide, a Latin letter or digit about one.
 * Estimates err on the generous side: a row a line too tall is better than a text cut off.
 */

/** East Asian wide and full-width characters (CJK, kana, Hangul, full-width forms): two units each. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** The width of `text` in column units (digits of the body font). */
export function textUnits(text: string): number {
  let n = 0;
  for (const ch of text) n += WIDE.test(ch) ? 2 : 1.1;
  return n;
}

/** Lines `text` takes wrapped in `width` units (each paragraph on a line of its own). */
export function linesFor(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  return text.split("\n").reduce((n, para) => n + Math.max(1, Math.ceil(textUnits(para) / usable)), 0);
}

/** Points per line of 11-pt text, with the spacing hosts put between lines. */
export const LINE_HEIGHT = 15;

/** A row's height in points for `lines` lines of 11-pt text (a little to spare, so nothing is cut). */
export function heightFor(lines: number): number {
  return lines * LINE_HEIGHT + 3;
}

/** The height of a row holding `text` wrapped across `width` units. */
export function rowHeightFor(text: string, width: number): number {
  return heightFor(linesFor(text, width));
}
