/**
 * The stored zip made in memory, without Node (the exports' bytes, in the CLI and the pane alike): an
 * independent reader (JSZip, which checks every CRC-32) opens it; each entry is stored (method 0); each
 * part's text is the fast writer's own for the same spec; the same spec and time give the same bytes.
 */
import * as ExcelJS from "exceljs";
import { parseConfig } from "../../../src/core/config";
import { exampleTeamConfig } from "../../../src/data/exampleTeam";
import { buildWorkbook } from "../../../src/workbook/build";
import { toBufferFast } from "../../../src/xlsx/writer";
import { toBase64, workbookBytes } from "../../../src/xlsx/writer/portable";
import { openXlsx } from "../../ooxml/package";
import { expectValidOoxml } from "../../ooxml/validate";

const WHEN = new Date("2026-11-26T04:00:00Z");

function spec() {
  const c = parseConfig(exampleTeamConfig("2026-11"));
  if (!c.ok) throw new Error("example");
  return buildWorkbook(c.config, "2026-11", "zh-CN").spec;
}

test("every part is the fast writer's, stored; JSZip opens it; exceljs reads the sheets", async () => {
  const s = spec();
  const stored = workbookBytes(s, { created: WHEN });
  const deflated = await toBufferFast(s, { created: WHEN });
  const a = await openXlsx(stored);
  const b = await openXlsx(deflated);
  expect([...a.parts.keys()]).toEqual([...b.parts.keys()]);
  for (const [name, text] of a.parts) expect([name, text === b.parts.get(name)]).toEqual([name, true]);
  // Local header of the first entry: signature, then method (offset 8) 0 = stored.
  expect([...stored.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  expect(stored[8]! | (stored[9]! << 8)).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(stored) as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(s.sheets.map((x) => x.name));
});

test("the same spec and time give the same bytes; the file validates against the OOXML schemas", async () => {
  const s = spec();
  expect(Buffer.from(workbookBytes(s, { created: WHEN })).equals(Buffer.from(workbookBytes(s, { created: WHEN })))).toBe(true);
  await expectValidOoxml([{ name: "stored", data: workbookBytes(s, { created: WHEN }) }]);
}, 60_000);

test("without the ShopSheet marks a file names no sheet key and no layout version", async () => {
  const s = spec();
  const parts = (await openXlsx(workbookBytes(s, { created: WHEN, marks: false }))).parts;
  expect(parts.get("xl/workbook.xml")).not.toMatch(/ShopSheet\.|ShopSheetLayout/);
  expect((await openXlsx(workbookBytes(s, { created: WHEN }))).parts.get("xl/workbook.xml")).toMatch(/ShopSheetLayout\.v\d+/);
});

test("base64 as Excel.createWorkbook takes it: Node's own encoding of the same bytes", () => {
  const bytes = new Uint8Array(100_000).map((_, i) => (i * 7919) % 256);
  expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  expect(toBase64(new Uint8Array(0))).toBe("");
});
