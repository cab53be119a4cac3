/**
 * The parts of a package in the fast writer's order: the content types and relationships first, the
 * styles and shared strings last — produced only once every sheet has been taken, so they hold every
 * style and string the sheets used.
 */
import { workbookParts } from "../../../src/xlsx/writer/parts";
import { pieceBytes, type PartSource } from "../../../src/xlsx/writer/piece";
import type { WorkbookSpec } from "../../../src/workbook/spec";

const SPEC: WorkbookSpec = {
  sheets: [{ key: "a", name: "甲", cells: [{ at: "A1", value: "只在这里的字", style: "header" }], tables: [] }],
  names: [],
};

const text = (source: PartSource) => new TextDecoder().decode(pieceBytes(source));

test("the parts in order, the shared strings last, holding the sheet's text", () => {
  const parts = [...workbookParts(SPEC, { created: new Date("2026-01-01T00:00:00Z") })].map((p) => ({ name: p.name, text: text(p.source) }));
  expect(parts.map((p) => p.name)).toEqual([
    "[Content_Types].xml",
    "_rels/.rels",
    "docProps/core.xml",
    "docProps/app.xml",
    "xl/_rels/workbook.xml.rels",
    "xl/worksheets/sheet1.xml",
    "xl/workbook.xml", // after the sheets: it lists the hidden names their formulas use
    "xl/theme/theme1.xml",
    "xl/styles.xml",
    "xl/sharedStrings.xml",
  ]);
  expect(parts.at(-1)!.text).toContain("只在这里的字");
  expect(parts.find((p) => p.name === "docProps/core.xml")!.text).toContain("2026-01-01T00:00:00Z");
});
