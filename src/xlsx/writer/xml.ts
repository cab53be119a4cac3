/**
 * XML text for the parts: escaping, and the guard against characters XML 1.0 cannot carry.
 *
 * XML 1.0 allows tab, LF, CR, U+0020-U+D7FF, U+E000-U+FFFD and U+10000-U+10FFFF (paired
 * surrogates). Anything else — C0 controls, U+FFFE/U+FFFF, a lone surrogate — makes the part
 * ill-formed, and Excel then refuses or "repairs" the whole file. exceljs drops such characters
 * silently; we refuse the workbook instead, naming where the character is, so nothing the user
 * typed is lost without a word.
 */

export class XmlCharacterError extends Error {
  constructor(
    readonly where: string,
    readonly codePoint: number,
  ) {
    super(`${where}: the character U+${codePoint.toString(16).toUpperCase().padStart(4, "0")} cannot be stored in an .xlsx file (XML 1.0 forbids it); remove it`);
    this.name = "XmlCharacterError";
  }
}

// eslint-disable-next-line no-control-regex
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Throws XmlCharacterError when `s` holds a character XML 1.0 cannot carry. */
export function assertXmlChars(s: string, where: string): void {
  const m = ILLEGAL.exec(s);
  if (m) throw new XmlCharacterError(where, m[0].charCodeAt(0));
}

const TEXT_SPECIAL = /[&<>\r]/;
const ATTR_SPECIAL = /[&<>"\t\n\r]/;
const TEXT_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;" };
// Tab, LF and CR inside an attribute would be normalised to spaces by every XML parser.
const ATTR_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': "&quot;", "\t": "&#9;", "\n": "&#10;" };

/** Element text. A CR is written as a reference: a literal one would be read back as LF. */
export function escapeText(s: string, where: string): string {
  assertXmlChars(s, where);
  return TEXT_SPECIAL.test(s) ? s.replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]!) : s;
}

/** An attribute value (always written in double quotes). */
export function escapeAttr(s: string, where: string): string {
  assertXmlChars(s, where);
  return ATTR_SPECIAL.test(s) ? s.replace(/[&<>"\t\n\r]/g, (c) => ATTR_ESCAPES[c]!) : s;
}

/**
 * Excel reads `_xHHHH_` in cell text as an escaped character ("_x0041_" shows as "A"), so a string
 * that contains such a pattern literally must have its underscore escaped as `_x005F_` to come back
 * as typed (ECMA-376 Part 1, 22.9.2.19 ST_Xstring).
 */
export function escapeXstring(s: string): string {
  return s.includes("_x") ? s.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1") : s;
}

/** `xml:space="preserve"` is needed where leading or trailing white space must survive. */
export function needsPreserve(s: string): boolean {
  return s.length > 0 && (/^\s/.test(s) || /\s$/.test(s));
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** SpreadsheetML's main namespace and the relationships namespace, for the root elements. */
export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
  drawingMain: "http://schemas.openxmlformats.org/drawingml/2006/main",
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  spreadsheetDrawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
} as const;
