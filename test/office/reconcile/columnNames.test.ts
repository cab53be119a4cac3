/** The hidden names of the file's A1 spelling (issue 15 contract) → the structured reference each stands for. */
import { columnNameMeanings, columnNameReference } from "../../../src/office/reconcile/columnNames";
import { canonicalFormula } from "../../../src/office/reconcile/formulaText";
import fc from "fast-check";
import { A1Spelling } from "../../../src/workbook/a1Formulas";
import { resolveStructuredRefs, type TableDirectory } from "../../../src/workbook/formula";

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

describe("the contract with the file writer (src/workbook/a1Formulas.ts A1Spelling)", () => {
  // Pay at C5 (data from row 6): id C, base D, days E, pay F; Staff elsewhere. A header Excel escapes.
  const tables: TableDirectory = new Map([
    ["Pay", { headers: new Map([["id", "编号"], ["base", "基本工资"], ["days", "出勤[天]数"], ["pay", "应发#"]]) }],
    ["Staff", { headers: new Map([["id", "编号"], ["base", "基本工资"]]) }],
  ]);
  const places = new Map([
    ["Pay", { left: 3, firstDataRow: 6 }],
    ["Staff", { left: 1, firstDataRow: 5 }],
  ]);
  const LIVE_PAY = { table: "Pay", left: 3, headers: ["编号", "基本工资", "出勤[天]数", "应发#"] };

  test("every name the writer uses reads back as the very text it wrote for it (escaped headers and all)", () => {
    const s = new A1Spelling(tables, places);
    s.cellFormula("Pay[[#Headers],[pay]]&Pay[[#Totals],[pay]]&SUM(Pay[[base]:[days]])&SUM(Staff[[#Data],[base]])&COUNT(Pay[days])");
    expect(s.names().length).toBe(5);
    for (const [name, refersTo] of s.names()) expect([name, columnNameReference(name, tables)]).toEqual([name, refersTo]);
    // Read in another case, as Excel's names allow: the same reference, spelt as the directory spells it.
    for (const [name, refersTo] of s.names()) expect([name, columnNameReference(name.toUpperCase(), tables)]).toEqual([name, refersTo]);
  });

  test("property: a column formula the writer spells for any data row reads as the same formula in structured references", () => {
    const ref = fc.constantFrom("[@base]", "[@[days]]", "Pay[@pay]", "Pay[[#This Row],[id]]", "Staff[base]", "Pay[[base]:[days]]", "Pay[[#Totals],[pay]]", "[id]", "Staff[[#Headers],[id]]", "1");
    const formula = fc.array(ref, { minLength: 1, maxLength: 4 }).map((refs) => `IFERROR(${refs.map((r, i) => (i % 2 ? `SUM(${r})` : r)).join("+")},"缺")`);
    fc.assert(
      fc.property(formula, fc.integer({ min: 6, max: 100_000 }), (f, row) => {
        const s = new A1Spelling(tables, places);
        const written = s.columnFormula(f, "Pay", row);
        const names = columnNameMeanings(s.names().map(([n]) => n), tables);
        const ours = canonicalFormula(resolveStructuredRefs(f, tables, "Pay"), "Pay");
        expect([written, canonicalFormula(written, "Pay", { names, cell: { ...LIVE_PAY, row } })]).toEqual([written, ours]);
        // The same text on another row is not the formula of this one, where it names its row.
        if (/[A-Z]\d/.test(written)) expect(canonicalFormula(written, "Pay", { names, cell: { ...LIVE_PAY, row: row + 1 } })).not.toBe(ours);
      }),
      { numRuns: 200 },
    );
  });
});
