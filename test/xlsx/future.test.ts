/**
 * Functions newer than the 2007 file format are stored with "_xlfn." ([MS-XLSX] 2.2.2 Formulas: "future
 * functions"); NETWORKDAYS.INTL and WORKDAY.INTL belong to the ISO format and are not (see
 * src/xlsx/future.ts: checked in LibreOffice 7.4).
 */
import { withXlfnPrefixes } from "../../src/xlsx/future";

test("a newer function gets the prefix, wherever it stands and in any case", () => {
  expect(withXlfnPrefixes("MAXIFS(A:A,B:B,1)")).toBe("_xlfn.MAXIFS(A:A,B:B,1)");
  expect(withXlfnPrefixes("ROUND(IFNA(x,0)+ifs(a,1),2)")).toBe("ROUND(_xlfn.IFNA(x,0)+_xlfn.ifs(a,1),2)");
  expect(withXlfnPrefixes("CEILING.MATH(A1)")).toBe("_xlfn.CEILING.MATH(A1)");
});

test("older functions, the ISO-format .INTL ones, names that are not calls and text stay as they are", () => {
  expect(withXlfnPrefixes("SUMIFS(A:A,B:B,1)+NETWORKDAYS.INTL(A1,B1,1)")).toBe("SUMIFS(A:A,B:B,1)+NETWORKDAYS.INTL(A1,B1,1)");
  expect(withXlfnPrefixes("IFS+1")).toBe("IFS+1"); // a defined name IFS, not a call
  expect(withXlfnPrefixes('IF(A1="MAXIFS(",1,2)')).toBe('IF(A1="MAXIFS(",1,2)');
  expect(withXlfnPrefixes("'MAXIFS(x'!A1")).toBe("'MAXIFS(x'!A1");
});

test("a formula already prefixed is not prefixed again", () => {
  expect(withXlfnPrefixes(withXlfnPrefixes("MAXIFS(A:A,B:B,1)"))).toBe("_xlfn.MAXIFS(A:A,B:B,1)");
});
