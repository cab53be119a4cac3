/**
 * The double loads what the `shopsheet` command's .xlsx files hold since issue 15 — hidden workbook
 * names standing for structured references, tables whose calculated columns are relative A1 text —
 * and refuses what Excel would not have. Each behaviour cites the page it follows in ./fake/workbook.ts
 * (addReferenceName, followRows), ./fake/formula.ts (shiftRows) or ./fake/objects.ts (names' value).
 * These use Office.js calls on the double directly, as an add-in would — not ShopSheet's code.
 */
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { FakeExcel, loadXlsx, type FakeOfficeError } from "./fake";

/** 员工!B4:D7: table Staff (工号, 基本工资, 应发), 应发 = 基本工资 × 2 in the file's A1 spelling, and
 *  E9 = SUM of the hidden name of 基本工资; `names` are added to xl/workbook.xml as given. */
async function fileWith(names: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("员工");
  ws.addTable({
    name: "Staff",
    ref: "B4",
    headerRow: true,
    columns: [{ name: "工号" }, { name: "基本工资" }, { name: "应发" }],
    rows: [5, 6, 7].map((r, i) => [`E${i + 1}`, 1000 * (i + 1), { formula: `C${r}*2`, result: 2000 * (i + 1) } as unknown as ExcelJS.CellValue]),
  });
  ws.getCell("E9").value = { formula: "SUM(ShopSheetCol.Staff.base)", result: 12000 } as ExcelJS.CellFormulaValue;
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  const withNames = xml.includes("<definedNames>") ? xml.replace("<definedNames>", `<definedNames>${names}`) : xml.replace("</sheets>", `</sheets><definedNames>${names}</definedNames>`);
  zip.file("xl/workbook.xml", withNames);
  return zip.generateAsync({ type: "nodebuffer" });
}

const BASE = '<definedName name="ShopSheetCol.Staff.base" hidden="1">Staff[[基本工资]]</definedName>';

async function loaded(names = BASE): Promise<FakeExcel> {
  const fake = new FakeExcel();
  fake.install();
  await loadXlsx(fake, await fileWith(names));
  return fake;
}

async function run(fake: FakeExcel, body: (ctx: any) => unknown): Promise<FakeOfficeError | null> {
  try {
    await fake.excel.run(async (ctx: any) => {
      await body(ctx);
      await ctx.sync();
    });
    return null;
  } catch (e) {
    return e as FakeOfficeError;
  }
}

const formulaAt = (fake: FakeExcel, row: number, col: number) => fake.sheetByName("员工")!.get(row, col)?.f;

test("a hidden name of a structured reference loads; Office.js lists it as the range it stands for; a formula may name it", async () => {
  const fake = await loaded();
  let items: { name: string; type: string; value: string }[] = [];
  expect(
    await run(fake, async (ctx) => {
      const names = ctx.workbook.names;
      names.load({ name: true, type: true, value: true });
      await ctx.sync();
      items = names.items.map((n: any) => ({ name: n.name, type: n.type, value: n.value }));
      ctx.workbook.worksheets.getItem("员工").getRange("F9").formulas = [["=MAX(ShopSheetCol.Staff.base)"]];
    }),
  ).toBeNull();
  expect(items).toEqual([{ name: "ShopSheetCol.Staff.base", type: "Range", value: "'员工'!$C$5:$C$7" }]);
  expect(fake.names.get("shopsheetcol.staff.base")).toMatchObject({ refersTo: "Staff[[基本工资]]", hidden: true });
});

test.each([
  ["a name that is no valid Excel name", '<definedName name="1Staff.base">Staff[[基本工资]]</definedName>', /name 1Staff.base/],
  ["a name that reads as a cell", '<definedName name="AB12">Staff[[基本工资]]</definedName>', /cell reference/],
  ["a table that does not exist", '<definedName name="ShopSheetCol.Nope.base">Nope[[基本工资]]</definedName>', /no table Nope/],
  ["a column the table lacks", '<definedName name="ShopSheetCol.Staff.bonus">Staff[[奖金]]</definedName>', /no column 奖金/],
  ["a bare reference (no table)", '<definedName name="ShopSheetCol.Staff.x">[[基本工资]]</definedName>', /names the table/],
  ["this row, which a name has not", '<definedName name="ShopSheetCol.Staff.y">Staff[@基本工资]</definedName>', /row of its own/],
  ["a name twice", BASE + BASE, /exists/],
])("refused on load: %s", async (_what, names, why) => {
  const fake = new FakeExcel();
  fake.install();
  await expect(loadXlsx(fake, await fileWith(names))).rejects.toThrow(why);
});

test("a calculated column in A1 text is one calculated column: a row added gets its formula moved to the row", async () => {
  const fake = await loaded();
  expect(fake.table("Staff")!.calculated.get(2)).toBe("=C5*2");
  expect(await run(fake, (ctx) => ctx.workbook.tables.getItem("Staff").rows.add(null, [["E4", 4000, ""]]))).toBeNull();
  expect(formulaAt(fake, 8, 4)).toBe("=C8*2");
});

test("rows inserted into the table move the A1 references to the cells below; a deleted row's references break", async () => {
  const fake = await loaded();
  expect(await run(fake, (ctx) => ctx.workbook.tables.getItem("Staff").rows.add(1, [["E9", 9000, ""]]))).toBeNull();
  // Old rows 6 and 7 are now 7 and 8, their formulas with them; the new row 6 gets the calculated column.
  expect([5, 6, 7, 8].map((r) => formulaAt(fake, r, 4))).toEqual(["=C5*2", "=C6*2", "=C7*2", "=C8*2"]);
  expect(fake.sheetByName("员工")!.get(8, 3)?.v).toBe(3000);
  // A cell outside the table pointing into it follows too.
  expect(await run(fake, (ctx) => (ctx.workbook.worksheets.getItem("员工").getRange("G1").formulas = [["=C7+C5"]]))).toBeNull();
  expect(await run(fake, (ctx) => ctx.workbook.tables.getItem("Staff").rows.getItemAt(0).delete())).toBeNull();
  expect(formulaAt(fake, 1, 7)).toBe("=#REF!");
  expect([5, 6, 7].map((r) => formulaAt(fake, r, 4))).toEqual(["=C5*2", "=C6*2", "=C7*2"]);
});

test("a column renamed renames the name's reference; a column deleted breaks the name (#REF!, an Error to Office.js)", async () => {
  const fake = await loaded();
  expect(await run(fake, (ctx) => (ctx.workbook.tables.getItem("Staff").columns.getItemAt(1).name = "月薪"))).toBeNull();
  expect(fake.names.get("shopsheetcol.staff.base")!.refersTo).toBe("Staff[[月薪]]");
  expect(await run(fake, (ctx) => ctx.workbook.tables.getItem("Staff").columns.getItemAt(1).delete())).toBeNull();
  expect(fake.names.get("shopsheetcol.staff.base")!.refersTo).toBe("#REF!");
  let item: { type: string; value: string } | null = null;
  expect(
    await run(fake, async (ctx) => {
      const names = ctx.workbook.names;
      names.load({ name: true, type: true, value: true });
      await ctx.sync();
      item = { type: names.items[0].type, value: names.items[0].value };
    }),
  ).toBeNull();
  expect(item).toEqual({ type: "Error", value: "#REF!" });
});
