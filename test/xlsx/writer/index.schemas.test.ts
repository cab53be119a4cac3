/**
 * Every part the fast writer produces validates against the ISO/IEC 29500 transitional schemas
 * (ECMA's OPC schemas for the package parts), for every field of the spec, the example team's
 * workbooks, and each writer option.
 */
import { toBufferFast } from "../../../src/xlsx/writer";
import { everyFieldSpec, exampleCases } from "./fixtures";
import { partsOf, schemaErrors } from "./ooxmlCheck";

describe("schemas", () => {
  test.each([
    ["every field of the spec", () => toBufferFast(everyFieldSpec())],
    ["inline strings", () => toBufferFast(everyFieldSpec(), { strings: "inline" })],
    ["shared formulas", () => toBufferFast(everyFieldSpec(), { sharedFormulas: true })],
    ...exampleCases().map((c) => [c.name, () => toBufferFast(c.spec)] as [string, () => Promise<Buffer>]),
  ])("%s: every part validates", async (_name, write) => {
    const parts = await partsOf(await write());
    expect(parts.size).toBeGreaterThan(8);
    expect(await schemaErrors(parts)).toEqual([]);
  });

  test("the check can fail: elements out of order, an unknown attribute, a part without a schema", async () => {
    const parts = await partsOf(await toBufferFast(everyFieldSpec()));
    const sheet = parts.get("xl/worksheets/sheet1.xml")!;
    const dimension = sheet.match(/<dimension [^>]*\/>/)![0];
    parts.set("xl/worksheets/sheet1.xml", sheet.replace(dimension, "").replace("</sheetData>", `</sheetData>${dimension}`));
    parts.set("xl/tables/table1.xml", parts.get("xl/tables/table1.xml")!.replace("<table ", '<table colour="red" '));
    parts.set("xl/media/image1.png", "not xml");
    const errors = await schemaErrors(parts);
    expect(errors.some((e) => e.startsWith("xl/worksheets/sheet1.xml") && /dimension/.test(e))).toBe(true);
    expect(errors.some((e) => e.startsWith("xl/tables/table1.xml") && /colour/.test(e))).toBe(true);
    expect(errors).toContain("xl/media/image1.png: no schema for this part");
  });
});
