/**
 * Text in the parts: any string either reads back exactly as given — through an independent XML
 * parser, and through exceljs from a whole workbook — or, when it holds a character XML 1.0 cannot
 * carry, is refused with XmlCharacterError. Never silently changed.
 */
import fc from "fast-check";
import { SaxesParser } from "saxes";
import type { WorkbookSpec } from "../../../src/workbook/spec";
import { toBufferFast, XmlCharacterError } from "../../../src/xlsx/writer";
import { escapeAttr, escapeText, escapeXstring } from "../../../src/xlsx/writer/xml";
import { readWorkbook } from "./workbookSummary";

/** XML 1.0's Char production, code point by code point (independent of the writer's regex). */
function xmlCanCarry(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) return false;
    if (!(c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd))) return false;
  }
  return true;
}

/** An independent, conformant XML parser (saxes, jsdom's) reads the attribute b and the text of <a>. */
function parse(xml: string): { attribute: string; text: string } {
  const parser = new SaxesParser();
  const read = { attribute: "", text: "" };
  parser.on("opentag", (tag) => void (read.attribute = String(tag.attributes.b)));
  parser.on("text", (t) => void (read.text += t));
  parser.on("error", (e) => {
    throw e;
  });
  parser.write(xml).close();
  return read;
}

/** Strings with the characters that matter: XML specials, controls, surrogates, _xHHHH_, CJK, spaces. */
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom("&", "<", ">", '"', "'", "\t", "\n", "\r", " ", "_x0041_", "_x005F_", "_x", "=", "+", "-", "@", "工资", "\u0000", "\u0001", "\u001f", "\uFFFE", "\uFFFF", "\uD800", "\uDC00", "😀"),
      fc.string({ unit: "binary", maxLength: 4 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(""));

test("escapeText and escapeAttr: an XML parser reads back the string, or it is refused", async () => {
  await fc.assert(
    fc.asyncProperty(hostile, async (s) => {
      if (!xmlCanCarry(s)) {
        expect(() => escapeText(s, "here")).toThrow(XmlCharacterError);
        expect(() => escapeAttr(s, "here")).toThrow(XmlCharacterError);
        return;
      }
      const read = parse(`<a b="${escapeAttr(s, "here")}">${escapeText(s, "here")}</a>`);
      expect(read.attribute).toBe(s);
      expect(read.text).toBe(s);
    }),
    { numRuns: 300 },
  );
});

test("escapeXstring escapes exactly the underscores that start an _xHHHH_ escape", () => {
  expect(escapeXstring("_x0041_ and _x00e9_ but not _x00G1_ nor _x12345")).toBe("_x005F_x0041_ and _x005F_x00e9_ but not _x00G1_ nor _x12345");
});

test("a workbook cell holds any string exactly as given, as text (exceljs reads it back), or the workbook is refused", async () => {
  await fc.assert(
    fc.asyncProperty(hostile, hostile, async (value, result) => {
      const spec: WorkbookSpec = {
        names: [],
        sheets: [{ key: "s", name: "S", tables: [], cells: [{ at: "A1", value }, { at: "A2", formula: "A1", result }] }],
      };
      if (!xmlCanCarry(value) || !xmlCanCarry(result)) {
        await expect(toBufferFast(spec)).rejects.toThrow(/cannot be written to an \.xlsx/);
        await expect(toBufferFast(spec, { validated: true })).rejects.toThrow(XmlCharacterError);
        return;
      }
      const ws = (await readWorkbook(await toBufferFast(spec))).getWorksheet("S")!;
      expect(ws.getCell("A1").value).toBe(value);
      // exceljs reads an empty cached string as no result at all (its reader, whoever wrote the file).
      expect(ws.getCell("A2").result).toBe(result === "" ? undefined : result);
    }),
    { numRuns: 60 },
  );
});
