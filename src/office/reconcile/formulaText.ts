/**
 * What a formula refers to, and whether two spellings of a formula are the same formula. The plan
 * needs both: every table and name a formula names must exist before the formula is entered (Excel
 * resolves them then), and a formula read back from Excel — which shows "[@Base]" for what was written
 * as "Payroll_2026_11[[#This Row],[Base]]", upper-cases function names and drops the table name inside
 * its own table (Microsoft Support, "Using structured references with Excel tables",
 * https://support.microsoft.com/office/using-structured-references-with-excel-tables-f5ed2452-2337-4f71-bed3-c8ae6d2b276e)
 * — must still be recognized as ShopSheet's.
 */

interface Piece {
  kind: "string" | "struct" | "word" | "call" | "sheet" | "other";
  text: string;
  /** For struct: the table name before "[" ("" for a bare one) and the inside of the brackets. */
  table?: string;
  inner?: string;
}

const IDENT_START = /[\p{L}_\\$]/u;
const IDENT_CHAR = /[\p{L}\p{N}_.\\$]/u;

/** A formula (with or without "=") cut into pieces; strings and quoted sheet names kept whole. */
function pieces(formula: string): Piece[] {
  const f = formula.startsWith("=") ? formula.slice(1) : formula;
  const out: Piece[] = [];
  let i = 0;
  while (i < f.length) {
    const ch = f[i]!;
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < f.length && !(f[j] === ch && f[j + 1] !== ch)) j += f[j] === ch ? 2 : 1;
      const text = f.slice(i, j + 1);
      if (ch === "'" && f[j + 1] === "!") {
        out.push({ kind: "sheet", text: `${text}!` });
        i = j + 2;
      } else {
        out.push({ kind: ch === '"' ? "string" : "other", text });
        i = j + 1;
      }
    } else if (ch === "[") {
      const end = bracketEnd(f, i);
      out.push({ kind: "struct", text: f.slice(i, end), table: "", inner: f.slice(i + 1, end - 1) });
      i = end;
    } else if (IDENT_START.test(ch)) {
      let j = i + 1;
      while (j < f.length && IDENT_CHAR.test(f[j]!)) j++;
      const word = f.slice(i, j);
      if (f[j] === "[") {
        const end = bracketEnd(f, j);
        out.push({ kind: "struct", text: f.slice(i, end), table: word, inner: f.slice(j + 1, end - 1) });
        j = end;
      } else if (f[j] === "(") out.push({ kind: "call", text: word });
      else if (f[j] === "!") {
        out.push({ kind: "sheet", text: `${word}!` });
        j++;
      } else out.push({ kind: "word", text: word });
      i = j;
    } else {
      out.push({ kind: "other", text: ch });
      i++;
    }
  }
  return out;
}

function bracketEnd(f: string, open: number): number {
  let depth = 0;
  for (let i = open; i < f.length; i++) {
    if (f[i] === "'") i++;
    else if (f[i] === "[") depth++;
    else if (f[i] === "]" && --depth === 0) return i + 1;
  }
  return f.length;
}

const CELL = /^\$?[A-Za-z]{1,3}\$?\d+$/;

/** Table names a formula refers to (as written; a bare [..] refers to no table by name). */
export function referencedTables(formula: string): string[] {
  return [...new Set(pieces(formula).flatMap((p) => (p.kind === "struct" && p.table ? [p.table] : [])))];
}

/** Defined names (or bare table names) a formula refers to: words that are neither functions, cells,
 *  TRUE/FALSE, nor qualified by a sheet. */
export function referencedNames(formula: string): string[] {
  const ps = pieces(formula);
  return [
    ...new Set(
      ps.flatMap((p, i) => (p.kind === "word" && !CELL.test(p.text) && !/^(TRUE|FALSE)$/i.test(p.text) && ps[i - 1]?.kind !== "sheet" && !/^\d/.test(p.text) ? [p.text] : [])),
    ),
  ];
}

const ITEMS: Record<string, string> = { "#all": "#all", "#data": "#data", "#headers": "#headers", "#totals": "#totals", "#this row": "@" };

/** A structured reference's inside as "items|columns", lower-cased; "@" for this row. */
function canonicalInner(inner: string): string {
  const s = inner.trim();
  if (s === "") return "|";
  if (s.startsWith("@")) {
    const rest = s.slice(1).trim();
    return `@|${rest === "" ? "" : unescapeParts(rest.startsWith("[") ? rest : `[${rest}]`)}`;
  }
  if (s.startsWith("#")) return `${ITEMS[s.toLowerCase()] ?? s.toLowerCase()}|`;
  if (!s.startsWith("[")) return `|${unescape(s).toLowerCase()}`;
  const items: string[] = [];
  const cols: string[] = [];
  for (const part of splitParts(s)) {
    if (part === ":") cols.push(":");
    else if (part.startsWith("#")) items.push(ITEMS[part.toLowerCase()] ?? part.toLowerCase());
    else cols.push(unescape(part).toLowerCase());
  }
  return `${items.join(",")}|${cols.join("")}`;
}

const unescape = (s: string) => s.replace(/'(.)/g, "$1");
const unescapeParts = (s: string) =>
  splitParts(s)
    .map((p) => (p === ":" ? ":" : unescape(p).toLowerCase()))
    .join("");

/** "[a],[b]:[c]" → ["a", "b", ":", "c"] (inner texts, escapes kept). */
function splitParts(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; ) {
    if (s[i] === "[") {
      const end = bracketEnd(s, i);
      out.push(s.slice(i + 1, end - 1));
      i = end;
    } else {
      if (s[i] === ":") out.push(":");
      i++;
    }
  }
  return out;
}

/**
 * How to read a formula in the spelling the `shopsheet` command's .xlsx files use (their formulas
 * compile faster in LibreOffice; issue 15): a table's calculated column in relative A1 text ("F5" on
 * row 5 for `[@基本工资]`), every other structured reference as a hidden workbook name
 * ("ShopSheetCol.Staff.base" for `Staff[[基本工资]]`). Excel gives such a cell back as it is stored:
 * Range.formulas is "the formula in A1-style notation"
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member), the
 * text the formula bar shows — a name stays a name, an A1 reference is not turned into `[@…]`.
 */
export interface LiveReading {
  /** ShopSheet's column names present in the workbook, lower-cased → the canonical structured
   *  reference each stands for (./columnNames.ts). */
  names: ReadonlyMap<string, string>;
  /** The table the cell stands in, as it stands now, and the cell's row: a relative A1 reference on
   *  that row inside the table is that column's `[@…]`. */
  cell?: { table: string; left: number; headers: readonly string[]; row: number };
}

const RELATIVE_CELL = /^([A-Za-z]{1,3})(\d+)$/;

/** A column's letters → its 1-based number. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** What a word of a live formula stands for in ShopSheet's terms (canonical), or null: itself. */
function wordMeaning(word: string, reading: LiveReading): string | null {
  const named = reading.names.get(word.toLowerCase());
  if (named !== undefined) return named;
  const cell = reading.cell;
  const m = cell ? RELATIVE_CELL.exec(word) : null;
  if (!cell || !m || Number(m[2]) !== cell.row) return null;
  const header = cell.headers[columnNumber(m[1]!) - cell.left];
  return header === undefined ? null : `{${cell.table.toLowerCase()}|@|${header.toLowerCase()}}`;
}

/**
 * One spelling for every way Excel writes the same formula: structured references as
 * table|items|columns (the table named even inside its own table `here`, "#This Row" as "@", names
 * lower-cased), function and other names upper-cased, spaces outside strings dropped. With a
 * `reading`, the file's A1 spelling reads as the structured references it stands for; an absolute
 * ("$F$5", "$F5") or sheet-qualified reference, one to another row or outside the table, and a name
 * ShopSheet did not write stay what they are (not ShopSheet's formula: the user's edit).
 */
export function canonicalFormula(formula: string, here: string | null, reading?: LiveReading): string {
  const ps = pieces(formula);
  return ps
    .map((p, i) => {
      if (p.kind === "string") return p.text;
      if (p.kind === "struct") return `{${(p.table || here || "").toLowerCase()}|${canonicalInner(p.inner ?? "")}}`;
      if (p.kind === "other") return p.text.trim();
      const meaning = reading && p.kind === "word" && ps[i - 1]?.kind !== "sheet" ? wordMeaning(p.text, reading) : null;
      return meaning ?? p.text.toUpperCase();
    })
    .join("");
}

/**
 * The formula as copying it `by` rows down makes it (Excel's relative references: a cell's row moves
 * unless it is written with "$"), or null where this cannot tell — a whole-row reference ("3:5") — so
 * that a caller writes such a formula out rather than trust a fill to move it. Strings, sheet names and
 * structured references stay as they are.
 */
export function movedRows(formula: string, by: number): string | null {
  return rowMover(formula)?.(by) ?? null;
}

/** movedRows for one formula and many distances: the formula is read once. */
export function rowMover(formula: string): ((by: number) => string) | null {
  const parts = pieces(formula);
  // Fixed text between the relative rows: [text, row, text, row, …, text].
  const fixed: string[] = [];
  const rows: number[] = [];
  let text = formula.startsWith("=") ? "=" : "";
  for (const [i, p] of parts.entries()) {
    const next = parts[i + 1]?.text;
    const prev = parts[i - 1]?.text;
    if (p.kind === "other" && /^\d$/.test(p.text) && (next === ":" || prev === ":")) return null;
    const cell = p.kind === "word" && CELL.test(p.text) ? /^(\$?[A-Za-z]{1,3})(\$?)(\d+)$/.exec(p.text) : null;
    if (cell && cell[2] === "") {
      fixed.push(text + cell[1]);
      rows.push(Number(cell[3]));
      text = "";
    } else text += p.text;
  }
  fixed.push(text);
  return (by) => fixed.map((t, i) => (i < rows.length ? `${t}${rows[i]! + by}` : t)).join("");
}
