/**
 * Where everything goes, decided once before any byte is written: each sheet's part and
 * relationships, each table's id and part, each chart's drawing and chart parts, and the formula
 * context (tables and their places) every part shares.
 */
import { parseRange, rangeA1, type RangePos } from "../../workbook/address";
import { A1Spelling, StructuredSpelling, type FormulaSpelling, type TablePlace } from "../../workbook/a1Formulas";
import { tableDirectory, type TableDirectory } from "../../workbook/formula";
import { withXlfnPrefixes } from "../future";
import type { ChartSpec, SheetSpec, TableSpec, WorkbookSpec } from "../../workbook/spec";
import type { Target } from "../../workbook/validationSpec";
import { tableBounds } from "../../workbook/validate";

export type TableBounds = ReturnType<typeof tableBounds>;

export interface TablePlan {
  spec: TableSpec;
  /** Workbook-wide table id, 1-based. */
  id: number;
  /** "xl/tables/table3.xml" */
  part: string;
  /** Relationship id in the sheet's .rels. */
  rId: string;
  bounds: TableBounds;
}

export interface ChartPlan {
  spec: ChartSpec;
  /** Workbook-wide chart number, 1-based: "xl/charts/chart2.xml". */
  n: number;
  part: string;
  /** Relationship id in the drawing's .rels. */
  rId: string;
}

export interface SheetPlan {
  spec: SheetSpec;
  /** 0-based position: the localSheetId of its print titles. */
  index: number;
  /** "xl/worksheets/sheet1.xml" */
  part: string;
  /** Relationship id in the workbook's .rels. */
  rId: string;
  tables: TablePlan[];
  /** The sheet's drawing, when it has charts. */
  drawing?: { part: string; rId: string; charts: ChartPlan[] };
}

/** What formulas need to be written as the file stores them. */
export interface FormulaContext {
  tables: TableDirectory;
  /** Table name → the sheet it lies on, for list sources that point at another sheet's table. */
  places: Map<string, { sheetName: string; table: TablePlan }>;
  /** The file's spelling of formulas (A1 and hidden names: ../../workbook/a1Formulas.ts), and the names it used. */
  spelling: FormulaSpelling;
}

export interface WorkbookPlan {
  spec: WorkbookSpec;
  sheets: SheetPlan[];
  ctx: FormulaContext;
}

/** `formulas`: "structured" spells formulas as files did before the A1 spelling (for comparing and measuring only). */
export function planWorkbook(spec: WorkbookSpec, formulas: "a1" | "structured" = "a1"): WorkbookPlan {
  const places: FormulaContext["places"] = new Map();
  let tableId = 0;
  let chartN = 0;
  let drawingN = 0;
  const sheets = spec.sheets.map((s, index): SheetPlan => {
    const tables = s.tables.map((t, i): TablePlan => {
      tableId++;
      return { spec: t, id: tableId, part: `xl/tables/table${tableId}.xml`, rId: `rId${i + 1}`, bounds: tableBounds(t) };
    });
    for (const t of tables) places.set(t.spec.name, { sheetName: s.name, table: t });
    const plan: SheetPlan = { spec: s, index, part: `xl/worksheets/sheet${index + 1}.xml`, rId: `rId${index + 1}`, tables };
    if (s.charts?.length) {
      drawingN++;
      const charts = s.charts.map((c, i): ChartPlan => {
        chartN++;
        return { spec: c, n: chartN, part: `xl/charts/chart${chartN}.xml`, rId: `rId${i + 1}` };
      });
      plan.drawing = { part: `xl/drawings/drawing${drawingN}.xml`, rId: `rId${tables.length + 1}`, charts };
    }
    return plan;
  });
  const tables = tableDirectory(spec);
  const at = new Map<string, TablePlace>([...places].map(([name, p]) => [name, { left: p.table.bounds.range.left, firstDataRow: p.table.bounds.firstDataRow }]));
  return { spec, sheets, ctx: { tables, places, spelling: formulas === "a1" ? new A1Spelling(tables, at, withXlfnPrefixes) : new StructuredSpelling(tables, withXlfnPrefixes) } };
}

/** The data cells of a table: one column (by key) or all of them. */
export function columnRange(t: TablePlan, key: string | undefined): string {
  const b = t.bounds;
  const r: RangePos = { top: b.firstDataRow, bottom: b.lastDataRow, left: b.range.left, right: b.range.right };
  if (key !== undefined) r.left = r.right = b.range.left + t.spec.columns.findIndex((c) => c.key === key);
  return rangeA1(r);
}

/** A validation or conditional-format target as an A1 range on its sheet. */
export function targetRange(s: SheetPlan, target: Target): string {
  if (typeof target === "string") return rangeA1(parseRange(target));
  return columnRange(s.tables.find((t) => t.spec.name === target.table)!, target.column);
}

/** Relative part path from a part's folder: ("xl/worksheets/sheet1.xml", "xl/tables/table1.xml") → "../tables/table1.xml". */
export function relativeTarget(from: string, to: string): string {
  const a = from.split("/").slice(0, -1);
  const b = to.split("/");
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}
