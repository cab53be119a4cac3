/**
 * Excel's rules for the names a workbook holds: sheet names, and table and defined names (which share
 * one namespace).
 *
 * Sheet names: 1–31 characters, none of : \ / ? * [ ] — Excel's own refusal, "You typed an invalid name
 * for a sheet or chart. Make sure that: The name that you type does not exceed 31 characters. The name
 * does not contain any of the following characters: : \ / ? * [ or ] You did not leave the name blank."
 * (quoted from Excel 2007's COM error at https://newbetuts.com/3681868-is-there-a-limit-on-an-excel-worksheets-name-length);
 * unique ignoring case. Not starting or ending with an apostrophe and not "History" are Excel's UI rules
 * that no stored Microsoft page here states: modelled, not cited.
 *
 * Table names and defined names — Microsoft Office help, "Define and use names in formulas", guidelines
 * for names (http://office.microsoft.com/en-gb/help/HP051983471033.aspx): the first character a
 * letter, an underscore or a backslash; then letters, numbers, periods and underscores; no spaces; up
 * to 255 characters; not the same as a cell reference "such as Z$100 or R1C1"; not case sensitive.
 * ECMA-376 Part 4 §3.17 "Names" adds: not TRUE or FALSE, and all names of a workbook unique
 * (http://webapp.docx4java.org/OnlineDemo/ecma376/SpreadsheetML/Names.html). Microsoft KB Q111393
 * ("Some names are reserved, can't be used as defined names") lists C, R, RC and R1C1
 * (https://www.betaarchive.com/wiki/index.php?title=Microsoft_KB_Archive/111393). A table name lives in
 * the same namespace: a name used by a table cannot be defined, and the reverse.
 */

const MAX_COL = 16_384;
const MAX_ROW = 1_048_576;

export function sheetNameProblem(name: string, taken: Iterable<string>): string | null {
  if (name.length === 0 || name.trim().length === 0) return "a sheet name cannot be blank";
  if (name.length > 31) return "a sheet name has at most 31 characters";
  if (/[:\\/?*[\]]/.test(name)) return "a sheet name cannot contain : \\ / ? * [ ]";
  if (name.startsWith("'") || name.endsWith("'")) return "a sheet name cannot begin or end with an apostrophe";
  if (name.toLowerCase() === "history") return "History is a reserved sheet name";
  for (const t of taken) if (t.toLowerCase() === name.toLowerCase()) return `a sheet named ${t} exists`;
  return null;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** "A1", "xfd1048576": a name that reads as a cell. */
export function looksLikeCell(name: string): boolean {
  const m = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  return !!m && columnNumber(m[1]!) <= MAX_COL && Number(m[2]) >= 1 && Number(m[2]) <= MAX_ROW;
}

/** "R", "c", "RC", "R1C1", "R2C": R1C1 notation. */
export function looksLikeR1C1(name: string): boolean {
  return /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
}

/** Why `name` cannot be a table or defined name, or null when it can. */
export function identifierProblem(name: string): string | null {
  if (name.length === 0) return "a name cannot be blank";
  if (name.length > 255) return "a name has at most 255 characters";
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return "a name starts with a letter, _ or \\ and holds only letters, digits, _ and .";
  if (looksLikeCell(name) || looksLikeR1C1(name)) return "a name cannot look like a cell reference";
  if (/^(true|false)$/i.test(name)) return "TRUE and FALSE are not names";
  return null;
}
