/**
 * The plan for a sheet's own cells (those outside its tables): values and formulas as rectangles, and
 * their looks grouped by style. A generated sheet (no tables, no input cells: the slips) is written as
 * one block — the gaps between its cells are its own — with one grid of number formats, so a thousand
 * slips are a couple of calls rather than thousands.
 */
import { parseA1, rangeA1, type RangePos } from "../../workbook/address";
import { resolveStructuredRefs, type TableDirectory } from "../../workbook/formula";
import type { CellSpec, CellValue, SheetSpec, StyleDef, StyleRef } from "../../workbook/spec";
import { isDateValue, isFormulaCell } from "../../workbook/spec";
import { NUM_FMT, resolveStyle } from "../../workbook/styles";
import { toOffice, toOfficeFormula, type OfficeInput } from "./cells";
import type { Features } from "./features";
import { AREAS_PER_CALL, type Op } from "./ops";
import { range } from "./planTables";
import { repeatedOps, type RepeatWriters } from "./planRepeat";

export const isInput = (style: StyleRef | undefined): boolean => style === "input" || (Array.isArray(style) && style.includes("input"));

/** A sheet ShopSheet writes whole: no tables, no input cells. */
export const isGenerated = (s: SheetSpec): boolean => s.tables.length === 0 && !s.cells.some((c) => isInput(c.style));

export interface Placed<T> {
  row: number;
  col: number;
  item: T;
}

/** Cells grouped into rectangles: runs of adjacent columns in a row, stacked while rows continue with
 *  the same columns. Each rectangle is one write (or one format) instead of one per cell. */
export function rectangles<T>(cells: readonly Placed<T>[], same: (a: T, b: T) => boolean = () => true): { range: RangePos; items: T[][] }[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const rowRuns: { row: number; left: number; right: number; items: T[] }[] = [];
  for (const c of sorted) {
    const prev = rowRuns[rowRuns.length - 1];
    if (prev && prev.row === c.row && prev.right === c.col - 1 && same(prev.items[0]!, c.item)) {
      prev.right = c.col;
      prev.items.push(c.item);
    } else rowRuns.push({ row: c.row, left: c.col, right: c.col, items: [c.item] });
  }
  const open = new Map<string, { range: RangePos; items: T[][] }>();
  const out: { range: RangePos; items: T[][] }[] = [];
  for (const r of rowRuns) {
    const k = `${r.left}:${r.right}`;
    const rect = open.get(k);
    if (rect && rect.range.bottom === r.row - 1 && same(rect.items[0]![0]!, r.items[0]!)) {
      rect.range.bottom = r.row;
      rect.items.push(r.items);
    } else {
      const fresh = { range: { top: r.row, bottom: r.row, left: r.left, right: r.right }, items: [r.items] };
      open.set(k, fresh);
      out.push(fresh);
    }
  }
  return out;
}

/** What the plan keeps of a sheet's own cells: cells not to write (the user's text over ours) and, on a
 *  generated sheet, cells whose content goes back as it was read (its block write covers them). */
export interface CellKeeping {
  skip: ReadonlySet<string>;
  writeBack: ReadonlyMap<string, OfficeInput>;
}

export const NO_KEEPING: CellKeeping = { skip: new Set(), writeBack: new Map() };

/**
 * The sheet's own cells. Input cells of an existing sheet are left alone (unless the command sets
 * them, or they are `fresh`: named input cells whose name the workbook lacks — a setting added after the
 * workbook was made, written with its value); so are the cells `keep` names.
 */
export function cellOps(
  s: SheetSpec,
  exists: boolean,
  overrides: ReadonlyMap<string, CellValue> | undefined,
  keep: CellKeeping,
  dir: TableDirectory,
  f: Features,
  data: Op[],
  looks: Op[],
  fresh: ReadonlySet<string> = new Set(),
): void {
  const cells: CellSpec[] = s.cells.flatMap((c) => {
    const o = overrides?.get(c.at);
    if (o !== undefined) return [{ at: c.at, value: o, ...(c.style !== undefined ? { style: c.style } : {}) }];
    if (keep.skip.has(c.at)) return [];
    return exists && isInput(c.style) && !fresh.has(c.at) ? [] : [c];
  });
  if (cells.length === 0) return;
  const generated = isGenerated(s);
  const content = (c: CellSpec): OfficeInput => keep.writeBack.get(c.at) ?? (isFormulaCell(c) ? toOfficeFormula(resolveStructuredRefs(c.formula, dir)) : toOffice(c.value));
  const look = (c: CellSpec): StyleDef => {
    const def = { ...resolveStyle(c.style) };
    if (!isFormulaCell(c) && isDateValue(c.value) && !def.numFmt) def.numFmt = NUM_FMT.date;
    return def;
  };
  const placed = cells.map((c) => ({ ...parseA1(c.at), item: c }));

  const at = cellAt(placed);
  const writers: RepeatWriters = {
    block: (box, out) => blockOps(s.key, box, at, content, look, out),
    styles: (some, out) => styleOps(s.key, some, look, false, f, out),
  };
  // Copies look alike when their cells name the same styles (alike looks spelled otherwise only turn the fill off).
  const lookKey = (c: CellSpec) => `${JSON.stringify(c.style ?? null)}${!isFormulaCell(c) && isDateValue(c.value) ? "|date" : ""}`;
  if (generated && repeatedOps(s, placed, content, lookKey, f, writers, data)) return;
  if (generated) {
    const box = boxOf(placed);
    const formats: Op[] = [];
    blockOps(s.key, box, at, content, look, formats);
    data.push(formats[0]!);
    looks.push(formats[1]!);
  } else {
    for (const rect of rectangles(placed)) data.push({ op: "write", sheet: s.key, range: rangeA1(rect.range), data: rect.items.map((row) => row.map(content)) });
  }

  styleOps(s.key, placed, look, !generated, f, looks);
}

/** Looks of `placed` cells, grouped by style: one call per style (RangeAreas) or per rectangle. Without
 *  `withNumFmt` the number formats are left out (a generated sheet sends them as one grid). */
export function styleOps(sheet: string, placed: readonly Placed<CellSpec>[], look: (c: CellSpec) => StyleDef, withNumFmt: boolean, f: Features, out: Op[]): void {
  const byStyle = new Map<string, { row: number; col: number; item: string }[]>();
  for (const p of placed) {
    if (p.item.style === undefined) continue;
    const def = look(p.item);
    if (!withNumFmt) delete def.numFmt;
    if (Object.keys(def).length === 0) continue;
    const k = JSON.stringify(def);
    let group = byStyle.get(k);
    if (!group) byStyle.set(k, (group = []));
    group.push({ row: p.row, col: p.col, item: k });
  }
  for (const [k, group] of byStyle) {
    const style = JSON.parse(k) as StyleDef;
    const ranges = rectangles(group, (a, b) => a === b).map((r) => rangeA1(r.range));
    if (f.rangeAreas && ranges.length > 1) {
      for (let i = 0; i < ranges.length; i += AREAS_PER_CALL) out.push({ op: "formatAreas", sheet, ranges: ranges.slice(i, i + AREAS_PER_CALL), style });
    } else for (const r of ranges) out.push({ op: "format", sheet, range: r, style });
  }
}

/** A generated sheet's block as one write and one grid of number formats ("" and General where no cell is). */
export function blockOps(sheet: string, box: RangePos, at: (row: number, col: number) => CellSpec | undefined, content: (c: CellSpec) => OfficeInput, look: (c: CellSpec) => StyleDef, out: Op[]): void {
  const grid = <T,>(fn: (c: CellSpec | undefined) => T): T[][] => range(box.top, box.bottom + 1).map((row) => range(box.left, box.right + 1).map((col) => fn(at(row, col))));
  out.push({ op: "write", sheet, range: rangeA1(box), data: grid((c) => (c ? content(c) : "")) });
  out.push({ op: "numberFormat", sheet, range: rangeA1(box), data: grid((c) => (c ? (look(c).numFmt ?? "General") : "General")) });
}

/** The cell placed at (row, col), if any. */
export function cellAt<T>(placed: readonly Placed<T>[]): (row: number, col: number) => T | undefined {
  const byKey = new Map(placed.map((p) => [p.row * 16_385 + p.col, p.item]));
  return (row, col) => byKey.get(row * 16_385 + col);
}

/** The smallest range holding every cell. */
export function boxOf(cells: readonly { row: number; col: number }[]): RangePos {
  return cells.reduce(
    (b, p) => ({ top: Math.min(b.top, p.row), bottom: Math.max(b.bottom, p.row), left: Math.min(b.left, p.col), right: Math.max(b.right, p.col) }),
    { top: Infinity, bottom: 0, left: Infinity, right: 0 },
  );
}
