/**
 * A column's formulas checked row by row with memory (a text seen before, or the row before's moved
 * down) answers exactly what reading every row in full answers: the memory is for speed only.
 */
import fc from "fast-check";
import { columnFormulaCheck, type ColumnPlace } from "../../../src/office/reconcile/columnFormulaCheck";
import { canonicalFormula } from "../../../src/office/reconcile/formulaText";

/** Staff in B4:E…: B 工号, C 姓名, D 基本工资, E 应发 (data from row 5). */
const PLACE: ColumnPlace = { table: "Staff", left: 2, headers: ["工号", "姓名", "基本工资", "应发"] };
const NAMES = new Map([["shopsheetcol.staff.base", canonicalFormula("Staff[[基本工资]]", null)]]);
const OURS = new Set([canonicalFormula("=[@基本工资]*2+SUM(Staff[基本工资])", "Staff")]);
const same = (s: string) => s;
const direct = (live: string, row: number) => OURS.has(canonicalFormula(live, "Staff", { names: NAMES, cell: { ...PLACE, row } }));

test("the file's A1 column down five rows is ours in every row; a row pointing one row off, a constant-like text, a stale copy are not", () => {
  const check = columnFormulaCheck(OURS, PLACE, NAMES, same);
  const col = ["=D5*2+SUM(ShopSheetCol.Staff.base)", "=D6*2+SUM(ShopSheetCol.Staff.base)", "=D6*2+SUM(ShopSheetCol.Staff.base)", "=D8*2+SUM(ShopSheetCol.Staff.base)", "=D10*2+SUM(ShopSheetCol.Staff.base)"];
  expect(col.map((f, i) => check(f, 5 + i))).toEqual([true, true, false, true, false]);
});

test("the add-in's structured column: the same text in every row, ours; another text is not", () => {
  const check = columnFormulaCheck(OURS, PLACE, NAMES, same);
  expect([5, 6, 7].map((row) => check("=[@基本工资]*2+SUM(Staff[基本工资])", row))).toEqual([true, true, true]);
  expect(check("=[@基本工资]*3+SUM(Staff[基本工资])", 8)).toBe(false);
  expect(check("=[@基本工资]*2+SUM(Staff[基本工资])", 9)).toBe(true);
});

test("property: with memory or without, the same answer for any column of texts", () => {
  // Texts built from references of every kind: own row or another (relative), absolute, a whole-row range.
  const ref = fc.oneof(
    fc.record({ col: fc.constantFrom("C", "D", "F"), off: fc.integer({ min: -1, max: 1 }) }).map((r) => (row: number) => `${r.col}${row + r.off}`),
    fc.constantFrom(() => "$D$5", () => "D$6", () => "ShopSheetCol.Staff.base", () => "Staff[基本工资]", () => "[@基本工资]", () => "SUM(5:6)"),
  );
  const text = fc.tuple(ref, fc.constantFrom("*2+SUM(", "+("), ref).map(([a, op, b]) => (row: number) => `=${a(row)}${op}${b(row)})`);
  fc.assert(
    fc.property(fc.array(fc.tuple(text, fc.boolean()), { minLength: 1, maxLength: 12 }), (rows) => {
      const check = columnFormulaCheck(OURS, PLACE, NAMES, same);
      rows.forEach(([make, stale], i) => {
        const row = 5 + i;
        // A stale text: written for the row above (what a row inserted without moving would hold).
        const live = make(stale ? row - 1 : row);
        expect([row, live, check(live, row)]).toEqual([row, live, direct(live, row)]);
      });
    }),
    { numRuns: 300 },
  );
});
