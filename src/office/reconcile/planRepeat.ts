/**
 * A generated sheet made of copies of one band of rows (the salary slips: a strip of five rows a
 * person, SheetSpec.repeat) is sent as its first copy, filled down over the others in one call, and the
 * few columns in which the copies differ (each slip's id) written whole — a few kilobytes, not a write,
 * a grid of number formats and the looks of every strip (megabytes at a thousand people).
 *
 * Range.autoFill(destination, "FillCopy") (ExcelApi 1.9,
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-autofill-member(1)):
 * the destination extends the source down; a source of several rows is copied down in turn, with its
 * values, number formats and formats, and relative references move as copying moves them
 * (Excel.AutoFillType.fillCopy, https://learn.microsoft.com/javascript/api/excel/excel.autofilltype).
 * What is filled is checked here against the spec cell by cell first: a copy whose looks differ from the
 * first's, or a cell below the copies, and the sheet is written out as before; a copy's cell whose content
 * differs from the first's moved one puts its column among those written.
 */
import { colLetters, rangeA1, type RangePos } from "../../workbook/address";
import type { CellSpec, SheetSpec } from "../../workbook/spec";
import type { OfficeInput } from "./cells";
import type { Features } from "./features";
import { rowMover } from "./formulaText";
import type { Op } from "./ops";
import type { Placed } from "./planCells";

export interface RepeatWriters {
  /** One write and one grid of number formats for the cells in `box`. */
  block: (box: RangePos, out: Op[]) => void;
  /** The looks of `cells`, grouped by style. */
  styles: (cells: readonly Placed<CellSpec>[], out: Op[]) => void;
}

/**
 * Pushes the ops of a repeated sheet onto `out` and returns true; false (nothing pushed) when the sheet
 * has no repeat, the host has no autoFill, or the copies are not copies.
 */
export function repeatedOps(
  s: SheetSpec,
  placed: readonly Placed<CellSpec>[],
  content: (c: CellSpec) => OfficeInput,
  lookKey: (c: CellSpec) => string,
  f: Features,
  write: RepeatWriters,
  out: Op[],
): boolean {
  const rep = s.repeat;
  if (!rep || !f.autoFill || rep.count < 2 || placed.length === 0) return false;
  const bottom = rep.top + rep.height * rep.count - 1;
  const box = placed.reduce(
    (b, p) => ({ top: Math.min(b.top, p.row), bottom: Math.max(b.bottom, p.row), left: Math.min(b.left, p.col), right: Math.max(b.right, p.col) }),
    { top: rep.top, bottom, left: Infinity, right: 0 },
  );
  if (box.bottom > bottom) return false;
  const at = new Map(placed.map((p) => [p.row * 16_385 + p.col, p.item]));
  const cell = (row: number, col: number) => at.get(row * 16_385 + col);

  // Which columns differ from the first copy moved down; any look that differs, and the fill is off.
  const varying = new Set<number>();
  const movers = new Map<string, ((by: number) => string) | null>();
  const moved = (was: OfficeInput, by: number): OfficeInput | null => {
    if (typeof was !== "string" || !was.startsWith("=")) return was;
    let mover = movers.get(was);
    if (mover === undefined) movers.set(was, (mover = rowMover(was)));
    return mover ? mover(by) : null;
  };
  for (let k = 1; k < rep.count; k++) {
    const by = k * rep.height;
    for (let row = rep.top; row < rep.top + rep.height; row++)
      for (let col = box.left; col <= box.right; col++) {
        const first = cell(row, col);
        const copy = cell(row + by, col);
        if ((first ? lookKey(first) : "") !== (copy ? lookKey(copy) : "")) return false;
        if (varying.has(col)) continue;
        const was = first ? content(first) : "";
        const is = copy ? content(copy) : "";
        if (moved(was, by) !== is) varying.add(col);
      }
  }

  const firstCopy = { top: box.top, bottom: rep.top + rep.height - 1, left: box.left, right: box.right };
  write.block(firstCopy, out);
  write.styles(
    placed.filter((p) => p.row <= firstCopy.bottom),
    out,
  );
  const source = rangeA1({ ...firstCopy, top: rep.top });
  out.push({ op: "autoFill", sheet: s.key, from: source, to: rangeA1({ top: rep.top, bottom, left: box.left, right: box.right }), fill: "FillCopy" });
  for (const col of [...varying].sort((a, b) => a - b)) {
    const data: OfficeInput[][] = [];
    for (let row = rep.top; row <= bottom; row++) {
      const c = cell(row, col);
      data.push([c ? content(c) : ""]);
    }
    out.push({ op: "write", sheet: s.key, range: `${colLetters(col)}${rep.top}:${colLetters(col)}${bottom}`, data });
  }
  return true;
}
