/**
 * Whether the formulas read down one table column are ShopSheet's, cheaply enough for a column of
 * 10,000 rows (./edits.ts reads every row where Excel has no getSpecialCells). A column ShopSheet wrote
 * holds one text in every row (structured references) or one formula moved down row by row (the
 * file's A1 spelling: "F5", "F6", …); either way it is read once: a text seen before is answered from
 * memory, and a text that is the row before's moved down (./formulaText.ts rowMover) means what it
 * meant there — its references to its own row and to others keep their distance. Only a text that is
 * neither is read in full.
 */
import { canonicalFormula, rowMover, type LiveReading } from "./formulaText";

export interface ColumnPlace {
  table: string;
  /** The table's first column on the sheet (1-based). */
  left: number;
  /** The live table's headers, in order. */
  headers: readonly string[];
}

/**
 * A test of (live formula, its row) against the canonical spellings of a column's formula: `normal`
 * is applied to the canonical form of the live one (./edits.ts anyMonth) before it is looked up.
 */
export function columnFormulaCheck(ours: ReadonlySet<string>, place: ColumnPlace, names: ReadonlyMap<string, string>, normal: (canonical: string) => string): (live: string, row: number) => boolean {
  const byText = new Map<string, boolean>();
  let last: { row: number; moved: (by: number) => string; ok: boolean } | null = null;
  return (live, row) => {
    const known = byText.get(live);
    if (known !== undefined) return known;
    if (last && last.moved(row - last.row) === live) return last.ok;
    const reading: LiveReading = { names, cell: { ...place, row } };
    const ok = ours.has(normal(canonicalFormula(live, place.table, reading)));
    const moved = rowMover(live);
    // No relative row (the text reads the same in every row): remembered by its text. A whole-row
    // reference ("3:5", moved === null) is not followed: such a text is read in every row.
    if (moved !== null && moved(1) === live) byText.set(live, ok);
    else if (moved !== null) last = { row, moved, ok };
    return ok;
  };
}
