/** A sheet of copies of one band of rows (the slips): the first copy written and filled down. */
import { ALL_FEATURES } from "../../../src/office/reconcile/features";
import { movedRows } from "../../../src/office/reconcile/formulaText";
import { opBytes, type Op } from "../../../src/office/reconcile/ops";
import { cellOps, NO_KEEPING } from "../../../src/office/reconcile/planCells";
import { tableDirectory } from "../../../src/workbook/formula";
import { slipsSheet } from "../../../src/workbook/sheets/slips";
import type { SheetSpec } from "../../../src/workbook/spec";
import { buildWorkbook } from "../../../src/workbook/build";
import { parsed, teamInput } from "../helpers";

// The workbook's tables, for the slips' formulas that name the payroll table.
const dir = tableDirectory(buildWorkbook(parsed({ ...teamInput(3), months: [{ month: "2026-11", grossMargin: 100000 }] }), "2026-11", "zh-CN").spec);

test("a formula moved down as copying moves it: relative rows only; strings, tables and $rows stay; a row range cannot be told", () => {
  expect(movedRows("=INDEX(Pay[net],MATCH($A6,Pay[id],0))+A$1+'My 2'!B3", 5)).toBe("=INDEX(Pay[net],MATCH($A11,Pay[id],0))+A$1+'My 2'!B8");
  expect(movedRows('="A1"&$A$1&SUM(B2:C3)', 10)).toBe('="A1"&$A$1&SUM(B12:C13)');
  expect(movedRows("=SUM(3:5)", 5)).toBeNull();
});

const plan = (s: SheetSpec) => {
  const data: Op[] = [];
  const looks: Op[] = [];
  cellOps(s, false, undefined, NO_KEEPING, dir, ALL_FEATURES, data, looks);
  return [...data, ...looks];
};
const ids = (n: number) => Array.from({ length: n }, (_, i) => `E${String(i + 1).padStart(5, "0")}`);

test("the slips: the first strip and the title written, filled down over every strip, and the ids written as one column", () => {
  const ops = plan(slipsSheet("2026-11", ids(40), "zh-CN"));
  const fills = ops.filter((o) => o.op === "autoFill");
  expect(fills).toEqual([{ op: "autoFill", sheet: "slips:2026-11", from: "A3:W7", to: "A3:W202", fill: "FillCopy" }]);
  const writes = ops.filter((o): o is Extract<Op, { op: "write" }> => o.op === "write");
  expect(writes.map((w) => w.range)).toEqual(["A1:W7", "A3:A202"]);
  // Column A holds each strip's title (the same formula), its label and its id: only the ids differ.
  expect(writes[1]!.data.slice(0, 10).map(([v]) => v)).toEqual(["=$A$1", "", "'编号", "'E00001", "", "=$A$1", "", "'编号", "'E00002", ""]);
  // The fill comes after what it copies: the strip's values, number formats and looks.
  const lastLook = Math.max(...ops.map((o, i) => (o.op === "formatAreas" || o.op === "format" || o.op === "numberFormat" ? i : -1)));
  expect(ops.findIndex((o) => o.op === "autoFill")).toBeGreaterThan(lastLook);
});

test("what the slips send hardly grows with the team: a thousand strips are the ids' column more than ten", () => {
  const bytes = (n: number) => plan(slipsSheet("2026-11", ids(n), "zh-CN")).reduce((sum, o) => sum + opBytes(o), 0);
  expect(bytes(1000) - bytes(10)).toBeLessThan(990 * 5 * 20);
});

test("copies that are not copies are written out: a look that differs turns the fill off", () => {
  const s = slipsSheet("2026-11", ids(3), "zh-CN");
  const changed: SheetSpec = { ...s, cells: s.cells.map((c) => (c.at === "B16" ? { ...c, style: "strong" as const } : c)) };
  const ops = plan(changed);
  expect(ops.some((o) => o.op === "autoFill")).toBe(false);
  expect(ops.filter((o) => o.op === "write").map((o) => (o as { range: string }).range)).toEqual(["A1:W17"]);
  // A formula that differs from the first strip's moved one: its column is written whole, the rest filled.
  const other: SheetSpec = { ...s, cells: s.cells.map((c) => (c.at === "E16" && "formula" in c ? { ...c, formula: "1+1" } : c)) };
  expect(plan(other).filter((o) => o.op === "write").map((o) => (o as { range: string }).range)).toEqual(["A1:W7", "A3:A17", "E3:E17"]);
});

test("without autoFill (before ExcelApi 1.9) the strips are written out", () => {
  const s = slipsSheet("2026-11", ids(3), "zh-CN");
  const data: Op[] = [];
  cellOps(s, false, undefined, NO_KEEPING, dir, { ...ALL_FEATURES, autoFill: false }, data, []);
  expect(data.map((o) => o.op)).toEqual(["write"]);
});
