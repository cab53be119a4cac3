/**
 * Every part the fast writer produces validates against the ISO/IEC 29500 transitional schemas
 * (ECMA's OPC schemas for the package parts) and the rules the schemas miss — through the one OOXML
 * checker, test/ooxml/validate.ts — for every field of the spec, the example team's workbooks, and
 * each writer option.
 */
import JSZip from "jszip";
import { toBufferFast } from "../../../src/xlsx/writer";
import { validateOoxml, expectValidOoxml } from "../../ooxml/validate";
import { everyFieldSpec, exampleCases } from "./fixtures";

describe("schemas", () => {
  test.each([
    ["every field of the spec", () => toBufferFast(everyFieldSpec())],
    ["inline strings", () => toBufferFast(everyFieldSpec(), { strings: "inline" })],
    ["shared formulas", () => toBufferFast(everyFieldSpec(), { sharedFormulas: true })],
    ...exampleCases().map((c) => [c.name, () => toBufferFast(c.spec)] as [string, () => Promise<Buffer>]),
  ])("%s: every part validates", async (name, write) => {
    const report = await expectValidOoxml([{ name, data: await write() }]);
    expect(report.parts).toBeGreaterThan(8);
  });

  test("the check can fail: elements out of order, an unknown attribute, a part without a schema", async () => {
    const zip = await JSZip.loadAsync(await toBufferFast(everyFieldSpec()));
    const text = (path: string) => zip.file(path)!.async("string");
    const sheet = await text("xl/worksheets/sheet1.xml");
    const dimension = sheet.match(/<dimension [^>]*\/>/)![0];
    zip.file("xl/worksheets/sheet1.xml", sheet.replace(dimension, "").replace("</sheetData>", `</sheetData>${dimension}`));
    zip.file("xl/tables/table1.xml", (await text("xl/tables/table1.xml")).replace("<table ", '<table colour="red" '));
    zip.file("xl/media/image1.png", "not xml");
    const { problems } = await validateOoxml([{ name: "broken", data: await zip.generateAsync({ type: "nodebuffer" }) }]);
    const at = (part: string, pattern: RegExp) => problems.some((p) => p.part === part && pattern.test(p.message));
    expect(at("xl/worksheets/sheet1.xml", /dimension/)).toBe(true);
    expect(at("xl/tables/table1.xml", /colour/)).toBe(true);
    expect(at("xl/media/image1.png", /no schema/)).toBe(true);
  });
});
