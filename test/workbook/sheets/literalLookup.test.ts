/**
 * The formulas that look typed text up as text (src/workbook/sheets/literalLookup.ts), by their shape: what they
 * compute is proven in LibreOffice (test/oracle/lookupWildcards.oracle.test.ts: 子女* is no category, 养* no
 * insurance, 客服* a role Staff's Check names). Here: the word list compared by =, never MATCH, each word's code
 * its place mod n, and the three wildcard characters found with SUBSTITUTE, which takes them as themselves.
 */
import { hasWildcard, wordCode } from "../../../src/workbook/sheets/literalLookup";

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

test("wordCode compares by = against every word, each word's code its place mod n (a second language's words after the first's)", () => {
  const f = wordCode("TRIM([@category])", ["a", "b", "c", "甲", "乙", "丙"], 3, quote);
  expect(f).toBe('IFERROR(SUMPRODUCT(MAX((TRIM([@category])={"a","b","c","甲","乙","丙"})*{1,2,3,1,2,3})),0)');
  expect(f).not.toContain("MATCH(");
});

test("wordCode quotes each word as the caller says (a quote inside a word doubled)", () => {
  expect(wordCode("[@x]", ['say "hi"'], 1, quote)).toContain('{"say ""hi"""}');
});

test("hasWildcard finds * ? and ~ by removing them (SUBSTITUTE reads no pattern), on the reference given", () => {
  expect(hasWildcard("[@role]")).toBe('LEN([@role])<>LEN(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE([@role],"*",""),"?",""),"~",""))');
});
