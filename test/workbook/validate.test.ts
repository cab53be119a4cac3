/**
 * validateWorkbook's checks of what it walks most (issue 15: at 1,000 staff a spec holds a million
 * table values and 93,000 loose cells, so these loops were reshaped to allocate nothing while all is
 * well). Each test builds a spec with one known fault and expects the problem named by place.
 */
import fc from "fast-check";
import type { CellSpec, TableRow, WorkbookSpec } from "../../src/workbook/spec";
import { validateWorkbook } from "../../src/workbook/validate";

const columns = [
  { key: "id", header: "编号" },
  { key: "name", header: "姓名" },
  { key: "base", header: "底薪" },
];

function book(rows: TableRow[], cells: CellSpec[] = []): WorkbookSpec {
  return { sheets: [{ key: "staff", name: "员工", cells, tables: [{ name: "Staff", at: "A3", columns, rows }] }], names: [] };
}

const problems = (spec: WorkbookSpec): string => {
  try {
    validateWorkbook(spec);
    return "";
  } catch (e) {
    return (e as Error).message;
  }
};

describe("a table's rows", () => {
  test("a value XML cannot carry is refused, naming the table, row and column", () => {
    const rows = [{ id: "E1", name: "张三", base: 3000 }, { id: "E2", name: "李\uFFFE四", base: 3000 }];
    expect(problems(book(rows))).toContain(`sheet "staff" table "Staff" row 2 name: U+FFFE cannot be written to an .xlsx`);
    expect(problems(book([{ id: "E1", name: "a\u0001", base: 1 }]))).toContain("row 1 name: U+0001");
    expect(problems(book([{ id: "\uD800", name: "a", base: 1 }]))).toContain("row 1 id: U+D800");
    // Tab and line breaks are XML's own characters.
    expect(problems(book([{ id: "E1", name: "a\tb\nc\r", base: 1 }]))).toBe("");
  });

  test("a key the columns do not have is refused, also beside a missing column or with no value", () => {
    expect(problems(book([{ id: "E1", name: "a", base: 1, bonus: 5 }]))).toContain('row 1: unknown column key "bonus"');
    // Same number of keys as a full row: one column missing, one unknown.
    expect(problems(book([{ id: "E1", nmae: "a", base: 1 }]))).toContain('row 1: unknown column key "nmae"');
    expect(problems(book([{ id: "E1", extra: undefined } as unknown as TableRow]))).toContain('row 1: unknown column key "extra"');
    // A known column holding undefined or left out is fine.
    expect(problems(book([{ id: "E1", name: undefined } as unknown as TableRow, { id: "E2" }]))).toBe("");
  });

  test("a number that is not finite or an object that is not a date is refused", () => {
    expect(problems(book([{ id: "E1", name: "a", base: Number.NaN }]))).toContain("row 1 base: NaN is not a finite number");
    expect(problems(book([{ id: "E1", name: "a", base: Infinity }]))).toContain("row 1 base: Infinity is not a finite number");
    expect(problems(book([{ id: "E1", name: "a", base: { date: "2026/01/01" } }]))).toContain('row 1 base: a date must be { date: "YYYY-MM-DD" }');
    expect(problems(book([{ id: "E1", name: true, base: { date: "2026-01-01" } }]))).toBe("");
  });

  test("property: a character XML cannot carry anywhere in a row's text is found, in its row and column", () => {
    const illegal = fc.constantFrom("\u0000", "\u0008", "\u000B", "\u001F", "\uFFFE", "\uFFFF", "\uD800", "\uDFFF");
    const text = fc.string({ maxLength: 6 }).filter((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/.test(s));
    const row = fc.record({ id: text, name: text, base: fc.integer() });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), fc.nat(), fc.constantFrom("id", "name"), illegal, text, (rows, at, key, bad, tail) => {
        expect(problems(book(rows))).toBe("");
        const i = at % rows.length;
        const spoiled = rows.map((r, j) => (j === i ? { ...r, [key]: r[key] + bad + tail } : r));
        expect(problems(book(spoiled))).toContain(`row ${i + 1} ${key}: U+`);
      }),
    );
  });
});

describe("loose cells", () => {
  test("the same cell given twice (in any spelling) is refused", () => {
    expect(problems(book([], [{ at: "A1", value: 1 }, { at: "$A$1", value: 2 }]))).toContain('sheet "staff": cell $A$1 given twice');
    // Not confused with another cell whose row and column would read alike joined up (row 1 col 11 / row 11 col 1).
    expect(problems(book([], [{ at: "K1", value: 1 }, { at: "A11", value: 2 }]))).toBe("");
  });

  test("a cell that is no cell, or inside a table, is refused with its address", () => {
    expect(problems(book([], [{ at: "A0", value: 1 }]))).toContain('sheet "staff" cell A0: row out of range: A0');
    expect(problems(book([{ id: "E1" }], [{ at: "B4", value: 1 }]))).toContain('sheet "staff": cell B4 lies inside table "Staff"');
  });

  test("a formula cell's formula and result are checked, naming the cell", () => {
    expect(problems(book([], [{ at: "C1", formula: "XLOOKUP(1,A:A,B:B)" }]))).toContain('sheet "staff" cell C1: XLOOKUP not allowed');
    expect(problems(book([], [{ at: "C1", formula: "=1+1" }]))).toContain('sheet "staff" cell C1: formula "=1+1" must not start with "="');
    expect(problems(book([], [{ at: "C1", formula: "SUM(Nope[x])" }]))).toMatch(/sheet "staff" cell C1: .*Nope/);
    expect(problems(book([], [{ at: "C1", formula: "1/0", result: Number.NaN }]))).toContain('sheet "staff" cell C1 result: NaN is not a finite number');
    expect(problems(book([], [{ at: "C1", value: "x\uFFFF" }]))).toContain("spec.sheets[0].cells[0].value: U+FFFF");
    expect(problems(book([{ id: "E1" }], [{ at: "E1", formula: "SUM(Staff[base])", result: 0 }]))).toBe("");
  });
});
