/**
 * Checks a WorkbookSpec against Excel's rules before any renderer touches it. Every problem here
 * would otherwise surface as a "repaired" file, a #REF!, or an exception deep inside a host API.
 * Messages are for developers (a spec is built by code, not typed by the user), so English only.
 */
import { contains, MAX_COL, MAX_ROW, parseA1, parseRange, rangesOverlap, type RangePos } from "./address";
import { groupColumns, headerFooterCode, printAreaList, printAreaParts } from "./print";
import { forbiddenFunctions, hasStructuredRef, resolveStructuredRefs, tableDirectory, type TableDirectory } from "./formula";
import type { CellSpec, CellValue, SheetSpec, TableSpec, WorkbookSpec } from "./spec";
import type { Target, ValidationRule } from "./validationSpec";
import { isDateValue, isFormulaCell } from "./spec";
import { validSheetKey, validSheetName } from "./sheetIdentity";
import { hasIllegalCharacter, illegalCharacter } from "../core/config/characters";

const COLUMN_KEY = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Excel's rule for defined names and table names: letters, digits, "_", "."; starts with a
 *  letter, "_" or "\"; and must not read as a cell (A1, XFD100) or as R1C1 (R, C, R2C3). */
export function validName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 255 &&
    /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[RrCc]$/.test(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name)
  );
}

/** Where a table sits: header row, data rows (at least one), optional totals row. */
export function tableBounds(t: TableSpec): { range: RangePos; headerRow: number; firstDataRow: number; lastDataRow: number; totalsRow: number | null } {
  const tl = parseA1(t.at);
  const dataRows = Math.max(1, t.rows.length);
  const hasTotals = t.columns.some((c) => c.total !== undefined);
  const lastDataRow = tl.row + dataRows;
  const bottom = lastDataRow + (hasTotals ? 1 : 0);
  return {
    range: { top: tl.row, left: tl.col, bottom, right: tl.col + t.columns.length - 1 },
    headerRow: tl.row,
    firstDataRow: tl.row + 1,
    lastDataRow,
    totalsRow: hasTotals ? bottom : null,
  };
}

/** Throws one Error listing every problem found. */
export function validateWorkbook(spec: WorkbookSpec): void {
  const problems: string[] = [];
  const bad = (msg: string) => problems.push(msg);

  const sheetNames = new Set<string>();
  const sheetKeys = new Set<string>();
  const tableNames = new Map<string, TableSpec>();
  for (const s of spec.sheets) {
    if (!validSheetName(s.name)) bad(`sheet name "${s.name}": 1-31 characters, none of : \\ / ? * [ ]`);
    if (sheetNames.has(s.name.toLowerCase())) bad(`sheet name "${s.name}" used twice`);
    sheetNames.add(s.name.toLowerCase());
    if (!validSheetKey(s.key)) bad(`sheet key "${s.key}" must match [a-z][a-z0-9-]*(:[a-z0-9-]+)*`);
    if (sheetKeys.has(s.key)) bad(`sheet key "${s.key}" used twice`);
    sheetKeys.add(s.key);
    for (const t of s.tables) {
      if (tableNames.has(t.name.toLowerCase())) bad(`table name "${t.name}" used twice`);
      tableNames.set(t.name.toLowerCase(), t);
    }
  }

  const names = new Set<string>();
  for (const n of spec.names) {
    if (!validName(n.name)) bad(`defined name "${n.name}" is not a valid Excel name`);
    if (names.has(n.name.toLowerCase()) || tableNames.has(n.name.toLowerCase())) bad(`name "${n.name}" used twice (names and tables share one namespace)`);
    names.add(n.name.toLowerCase());
    if (!sheetKeys.has(n.sheet)) bad(`defined name "${n.name}" points into unknown sheet key "${n.sheet}"`);
    guard(bad, `defined name "${n.name}"`, () => parseRange(n.range));
  }

  // Last line of defence: input checks refuse such text where it is typed, but a part of the file
  // with a character XML cannot carry is a corrupt workbook, so nothing reaches a renderer with one.
  // Tables' rows (at 1,000 staff a million values) are checked in validateSheet's own pass over
  // them; the walk that names where is run only when the quick one finds something.
  if (holdsIllegalStringOutsideRows(spec)) for (const { path, char } of illegalStrings(spec, "spec")) bad(`${path}: ${char} cannot be written to an .xlsx (XML 1.0)`);

  let dir: TableDirectory = new Map();
  guard(bad, "tables", () => (dir = tableDirectory(spec)));
  for (const s of spec.sheets) validateSheet(s, bad, tableNames, names, dir);

  if (problems.length) throw new Error(`invalid workbook spec:\n- ${problems.join("\n- ")}`);
}

function validateSheet(s: SheetSpec, bad: (m: string) => void, tables: Map<string, TableSpec>, names: Set<string>, dir: TableDirectory): void {
  const where = `sheet "${s.key}"`;
  // Unknown tables or keys in structured references, reported with everything else.
  const refs = (what: string, f: string, here?: string) => guard(bad, what, () => resolveStructuredRefs(f, dir, here));
  const occupied: { what: string; range: RangePos }[] = [];

  for (const t of s.tables) {
    const tw = `${where} table "${t.name}"`;
    if (!validName(t.name)) bad(`${tw}: not a valid Excel table name`);
    if (t.columns.length === 0) bad(`${tw}: no columns`);
    const keys = new Set<string>();
    const headers = new Set<string>();
    t.columns.forEach((c, i) => {
      if (!COLUMN_KEY.test(c.key)) bad(`${tw}: column key "${c.key}" must match ${COLUMN_KEY}`);
      if (keys.has(c.key)) bad(`${tw}: column key "${c.key}" used twice`);
      keys.add(c.key);
      if (!c.header.trim() || /[[\]#'\u0000-\u001f]/.test(c.header)) bad(`${tw}: header "${c.header}" is empty or has one of [ ] # ' or a control character`);
      if (headers.has(c.header.toLowerCase())) bad(`${tw}: header "${c.header}" used twice`);
      headers.add(c.header.toLowerCase());
      if (c.formula !== undefined) {
        checkFormula(bad, `${tw} column ${c.key}`, c.formula);
        refs(`${tw} column ${c.key}`, c.formula, t.name);
      }
      if (typeof c.total === "object") refs(`${tw} total ${c.key}`, c.total.formula, t.name);
      if (i === 0 && c.total !== undefined) bad(`${tw}: the first column holds the totals label and cannot have a total`);
      if (c.validation) checkRule(bad, `${tw} column ${c.key}`, c.validation, tables, names);
    });
    checkRows(t, tw, keys, bad);
    for (const [k, v] of Object.entries(t.totalsResults ?? {})) {
      if (!t.columns.some((c) => c.key === k && c.total !== undefined)) bad(`${tw} totals: no total in column "${k}"`);
      if (v !== undefined) checkValue(bad, `${tw} totals ${k}`, v);
    }
    guard(bad, tw, () => {
      const { range } = tableBounds(t);
      for (const o of occupied) if (rangesOverlap(o.range, range)) bad(`${tw} overlaps ${o.what}`);
      occupied.push({ what: `table "${t.name}"`, range });
    });
  }

  checkLooseCells(s.cells, where, occupied, dir, bad);

  for (const m of s.merges ?? []) {
    guard(bad, `${where} merge ${m}`, () => {
      const r = parseRange(m);
      for (const o of occupied) if (rangesOverlap(o.range, r)) bad(`${where}: merge ${m} overlaps ${o.what}`);
    });
  }

  const checkTarget = (what: string, t: Target) => {
    if (typeof t === "string") guard(bad, what, () => parseRange(t));
    else {
      const table = s.tables.find((x) => x.name === t.table);
      if (!table) bad(`${what}: table "${t.table}" is not on this sheet`);
      else if (t.column !== undefined && !table.columns.some((c) => c.key === t.column)) bad(`${what}: table "${t.table}" has no column "${t.column}"`);
    }
  };
  for (const v of s.validations ?? []) {
    checkTarget(`${where} validation`, v.target);
    checkRule(bad, `${where} validation`, v.rule, tables, names);
  }
  for (const cf of s.conditionalFormats ?? []) {
    checkTarget(`${where} conditional format`, cf.target);
    checkFormula(bad, `${where} conditional format`, cf.expression);
    if (hasStructuredRef(cf.expression)) bad(`${where} conditional format "${cf.expression}": A1 references only`);
  }
  for (const ch of s.charts ?? []) {
    const table = s.tables.find((x) => x.name === ch.table);
    if (!table) bad(`${where} chart "${ch.title}": table "${ch.table}" is not on this sheet`);
    else for (const k of [ch.x, ...ch.series]) if (!table.columns.some((c) => c.key === k)) bad(`${where} chart "${ch.title}": no column "${k}"`);
  }
  if (s.freeze && (s.freeze.rows < 0 || s.freeze.cols < 0)) bad(`${where}: negative freeze`);
  validatePrint(s, where, bad);
}

/**
 * Loose cells (a salary slip sheet at 1,000 staff holds 93,000): each problem's place is said only
 * when there is one, and a cell's place is a number, not a string, while all is well. A function of its
 * own, apart from validateSheet: V8 optimizes this loop while it runs, and in one function every sheet's
 * spec of another shape deoptimized it and had it recompiled with the rest (src/xlsx/writer/README.md,
 * "Fourth look").
 */
function checkLooseCells(cells: readonly CellSpec[], where: string, occupied: readonly { what: string; range: RangePos }[], dir: TableDirectory, bad: (m: string) => void): void {
  const seen = new Set<number>();
  for (const c of cells) {
    try {
      const p = parseA1(c.at);
      const canonical = p.row * (MAX_COL + 1) + p.col;
      if (seen.has(canonical)) bad(`${where}: cell ${c.at} given twice`);
      seen.add(canonical);
      for (const o of occupied) if (contains(o.range, p)) bad(`${where}: cell ${c.at} lies inside ${o.what}; write it through the table`);
    } catch (e) {
      bad(`${where} cell ${c.at}: ${(e as Error).message}`);
    }
    if (isFormulaCell(c)) {
      checkFormula(bad, where, c.formula, c.at);
      try {
        resolveStructuredRefs(c.formula, dir);
      } catch (e) {
        bad(`${where} cell ${c.at}: ${(e as Error).message}`);
      }
      if (c.result !== undefined && !validValue(c.result)) checkValue(bad, `${where} cell ${c.at} result`, c.result);
    } else if (!validValue(c.value)) checkValue(bad, `${where} cell ${c.at}`, c.value);
  }
}

/** Page setup, column groups and row heights: what Excel accepts. */
function validatePrint(s: SheetSpec, where: string, bad: (m: string) => void): void {
  const p = s.page;
  if (p?.printArea !== undefined) guard(bad, `${where} print area`, () => printAreaList(p.printArea!).forEach((a) => printAreaParts(a)));
  for (const [what, h] of [["header", p?.header], ["footer", p?.footer]] as const) {
    // Excel keeps at most 255 characters of a header or footer (its codes included).
    if (headerFooterCode(h).length > 255) bad(`${where} ${what}: over 255 characters`);
  }
  const grouped = new Set<number>();
  for (const g of s.columnGroups ?? []) {
    guard(bad, `${where} column group ${g.from}:${g.to}`, () => {
      const { from, to } = groupColumns(g);
      for (let c = from; c <= to; c++) {
        if (grouped.has(c)) bad(`${where}: column group ${g.from}:${g.to} overlaps another`);
        grouped.add(c);
      }
    });
  }
  const rows = new Set<number>();
  for (const g of s.rowGroups ?? []) {
    if (!Number.isInteger(g.from) || !Number.isInteger(g.to) || g.from < 1 || g.to < g.from || g.to > MAX_ROW) bad(`${where}: row group ${g.from}-${g.to} is not a run of rows`);
    for (let r = g.from; r <= Math.min(g.to, g.from + 10_000); r++) {
      if (rows.has(r)) bad(`${where}: row group ${g.from}-${g.to} overlaps another`);
      rows.add(r);
    }
  }
  for (const [row, h] of Object.entries(s.rowHeights ?? {})) {
    if (!/^[1-9]\d*$/.test(row) || Number(row) > MAX_ROW) bad(`${where}: row height for "${row}", not a row`);
    // Excel's row height is at most 409 points.
    if (!(h > 0 && h <= 409)) bad(`${where}: row ${row} height ${h} is not within 0-409 points`);
  }
}

function checkRule(bad: (m: string) => void, what: string, r: ValidationRule, tables: Map<string, TableSpec>, names: Set<string>): void {
  if ((r.error?.length ?? 0) > 225) bad(`${what}: error message over 225 characters`);
  if ((r.errorTitle?.length ?? 0) > 32 || (r.promptTitle?.length ?? 0) > 32) bad(`${what}: titles are at most 32 characters`);
  if ((r.prompt?.length ?? 0) > 255) bad(`${what}: prompt over 255 characters`);
  switch (r.kind) {
    case "list":
      if (r.values.some((v) => v.includes(",") || v.includes('"'))) bad(`${what}: list values cannot contain , or "`);
      if (r.values.join(",").length > 255) bad(`${what}: list over 255 characters; use listFrom`);
      break;
    case "listFrom":
      if ("table" in r.source) {
        const t = tables.get(r.source.table.toLowerCase());
        const col = r.source.column;
        if (!t || !t.columns.some((c) => c.key === col)) bad(`${what}: no table column ${r.source.table}[${col}]`);
      } else if (!names.has(r.source.name.toLowerCase())) bad(`${what}: unknown defined name ${r.source.name}`);
      break;
    case "custom":
      checkFormula(bad, what, r.formula);
      if (hasStructuredRef(r.formula)) bad(`${what}: validation formula "${r.formula}": A1 references only`);
      break;
    default:
      break;
  }
}

/**
 * `what` names the formula; `cell`, a loose cell's address, is added to it only for a problem (a salary
 * slip sheet holds 22,000 formulas at 1,000 staff: no place, closure or string is made per formula while
 * all is well).
 */
function checkFormula(bad: (m: string) => void, what: string, f: string, cell?: string): void {
  if (!f.trim()) bad(`${formulaPlace(what, cell)}: empty formula`);
  if (f.startsWith("=")) bad(`${formulaPlace(what, cell)}: formula "${f}" must not start with "="`);
  const forbidden = forbiddenFunctions(f);
  if (forbidden.length) bad(`${formulaPlace(what, cell)}: ${forbidden.join(", ")} not allowed in generated sheets (Excel 2016 / LibreOffice 7.4 lack them)`);
}

function formulaPlace(what: string, cell: string | undefined): string {
  return cell === undefined ? what : `${what} cell ${cell}`;
}

function validValue(v: CellValue): boolean {
  if (typeof v === "number") return Number.isFinite(v);
  return typeof v !== "object" || v === null || (isDateValue(v) && /^\d{4}-\d{2}-\d{2}$/.test(v.date));
}

function checkValue(bad: (m: string) => void, what: string, v: CellValue): void {
  if (typeof v === "number" && !Number.isFinite(v)) bad(`${what}: ${v} is not a finite number`);
  if (typeof v === "object" && v !== null && !(isDateValue(v) && /^\d{4}-\d{2}-\d{2}$/.test(v.date))) bad(`${what}: a date must be { date: "YYYY-MM-DD" }`);
}

/**
 * A table's rows: keys the table has, values a cell holds, text XML can carry. The hottest loop of the
 * validation (a value per payroll cell), so it allocates nothing while all is well: a problem's place
 * is built only when there is one, and a row's keys are checked only when it holds one the columns do
 * not (its keys counted, against the columns' values found).
 */
function checkRows(t: TableSpec, tw: string, keys: ReadonlySet<string>, bad: (m: string) => void): void {
  const columns = [...keys];
  const rows = t.rows;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    let present = 0;
    for (let c = 0; c < columns.length; c++) {
      const v = r[columns[c]!];
      if (v === undefined) {
        if (columns[c]! in r) present++;
        continue;
      }
      present++;
      if (typeof v === "string") {
        if (hasIllegalCharacter(v)) bad(`${tw} row ${i + 1} ${columns[c]}: ${illegalCharacter(v)!.char} cannot be written to an .xlsx (XML 1.0)`);
      } else if (!validValue(v)) checkValue(bad, `${tw} row ${i + 1} ${columns[c]}`, v);
    }
    let count = 0;
    for (const k in r) if (k) count++; // (a key is never "": COLUMN_KEY)
    if (count !== present) for (const k in r) if (!keys.has(k)) bad(`${tw} row ${i + 1}: unknown column key "${k}"`);
  }
}

/** True when some string of the spec but its tables' rows (checkRows sees to those) holds an XML-illegal character. */
function holdsIllegalStringOutsideRows(spec: WorkbookSpec): boolean {
  const { sheets, ...rest } = spec;
  if (holdsIllegalString(rest)) return true;
  for (const { tables, ...sheet } of sheets) {
    if (holdsIllegalString(sheet)) return true;
    for (const t of tables) if (holdsIllegalString({ ...t, rows: [] })) return true;
  }
  return false;
}

/**
 * True when some string in v (keys included) holds an XML-illegal character. Arrays by index, not by
 * iterator, and a string value tested where it is met, not in a call of its own: the walk meets every loose
 * cell of the spec (93,000 salary slip cells at 1,000 staff, each with its style list).
 */
function holdsIllegalString(v: unknown): boolean {
  if (typeof v === "string") return hasIllegalCharacter(v);
  if (typeof v !== "object" || v === null) return false;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      if (typeof x === "string" ? hasIllegalCharacter(x) : holdsIllegalString(x)) return true;
    }
    return false;
  }
  for (const k in v) {
    const x = (v as Record<string, unknown>)[k];
    if (hasIllegalCharacter(k) || (typeof x === "string" ? hasIllegalCharacter(x) : holdsIllegalString(x))) return true;
  }
  return false;
}

/** Every string in the spec (it is plain JSON by contract) holding an XML-illegal character. */
function illegalStrings(v: unknown, path: string): { path: string; char: string }[] {
  if (typeof v === "string") {
    const found = illegalCharacter(v);
    return found ? [{ path, char: found.char }] : [];
  }
  if (Array.isArray(v)) return v.flatMap((x, i) => illegalStrings(x, `${path}[${i}]`));
  if (typeof v === "object" && v !== null) return Object.entries(v).flatMap(([k, x]) => [...illegalStrings(k, `${path} key`), ...illegalStrings(x, `${path}.${k}`)]);
  return [];
}

function guard(bad: (m: string) => void, what: string, f: () => unknown): void {
  try {
    f();
  } catch (e) {
    bad(`${what}: ${(e as Error).message}`);
  }
}
