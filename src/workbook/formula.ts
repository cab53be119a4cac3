/**
 * Structured references: from the spec's key-based shorthand to what the file format stores.
 *
 * Why rewrite at all: `[@Base]` is only how Excel *displays* "this row". An .xlsx stores
 * `Table[[#This Row],[Base]]`; Excel repairs (drops the table from) a file holding `[@Base]`, and
 * LibreOffice 7.4 computes `[@Base]` as #N/A and `Table[@Base]` as #NAME? (both checked), while it
 * computes `Table[[#This Row],[Base]]`, `Table[[Base]]` and `Table[[#Totals],[Base]]`. Office.js
 * accepts the stored form as well, so both renderers write the output of `resolveStructuredRefs`.
 *
 * Accepted inside brackets (keys, not headers; see spec.ts):
 *   [@key]  [@[key]]  Table[@key]  Table[key]  Table[[key]]  Table[[key1]:[key2]]
 *   Table[[#This Row],[key]]  Table[[#Data],[key]]  Table[[#Totals],[key]]  Table[[#Headers],[key]]
 * A bare [..] (no table name) means the table whose column formula it is in. #All and a whole-table
 * Table[] are not supported: LibreOffice 7.4 gives #NAME? for Table[#All].
 */

import type { TotalSpec, WorkbookSpec } from "./spec";

export interface TableColumns {
  /** Column key → visible header. */
  headers: ReadonlyMap<string, string>;
}

/** Table name → its columns. */
export type TableDirectory = ReadonlyMap<string, TableColumns>;

/** Every table of a workbook spec, for resolveStructuredRefs. */
export function tableDirectory(spec: WorkbookSpec): TableDirectory {
  const dir = new Map<string, TableColumns>();
  for (const s of spec.sheets)
    for (const t of s.tables) dir.set(t.name, { headers: new Map(t.columns.map((c) => [c.key, c.header])) });
  return dir;
}

const ITEMS: Record<string, "This Row" | "Data" | "Totals" | "Headers"> = {
  "#this row": "This Row",
  "#data": "Data",
  "#totals": "Totals",
  "#headers": "Headers",
};

// Character classes by code unit (ASCII only; anything else is neither). The scanners below run
// over every formula of a workbook — tens of thousands of cells at 1,000 staff — so they test code
// units against a table and copy runs of ordinary text whole rather than a character at a time.
const START = 1;
const IDENT = 2;
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_\\]/.test(ch)) CLASS[c] = START | IDENT;
  else if (/[0-9.]/.test(ch)) CLASS[c] = IDENT;
}
const isIdentChar = (s: string, i: number) => ((CLASS[s.charCodeAt(i)] ?? 0) & IDENT) !== 0;
/** An identifier starts at i: a letter, "_" or "\\", not the tail of a longer token. */
const identStartsAt = (s: string, i: number) => ((CLASS[s.charCodeAt(i)] ?? 0) & START) !== 0 && (i === 0 || !isIdentChar(s, i - 1));
/** End of the identifier starting at i. */
function identEnd(s: string, i: number): number {
  let j = i + 1;
  while (j < s.length && isIdentChar(s, j)) j++;
  return j;
}
/** End of the run of ordinary text starting at i: up to the next quote, "[" or identifier. */
function plainEnd(s: string, i: number): number {
  let j = i + 1;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (c === 34 /* " */ || c === 39 /* ' */ || c === 91 /* [ */ || identStartsAt(s, j)) break;
    j++;
  }
  return j;
}

/**
 * Rewrites every structured reference in `formula`. `here` is the table whose column formula this
 * is (for bare [@key]); omit it for ordinary cells. Throws on an unknown table or key, so a typo
 * fails when the workbook is built rather than as #REF! in the user's sheet.
 */
export function resolveStructuredRefs(formula: string, tables: TableDirectory, here?: string): string {
  return mapStructuredRefs(formula, storedForm(tables), here);
}

/** What a scan of a formula (mapStructuredRefs) makes of each structured reference it meets. */
export interface StructuredRefSink {
  /** The text standing for `table[inner]` — `table` as written, or `here` for a bare `[inner]`. */
  ref(table: string, inner: string, formula: string): string;
}

/**
 * The formula with every structured reference replaced by what `sink` makes of it; strings, quoted
 * sheet names and everything else copied. One scanner for every spelling (the stored form below,
 * the file's A1 form in ./a1Formulas.ts).
 */
export function mapStructuredRefs(formula: string, sink: StructuredRefSink, here?: string): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"' || ch === "'") {
      const end = skipQuoted(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    // A table name: an identifier right before "[" (and not the tail of a longer token).
    if (identStartsAt(formula, i)) {
      const j = identEnd(formula, i);
      if (formula[j] !== "[") {
        out += formula.slice(i, j);
        i = j;
        continue;
      }
      const end = matchBracket(formula, j);
      out += sink.ref(formula.slice(i, j), formula.slice(j + 1, end), formula);
      i = end + 1;
      continue;
    }
    if (ch === "[") {
      if (here === undefined) throw new Error(`"${formula}": [..] without a table name outside a table column formula`);
      const end = matchBracket(formula, i);
      out += sink.ref(here, formula.slice(i + 1, end), formula);
      i = end + 1;
      continue;
    }
    const end = plainEnd(formula, i);
    out += formula.slice(i, end);
    i = end;
  }
  return out;
}

/**
 * Rewrites the name of every function call (an identifier right before "(", outside strings and
 * quoted sheet names) through `rename`; returns the formula unchanged where rename returns the name.
 */
export function mapFunctionNames(formula: string, rename: (name: string) => string): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"' || ch === "'") {
      const end = skipQuoted(formula, i);
      out += formula.slice(i, end);
      i = end;
    } else if (identStartsAt(formula, i)) {
      const j = identEnd(formula, i);
      const name = formula.slice(i, j);
      out += formula[j] === "(" ? rename(name) : name;
      i = j;
    } else {
      const end = plainEnd(formula, i);
      out += formula.slice(i, end);
      i = end;
    }
  }
  return out;
}

/** Functions a generated sheet must not use: Excel 2016 and LibreOffice 7.4 lack them (LET and
 *  XLOOKUP give #NAME? in LibreOffice 7.4), and most spill (dynamic arrays). */
export const FORBIDDEN_FUNCTIONS: ReadonlySet<string> = new Set([
  "LET", "LAMBDA", "XLOOKUP", "XMATCH", "FILTER", "SORT", "SORTBY", "UNIQUE", "SEQUENCE", "RANDARRAY",
  "TEXTSPLIT", "TEXTBEFORE", "TEXTAFTER", "VSTACK", "HSTACK", "TOCOL", "TOROW", "TAKE", "DROP",
  "CHOOSECOLS", "CHOOSEROWS", "EXPAND", "WRAPROWS", "WRAPCOLS", "MAP", "REDUCE", "SCAN", "BYROW",
  "BYCOL", "MAKEARRAY", "ANCHORARRAY", "SINGLE",
]);

/** Some forbidden function's name somewhere in the text, in any case: a formula without one calls none. */
const NAMES_FORBIDDEN = new RegExp([...FORBIDDEN_FUNCTIONS].join("|"), "i");

/** The forbidden functions a formula calls (upper case, without any _xlfn. prefix). */
export function forbiddenFunctions(formula: string): string[] {
  // Most formulas name none: then they are not scanned (the validation asks this of every formula, 22,000
  // salary slip cells among them at 1,000 staff).
  if (!NAMES_FORBIDDEN.test(formula)) return [];
  const found: string[] = [];
  mapFunctionNames(formula, (name) => {
    const bare = name.toUpperCase().replace(/^_XLFN\.(_XLWS\.)?/, "");
    if (FORBIDDEN_FUNCTIONS.has(bare)) found.push(bare);
    return name;
  });
  return found;
}

/** True when a formula holds a structured reference ("[" outside strings and quoted sheet names).
 *  Data validation and conditional formats must not: Excel refuses them there. */
export function hasStructuredRef(formula: string): boolean {
  for (let i = 0; i < formula.length; ) {
    const ch = formula[i]!;
    if (ch === '"' || ch === "'") i = skipQuoted(formula, i);
    else if (ch === "[") return true;
    else i++;
  }
  return false;
}

/** A structured reference taken apart: what it names, by column keys (checked against the table). */
export type StructuredRef =
  | { item: "This Row" | "Data" | "Totals" | "Headers"; table: string; key: string; header: string }
  | { item: "column"; table: string; key: string; header: string }
  | { item: "range"; table: string; key: string; header: string; lastKey: string; lastHeader: string };

/** `table[inner]` taken apart. Throws on an unknown table, key or item, or a form not supported. */
export function parseStructuredRef(table: string, inner: string, tables: TableDirectory, formula: string): StructuredRef {
  const cols = tables.get(table);
  if (!cols) throw new Error(`"${formula}": unknown table ${table} (known: ${[...tables.keys()].join(", ")})`);
  const column = (key: string) => {
    const k = key.trim();
    const header = cols.headers.get(k);
    if (header === undefined) throw new Error(`"${formula}": table ${table} has no column key "${key}" (keys: ${[...cols.headers.keys()].join(", ")})`);
    return { table, key: k, header };
  };
  const s = inner.trim();
  let m: RegExpExecArray | null;
  if ((m = /^@\[?([^[\]]+)\]?$/.exec(s))) return { item: "This Row", ...column(m[1]!) };
  if ((m = /^\[?([^[\]#@]+?)\]?$/.exec(s))) return { item: "column", ...column(m[1]!) };
  if ((m = /^\[([^[\]#]+)\]\s*:\s*\[([^[\]#]+)\]$/.exec(s))) {
    const last = column(m[2]!);
    return { item: "range", ...column(m[1]!), lastKey: last.key, lastHeader: last.header };
  }
  if ((m = /^\[(#[A-Za-z ]+)\]\s*,\s*\[([^[\]#]+)\]$/.exec(s))) {
    const item = ITEMS[m[1]!.toLowerCase()];
    if (!item) throw new Error(`"${formula}": unsupported item ${m[1]}`);
    return { item, ...column(m[2]!) };
  }
  throw new Error(`"${formula}": unsupported structured reference ${table}[${inner}]`);
}

/** A header inside a structured reference's brackets: [ ] # ' escaped with ' (Microsoft Support, "Using
 *  structured references with Excel tables"). The spec's headers have none of them today (./validate.ts
 *  refuses them), so no formula changes; the stored form is right for any header all the same. */
const escaped = (header: string) => header.replace(/['#[\]]/g, "'$&");

/** A structured reference as an .xlsx stores it (and Office.js takes it). */
export function storedRef(r: StructuredRef): string {
  switch (r.item) {
    case "column":
      return `${r.table}[[${escaped(r.header)}]]`;
    case "range":
      return `${r.table}[[${escaped(r.header)}]:[${escaped(r.lastHeader)}]]`;
    default:
      return `${r.table}[[#${r.item}],[${escaped(r.header)}]]`;
  }
}

/** Excel's SUBTOTAL function numbers for a totals row's built-in totals (the 10x forms skip hidden rows, as a table's totals row does). */
const SUBTOTAL_FUNCTION: Record<Exclude<TotalSpec, { formula: string }>, number> = { average: 101, count: 103, max: 104, min: 105, sum: 109 };

/** A totals-row cell's built-in total over its column, without the "=": both the file writer and the add-in write this text. */
export function subtotalFormula(table: string, column: { key: string; header: string }, total: Exclude<TotalSpec, { formula: string }>): string {
  return `SUBTOTAL(${SUBTOTAL_FUNCTION[total]},${storedRef({ item: "column", table, key: column.key, header: column.header })})`;
}

/**
 * The stored form of each reference, remembered by `Table[inner]` for each table's columns: a salary
 * slip sheet at 1,000 staff holds 22,000 formulas made of the same few dozen references, each
 * otherwise taken apart by regular expressions every time (and twice: by the validation, then by the
 * writer). Kept with the columns object itself, so a directory given other columns for a table is
 * not answered from the old ones.
 */
class StoredForm implements StructuredRefSink {
  private readonly memo = new WeakMap<TableColumns, Map<string, string>>();
  constructor(private readonly tables: TableDirectory) {}

  ref(table: string, inner: string, formula: string): string {
    const cols = this.tables.get(table);
    if (!cols) return storedRef(parseStructuredRef(table, inner, this.tables, formula)); // throws: unknown table
    let memo = this.memo.get(cols);
    if (!memo) this.memo.set(cols, (memo = new Map()));
    const key = `${table}[${inner}]`;
    let out = memo.get(key);
    if (out === undefined) memo.set(key, (out = storedRef(parseStructuredRef(table, inner, this.tables, formula))));
    return out;
  }
}

const storedForms = new WeakMap<TableDirectory, StoredForm>();
function storedForm(tables: TableDirectory): StoredForm {
  let form = storedForms.get(tables);
  if (!form) storedForms.set(tables, (form = new StoredForm(tables)));
  return form;
}

/** Index just past a "..." string or '...' sheet name starting at `start` (doubled quotes escape). */
function skipQuoted(s: string, start: number): number {
  const q = s[start];
  let i = start + 1;
  while (i < s.length) {
    if (s[i] === q) {
      if (s[i + 1] === q) i += 2;
      else return i + 1;
    } else i++;
  }
  throw new Error(`"${s}": unterminated ${q}`);
}

/** Index of the "]" matching the "[" at `open`. */
function matchBracket(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === "[") depth++;
    else if (s[i] === "]" && --depth === 0) return i;
  }
  throw new Error(`"${s}": unbalanced [`);
}

/**
 * A list's source from a table column, as a data validation holds it: `INDIRECT("Roles[中文名称]")`.
 * Excel takes no structured reference in a validation's formula ("A1 only", see spec.ts), but takes a
 * formula that returns a reference — and INDIRECT of the column's name returns the column as the table
 * stands then, so the drop-down grows with the table (a fixed range such as $A$6:$A$10 would not).
 * LibreOffice 7.4 resolves the same (checked by test/oracle). Throws on an unknown table or key.
 */
export function listSourceFormula(table: string, key: string, tables: TableDirectory): string {
  const header = tables.get(table)?.headers.get(key);
  if (header === undefined) throw new Error(`no table column ${table}[${key}]`);
  return `INDIRECT("${table}[${header.replace(/"/g, '""')}]")`;
}
