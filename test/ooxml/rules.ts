/**
 * What Excel checks that the schemas do not (test/ooxml/README.md). Each rule is written from Excel's
 * documented behaviour, independently of how src/ builds the file, so a builder mistake cannot hide here:
 * - a table's header cells hold exactly its column names (else Excel repairs the table);
 * - a calculated column's data cells all hold the column's formula, moved to their row (else the column is
 *   inconsistent);
 * - sheet names: 1-31 characters, none of : \ / ? * [ ], no ' at either end, unique ignoring case;
 * - defined and table names: valid names, unique ignoring case, in one namespace;
 * - a data validation formula is at most 255 characters;
 * - style (s=, style=, dxfId=) and shared-string indexes point at existing records;
 * - cells of a row in ascending column order, none twice (Excel repairs a row out of order by
 *   removing cells: github.com/ahmedwalid05/FastExcel/issues/72). A cell without `r` is the one after
 *   the cell before it: ISO/IEC 29500-1 §18.3.1.4 makes `r` optional, and Excel and LibreOffice read
 *   an omitted one so (src/xlsx/writer/README.md, "Cells without `r`");
 * - no character XML 1.0 forbids; every part has a content type and every relationship a target.
 */
import type { Document, Element } from "@xmldom/xmldom";
import { NS, elements, parseXml, relationships, type XlsxPackage } from "./package";
import { cellAddresses, cellPos, colLetters } from "./cellAddresses";

export interface PartProblem {
  part: string;
  message: string;
}

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
const ILLEGAL_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ILLEGAL_REF = /&#(?:x0*(?:[0-8bcef]|1[0-9a-f]|d[89a-f][0-9a-f]{2}|fff[ef])|0*(?:[0-8]|1[124-9]|2[0-9]|3[01]));/i;

export function validSheetNameRule(name: string): boolean {
  return name.length >= 1 && name.length <= 31 && !/[:\\/?*[\]]/.test(name) && !name.startsWith("'") && !name.endsWith("'");
}

/** Excel's names: a letter, "_" or "\" first, then letters, digits, "_", "." and "\"; not a cell reference (A1, R1C1). */
export function validNameRule(name: string): boolean {
  return (
    name.length <= 255 &&
    /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}[0-9]+$/.test(name) &&
    !/^[RrCc]$/.test(name) &&
    !/^[Rr]([0-9]+)?[Cc]([0-9]+)?$/.test(name)
  );
}

interface Sheet {
  name: string;
  path: string;
  doc: Document;
  /** Cells by address, and each cell's address, `r` given or implied. */
  cells: Map<string, Element>;
  addressOf: Map<Element, string>;
}

/** `docs`: the parts already parsed (after markup compatibility), by path; others are parsed here. */
export function semanticProblems(pkg: XlsxPackage, types: Map<string, string>, docs: ReadonlyMap<string, Document> = new Map()): PartProblem[] {
  const out: PartProblem[] = [];
  const bad = (part: string, message: string) => out.push({ part, message });

  for (const [path, text] of pkg.parts) {
    if (ILLEGAL_CHAR.test(text)) bad(path, "a character XML 1.0 does not allow");
    if (ILLEGAL_REF.test(text)) bad(path, "a character reference XML 1.0 does not allow");
    if (path !== "[Content_Types].xml" && !types.has(path)) bad(path, "no content type");
    if (path.endsWith(".rels")) {
      const source = path.replace(/_rels\/([^/]*)\.rels$/, "$1");
      for (const [id, target] of relationships(pkg.parts, source)) if (!pkg.parts.has(target)) bad(path, `relationship ${id} points at missing part ${target}`);
    }
  }

  const doc = (path: string) => docs.get(path) ?? parseXml(pkg.parts.get(path) ?? "", path);
  const workbook = doc("xl/workbook.xml");

  // Sheet names.
  const sheetNames = new Set<string>();
  for (const s of pkg.sheets) {
    if (!validSheetNameRule(s.name)) bad("xl/workbook.xml", `sheet name "${s.name}" is not one Excel allows`);
    if (sheetNames.has(s.name.toLowerCase())) bad("xl/workbook.xml", `sheet name "${s.name}" used twice (ignoring case)`);
    sheetNames.add(s.name.toLowerCase());
  }

  // Styles and shared strings.
  const stylesPath = [...types].find(([, t]) => t.endsWith("spreadsheetml.styles+xml"))?.[0];
  const styles = stylesPath ? doc(stylesPath) : undefined;
  const countIn = (parent: string, child: string) => {
    const p = styles ? elements(styles, NS.main, parent)[0] : undefined;
    return p ? elements(p, NS.main, child).length : 0;
  };
  const xfs = countIn("cellXfs", "xf");
  const dxfs = countIn("dxfs", "dxf");
  const sstPath = [...types].find(([, t]) => t.endsWith("spreadsheetml.sharedStrings+xml"))?.[0];
  const sst = sstPath ? elements(doc(sstPath), NS.main, "si").map((si) => elements(si, NS.main, "t").map((t) => t.textContent ?? "").join("")) : [];

  const sheets: Sheet[] = pkg.sheets.map((s) => {
    const d = doc(s.path);
    const { cells, addressOf, problems } = cellAddresses(d);
    for (const message of problems) bad(s.path, message);
    return { ...s, doc: d, cells, addressOf };
  });
  const index = (part: string, what: string, value: string | null, count: number) => {
    if (value === null) return;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0 || n >= count) bad(part, `${what} ${value} out of range (there are ${count})`);
  };

  for (const s of sheets) {
    for (const [address, c] of s.cells) {
      index(s.path, `cell ${address} style`, c.getAttribute("s"), xfs);
      if (c.getAttribute("t") === "s") index(s.path, `cell ${address} shared string`, elements(c, NS.main, "v")[0]?.textContent ?? "", sst.length);
    }
    for (const r of elements(s.doc, NS.main, "row")) index(s.path, `row ${r.getAttribute("r")} style`, r.getAttribute("s"), xfs);
    for (const c of elements(s.doc, NS.main, "col")) index(s.path, "column style", c.getAttribute("style"), xfs);
    for (const r of elements(s.doc, NS.main, "cfRule")) index(s.path, "conditional format dxfId", r.getAttribute("dxfId"), dxfs);
    for (const dv of elements(s.doc, NS.main, "dataValidation")) {
      for (const f of [...elements(dv, NS.main, "formula1"), ...elements(dv, NS.main, "formula2")]) {
        const text = f.textContent ?? "";
        if (text.length > 255) bad(s.path, `data validation on ${dv.getAttribute("sqref")}: formula of ${text.length} characters (Excel allows 255)`);
      }
    }
  }

  // Names: defined names per scope, table names, one namespace ignoring case.
  const names = new Map<string, string>();
  for (const n of elements(workbook, NS.main, "definedName")) {
    const name = n.getAttribute("name") ?? "";
    const builtIn = name.startsWith("_xlnm.");
    if (!builtIn && !validNameRule(name)) bad("xl/workbook.xml", `defined name "${name}" is not a valid name`);
    const key = `${n.getAttribute("localSheetId") ?? ""}|${name.toLowerCase()}`;
    if (names.has(key)) bad("xl/workbook.xml", `defined name "${name}" used twice in one scope (ignoring case)`);
    names.set(key, name);
  }
  const globalNames = new Set([...names.keys()].filter((k) => k.startsWith("|")).map((k) => k.slice(1)));
  const tableNames = new Set<string>();

  for (const s of sheets) {
    const rels = relationships(pkg.parts, s.path);
    for (const tp of elements(s.doc, NS.main, "tablePart")) {
      const path = rels.get(tp.getAttributeNS(NS.rel, "id") ?? "");
      if (path === undefined || !pkg.parts.has(path)) continue; // reported with the relationships above
      const table = doc(path).documentElement!;
      const name = table.getAttribute("displayName") ?? "";
      if (!validNameRule(name) || !validNameRule(table.getAttribute("name") ?? "")) bad(path, `table name "${name}" is not a valid name`);
      if (tableNames.has(name.toLowerCase())) bad(path, `table name "${name}" used twice (ignoring case)`);
      if (globalNames.has(name.toLowerCase())) bad(path, `table name "${name}" is also a defined name`);
      tableNames.add(name.toLowerCase());
      tableRules(s, path, table, sst, bad);
    }
  }
  return out;
}

/** The text a cell shows as a header: a shared string, an inline string or a formula's string result. */
function cellText(c: Element | undefined, sst: readonly string[]): string | undefined {
  if (c === undefined) return undefined;
  const t = c.getAttribute("t");
  if (t === "s") return sst[Number(elements(c, NS.main, "v")[0]?.textContent ?? "-1")];
  if (t === "inlineStr") return elements(c, NS.main, "t").map((x) => x.textContent ?? "").join("");
  return elements(c, NS.main, "v")[0]?.textContent ?? undefined;
}

/**
 * A cell's formula text. A cell of a shared formula other than its first holds only
 * `<f t="shared" si="N"/>`: its formula is the first cell's, moved by the distance between them
 * (ECMA-376 Part 1, §18.3.1.40 f (Formula), attribute t, ST_CellFormulaType "shared").
 */
function formulaOf(cell: Element, s: Sheet): string | undefined {
  const f = elements(cell, NS.main, "f")[0];
  if (f === undefined) return undefined;
  if (f.getAttribute("t") !== "shared" || (f.textContent ?? "") !== "") return f.textContent ?? undefined;
  const si = f.getAttribute("si");
  const first = elements(s.doc, NS.main, "f").find((m) => m.getAttribute("t") === "shared" && m.getAttribute("si") === si && m.getAttribute("ref") !== null);
  if (first === undefined) return `(shared formula ${si ?? "?"} has no first cell)`;
  const [a, b] = (first.getAttribute("ref") ?? "").split(":");
  const tl = cellPos(a ?? "A1");
  const br = cellPos(b ?? a ?? "A1");
  const here = cellPos(s.addressOf.get(cell) ?? "A1");
  if (here.row < tl.row || here.row > br.row || here.col < tl.col || here.col > br.col) return `(outside shared formula ${si ?? "?"}'s range ${first.getAttribute("ref")})`;
  return movedFormula(first.textContent ?? "", here.row - tl.row, here.col - tl.col);
}

/**
 * A formula's text as it reads `rows` rows and `cols` columns further on, as a fill or a copy moves it:
 * each relative A1 reference moved, `$` parts kept; strings, quoted sheet names and structured
 * references (`T[[#This Row],[x]]`) untouched. A reference is 1–3 letters and digits standing alone
 * (not part of a name such as `ShopSheetCol.T.x1` or `Payroll_2026_01`, not a function such as `LOG10(`).
 * Text only — enough for the formulas a writer spells one way; not Excel's parser.
 */
export function movedFormula(text: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return text;
  return text.replace(/"(?:[^"]|"")*"|'(?:[^']|'')*'|\[(?:[^[\]]|\[[^\]]*\])*\]|(?<![A-Za-z_.\d\\$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z_.\d(\[])/g, (whole, colAbs?: string, letters?: string, rowAbs?: string, row?: string) => {
    if (letters === undefined) return whole; // a string, a quoted sheet name or a structured reference
    const col = colAbs ? letters : colLetters(colNumberOf(letters) + cols);
    return `${colAbs}${col}${rowAbs}${rowAbs ? row : Number(row) + rows}`;
  });
}

function colNumberOf(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function tableRules(s: Sheet, path: string, table: Element, sst: readonly string[], bad: (part: string, m: string) => void): void {
  const [from, to] = (table.getAttribute("ref") ?? "").split(":");
  const tl = cellPos(from ?? "A1");
  const br = cellPos(to ?? from ?? "A1");
  const headerRows = Number(table.getAttribute("headerRowCount") ?? "1");
  const totalsRows = Number(table.getAttribute("totalsRowCount") ?? "0");
  const columns = elements(table, NS.main, "tableColumn");
  if (columns.length !== br.col - tl.col + 1) bad(path, `${columns.length} columns for a ref ${table.getAttribute("ref")} of ${br.col - tl.col + 1}`);
  const seen = new Set<string>();
  columns.forEach((col, i) => {
    const name = col.getAttribute("name") ?? "";
    const at = `${colLetters(tl.col + i)}${tl.row}`;
    if (seen.has(name.toLowerCase())) bad(path, `column name "${name}" used twice (ignoring case)`);
    seen.add(name.toLowerCase());
    if (headerRows > 0) {
      const text = cellText(s.cells.get(at), sst);
      if (text !== name) bad(path, `header cell ${at} on "${s.name}" holds ${JSON.stringify(text ?? null)}, the column is named ${JSON.stringify(name)}`);
    }
    const calculated = elements(col, NS.main, "calculatedColumnFormula")[0]?.textContent;
    if (calculated != null) {
      // A column formula with A1 references is written as for the first data row (as Excel keeps a
      // column typed with A1 references; exceljs's own table-xform test stores
      // `<calculatedColumnFormula>A2*2</calculatedColumnFormula>` for a table whose data starts on row 2);
      // each data cell holds it moved to its own row.
      const firstDataRow = tl.row + headerRows;
      for (let row = firstDataRow; row <= br.row - totalsRows; row++) {
        const ref = `${colLetters(tl.col + i)}${row}`;
        const cell = s.cells.get(ref);
        const formula = cell === undefined ? undefined : formulaOf(cell, s);
        if (formula !== movedFormula(calculated, row - firstDataRow, 0)) bad(path, `calculated column "${name}": ${ref} on "${s.name}" holds ${JSON.stringify(formula ?? null)}, not the column's formula`);
      }
    }
    if (col.getAttribute("totalsRowFunction") === "custom" && elements(col, NS.main, "totalsRowFormula").length === 0) {
      bad(path, `column "${name}": a custom total without its formula`);
    }
  });
}
