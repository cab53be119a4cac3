/**
 * Functions added to Excel after the 2007 file format are stored in an .xlsx with an "_xlfn."
 * prefix (Excel shows the plain name). A file holding plain `MAXIFS(` gives #NAME? — checked in
 * LibreOffice 7.4 for every name below, and the same is documented for Excel. Office.js takes the
 * plain name, so specs use the plain name and only this file renderer adds the prefix.
 *
 * Not every post-2007 name: NETWORKDAYS.INTL and WORKDAY.INTL are in the ISO file format and must
 * stay unprefixed (LibreOffice gives #NAME? for _xlfn.NETWORKDAYS.INTL). Add a name here only after
 * checking it in test/oracle.
 */
import { mapFunctionNames } from "../workbook/formula";

const XLFN: ReadonlySet<string> = new Set([
  "AGGREGATE", "CEILING.MATH", "CEILING.PRECISE", "CONCAT", "DAYS", "FLOOR.MATH", "IFNA", "IFS",
  "ISOWEEKNUM", "MAXIFS", "MINIFS", "RANK.EQ", "STDEV.S", "SWITCH", "TEXTJOIN", "XOR",
]);

/** `MAXIFS(A:A,…)` → `_xlfn.MAXIFS(A:A,…)`; already-prefixed names and strings are left alone. */
export function withXlfnPrefixes(formula: string): string {
  return mapFunctionNames(formula, prefixed);
}

// One function for every formula, not one made per call (the CLI runs on tsx, which names every function it makes).
const prefixed = (name: string): string => (XLFN.has(name.toUpperCase()) ? `_xlfn.${name}` : name);
