/** The hidden names of the file's A1 spelling (issue 15 contract) → the structured reference each stands for. */
import { columnNameMeanings, columnNameReference } from "../../../src/office/reconcile/columnNames";
import { canonicalFormula } from "../../../src/office/reconcile/formulaText";
import type { TableDirectory } from "../../../src/workbook/formula";

const dir: TableDirectory = new Map([
  ["Staff", { headers: new Map([["id", "工号"], ["base", "基本工资"], ["odd", "a[1]#'x"]]) }],
  ["Payroll_2026_01", { headers: new Map([["ytdGross", "累计收入"], ["net", "实发"]]) }],
]);

test("each pattern of the contract, headers escaped as Excel wants them inside brackets", () => {
  expect(columnNameReference("ShopSheetCol.Staff.base", dir)).toBe("Staff[[基本工资]]");
  expect(columnNameReference("ShopSheetHead.Staff.base", dir)).toBe("Staff[[#Headers],[基本工资]]");
  expect(columnNameReference("ShopSheetTotal.Payroll_2026_01.net", dir)).toBe("Payroll_2026_01[[#Totals],[实发]]");
  expect(columnNameReference("ShopSheetCols.Payroll_2026_01.ytdGross.net", dir)).toBe("Payroll_2026_01[[累计收入]:[实发]]");
  expect(columnNameReference("ShopSheetCol.Staff.odd", dir)).toBe("Staff[[a'[1']'#''x]]");
  // Excel's names ignore case; the table's and key's spelling is the directory's.
  expect(columnNameReference("shopsheetcol.payroll_2026_01.YTDGROSS", dir)).toBe("Payroll_2026_01[[累计收入]]");
});

test("not ours: other prefixes, ShopSheet's other names, unknown table or key, wrong number of keys", () => {
  for (const name of ["ShopSheet.staff", "ShopSheetLayout.15", "ShopSheetOlder.payroll.14", "ShopSheetColumn.Staff.base", "ShopSheetCol.Nope.base", "ShopSheetCol.Staff.nope", "ShopSheetCol.Staff.id.base", "ShopSheetCols.Staff.id", "ShopSheetCols.Staff.id.nope", "MyBase", "ShopSheetCol.Staff"])
    expect([name, columnNameReference(name, dir)]).toEqual([name, null]);
});

test("the workbook's names of ours, by lower-cased name, as canonical references; the rest left out", () => {
  const m = columnNameMeanings(["ShopSheetCol.Staff.base", "ShopSheet.staff", "Other"], dir);
  expect([...m.keys()]).toEqual(["shopsheetcol.staff.base"]);
  expect(m.get("shopsheetcol.staff.base")).toBe(canonicalFormula("Staff[基本工资]", null));
});
