/**
 * Characters XML 1.0 cannot carry (its Char production: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD,
 * U+10000–U+10FFFF; https://www.w3.org/TR/xml/#charsets). Positions count characters as a person
 * does: an emoji is one.
 */
import fc from "fast-check";
import { illegalCharacter } from "../../../src/core/config/characters";

test("allowed: text, tab and line breaks, CJK, private use, emoji", () => {
  expect(["王五", "a\tb\nc\r\nd", "\uE000", "\uFFFD", "😀 ok", ""].map(illegalCharacter)).toEqual([null, null, null, null, null, null]);
});

test("refused, with the character and its place", () => {
  expect(illegalCharacter("a\u0001b")).toEqual({ char: "U+0001", position: 2 });
  expect(illegalCharacter("王\uFFFE")).toEqual({ char: "U+FFFE", position: 2 });
  expect(illegalCharacter("\uFFFF")).toEqual({ char: "U+FFFF", position: 1 });
  expect(illegalCharacter("😀\u000B")).toEqual({ char: "U+000B", position: 2 }); // the emoji is one character
  expect(illegalCharacter("ab\uD800")).toEqual({ char: "U+D800", position: 3 }); // a lone surrogate
  expect(illegalCharacter("x\uDC00y")).toEqual({ char: "U+DC00", position: 2 });
});

test("agrees with the XML Char production on every code point of the BMP and beyond", () => {
  const allowed = (cp: number) => cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 0x10ffff }), (cp) => {
      const s = cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
      return (illegalCharacter(`a${s}`) === null) === allowed(cp);
    }),
    { numRuns: 5000 },
  );
});
