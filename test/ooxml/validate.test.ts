/**
 * The checker itself: each schema and rule check must catch what it is there for. A small valid
 * workbook is rendered, one part is broken at a time, and the checker must name the problem.
 */
import JSZip from "jszip";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { toBuffer } from "../xlsx/reference/exceljsRenderer"; // exceljs writes the markup-compatibility attributes these tests need
import { toBufferFast } from "../../src/xlsx/writer";
import { validNameRule, validSheetNameRule } from "./rules";
import { validateOoxml } from "./validate";

const spec: WorkbookSpec = {
  names: [{ name: "Rate", sheet: "main", range: "B1" }],
  sheets: [
    {
      key: "main",
      name: "主表",
      cells: [
        { at: "A1", value: "  padded text  " },
        { at: "B1", value: 0.4, style: "percent" },
      ],
      tables: [
        {
          name: "Items",
          at: "A3",
          columns: [
            { key: "item", header: "项目" },
            { key: "amount", header: "Amount", style: "money" },
            { key: "double", header: "Double", formula: "[@amount]*2", style: "money", total: "sum" },
          ],
          rows: [
            { item: "a", amount: 1, double: 2 },
            { item: "b", amount: 2, double: 4 },
          ],
          totalsLabel: "合计",
          totalsResults: { double: 6 },
        },
      ],
      validations: [{ target: "B1", rule: { kind: "decimal", min: 0, max: 1 } }],
    },
  ],
};

let valid: Buffer;
beforeAll(async () => {
  valid = await toBuffer(spec);
});

/** The workbook with one part edited; returns the checker's messages. */
async function problemsAfter(part: string, edit: (xml: string) => string): Promise<string[]> {
  const zip = await JSZip.loadAsync(valid);
  const before = await zip.file(part)!.async("string");
  const after = edit(before);
  expect(after).not.toBe(before); // the edit must change something, or the test proves nothing
  zip.file(part, after);
  const report = await validateOoxml([{ name: "edited", data: await zip.generateAsync({ type: "nodebuffer" }) }]);
  return report.problems.map((p) => `${p.part}: ${p.message}`);
}

test("the valid workbook is valid: every part is checked, ignorable extensions and xml:space on <t> are accepted", async () => {
  const report = await validateOoxml([{ name: "valid", data: valid }]);
  expect(report.problems).toEqual([]);
  expect(report.parts).toBeGreaterThanOrEqual(11);
  const zip = await JSZip.loadAsync(valid);
  expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).toContain("x14ac:dyDescent"); // ignorable: dropped, as Excel does
  expect(await zip.file("xl/sharedStrings.xml")!.async("string")).toContain('xml:space="preserve"');
});

describe("the schemas", () => {
  test("an element the schema does not allow", async () => {
    expect(await problemsAfter("xl/workbook.xml", (x) => x.replace("<sheets>", "<notAnElement/><sheets>"))).toEqual([expect.stringMatching(/^xl\/workbook\.xml: .*notAnElement.*not expected/)]);
  });
  test("a foreign attribute in a namespace that is NOT ignorable is kept, so the schema refuses it", async () => {
    const got = await problemsAfter("xl/worksheets/sheet1.xml", (x) => x.replace("<sheetData>", '<sheetData xmlns:q="urn:foreign" q:odd="1">'));
    expect(got).toEqual([expect.stringMatching(/sheet1\.xml: .*urn:foreign.*odd.*not allowed/)]);
  });
  test("a bad attribute value (a style id that is not a number)", async () => {
    expect(await problemsAfter("xl/worksheets/sheet1.xml", (x) => x.replace(/<c r="B1" s="\d+"/, '<c r="B1" s="x"'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/sheet1\.xml: .*'s': 'x' is not a valid value/)]),
    );
  });
  test("the package parts: content types, relationships, core and app properties, theme, styles", async () => {
    for (const [part, edit] of [
      ["[Content_Types].xml", (x: string) => x.replace("<Default ", '<Default Bogus="1" ')],
      ["_rels/.rels", (x: string) => x.replace("<Relationship ", '<Relationship Bogus="1" ')],
      ["docProps/core.xml", (x: string) => x.replace("<dc:creator>", "<cp:bogus/><dc:creator>")],
      ["docProps/app.xml", (x: string) => x.replace("<Application>", "<Bogus/><Application>")],
      ["xl/theme/theme1.xml", (x: string) => x.replace("<a:themeElements>", "<a:bogus/><a:themeElements>")],
      ["xl/styles.xml", (x: string) => x.replace("<fonts ", "<bogus/><fonts ")],
      ["xl/tables/table1.xml", (x: string) => x.replace("<tableColumns", "<bogus/><tableColumns")],
      ["xl/sharedStrings.xml", (x: string) => x.replace("<si>", "<si><bogus/>")],
    ] as const) {
      expect([part, (await problemsAfter(part, edit)).length > 0]).toEqual([part, true]);
    }
  });
  test("xml:space on <t> must still be preserve or default", async () => {
    expect(await problemsAfter("xl/sharedStrings.xml", (x) => x.replace('xml:space="preserve"', 'xml:space="keep"'))).toEqual([expect.stringMatching(/only preserve or default/)]);
  });
  test("markup compatibility the checker cannot decide is reported, not guessed", async () => {
    expect(await problemsAfter("xl/workbook.xml", (x) => x.replace('mc:Ignorable="x15"', 'mc:Ignorable="x15 nope"'))).toEqual([expect.stringMatching(/undeclared prefix "nope"/)]);
  });
});

describe("Excel's rules the schemas miss", () => {
  test("a header cell that differs from its table column's name", async () => {
    const got = await problemsAfter("xl/tables/table1.xml", (x) => x.replace('name="Amount"', 'name="Amount2"'));
    expect(got).toEqual([expect.stringMatching(/header cell B3 on "主表" holds "Amount", the column is named "Amount2"/)]);
  });
  test("a calculated column whose cell holds another formula", async () => {
    const got = await problemsAfter("xl/worksheets/sheet1.xml", (x) => x.replace(/(<c r="C5"[^>]*><f>)[^<]*/, "$1B5*3"));
    expect(got).toEqual([expect.stringMatching(/calculated column "Double": C5 on "主表" holds "B5\*3"/)]);
  });
  test("a calculated column in A1: the column formula is the first data row's, each cell holds it moved to its own row", async () => {
    const zip = await JSZip.loadAsync(valid);
    expect(await zip.file("xl/tables/table1.xml")!.async("string")).toContain("<calculatedColumnFormula>B4*2</calculatedColumnFormula>");
    // C5 pointing at the row above (B4) or the next column (C5) is not the column's formula on row 5.
    expect(await problemsAfter("xl/worksheets/sheet1.xml", (x) => x.replace(/(<c r="C5"[^>]*><f>)B5\*2/, "$1B4*2"))).toEqual([
      expect.stringMatching(/calculated column "Double": C5 on "主表" holds "B4\*2"/),
    ]);
    expect(await problemsAfter("xl/worksheets/sheet1.xml", (x) => x.replace(/(<c r="C5"[^>]*><f>)B5\*2/, "$1C5*2"))).toEqual([
      expect.stringMatching(/calculated column "Double": C5 on "主表" holds "C5\*2"/),
    ]);
  });
  test("a calculated column written as a shared formula: each cell is the first cell's formula, so a changed first cell is caught in all", async () => {
    const shared = await toBufferFast(spec, { sharedFormulas: true });
    const zip = await JSZip.loadAsync(shared);
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet).toMatch(/<c r="C5"[^>]*><f t="shared" si="\d+"\/>/); // the second row holds only the reference to the first
    expect((await validateOoxml([{ name: "shared", data: shared }])).problems).toEqual([]);
    zip.file("xl/worksheets/sheet1.xml", sheet.replace(/(<c r="C4"[^>]*><f t="shared"[^>]*>)[^<]*/, "$1Items[[#This Row],[Amount]]*3"));
    const { problems } = await validateOoxml([{ name: "edited", data: await zip.generateAsync({ type: "nodebuffer" }) }]);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/calculated column "Double": C4 on "主表" holds "Items\[\[#This Row\],\[Amount\]\]\*3"/),
      expect.stringMatching(/calculated column "Double": C5 on "主表" holds "Items\[\[#This Row\],\[Amount\]\]\*3"/),
    ]);
  });
  test("a cell without r is the one after the cell before it in its row (ISO/IEC 29500-1 §18.3.1.4: r is optional)", async () => {
    // The header's B3 and C3 without r are still B3 and C3: nothing to report.
    expect(await problemsAfter("xl/worksheets/sheet1.xml", (x) => x.replace('<c r="B3"', "<c").replace('<c r="C3"', "<c"))).toEqual([]);
    // With B5 gone, C5 without r is read as B5: the calculated column's C5 is then empty.
    const got = await problemsAfter("xl/worksheets/sheet1.xml", (x) => x.replace(/<c r="B5"[^>]*>.*?<\/c>/, "").replace('<c r="C5"', "<c"));
    expect(got).toEqual([expect.stringMatching(/calculated column "Double": C5 on "主表" holds null/)]);
  });
  test("cells of a row out of column order, or one cell twice", async () => {
    const swapped = await problemsAfter("xl/worksheets/sheet1.xml", (x) => x.replace(/(<c r="A4"[^>]*>.*?<\/c>)(<c r="B4"[^>]*>.*?<\/c>)/, "$2$1"));
    expect(swapped).toEqual([expect.stringMatching(/cell A4 after B4: not in ascending column order/)]);
    const twice = await problemsAfter("xl/worksheets/sheet1.xml", (x) => x.replace('<c r="B4"', '<c r="A4"'));
    expect(twice).toEqual(expect.arrayContaining([expect.stringMatching(/cell A4 written twice/)]));
  });
  test("sheet names: forbidden characters, and two names equal ignoring case", async () => {
    expect(await problemsAfter("xl/workbook.xml", (x) => x.replace('name="主表"', 'name="a/b"'))).toEqual(expect.arrayContaining([expect.stringMatching(/sheet name "a\/b"/)]));
    expect(validSheetNameRule("History x")).toBe(true);
    expect(["", "a".repeat(32), "a:b", "[x]", "'a", "a'"].filter(validSheetNameRule)).toEqual([]);
  });
  test("names: an invalid defined name, a duplicate ignoring case, a table named like a defined name", async () => {
    expect(await problemsAfter("xl/workbook.xml", (x) => x.replace("</definedNames>", "<definedName name=\"RATE\">&apos;主表&apos;!$B$1</definedName></definedNames>"))).toEqual([
      expect.stringMatching(/defined name "RATE" used twice/),
    ]);
    expect(await problemsAfter("xl/workbook.xml", (x) => x.replace('name="Rate"', 'name="A1"'))).toEqual([expect.stringMatching(/defined name "A1" is not a valid name/)]);
    expect(await problemsAfter("xl/tables/table1.xml", (x) => x.replace(/displayName="Items"/, 'displayName="Rate"'))).toEqual([expect.stringMatching(/table name "Rate" is also a defined name/)]);
    expect(["R1C1", "R", "c", "AB12", "1x", "a b"].filter(validNameRule)).toEqual([]);
    expect(["工资_2026", "Payroll_2026_11", "_x", "ShopSheet.payroll.2026_11"].every(validNameRule)).toBe(true);
  });
  test("a data validation formula over 255 characters", async () => {
    const got = await problemsAfter("xl/worksheets/sheet1.xml", (x) => x.replace(/<formula1>[^<]*<\/formula1>/, `<formula1>${"1+".repeat(128)}1</formula1>`));
    expect(got).toEqual([expect.stringMatching(/data validation on B1: formula of 257 characters/)]);
  });
  test("style and shared-string indexes out of range", async () => {
    expect(await problemsAfter("xl/worksheets/sheet1.xml", (x) => x.replace(/<c r="B1" s="\d+"/, '<c r="B1" s="999"'))).toEqual([expect.stringMatching(/cell B1 style 999 out of range/)]);
    expect(await problemsAfter("xl/worksheets/sheet1.xml", (x) => x.replace(/(<c r="A1"[^>]*t="s"[^>]*><v>)\d+/, "$1999"))).toEqual([expect.stringMatching(/cell A1 shared string 999 out of range/)]);
  });
  test("characters XML 1.0 forbids, raw or as a character reference", async () => {
    expect(await problemsAfter("xl/sharedStrings.xml", (x) => x.replace("padded", "pad\u0001ded"))).toEqual(expect.arrayContaining([expect.stringMatching(/a character XML 1.0 does not allow/)]));
    expect(await problemsAfter("xl/sharedStrings.xml", (x) => x.replace("padded", "pad&#x1;ded"))).toEqual(expect.arrayContaining([expect.stringMatching(/character reference XML 1.0 does not allow/)]));
  });
  test("a relationship to a part that is not there", async () => {
    expect(await problemsAfter("xl/_rels/workbook.xml.rels", (x) => x.replace("theme/theme1.xml", "theme/missing.xml"))).toEqual([expect.stringMatching(/points at missing part xl\/theme\/missing\.xml/)]);
  });
});
