/**
 * Lookups that take what a user typed as text, not as a pattern. Excel's MATCH (type 0), COUNTIF and SUMIF
 * read * ? ~ in the value looked up as wildcards (MATCH: "If match_type is 0 and lookup_value is a text
 * string, you can use the wildcard characters … in the lookup_value argument",
 * https://support.microsoft.com/office/match-function-e8dffd45-c762-47d6-bf89-533f4a37673a), and LibreOffice
 * does the same in an .xlsx — against a range. Against an array constant ({"a","b"}) LibreOffice 7.4 takes
 * no wildcards and folds full and half width (ａｂｃ finds ABC), so the two hosts disagree there
 * (test/oracle/lookupWildcards.oracle.test.ts). `=` does neither in either host: it ignores case only.
 */

/** 1 when the text of `ref` holds * ? or ~ (FIND takes them as themselves; a number holds none). */
export const hasWildcard = (ref: string) => `LEN(${ref})<>LEN(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${ref},"*",""),"?",""),"~",""))`;

/**
 * The place 1…n of the code whose word `ref` is, by `=` against every word (`words[i]` is code i mod n + 1),
 * else 0: ignoring case only, as the engine's readers compare after trimming — no wildcards, no width folding,
 * in Excel and LibreOffice alike. Words are constants here (src/workbook/layout.ts formulaText), so the cost
 * is one comparison per word, as MATCH's was.
 */
export function wordCode(ref: string, words: readonly string[], n: number, quote: (s: string) => string): string {
  const codes = words.map((_, i) => (i % n) + 1);
  return `IFERROR(SUMPRODUCT(MAX((${ref}={${words.map(quote).join(",")}})*{${codes.join(",")}})),0)`;
}
