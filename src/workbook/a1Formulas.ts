/**
 * How an .xlsx FILE spells the workbook's formulas: without structured references (issue 15).
 *
 * Why: LibreOffice compiles every structured reference anew in every cell (about 9–10 µs each; a
 * payroll row holds some 400), while it reuses the compiled tokens of the cell above whenever the
 * text it regenerates for the new cell equals the file's — which relative A1 text does
 * (sc/source/filter/oox/formulabuffer.cxx, CachedTokenArray; src/xlsx/writer/README.md, "A1
 * references in calculated columns"). So in the file:
 *
 * - a same-row reference to the formula's own table (`[@key]`, `Own[[#This Row],[key]]`) is relative
 *   A1 on the cell's row (`F5`) — what Excel keeps as a calculated column when the column formula is
 *   typed that way, and stores relative to the table's first data row in `calculatedColumnFormula`;
 * - every other structured reference (another table's column, the own table's whole column, a header,
 *   a total, a column range) is a hidden workbook-level defined name whose text is that structured
 *   reference, `ShopSheetCol.Staff.base` → `Staff[[基本工资]]`: a name, not an A1 range, so the
 *   column still grows with its table (LibreOffice 7.4 evaluates such names and grows them: proven
 *   by test/xlsx/writer/a1Spelling.libreoffice.test.ts), and no other-sheet reference in the cell.
 *
 * The add-in's Office.js path keeps writing structured references: Excel compiles those itself. The
 * names' convention is a contract with src/office/reconcile (/work/notes/s9/a1-contract.md).
 */
import { colLetters } from "./address";
import { mapStructuredRefs, parseStructuredRef, resolveStructuredRefs, storedRef, type StructuredRef, type StructuredRefSink, type TableDirectory } from "./formula";

/** How a file spells its formulas: what both file writers ask of a spelling. */
export interface FormulaSpelling {
  /** A table column's formula as text split around the row number: data row r holds `parts.join(String(r))`. */
  columnParts(formula: string, here: string): readonly string[];
  /** A table column's formula as data row `row` holds it. */
  columnFormula(formula: string, here: string, row: number): string;
  /** A loose cell's formula. */
  cellFormula(formula: string): string;
  /** The hidden names the formulas spelt so far use: [name, what it refers to]. */
  names(): [string, string][];
}

/**
 * The spelling files had before (every structured reference in its stored form, the same text on
 * every row): kept to compare with (test/xlsx/writer/a1Spelling.libreoffice.test.ts) and to measure.
 */
export class StructuredSpelling implements FormulaSpelling {
  constructor(
    private readonly tables: TableDirectory,
    private readonly finish: (formula: string) => string = (f) => f,
  ) {}
  columnParts(formula: string, here: string): readonly string[] {
    return [this.columnFormula(formula, here)];
  }
  columnFormula(formula: string, here: string): string {
    return this.finish(resolveStructuredRefs(formula, this.tables, here));
  }
  cellFormula(formula: string): string {
    return this.finish(resolveStructuredRefs(formula, this.tables));
  }
  names(): [string, string][] {
    return [];
  }
}

/** Where a table stands: its first column (1-based) and its first data row. */
export interface TablePlace {
  left: number;
  firstDataRow: number;
}

/** What a hidden name can stand for: a column's data is a column (one name for both). */
export type NamedItem = Exclude<StructuredRef["item"], "This Row" | "Data">;

/** The prefix of each kind of hidden name, by what it refers to. Not "ShopSheet." (a sheet's key name). */
const PREFIX: Record<NamedItem, string> = {
  column: "ShopSheetCol.",
  Headers: "ShopSheetHead.",
  Totals: "ShopSheetTotal.",
  range: "ShopSheetCols.",
};
const NAMED_ITEMS = Object.keys(PREFIX) as NamedItem[];

export const COLUMN_NAME_PREFIXES: readonly string[] = Object.values(PREFIX);

/** A structured reference a hidden name stands for, by keys: [table, key] or, for a range, [table, key, last key]. */
export interface ColumnNameParts {
  item: NamedItem;
  segments: string[];
}

/** The hidden name of a structured reference (not "This Row": a name has no row of its own). */
export function columnNameOf(r: ColumnNameParts): string {
  return PREFIX[r.item] + r.segments.join(".");
}

/** The hidden name of a table column's data: "ShopSheetCol.Staff.base". */
export function columnRefName(table: string, key: string): string {
  return columnNameOf({ item: "column", segments: [table, key] });
}

/** Table names and keys as a name's segments: letters, digits and "_" only, so "." splits a name back. */
const SEGMENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * A hidden name taken apart, the inverse of columnNameOf: its item and segments as the name spells them, or
 * null when it is none of ours (another prefix, a segment no name of ours has, the wrong number of keys).
 * The prefix in any case: Excel's names ignore case (src/office/reconcile/columnNames.ts reads them back).
 */
export function columnNameParts(name: string): ColumnNameParts | null {
  const lower = name.toLowerCase();
  const item = NAMED_ITEMS.find((i) => lower.startsWith(PREFIX[i].toLowerCase()));
  if (item === undefined) return null;
  const segments = name.slice(PREFIX[item].length).split(".");
  if (segments.length !== (item === "range" ? 3 : 2) || !segments.every((s) => SEGMENT.test(s))) return null;
  return { item, segments };
}

/** Excel's limit on a defined name's length. */
const MAX_NAME = 255;

/** Stands for the row number in a column formula's text while it is made (XML cannot carry NUL). */
const ROW = "\u0000";

/**
 * The file's spelling of a workbook's formulas, and the hidden names it uses. One per file written:
 * both writers (src/xlsx/writer, the tests' exceljs reference) spell through it.
 */
export class A1Spelling implements FormulaSpelling, StructuredRefSink {
  private readonly used = new Map<string, string>(); // name → the structured reference it stands for
  private readonly folded = new Map<string, string>(); // name in lower case → name (Excel's names ignore case)
  private readonly memo = new Map<string, string>(); // `here` + reference → its text
  private readonly columns = new Map<string, readonly string[]>();
  private here: string | undefined;

  /** `finish`: applied to every formula's whole text (the file writers add `_xlfn.` prefixes there). */
  constructor(
    private readonly tables: TableDirectory,
    private readonly places: ReadonlyMap<string, TablePlace>,
    private readonly finish: (formula: string) => string = (f) => f,
  ) {}

  /**
   * A table column's formula (the spec's shorthand) as text split around the row number: data row r
   * holds `parts.join(String(r))`. The same-row references are the only ones that move with the row.
   */
  columnParts(formula: string, here: string): readonly string[] {
    const key = `${here}\u0001${formula}`;
    let parts = this.columns.get(key);
    if (!parts) {
      this.here = here;
      try {
        parts = this.finish(mapStructuredRefs(formula, this, here)).split(ROW);
      } finally {
        this.here = undefined;
      }
      this.columns.set(key, parts);
    }
    return parts;
  }

  /** A table column's formula as data row `row` holds it. */
  columnFormula(formula: string, here: string, row: number): string {
    return this.columnParts(formula, here).join(String(row));
  }

  /** A loose cell's formula: every structured reference as a hidden name. */
  cellFormula(formula: string): string {
    return this.finish(mapStructuredRefs(formula, this));
  }

  /** The names used so far, in the order first used: [name, the structured reference it refers to]. */
  names(): [string, string][] {
    return [...this.used];
  }

  /** @internal StructuredRefSink: one reference's text (remembered: a column's references repeat across months and slips). */
  ref(table: string, inner: string, formula: string): string {
    const key = `${this.here ?? ""}\u0001${table}[${inner}]`;
    let out = this.memo.get(key);
    if (out === undefined) this.memo.set(key, (out = this.spell(parseStructuredRef(table, inner, this.tables, formula))));
    return out;
  }

  private spell(r: StructuredRef): string {
    if (r.item === "This Row") {
      const place = r.table === this.here ? this.places.get(r.table) : undefined;
      // A same-row reference to another table (none is written today) keeps its structured text.
      if (!place) return storedRef(r);
      const col = place.left + [...this.tables.get(r.table)!.headers.keys()].indexOf(r.key);
      return colLetters(col) + ROW;
    }
    const name = columnNameOf({ item: r.item === "Data" ? "column" : r.item, segments: [r.table, r.key, ...(r.item === "range" ? [r.lastKey] : [])] });
    // A table or key a name cannot carry (one that would not read back as the same parts) keeps its
    // structured text (none today: the spec's keys are identifiers).
    if (name.length > MAX_NAME || columnNameParts(name) === null) return storedRef(r);
    const text = storedRef(r.item === "Data" ? { ...r, item: "column" } : r);
    const earlier = this.folded.get(name.toLowerCase());
    if (earlier !== undefined && this.used.get(earlier) !== text) throw new Error(`defined names ${earlier} and ${name} differ only in case`);
    if (earlier === undefined) {
      this.folded.set(name.toLowerCase(), name);
      this.used.set(name, text);
    }
    return earlier ?? name;
  }
}
