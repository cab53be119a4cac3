/**
 * A formula read back from Excel is recognised as ShopSheet's when it means the same — also in the
 * spelling the `shopsheet` command's files use (issue 15): a relative A1 reference on the cell's own
 * row inside its own table for that column's [@…], a hidden name for a structured reference. Anything
 * else (another row, an absolute or sheet-qualified reference, a cell outside the table, a name we did
 * not write) is the user's. Expected texts are written by hand from Microsoft's structured-reference
 * forms (https://support.microsoft.com/office/using-structured-references-with-excel-tables-f5ed2452-2337-4f71-bed3-c8ae6d2b276e).
 */
import { canonicalFormula, type LiveReading } from "../../../src/office/reconcile/formulaText";

/** Staff in B4:E…: B 工号, C 姓名, D 基本工资, E 应发 (data from row 5). */
const STAFF = { table: "Staff", left: 2, headers: ["工号", "姓名", "基本工资", "应发"] };
const NAMES = new Map([["shopsheetcol.staff.base", canonicalFormula("Staff[[基本工资]]", null)]]);
const at = (row: number): LiveReading => ({ names: NAMES, cell: { ...STAFF, row } });
const ours = canonicalFormula("=[@基本工资]*2+SUM(Staff[基本工资])", "Staff");
const read = (live: string, row: number) => canonicalFormula(live, "Staff", at(row));

test("the structured spellings Excel gives back are one formula (as before)", () => {
  expect(canonicalFormula("=Staff[[#This Row],[基本工资]]*2+sum(Staff[[基本工资]])", "Staff")).toBe(ours);
  expect(canonicalFormula("=[@[基本工资]]*2+SUM(Staff[基本工资])", "Staff")).toBe(ours);
});

test("D5 on row 5 inside Staff is [@基本工资]; the hidden name is Staff[[基本工资]]; names ignore case", () => {
  expect(read("=D5*2+SUM(ShopSheetCol.Staff.base)", 5)).toBe(ours);
  expect(read("=d5*2+sum(shopsheetcol.STAFF.base)", 5)).toBe(ours);
  expect(read("=D5 * 2 + SUM( ShopSheetCol.Staff.base )", 5)).toBe(ours);
  // The same text two rows down is its own row's [@基本工资] there.
  expect(read("=D7*2+SUM(ShopSheetCol.Staff.base)", 7)).toBe(ours);
});

test("hostile: another row, absolute, half-absolute, another sheet, outside the table, a range — not ours", () => {
  for (const live of [
    "=D6*2+SUM(ShopSheetCol.Staff.base)", // the row below
    "=$D$5*2+SUM(ShopSheetCol.Staff.base)", // absolute: no longer follows the row
    "=$D5*2+SUM(ShopSheetCol.Staff.base)",
    "=D$5*2+SUM(ShopSheetCol.Staff.base)",
    "=Sheet2!D5*2+SUM(ShopSheetCol.Staff.base)", // the same address on another sheet
    "='员工 表'!D5*2+SUM(ShopSheetCol.Staff.base)",
    "=F5*2+SUM(ShopSheetCol.Staff.base)", // right of the table (B:E)
    "=A5*2+SUM(ShopSheetCol.Staff.base)", // left of it
    "=D5:D6*2+SUM(ShopSheetCol.Staff.base)",
    "=C5*2+SUM(ShopSheetCol.Staff.base)", // another column of the row: 姓名
    '=D5*2+SUM("ShopSheetCol.Staff.base")',
  ])
    expect([live, read(live, 5)]).not.toEqual([live, ours]);
});

test("hostile names: one of our pattern for another column, one the workbook lacks, one we did not write", () => {
  const names = new Map([...NAMES, ["shopsheetcol.staff.gross", canonicalFormula("Staff[[应发]]", null)]]);
  const reading = { names, cell: { ...STAFF, row: 5 } };
  expect(canonicalFormula("=D5*2+SUM(ShopSheetCol.Staff.gross)", "Staff", reading)).not.toBe(ours);
  expect(canonicalFormula("=D5*2+SUM(ShopSheetCol.Staff.pay)", "Staff", reading)).not.toBe(ours);
  expect(canonicalFormula("=D5*2+SUM(MyBase)", "Staff", reading)).not.toBe(ours);
});

test("after an upgrade inserted a column at C, Excel shifted the references: E5 is 基本工资 by the live headers", () => {
  const shifted = { names: NAMES, cell: { table: "Staff", left: 2, headers: ["工号", "新列", "姓名", "基本工资", "应发"], row: 5 } };
  expect(canonicalFormula("=E5*2+SUM(ShopSheetCol.Staff.base)", "Staff", shifted)).toBe(ours);
  expect(canonicalFormula("=D5*2+SUM(ShopSheetCol.Staff.base)", "Staff", shifted)).not.toBe(ours);
});

test("a loose cell (no table): names read, A1 references stay A1", () => {
  const reading = { names: NAMES };
  expect(canonicalFormula("=SUM(ShopSheetCol.Staff.base)", null, reading)).toBe(canonicalFormula("=SUM(Staff[[基本工资]])", null));
  expect(canonicalFormula("=D5", null, reading)).toBe("D5");
});
