import type { Warning } from "../../core/types";
import { headerKey, type ColumnSet } from "./columns";
import { cellAt, cellText, rowAt, type Grid, type GridOrigin } from "./grid";

/** Where the header row is and which grid column holds each field (null: the export lacks it). */
export interface HeaderPlace<K extends string> {
  /** Grid index of the header row; data rows follow it. */
  index: number;
  columns: Readonly<Record<K, number | null>>;
}

/**
 * Finds the header row by name: the first row that holds every required column. Preamble rows above
 * it (the export's title, date range, terminal) are never read. A field two columns claim is refused
 * rather than guessed.
 */
export function locateHeader<K extends string>(
  grid: Grid,
  set: ColumnSet<K>,
  origin: GridOrigin,
): { ok: true; place: HeaderPlace<K> } | { ok: false; problems: Warning[] } {
  const fields = Object.keys(set) as K[];
  const required = fields.filter((k) => set[k].required);
  let best: { index: number; found: number } | null = null;

  for (let r = 0; r < grid.length; r++) {
    const keys = (grid[r] ?? []).map((c) => headerKey(cellText(c)));
    const columns = {} as Record<K, number | null>;
    const claimed: Warning[] = [];
    let found = 0;
    for (const k of fields) {
      const aliases = new Set(set[k].aliases.map(headerKey));
      const hits = keys.flatMap((key, c) => (key !== "" && aliases.has(key) ? [c] : []));
      columns[k] = hits[0] ?? null;
      if (hits.length > 0) found++;
      if (hits.length > 1) {
        claimed.push({
          code: "import.duplicateColumn",
          params: { column: cellText(grid[r]![hits[0]!]), cells: hits.map((c) => cellAt(origin, r, c)).join(", "), row: String(rowAt(origin, r)) },
          where: cellAt(origin, r, hits[1]!),
        });
      }
    }
    if (required.every((k) => columns[k] !== null)) {
      return claimed.length > 0 ? { ok: false, problems: claimed } : { ok: true, place: { index: r, columns } };
    }
    if (found > (best?.found ?? 0)) best = { index: r, found };
  }

  const names = (ks: K[]) => ks.map((k) => set[k].aliases[0]).join("、");
  if (best !== null && best.found >= 2) {
    const keys = (grid[best.index] ?? []).map((c) => headerKey(cellText(c)));
    const missing = required.filter((k) => !set[k].aliases.some((a) => keys.includes(headerKey(a))));
    const row = rowAt(origin, best.index);
    return { ok: false, problems: [{ code: "import.headerIncomplete", params: { row: String(row), missing: names(missing) }, where: `${row}:${row}` }] };
  }
  return { ok: false, problems: [{ code: "import.headerNotFound", params: { expected: names(required) }, where: "" }] };
}
