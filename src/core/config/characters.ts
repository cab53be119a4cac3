/**
 * Characters an .xlsx cannot hold. Every part of the file is XML 1.0, whose Char production allows
 * tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF — nothing else
 * (https://www.w3.org/TR/xml/#charsets). A U+FFFE or a stray control character written anyway makes
 * Excel call the file corrupt; a lone surrogate cannot even be encoded as UTF-8 (Node writes U+FFFD
 * instead, silently changing the text). So such text is refused where it is typed, with its place.
 */
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/u;

/** Whether s holds a character XML cannot carry (illegalCharacter's test, allocating nothing: the
 *  workbook's validation asks it of every text cell). */
export function hasIllegalCharacter(s: string): boolean {
  return ILLEGAL.test(s);
}

/** The first character XML cannot carry, as "U+FFFE" with its 1-based position; null if none. */
export function illegalCharacter(s: string): { char: string; position: number } | null {
  const m = ILLEGAL.exec(s);
  if (!m) return null;
  const code = m[0].codePointAt(0)!;
  return { char: `U+${code.toString(16).toUpperCase().padStart(4, "0")}`, position: [...s.slice(0, m.index)].length + 1 };
}

/** Excel's limit for the text of one cell. */
export const MAX_CELL_TEXT = 32767;
