/**
 * What LibreOffice's load of the workbook pays to compile the payroll tables' formulas (issue 15), counted
 * from the spec alone, without LibreOffice: per payroll row, the structured references and the column-name
 * comparisons they take.
 *
 * Why comparisons: LibreOffice finds a structured reference's column by a linear search of the table's
 * column names, each compared case-insensitively through its transliteration service, from the table's
 * first column to the match (sc/source/core/tool/dbdata.cxx, ScDBData::GetColumnNameOffset:
 * `std::find_if(maTableColumnNames.begin(), …, TableColumnNameSearch(rName))`, whose operator() is
 * `ScGlobal::GetTransliteration().isEqual(maSearchName, rName)`). So a reference to the 90th column of a
 * table costs 90 comparisons, one to the 2nd costs 2, and every row's formula is compiled anew (structured
 * text is never reused: src/xlsx/writer/README.md). `npm run bench -- lo-columns` measures that cost on a
 * synthetic table (bench/libreofficeColumns.ts). The search is the smaller part of the load: each reference
 * costs about 9–10 µs whatever its column (2026-12-07; src/xlsx/writer/README.md, "Where LibreOffice's load
 * goes"), so the references count first, then the comparisons.
 */
import { resolveStructuredRefs, type TableDirectory } from "../src/workbook/formula";
import type { WorkbookSpec } from "../src/workbook/spec";
import type { Figure } from "./figures";

export interface ColumnCost {
  /** Structured references in the column's formula (one row). */
  refs: number;
  /** Column-name comparisons to find them: the 1-based place of each named column in its table, summed. */
  compares: number;
}

// Each column's header stands in as its place in its table, between markers no header or formula holds.
const OPEN = "\u0001";
const CLOSE = "\u0002";
const PLACE = new RegExp(`${OPEN}(\\d+)${CLOSE}`, "g");

/** The spec's tables with every header replaced by the column's place in its table. */
function placeDirectory(spec: WorkbookSpec): TableDirectory {
  const dir = new Map<string, { headers: Map<string, string> }>();
  for (const s of spec.sheets)
    for (const t of s.tables) dir.set(t.name, { headers: new Map(t.columns.map((c, i) => [c.key, `${OPEN}${i + 1}${CLOSE}`])) });
  return dir;
}

/** The compile cost of one row's formulas of each table column formula of the tables `which` names, by table and column key. */
export function formulaCosts(spec: WorkbookSpec, which: (table: string) => boolean): Map<string, Map<string, ColumnCost>> {
  const dir = placeDirectory(spec);
  const out = new Map<string, Map<string, ColumnCost>>();
  for (const s of spec.sheets)
    for (const t of s.tables) {
      if (!which(t.name)) continue;
      const costs = new Map<string, ColumnCost>();
      for (const c of t.columns) {
        if (c.formula === undefined) continue;
        const places = [...resolveStructuredRefs(c.formula, dir, t.name).matchAll(PLACE)].map((m) => Number(m[1]));
        costs.set(c.key, { refs: places.length, compares: places.reduce((a, b) => a + b, 0) });
      }
      out.set(t.name, costs);
    }
  return out;
}

/** Per row, averaged over the tables: the total, and each column key's (a key absent from a table counts 0 there). */
export function averageRowCost(costs: Map<string, Map<string, ColumnCost>>): { total: ColumnCost; byColumn: Map<string, ColumnCost> } {
  const n = Math.max(1, costs.size);
  const byColumn = new Map<string, ColumnCost>();
  for (const table of costs.values())
    for (const [key, c] of table) {
      const sum = byColumn.get(key) ?? { refs: 0, compares: 0 };
      byColumn.set(key, { refs: sum.refs + c.refs / n, compares: sum.compares + c.compares / n });
    }
  const total = [...byColumn.values()].reduce((a, c) => ({ refs: a.refs + c.refs, compares: a.compares + c.compares }), { refs: 0, compares: 0 });
  return { total, byColumn };
}

/** `npm run bench -- formulas`: the payroll row's compile cost in LibreOffice, by this count, and its dearest columns. */
export function formulaCostSection(build: () => WorkbookSpec, top = 8): Figure[] {
  const section = "formulas";
  const { total, byColumn } = averageRowCost(formulaCosts(build(), (t) => /^Payroll_\d{4}_\d{2}$/.test(t)));
  const note = "per payroll row, averaged over the 12 months' tables";
  const figures: Figure[] = [
    { section, label: "structured references, payroll row", value: Math.round(total.refs), unit: "refs", note },
    { section, label: "column-name comparisons to compile them (LibreOffice's linear search)", value: Math.round(total.compares), unit: "compares", note },
  ];
  for (const [key, c] of [...byColumn].sort((a, b) => b[1].compares - a[1].compares).slice(0, top))
    figures.push({ section, label: `  column ${key}`, value: Math.round(c.compares), unit: "compares", note: `${c.refs.toFixed(1)} refs` });
  return figures;
}
