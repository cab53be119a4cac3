import fc from "fast-check";
import { A1Spelling, columnNameOf, columnNameParts, columnRefName, COLUMN_NAME_PREFIXES, type ColumnNameParts, type TablePlace } from "../../src/workbook/a1Formulas";
import { colLetters } from "../../src/workbook/address";
import type { TableDirectory } from "../../src/workbook/formula";
import { validNameRule, movedFormula } from "../ooxml/rules";

const dir = (tables: Record<string, [string, string][]>): TableDirectory => new Map(Object.entries(tables).map(([name, cols]) => [name, { headers: new Map(cols) }]));

// Pay on a sheet at C5: its columns id C, base D, days E, pay F; data from row 6. Staff elsewhere.
const TABLES = dir({
  Pay: [["id", "编号"], ["base", "基本工资"], ["days", "出勤天数"], ["pay", "应发"]],
  Staff: [["id", "编号"], ["base", "基本工资"]],
});
const PLACES = new Map<string, TablePlace>([
  ["Pay", { left: 3, firstDataRow: 6 }],
  ["Staff", { left: 1, firstDataRow: 5 }],
]);
const spelling = () => new A1Spelling(TABLES, PLACES);

describe("a calculated column's formula", () => {
  test("same-row references of its own table are relative A1 on the cell's row, in every stored and shorthand form", () => {
    const s = spelling();
    expect(s.columnFormula("ROUND([@base]*MIN(1,[@[days]]/21.75),2)", "Pay", 6)).toBe("ROUND(D6*MIN(1,E6/21.75),2)");
    expect(s.columnFormula("ROUND([@base]*MIN(1,[@[days]]/21.75),2)", "Pay", 1004)).toBe("ROUND(D1004*MIN(1,E1004/21.75),2)");
    expect(s.columnFormula("Pay[@id]&Pay[[#This Row],[pay]]", "Pay", 7)).toBe("C7&F7");
    expect(s.columnParts("[@base]+[@days]", "Pay")).toEqual(["D", "+E", ""]);
  });

  test("another table's column, its own whole column, a header, a total and a range become hidden names", () => {
    const s = spelling();
    expect(s.columnFormula("INDEX(Staff[base],MATCH([@id],Staff[[id]],0))+COUNTIF([id],[@id])", "Pay", 9)).toBe(
      "INDEX(ShopSheetCol.Staff.base,MATCH(C9,ShopSheetCol.Staff.id,0))+COUNTIF(ShopSheetCol.Pay.id,C9)",
    );
    expect(s.cellFormula("Pay[[#Headers],[pay]]&Pay[[#Totals],[pay]]&SUM(Pay[[base]:[days]])&SUM(Staff[[#Data],[base]])")).toBe(
      "ShopSheetHead.Pay.pay&ShopSheetTotal.Pay.pay&SUM(ShopSheetCols.Pay.base.days)&SUM(ShopSheetCol.Staff.base)",
    );
    // What each name refers to: the reference's stored form, by header (written out by hand).
    expect(new Map(s.names())).toEqual(
      new Map([
        ["ShopSheetCol.Staff.base", "Staff[[基本工资]]"],
        ["ShopSheetCol.Staff.id", "Staff[[编号]]"],
        ["ShopSheetCol.Pay.id", "Pay[[编号]]"],
        ["ShopSheetHead.Pay.pay", "Pay[[#Headers],[应发]]"],
        ["ShopSheetTotal.Pay.pay", "Pay[[#Totals],[应发]]"],
        ["ShopSheetCols.Pay.base.days", "Pay[[基本工资]:[出勤天数]]"],
      ]),
    );
    expect(columnRefName("Staff", "base")).toBe("ShopSheetCol.Staff.base");
    for (const [name] of s.names()) {
      expect(validNameRule(name)).toBe(true);
      expect(COLUMN_NAME_PREFIXES.some((p) => name.startsWith(p))).toBe(true);
      expect(name.startsWith("ShopSheet.")).toBe(false); // a sheet's key name (src/workbook/sheetIdentity.ts)
    }
  });

  test("text in strings and quoted sheet names is left alone; only names a formula uses are listed", () => {
    const s = spelling();
    expect(s.cellFormula(`"Staff[base]"&'x[1]'!A1&Staff[id]`)).toBe(`"Staff[base]"&'x[1]'!A1&ShopSheetCol.Staff.id`);
    expect(s.names()).toEqual([["ShopSheetCol.Staff.id", "Staff[[编号]]"]]);
  });

  test("a same-row reference to another table keeps its structured text; a loose cell's [@x] has no table", () => {
    const s = spelling();
    expect(s.columnFormula("Staff[@base]+[@base]", "Pay", 6)).toBe("Staff[[#This Row],[基本工资]]+D6");
    expect(() => s.cellFormula("[@base]")).toThrow(/without a table name/);
  });

  test("an unknown table or key fails when the workbook is built", () => {
    expect(() => spelling().columnFormula("[@nope]", "Pay", 6)).toThrow(/no column key "nope"/);
    expect(() => spelling().cellFormula("Nope[x]")).toThrow(/unknown table Nope/);
  });

  test("two names that differ only in case are refused (Excel's names ignore case)", () => {
    const s = new A1Spelling(dir({ T: [["a", "Lower"], ["A", "Upper"]] }), new Map());
    expect(() => s.cellFormula("T[a]+T[A]")).toThrow(/ShopSheetCol\.T\.a and ShopSheetCol\.T\.A differ only in case/);
  });

  test("the finishing step (the writers' _xlfn. prefixes) sees the whole text, before it is split at the row", () => {
    const s = new A1Spelling(TABLES, PLACES, (f) => f.replace(/CONCAT\(/g, "_xlfn.CONCAT("));
    expect(s.columnFormula("CONCAT([@id],Staff[id])", "Pay", 8)).toBe("_xlfn.CONCAT(C8,ShopSheetCol.Staff.id)");
  });
});

describe("a hidden name's grammar, written (columnNameOf) and read back (columnNameParts, src/office/reconcile/columnNames.ts)", () => {
  test("each prefix of the contract (/work/notes/s9/a1-contract.md), written out by hand, reads back as its item", () => {
    expect(COLUMN_NAME_PREFIXES).toEqual(["ShopSheetCol.", "ShopSheetHead.", "ShopSheetTotal.", "ShopSheetCols."]);
    expect(columnNameParts("ShopSheetCol.Staff.base")).toEqual({ item: "column", segments: ["Staff", "base"] });
    expect(columnNameParts("ShopSheetHead.Pay.pay")).toEqual({ item: "Headers", segments: ["Pay", "pay"] });
    expect(columnNameParts("ShopSheetTotal.Pay.pay")).toEqual({ item: "Totals", segments: ["Pay", "pay"] });
    expect(columnNameParts("ShopSheetCols.Pay.base.days")).toEqual({ item: "range", segments: ["Pay", "base", "days"] });
    expect(columnNameParts("shopsheetcols.pay.BASE.days")).toEqual({ item: "range", segments: ["pay", "BASE", "days"] }); // Excel's names ignore case
  });

  test("not ours: ShopSheet's other names, other prefixes, the wrong number of keys, a segment no name of ours has", () => {
    for (const name of ["ShopSheet.staff", "ShopSheetLayout.15", "ShopSheetColumn.Staff.base", "ShopSheetCol.Staff", "ShopSheetCol.Staff.id.base", "ShopSheetCols.Staff.id", "ShopSheetCol.Staff.", "ShopSheetCol.1Staff.id", "ShopSheetCol.Staff.a-b", "MyBase"])
      expect([name, columnNameParts(name)]).toEqual([name, null]);
  });

  test("property: every name the writer can form reads back as the parts it was formed from", () => {
    const segment = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,12}$/);
    const parts: fc.Arbitrary<ColumnNameParts> = fc.oneof(
      fc.tuple(fc.constantFrom("column", "Headers", "Totals") as fc.Arbitrary<"column" | "Headers" | "Totals">, segment, segment).map(([item, t, k]) => ({ item, segments: [t, k] })),
      fc.tuple(segment, segment, segment).map(([t, k, l]) => ({ item: "range" as const, segments: [t, k, l] })),
    );
    fc.assert(fc.property(parts, (p) => expect(columnNameParts(columnNameOf(p))).toEqual(p)), { numRuns: 300 });
  });
});

/**
 * Excel keeps an A1 column formula as the first data row's text and fills a row by moving its relative
 * references (test/ooxml/rules.ts movedFormula, written apart from the writer): every row's text must be
 * that fill of the first row's, for any table place and any mix of references.
 */
test("property: every row holds the first data row's formula moved to its row", () => {
  const keys = ["a", "b", "c", "d", "e"];
  const ref = fc.oneof(
    fc.constantFrom(...keys).map((k) => `[@${k}]`),
    fc.constantFrom(...keys).map((k) => `Other[${k}]`),
    fc.constantFrom(...keys).map((k) => `[${k}]`),
    fc.integer({ min: 0, max: 99 }).map(String),
  );
  const formula = fc.array(ref, { minLength: 1, maxLength: 8 }).map((refs) => `SUM(${refs.join(",")})`);
  fc.assert(
    fc.property(formula, fc.integer({ min: 1, max: 700 }), fc.integer({ min: 2, max: 50_000 }), fc.integer({ min: 0, max: 3000 }), (f, left, firstDataRow, offset) => {
      const tables = dir({ Here: keys.map((k) => [k, k.toUpperCase()]), Other: keys.map((k) => [k, `其他${k}`]) });
      const s = new A1Spelling(tables, new Map([["Here", { left, firstDataRow }]]));
      const first = s.columnFormula(f, "Here", firstDataRow);
      expect(s.columnFormula(f, "Here", firstDataRow + offset)).toBe(movedFormula(first, offset, 0));
      // and each same-row reference is its key's column on that row
      const text = s.columnFormula(f, "Here", firstDataRow + offset);
      for (const [, k] of f.matchAll(/\[@(\w)\]/g)) expect(text).toContain(`${colLetters(left + keys.indexOf(k!))}${firstDataRow + offset}`);
    }),
  );
});
