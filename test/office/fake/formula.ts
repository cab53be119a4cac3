/**
 * How the double reads a formula: into tokens, and from them the references Excel resolves when a
 * formula is entered — functions, structured references, defined names (and table names used bare),
 * sheet references. Written for the double alone (the code under test has its own reader), after
 * Microsoft Support, "Using structured references with Excel tables"
 * (https://support.microsoft.com/office/using-structured-references-with-excel-tables-f5ed2452-2337-4f71-bed3-c8ae6d2b276e):
 *
 * - Forms: Table[Column], Table[[Column]], Table[[Col1]:[Col2]], Table[[#Totals],[Column]],
 *   Table[#All|#Data|#Headers|#Totals|#This Row], Table[@Column], Table[@[Column]], Table[], and the
 *   same without the table name inside the table itself ([@Column]).
 * - "The following characters have special meaning and require the use of a single quotation mark (')
 *   as an escape character: left bracket ([), right bracket (]), pound sign (#), and single quotation
 *   mark (')."
 * - A column header with any of space, tab, line feed, carriage return, comma, colon, period, [ ] # '
 *   " { } $ ^ & * + = - > < / must be in double brackets, "the only exception … a space character".
 * - "Excel automatically changes #This Row specifiers to the shorter @ specifier in tables that have
 *   more than one row of data" — what `displayFormula` gives back when a formula is read.
 */
import { FakeOfficeError } from "./errors";

export interface StructRef {
  /** null: the table the formula's cell is in. */
  table: string | null;
  /** Special items, normalized ("#This Row" for "@"). */
  items: string[];
  /** One column, two for a range, none for all columns. */
  columns: string[];
}

export type Token =
  | { kind: "string" | "number" | "error" | "bool" | "op" | "space"; text: string }
  | { kind: "function"; text: string }
  | { kind: "name"; text: string }
  | { kind: "sheet"; text: string; sheet: string }
  | { kind: "cell"; text: string }
  | { kind: "struct"; text: string; ref: StructRef };

const IDENT_START = /[\p{L}_\\]/u;
/** The rest of an identifier (or of a $-anchored cell reference), from a position. */
const IDENT_REST = /[\p{L}\p{N}_.\\$]*/uy;
const CELL = /^\$?[A-Za-z]{1,3}\$?\d+$/;
const ERRORS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!"];
const ITEMS: Record<string, string> = { "#all": "#All", "#data": "#Data", "#headers": "#Headers", "#totals": "#Totals", "#this row": "#This Row" };

const syntax = (formula: string, why: string) => new FakeOfficeError("InvalidArgument", `The formula ${formula} is not valid: ${why}.`);

/**
 * Formulas already read, by text: an upgrade that moves a column deletes one, and each delete reads
 * every formula of the workbook again (thousands of slip and payroll formulas, hundreds of deletes).
 * Tokens are never changed by their readers, so one reading serves them all.
 */
const read = new Map<string, readonly Token[]>();

/** The tokens of a formula (with or without its "="). Throws InvalidArgument on a syntax error. */
export function tokenize(formula: string): Token[] {
  const known = read.get(formula);
  if (known) return known as Token[];
  const tokens = tokenizeText(formula);
  if (read.size > 20_000) read.clear();
  read.set(formula, tokens);
  return tokens;
}

function tokenizeText(formula: string): Token[] {
  const f = formula.startsWith("=") ? formula.slice(1) : formula;
  const out: Token[] = [];
  let depth = 0;
  let i = 0;
  while (i < f.length) {
    const ch = f[i]!;
    if (ch === '"') {
      const end = quoted(f, i, '"', formula);
      out.push({ kind: "string", text: f.slice(i, end) });
      i = end;
    } else if (ch === "'") {
      const end = quoted(f, i, "'", formula);
      if (f[end] !== "!") throw syntax(formula, "a quoted sheet name must be followed by !");
      out.push({ kind: "sheet", text: f.slice(i, end + 1), sheet: f.slice(i + 1, end - 1).replace(/''/g, "'") });
      i = end + 1;
    } else if (ch === "#") {
      const e = ERRORS.find((x) => f.toUpperCase().startsWith(x, i));
      if (!e) throw syntax(formula, `unknown error literal at ${f.slice(i, i + 8)}`);
      out.push({ kind: "error", text: f.slice(i, i + e.length) });
      i += e.length;
    } else if (ch === "[") {
      const end = bracketEnd(f, i, formula);
      out.push({ kind: "struct", text: f.slice(i, end), ref: { table: null, ...parseInner(f.slice(i + 1, end - 1), formula) } });
      i = end;
    } else if (/\d/.test(ch) || (ch === "." && /\d/.test(f[i + 1] ?? ""))) {
      const m = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(f.slice(i))!;
      out.push({ kind: "number", text: m[0] });
      i += m[0].length;
    } else if (ch === "$" || IDENT_START.test(ch)) {
      IDENT_REST.lastIndex = i + 1;
      IDENT_REST.exec(f);
      let j = IDENT_REST.lastIndex;
      const word = f.slice(i, j);
      const next = f[j];
      if (next === "(" && !word.includes("$")) out.push({ kind: "function", text: word });
      else if (next === "[" && !word.includes("$")) {
        const end = bracketEnd(f, j, formula);
        out.push({ kind: "struct", text: f.slice(i, end), ref: { table: word, ...parseInner(f.slice(j + 1, end - 1), formula) } });
        j = end;
      } else if (next === "!" && !word.includes("$")) {
        out.push({ kind: "sheet", text: `${word}!`, sheet: word });
        j++;
      } else if (CELL.test(word)) out.push({ kind: "cell", text: word });
      else if (/^(TRUE|FALSE)$/i.test(word)) out.push({ kind: "bool", text: word });
      else if (word.includes("$")) throw syntax(formula, `${word} is not a reference`);
      else out.push({ kind: "name", text: word });
      i = j;
    } else if (/\s/.test(ch)) {
      let j = i + 1;
      while (j < f.length && /\s/.test(f[j]!)) j++;
      out.push({ kind: "space", text: f.slice(i, j) });
      i = j;
    } else {
      const two = f.slice(i, i + 2);
      const op = two === "<=" || two === ">=" || two === "<>" ? two : ch;
      if (!"+-*/^&=<>%(),:;{}".includes(op[0]!) ) throw syntax(formula, `unexpected ${ch}`);
      if (op === "(") depth++;
      if (op === ")" && --depth < 0) throw syntax(formula, "a ) without its (");
      out.push({ kind: "op", text: op });
      i += op.length;
    }
  }
  if (depth !== 0) throw syntax(formula, "a ( without its )");
  return out;
}

function quoted(f: string, start: number, q: string, formula: string): number {
  for (let i = start + 1; i < f.length; i++) {
    if (f[i] !== q) continue;
    if (f[i + 1] === q) i++;
    else return i + 1;
  }
  throw syntax(formula, `unterminated ${q}`);
}

/** Index just past the "]" that closes the "[" at `open` ("'" escapes the next character). */
function bracketEnd(f: string, open: number, formula: string): number {
  let depth = 0;
  for (let i = open; i < f.length; i++) {
    const ch = f[i]!;
    if (ch === "'") i++;
    else if (ch === "[") depth++;
    else if (ch === "]" && --depth === 0) return i + 1;
  }
  throw syntax(formula, "a [ without its ]");
}

const unescape = (s: string) => s.replace(/'(.)/g, "$1");

/** The inside of Table[…]. */
function parseInner(inner: string, formula: string): Omit<StructRef, "table"> {
  const s = inner.trim();
  if (s === "") return { items: [], columns: [] };
  if (s.startsWith("@")) {
    const rest = s.slice(1).trim();
    if (rest === "") return { items: ["#This Row"], columns: [] };
    const cols = rest.startsWith("[") ? parts(rest, formula).filter((p) => p !== ":") : [unescape(rest)];
    return { items: ["#This Row"], columns: cols };
  }
  if (s.startsWith("#")) return { items: [item(s, formula)], columns: [] };
  if (!s.startsWith("[")) return { items: [], columns: [unescape(s)] };
  const items: string[] = [];
  const columns: string[] = [];
  for (const p of parts(s, formula)) {
    if (p === ":" || p === ",") continue;
    if (p.startsWith("#")) items.push(item(p, formula));
    else columns.push(p);
  }
  if (columns.length > 2) throw syntax(formula, `too many columns in [${inner}]`);
  return { items, columns };
}

function item(s: string, formula: string): string {
  const it = ITEMS[s.trim().toLowerCase()];
  if (!it) throw syntax(formula, `unknown special item ${s}`);
  return it;
}

/** "[a],[b]:[c]" → ["a", ",", "b", ":", "c"] (unescaped). */
function parts(s: string, formula: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i]!;
    if (ch === "[") {
      const end = bracketEnd(s, i, formula);
      out.push(unescape(s.slice(i + 1, end - 1)));
      i = end;
    } else if (ch === "," || ch === ":") {
      out.push(ch);
      i++;
    } else if (/\s/.test(ch)) i++;
    else throw syntax(formula, `unexpected ${ch} in a structured reference`);
  }
  return out;
}

// ---------------------------------------------------------------- writing references back

const SPECIAL = /[\t\n\r,:.[\]#'"{}$^&*+=\-><\/]/;
const escape = (c: string) => c.replace(/([[\]#'])/g, "'$1");

/** The stored form ("Table[[#This Row],[Col]]"), what an .xlsx holds. */
export function storedRef(table: string, r: StructRef): string {
  const cols = r.columns.map((c) => `[${escape(c)}]`).join(":");
  const items = r.items.map((i) => `[${i}]`);
  if (items.length === 0 && cols === "") return `${table}[]`;
  if (items.length === 1 && cols === "") return `${table}${items[0]}`;
  return `${table}[${[...items, ...(cols ? [cols] : [])].join(",")}]`;
}

/** Excel's display form of one reference, as `formulas` returns it: "@" for this row, the table name
 *  left out inside its own table, single brackets for a plain column. */
function displayRef(table: string, r: StructRef, here: string | null): string {
  const own = here !== null && here.toLowerCase() === table.toLowerCase();
  const prefix = own ? "" : table;
  // After "@" a space needs the brackets too: the support page shows [@[Sales Amount]].
  const col = (c: string) => (SPECIAL.test(c) || c.includes(" ") ? `[${escape(c)}]` : escape(c));
  if (r.items.length === 1 && r.items[0] === "#This Row" && r.columns.length === 1) return `${prefix}[@${col(r.columns[0]!)}]`;
  if (r.items.length === 0 && r.columns.length === 1 && !SPECIAL.test(r.columns[0]!)) return `${prefix}[${escape(r.columns[0]!)}]`;
  const stored = storedRef(table, r);
  return own ? stored.slice(table.length) : stored;
}

/** A formula as Excel shows it (and `formulas` returns it) in a cell of table `here` (or none). */
export function displayFormula(formula: string, here: string | null): string {
  return (
    "=" +
    tokenize(formula)
      .map((t) => {
        if (t.kind === "struct") return displayRef(t.ref.table ?? here ?? "", t.ref, here);
        if (t.kind === "function") return t.text.toUpperCase();
        return t.text;
      })
      .join("")
  );
}

/** The formula with every reference to column `from` of `table` renamed to `to` (Excel does this when
 *  a table column is renamed). `here` is the table of the formula's cell. */
export function renameColumn(formula: string, here: string | null, table: string, from: string, to: string): string {
  if (!formula.includes("[")) return formula; // no structured reference
  let changed = false;
  const text = tokenize(formula)
    .map((t) => {
      if (t.kind !== "struct") return t.text;
      const owner = t.ref.table ?? here;
      if (owner === null || owner.toLowerCase() !== table.toLowerCase() || !t.ref.columns.some((c) => c.toLowerCase() === from.toLowerCase())) return t.text;
      changed = true;
      return storedRef(owner, { ...t.ref, columns: t.ref.columns.map((c) => (c.toLowerCase() === from.toLowerCase() ? to : c)) });
    })
    .join("");
  return changed ? `=${text}` : formula;
}

/** True when copying the formula down changes it (an A1 reference without $ before its row). */
export function hasRelativeRows(formula: string): boolean {
  return tokenize(formula).some((t) => t.kind === "cell" && !/\$\d/.test(t.text));
}

/** The formula moved by `rows` rows: relative A1 row references shift, $-anchored ones and structured
 *  references do not (what AutoFill does to a copied formula). */
export function moveFormula(formula: string, rows: number): string {
  if (rows === 0 || !hasRelativeRows(formula)) return formula;
  const tokens = tokenize(formula);
  return (
    "=" +
    tokens
      .map((t) => (t.kind === "cell" ? t.text.replace(/^(\$?[A-Za-z]{1,3})(\d+)$/, (_whole, c: string, r: string) => `${c}${Number(r) + rows}`) : t.text))
      .join("")
  );
}

/** Cells inserted into rows top..bottom of a sheet at column `at`, shifting what was there one column
 *  right (what adding a table column does to the cells beside it). */
export interface ColumnInsert {
  sheet: string;
  top: number;
  bottom: number;
  at: number;
}

/**
 * Where an A1 range is after `ins`: a range whose rows lie within the shifted rows moves right when it
 * starts at or right of the new column, and widens when it spans it; any other range stays (it was not
 * shifted). The double's reading of "Insert cells … Shift cells right": Excel adjusts the references
 * to the cells it moves, and the pages do not spell out a range that only partly moved.
 */
export function shiftedRange(r: { top: number; bottom: number; left: number; right: number }, ins: Omit<ColumnInsert, "sheet">): typeof r {
  if (r.top < ins.top || r.bottom > ins.bottom || r.right < ins.at) return r;
  return r.left >= ins.at ? { ...r, left: r.left + 1, right: r.right + 1 } : { ...r, right: r.right + 1 };
}

/** The formula with its A1 references to the shifted cells moved (structured references are by name
 *  and need nothing). `home` is the sheet of the formula's cell (or of the conditional format: its
 *  formula is read for the range's top-left cell, so it shifts as a cell's would). */
export function shiftColumns(formula: string, home: string, ins: ColumnInsert): string {
  return moveRanges(formula, home, ins.sheet, (r) => shiftedRange(r, ins))!;
}

type Bounds = { top: number; bottom: number; left: number; right: number };

/**
 * The one walk behind a column insert and a column delete: every A1 reference (a cell or a range) on
 * `sheet` is given to `move`, which answers the range's new bounds (the same object when it stays) or
 * null when the reference breaks (the whole formula is then null: Excel shows #REF!).
 */
function moveRanges(formula: string, home: string, sheet: string, move: (r: Bounds) => Bounds | null): string | null {
  if (!canReach(formula, home, sheet)) return formula;
  const tokens = tokenize(formula);
  if (!tokens.some((t) => t.kind === "cell")) return formula;
  const out = tokens.map((t) => t.text);
  let changed = false;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== "cell") continue;
    const prev = tokens[i - 1];
    const on = prev?.kind === "sheet" ? prev.sheet : home;
    const end = tokens[i + 1]?.text === ":" && tokens[i + 2]?.kind === "cell" ? i + 2 : i;
    if (on.toLowerCase() === sheet.toLowerCase()) {
      const a = cellParts(tokens[i]!.text);
      const b = cellParts(tokens[end]!.text);
      const r = { top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) };
      const moved = move(r);
      if (moved === null) return null;
      if (moved !== r) {
        changed = true;
        out[i] = cellText(a, a.col === r.left ? moved.left : moved.right, a.row === r.top ? moved.top : moved.bottom);
        if (end !== i) out[end] = cellText(b, b.col === r.right ? moved.right : moved.left, b.row === r.bottom ? moved.bottom : moved.top);
      }
    }
    i = end;
  }
  return changed ? `=${out.join("")}` : formula;
}

/**
 * Whether the formula, on sheet `home`, may hold an A1 reference to a cell of `sheet`: one on its own sheet,
 * or one that names the sheet (Sheet!A1, 'Sheet name'!A1, a ' in the name doubled), in any case.
 * Not a reading of the formula, a quick way past the many that cannot: an A1-spelt workbook (issue 15)
 * holds thousands of distinct formula texts, and each column inserted walked all of them.
 */
function canReach(formula: string, home: string, sheet: string): boolean {
  if (home === sheet) return true;
  let named = sheetMention.get(sheet);
  if (named === undefined) sheetMention.set(sheet, (named = new RegExp(`${escapeRegExp(sheet)}|${escapeRegExp(sheet.replace(/'/g, "''"))}`, "i")));
  return home.toLowerCase() === sheet.toLowerCase() || named.test(formula);
}
const sheetMention = new Map<string, RegExp>();
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function cellParts(text: string): { colAbs: string; col: number; rowAbs: string; row: number } {
  const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/.exec(text)!;
  const col = m[2]!.toUpperCase().split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { colAbs: m[1]!, col, rowAbs: m[3]!, row: Number(m[4]) };
}

function cellText(p: ReturnType<typeof cellParts>, col: number, row: number): string {
  let letters = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${p.colAbs}${letters}${p.rowAbs}${row}`;
}

/** Cells of columns left..right from row `from` down moved `by` rows (a table's rows inserted, by > 0,
 *  or the row above `from` deleted, by = -1). */
export interface RowShift {
  sheet: string;
  left: number;
  right: number;
  from: number;
  by: number;
}

/**
 * The formula with its A1 references to the moved cells following them, as Excel adjusts references
 * when rows are inserted or deleted ("Insert or delete rows and columns": formulas that refer to the
 * moved cells are updated, https://support.microsoft.com/office/insert-or-delete-rows-and-columns-6f40e6e4-85af-45e0-b39d-65dd504a3246):
 * a reference within the moved columns below the insert moves down, a range across it grows; after a
 * delete, a reference to the deleted row alone breaks (null: #REF!) and a range across it shrinks. A
 * reference reaching outside the moved columns stays (the double's reading; the page does not spell
 * out a range that only partly moved). Structured references are by name and need nothing.
 */
export function shiftRows(formula: string, home: string, sh: RowShift): string | null {
  const gone = sh.by < 0 ? sh.from - 1 : null;
  return moveRanges(formula, home, sh.sheet, (r) => {
    if (r.left < sh.left || r.right > sh.right) return r;
    if (gone !== null) {
      if (r.bottom < gone) return r;
      if (r.top === gone && r.bottom === gone) return null;
      return r.top > gone ? { ...r, top: r.top - 1, bottom: r.bottom - 1 } : { ...r, bottom: r.bottom - 1 };
    }
    if (r.bottom < sh.from) return r;
    return r.top >= sh.from ? { ...r, top: r.top + sh.by, bottom: r.bottom + sh.by } : { ...r, bottom: r.bottom + sh.by };
  });
}

/**
 * The formula with its A1 references to cells of a deleted column's band (rows top..bottom) moved one
 * column left where they stood right of it; a reference to the deleted cells alone breaks the formula
 * (null: Excel shows #REF!), a range across them loses the column.
 */
export function shiftColumnsLeft(formula: string, home: string, del: ColumnInsert): string | null {
  return moveRanges(formula, home, del.sheet, (r) => {
    if (r.top < del.top || r.bottom > del.bottom || r.right < del.at) return r;
    if (r.left === del.at && r.right === del.at) return null;
    return r.left > del.at ? { ...r, left: r.left - 1, right: r.right - 1 } : { ...r, right: r.right - 1 };
  });
}
