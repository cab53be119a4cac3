/**
 * From sheet specs and what the live workbook holds to a list of write ops (./ops.ts) — or to the
 * reasons a command must stop without writing anything.
 *
 * The rules that keep the user's work safe:
 * - Input cells that exist are never written: an input column of an existing table, an input-styled
 *   cell of an existing sheet. Only a command's own argument (the month's target, the gross margin)
 *   overwrites one, because the user just typed it into the pane.
 * - Rows the user owns (tables whose first column is an input: Roles, Staff, the tax table, events)
 *   are never added, removed or reordered: the spec was built from them.
 * - Rows keyed by a generated first column (payroll by staff id) move physically: rows are inserted
 *   and deleted in the live table, so typed rewards stay beside their person. A row that would be
 *   deleted while holding typed input stops the command. Existing rows keep their order; new ones go
 *   where the spec puts them.
 * - Anything else the command would have to overwrite — a renamed or inserted column, a moved or
 *   missing table, a name used by someone else's table — stops the command, naming the place.
 * - Sheets are found by key; nothing outside the spec's sheets is written.
 */
import type { Lang } from "../data/lang";
import { a1, colLetters, parseA1, parseRange, rangeA1, absRef, type RangePos } from "../workbook/address";
import { resolveStructuredRefs, tableDirectory, type TableDirectory } from "../workbook/formula";
import type { CellSpec, CellValue, ChartSpec, SheetSpec, StyleDef, StyleName, StyleRef, TableSpec, Target, TotalSpec, ValidationRule, WorkbookSpec } from "../workbook/spec";
import { isDateValue, isFormulaCell, sheetKeyName, validSheetName } from "../workbook/spec";
import { NUM_FMT, resolveStyle, STYLES } from "../workbook/styles";
import { tableBounds } from "../workbook/validate";
import { isBlank, isoToSerial, officeColor, toOffice, toOfficeFormula, widthToPoints, type OfficeInput, type OfficeValue } from "./cells";
import type { Features } from "./features";
import type { LiveSheet, LiveTable, LiveWorkbook, ReadData } from "./live";
import { AREAS_PER_CALL, type CellData, type OfficeConditionalFormat, type OfficeValidation, type Op } from "./ops";
import { message, type CellLocation, type CommandMessage } from "./result";
import { tableTemplate, userOwnsRows } from "./templates";

export interface RenderRequest {
  /** Every sheet the rendered ones refer to (tables, names); already validated. */
  spec: WorkbookSpec;
  /** Keys of the sheets to write, in order. */
  render: readonly string[];
  /** Input cells the command itself sets, by sheet key and address (they are written even if the cell exists). */
  overrides?: ReadonlyMap<string, ReadonlyMap<string, CellValue>>;
}

export interface PlanContext {
  live: LiveWorkbook;
  data: ReadData;
  features: Features;
  /** Language of messages. */
  lang: Lang;
}

export type Plan = { ok: true; ops: Op[]; notes: CommandMessage[]; written: string[] } | { ok: false; conflicts: CommandMessage[] };

const TABLE_STYLE = "TableStyleLight9";
const SUBTOTAL: Record<Exclude<TotalSpec, { formula: string }>, number> = { average: 101, count: 103, max: 104, min: 105, sum: 109 };

/** Where a table ends up after this command: data rows first..last, totals below. */
interface Geometry {
  sheetKey: string;
  sheetName: string;
  top: number;
  left: number;
  right: number;
  firstData: number;
  lastData: number;
  totalsRow: number | null;
}

/** What happens to an existing table's rows. */
interface RowPlan {
  /** Key (first-column value) of each final row, in order; null where the spec has no such row (rows the user owns). */
  keys: (string | null)[];
  ops: Op[];
}

// ---------------------------------------------------------------- entry point

export function planRender(req: RenderRequest, ctx: PlanContext): Plan {
  const conflicts: CommandMessage[] = [];
  const notes = new Map<string, CommandMessage>();
  const note = (code: string, params: Record<string, string> = {}) => notes.set(code, message("info", code, params, ctx.lang));
  const conflict = (code: string, params: Record<string, string>, where?: CellLocation) => conflicts.push(message("error", code, params, ctx.lang, where));

  const specs = new Map(req.spec.sheets.map((s) => [s.key, s]));
  const dir = tableDirectory(req.spec);
  const tableSpecs = new Map(req.spec.sheets.flatMap((s) => s.tables.map((t) => [t.name, t] as const)));
  const rendered = req.render.map((k) => specs.get(k)).filter((s): s is SheetSpec => s !== undefined);

  // Sheets: existing ones keep their (possibly renamed) tab; new ones get the spec's name, made unique.
  const sheetNames = new Map<string, string>();
  const taken = new Set(ctx.live.sheets.map((s) => s.name.toLowerCase()));
  for (const s of req.spec.sheets) {
    const live = ctx.live.byKey.get(s.key);
    if (live) sheetNames.set(s.key, live.name);
  }
  for (const s of rendered) {
    if (sheetNames.has(s.key)) continue;
    const name = uniqueName(s.name, taken);
    taken.add(name.toLowerCase());
    sheetNames.set(s.key, name);
  }
  const liveSheet = (key: string): LiveSheet | undefined => ctx.live.byKey.get(key);

  // Tables: checked where they exist, row plans computed, final geometry known for every table.
  const geometry = new Map<string, Geometry>();
  const rowPlans = new Map<string, RowPlan>();
  for (const s of req.spec.sheets) {
    const live = liveSheet(s.key);
    for (const t of s.tables) {
      const lt = ctx.live.tables.get(t.name.toLowerCase());
      const isRendered = rendered.includes(s);
      if (isRendered && !live) {
        if (lt) conflict("office.conflict.tableNameTaken", { table: t.name, sheet: lt.sheet });
        geometry.set(t.name, specGeometry(t, s.key, sheetNames.get(s.key)!));
        continue;
      }
      if (!live || !lt) {
        if (isRendered) conflict("office.conflict.tableMissing", { table: t.name, sheet: live!.name });
        else geometry.set(t.name, specGeometry(t, s.key, sheetNames.get(s.key) ?? s.name));
        continue;
      }
      if (lt.sheet.toLowerCase() !== live.name.toLowerCase()) {
        if (isRendered) conflict("office.conflict.tableNameTaken", { table: t.name, sheet: lt.sheet });
        continue;
      }
      const data = ctx.data.tables.get(t.name.toLowerCase());
      if (!data) {
        // A table the command writes must have been read (its rows and inputs); not one it only refers to.
        if (isRendered) throw new Error(`table ${t.name} on ${s.key} was not read before planning`);
        geometry.set(t.name, specGeometry(t, s.key, live.name));
        continue;
      }
      const liveRange = parseRange(data.range);
      const at = parseA1(t.at);
      if (isRendered) {
        if (!lt.showHeaders) conflict("office.conflict.headersHidden", { table: t.name }, { sheet: live.name, address: t.at });
        if (liveRange.top !== at.row || liveRange.left !== at.col) {
          conflict("office.conflict.tableMoved", { table: t.name, found: a1(liveRange.top, liveRange.left), expected: t.at }, { sheet: live.name, address: a1(liveRange.top, liveRange.left) });
          continue;
        }
        const header = headerConflict(t, lt, live.name, ctx.lang);
        if (header) {
          conflicts.push(header);
          continue;
        }
      }
      const liveRows = Math.max(1, liveRange.bottom - liveRange.top - (lt.showTotals ? 1 : 0));
      const plan = isRendered ? planRows(t, data.columns, liveRows, live.name, liveRange, lt.headers, conflict) : { keys: new Array<string | null>(liveRows).fill(null), ops: [] };
      rowPlans.set(t.name, plan);
      const firstData = at.row + 1;
      const lastData = firstData + Math.max(1, plan.keys.length) - 1;
      const hasTotals = t.columns.some((c) => c.total !== undefined);
      geometry.set(t.name, {
        sheetKey: s.key,
        sheetName: live.name,
        top: at.row,
        left: at.col,
        right: at.col + t.columns.length - 1,
        firstData,
        lastData,
        totalsRow: hasTotals ? lastData + 1 : lt.showTotals ? lastData + 1 : null,
      });
    }
  }

  // Defined names the rendered sheets define (Settings' named cells).
  const nameOps: Op[] = [];
  const renderedKeys = new Set(rendered.map((s) => s.key));
  for (const n of req.spec.names.filter((x) => renderedKeys.has(x.sheet))) {
    const live = ctx.live.names.get(n.name.toLowerCase());
    const sheetName = sheetNames.get(n.sheet)!;
    if (!live) nameOps.push({ op: "addName", name: n.name, sheet: n.sheet, range: n.range, replace: false });
    else if (live.target === null) nameOps.push({ op: "addName", name: n.name, sheet: n.sheet, range: n.range, replace: true });
    else if (live.target.sheet.toLowerCase() !== sheetName.toLowerCase() || live.target.range !== n.range) {
      conflict("office.conflict.nameMoved", { name: n.name, found: `${live.target.sheet}!${live.target.range}`, expected: `${sheetName}!${n.range}` }, { sheet: live.target.sheet, address: live.target.range });
    }
  }

  if (conflicts.length > 0) return { ok: false, conflicts };

  // ---- ops, in an order that keeps every reference valid: sheets, names, tables, data, looks.
  const structure: Op[] = [];
  const data: Op[] = [];
  const looks: Op[] = [];
  const last: Op[] = [];

  for (const s of rendered) {
    const live = liveSheet(s.key);
    if (live?.protected) structure.unshift({ op: "unprotect", sheet: s.key });
    if (!live) {
      const broken = ctx.live.keyNames.has(s.key);
      structure.push({ op: "addSheet", sheet: s.key, name: sheetNames.get(s.key)!, keyName: sheetKeyName(s.key), replaceKeyName: broken });
    }
  }
  structure.push(...nameOps);

  for (const s of rendered) {
    const live = liveSheet(s.key);
    const exists = live !== undefined;
    for (const t of s.tables) {
      const g = geometry.get(t.name)!;
      const rows = rowPlans.get(t.name);
      const lt = ctx.live.tables.get(t.name.toLowerCase());
      tableOps(t, g, exists ? rows : undefined, exists ? lt?.showTotals ?? false : false, dir, { structure, data, looks });
    }
    const overrides = req.overrides?.get(s.key);
    cellOps(s, exists, overrides, dir, ctx.features, data, looks);
    if (exists && s.tables.length === 0 && !s.cells.some((c) => isInput(c.style))) {
      const used = ctx.data.used.get(live.name);
      const clear = staleRows(s, used ?? null);
      if (clear) structure.push({ op: "clear", sheet: s.key, range: clear });
    }
    sheetLooks(s, geometry, tableSpecs, ctx.features, looks, last, note, live);
  }

  return { ok: true, ops: [...structure, ...data, ...looks, ...last], notes: [...notes.values()], written: rendered.map((s) => s.key) };
}

/** The first column of a live table that is not the spec's (renamed, inserted, deleted), as a stop. */
function headerConflict(t: TableSpec, lt: LiveTable, sheetName: string, lang: Lang): CommandMessage | null {
  const bad = t.columns.findIndex((c, i) => lt.headers[i] !== c.header);
  if (bad < 0) return null;
  const at = parseA1(t.at);
  return message(
    "error",
    lt.headers[bad] === undefined ? "office.conflict.columnMissing" : "office.conflict.header",
    { table: t.name, found: lt.headers[bad] ?? "", expected: t.columns[bad]!.header },
    lang,
    { sheet: sheetName, address: a1(at.row, at.col + bad), row: at.row, column: lt.headers[bad] ?? t.columns[bad]!.header },
  );
}

/**
 * The layout checks that must come before reading values: a column inserted into one of our tables
 * would shift every value the reader takes by position. Headers, hidden header rows, and tables
 * moved away from where their sheet puts them, on the sheets `want` selects.
 */
export function layoutConflicts(live: LiveWorkbook, data: ReadData, workbookLang: Lang, lang: Lang, want: (key: string) => boolean): CommandMessage[] {
  const out: CommandMessage[] = [];
  for (const [key, sheet] of live.byKey) {
    if (!want(key)) continue;
    for (const lt of sheet.tables) {
      const t = tableTemplate(lt.name, workbookLang);
      if (!t) continue;
      if (!lt.showHeaders) {
        out.push(message("error", "office.conflict.headersHidden", { table: t.name }, lang, { sheet: sheet.name, address: t.at }));
        continue;
      }
      const header = headerConflict(t, lt, sheet.name, lang);
      if (header) {
        out.push(header);
        continue;
      }
      // Members tables sit below their role's duties: their place is checked with the role's spec.
      const range = data.tables.get(lt.name.toLowerCase())?.range;
      if (!range || lt.name.startsWith("Members_")) continue;
      const r = parseRange(range);
      const at = parseA1(t.at);
      if (r.top !== at.row || r.left !== at.col) {
        out.push(message("error", "office.conflict.tableMoved", { table: t.name, found: a1(r.top, r.left), expected: t.at }, lang, { sheet: sheet.name, address: a1(r.top, r.left) }));
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- helpers: names, geometry

function uniqueName(name: string, taken: ReadonlySet<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()) || !validSheetName(candidate); n++) candidate = `${name.slice(0, 26)} (${n})`;
  return candidate;
}

function specGeometry(t: TableSpec, sheetKey: string, sheetName: string): Geometry {
  const b = tableBounds(t);
  return { sheetKey, sheetName, top: b.headerRow, left: b.range.left, right: b.range.right, firstData: b.firstDataRow, lastData: b.lastDataRow, totalsRow: b.totalsRow };
}

const isInput = (style: StyleRef | undefined): boolean => style === "input" || (Array.isArray(style) && style.includes("input"));

/** A spec value as the key its cell holds: text as is, a date as its serial. */
export function keyOfSpec(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (isDateValue(v)) return String(isoToSerial(v.date));
  return String(v);
}

export function keyOfLive(v: OfficeValue | undefined): string {
  if (v === undefined || isBlank(v)) return "";
  return typeof v === "string" ? v.trim() : String(v);
}

// ---------------------------------------------------------------- rows

/**
 * Aligns an existing table's rows with the spec's. Exported for tests: the live keys in order, the
 * spec's keys in order → which live rows to delete (indexes, before any insert), which keys to insert
 * (index at the time of insertion, applied in order), and the final order.
 */
export function alignRows(liveKeys: readonly string[], specKeys: readonly string[]): { deletes: number[]; inserts: { index: number; key: string }[]; final: string[] } {
  const wanted = new Set(specKeys);
  const seen = new Set<string>();
  const deletes: number[] = [];
  const survivors: string[] = [];
  liveKeys.forEach((k, i) => {
    if (k !== "" && wanted.has(k) && !seen.has(k)) {
      seen.add(k);
      survivors.push(k);
    } else deletes.push(i);
  });
  if (specKeys.length === 0) {
    // An Excel table keeps one data row: keep the first live row, blank.
    const keep = deletes.length === liveKeys.length ? 0 : -1;
    return { deletes: deletes.filter((i) => i !== keep), inserts: [], final: [""] };
  }
  const final = [...survivors];
  const inserts: { index: number; key: string }[] = [];
  specKeys.forEach((k, i) => {
    if (seen.has(k)) return;
    seen.add(k);
    const pred = i > 0 ? final.indexOf(specKeys[i - 1]!) : -1;
    const index = pred + 1;
    final.splice(index, 0, k);
    inserts.push({ index, key: k });
  });
  return { deletes, inserts, final };
}

function planRows(
  t: TableSpec,
  columns: ReadonlyMap<number, OfficeValue[]>,
  liveRows: number,
  sheetName: string,
  liveRange: RangePos,
  headers: readonly string[],
  conflict: (code: string, params: Record<string, string>, where?: CellLocation) => void,
): RowPlan {
  if (userOwnsRows(t)) return { keys: new Array<string | null>(liveRows).fill(null), ops: [] };
  const keyCol = t.columns[0]!.key;
  const liveKeys = Array.from({ length: liveRows }, (_, i) => keyOfLive(columns.get(0)?.[i]));
  const specRows = t.rows.length ? t.rows : [];
  const specKeys = specRows.map((r) => keyOfSpec(r[keyCol]));
  const inputs = t.columns.flatMap((c, i) => (c.input ? [i] : []));

  if (inputs.length === 0) {
    // Nothing typed lives here: resize at the end and rewrite in spec order.
    const final = specKeys.length ? specKeys : [""];
    const ops: Op[] = [];
    if (final.length > liveRows) ops.push({ op: "insertRows", table: t.name, index: null, values: blankRows(final.length - liveRows, t.columns.length) });
    if (final.length < liveRows) ops.push({ op: "deleteRows", table: t.name, indexes: range(final.length, liveRows).reverse() });
    return { keys: final, ops };
  }

  const { deletes, inserts, final } = alignRows(liveKeys, specKeys);
  // Rows that lose their key: the deleted ones, and for an empty spec also the one row kept blank.
  const orphaned = specKeys.length === 0 ? range(0, liveRows) : deletes;
  for (const i of orphaned) {
    const typed = inputs.filter((c) => !isBlank(columns.get(c)?.[i]));
    if (typed.length === 0) continue;
    const c = typed[0]!;
    const row = liveRange.top + 1 + i;
    conflict(
      "office.conflict.rowHasInput",
      { table: t.name, key: liveKeys[i] || "?", column: headers[c] ?? t.columns[c]!.header },
      { sheet: sheetName, address: a1(row, liveRange.left + c), row, column: headers[c] ?? t.columns[c]!.header },
    );
  }
  const byKey = new Map(specRows.map((r) => [keyOfSpec(r[keyCol]), r] as const));
  const ops: Op[] = [];
  if (deletes.length) ops.push({ op: "deleteRows", table: t.name, indexes: [...deletes].sort((a, b) => b - a) });
  for (const ins of inserts) {
    const row = byKey.get(ins.key) ?? {};
    ops.push({ op: "insertRows", table: t.name, index: ins.index, values: [t.columns.map((c) => (c.formula === undefined ? toOffice(row[c.key] ?? null) : ""))] });
  }
  return { keys: final, ops };
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
const blankRows = (n: number, cols: number): CellData => Array.from({ length: n }, () => new Array<OfficeInput>(cols).fill(""));

// ---------------------------------------------------------------- tables

interface Sinks {
  structure: Op[];
  data: Op[];
  looks: Op[];
}

function tableOps(t: TableSpec, g: Geometry, rows: RowPlan | undefined, liveTotals: boolean, dir: TableDirectory, out: Sinks): void {
  const key = g.sheetKey;
  const col = (i: number) => colLetters(g.left + i);
  const body = (i: number, j = i) => `${col(i)}${g.firstData}:${col(j)}${g.lastData}`;
  const specRows = t.rows.length ? t.rows : [{}];
  const isNew = rows === undefined;
  const hasTotals = t.columns.some((c) => c.total !== undefined);

  if (isNew) {
    out.structure.push({ op: "addTable", sheet: key, table: t.name, range: `${col(0)}${g.top}:${col(t.columns.length - 1)}${g.lastData}`, style: TABLE_STYLE });
    out.data.push({ op: "write", sheet: key, range: `${col(0)}${g.top}:${col(t.columns.length - 1)}${g.top}`, data: [t.columns.map((c) => toOffice(c.header))] });
  } else {
    out.structure.push(...rows.ops);
  }
  if (hasTotals && !liveTotals) out.structure.push({ op: "showTotals", table: t.name });

  // Which rows' values to write, in final order: the spec row of each final key.
  const keyCol = t.columns[0]!.key;
  const byKey = new Map(specRows.map((r) => [keyOfSpec(r[keyCol]), r] as const));
  const finalRows = isNew ? specRows : rows.keys.map((k) => (k === null ? null : (byKey.get(k) ?? {})));
  const ownsRows = !isNew && rows.keys.every((k) => k === null);

  // Data: runs of adjacent value columns as one block; formula columns as one formula each.
  const writable = (i: number) => {
    const c = t.columns[i]!;
    if (c.formula !== undefined) return false;
    if (isNew) return true;
    return !c.input && !ownsRows;
  };
  for (let i = 0; i < t.columns.length; ) {
    if (!writable(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < t.columns.length && writable(j + 1)) j++;
    const cols = t.columns.slice(i, j + 1);
    out.data.push({ op: "write", sheet: key, range: body(i, j), data: finalRows.map((r) => cols.map((c) => toOffice(r?.[c.key] ?? null))) });
    i = j + 1;
  }
  t.columns.forEach((c, i) => {
    if (c.formula !== undefined) out.data.push({ op: "fill", sheet: key, range: body(i), value: toOfficeFormula(resolveStructuredRefs(c.formula, dir, t.name)) });
  });

  if (g.totalsRow !== null && hasTotals) {
    const totals = t.columns.map((c, i): OfficeInput => {
      if (i === 0) return toOffice(t.totalsLabel ?? null);
      if (c.total === undefined) return "";
      if (typeof c.total !== "string") return toOfficeFormula(resolveStructuredRefs(c.total.formula, dir, t.name));
      return `=SUBTOTAL(${SUBTOTAL[c.total]},${t.name}[[${c.header}]])`;
    });
    out.data.push({ op: "write", sheet: key, range: `${col(0)}${g.totalsRow}:${col(t.columns.length - 1)}${g.totalsRow}`, data: [totals] });
  }

  // Looks, per run of adjacent columns that look alike.
  const dataStyles = t.columns.map((c) => {
    const base: StyleName[] = c.input ? ["input"] : c.formula !== undefined ? ["computed"] : [];
    const def = { ...resolveStyle([...base, ...asList(c.style)]) };
    if (!def.numFmt && specRows.some((r) => isDateValue(r[c.key] ?? null))) def.numFmt = NUM_FMT.date;
    return def;
  });
  runs(dataStyles).forEach(([i, j, style]) => Object.keys(style).length && out.looks.push({ op: "format", sheet: key, range: body(i, j), style }));
  if (g.totalsRow !== null && hasTotals) {
    const totalStyles = t.columns.map((c) => ({ ...resolveStyle(c.style), bold: true }));
    runs(totalStyles).forEach(([i, j, style]) => out.looks.push({ op: "format", sheet: key, range: `${col(i)}${g.totalsRow}:${col(j)}${g.totalsRow}`, style }));
  }
}

/** Adjacent equal items as [first, last, item]. */
function runs<T>(items: readonly T[]): [number, number, T][] {
  const out: [number, number, T][] = [];
  items.forEach((item, i) => {
    const prev = out[out.length - 1];
    if (prev && prev[1] === i - 1 && JSON.stringify(prev[2]) === JSON.stringify(item)) prev[1] = i;
    else out.push([i, i, item]);
  });
  return out;
}

function asList(ref: StyleRef | undefined): StyleName[] {
  return ref === undefined ? [] : typeof ref === "string" ? [ref] : [...ref];
}

// ---------------------------------------------------------------- cells

interface Placed<T> {
  row: number;
  col: number;
  item: T;
}

/** Cells grouped into rectangles: runs of adjacent columns in a row, stacked while rows continue with
 *  the same columns. Each rectangle is one write (or one format) instead of one per cell. */
export function rectangles<T>(cells: readonly Placed<T>[], same: (a: T, b: T) => boolean = () => true): { range: RangePos; items: T[][] }[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const rowRuns: { row: number; left: number; right: number; items: T[] }[] = [];
  for (const c of sorted) {
    const prev = rowRuns[rowRuns.length - 1];
    if (prev && prev.row === c.row && prev.right === c.col - 1 && same(prev.items[0]!, c.item)) {
      prev.right = c.col;
      prev.items.push(c.item);
    } else rowRuns.push({ row: c.row, left: c.col, right: c.col, items: [c.item] });
  }
  const open = new Map<string, { range: RangePos; items: T[][] }>();
  const out: { range: RangePos; items: T[][] }[] = [];
  for (const r of rowRuns) {
    const k = `${r.left}:${r.right}`;
    const rect = open.get(k);
    if (rect && rect.range.bottom === r.row - 1 && same(rect.items[0]![0]!, r.items[0]!)) {
      rect.range.bottom = r.row;
      rect.items.push(r.items);
    } else {
      const fresh = { range: { top: r.row, bottom: r.row, left: r.left, right: r.right }, items: [r.items] };
      open.set(k, fresh);
      out.push(fresh);
    }
  }
  return out;
}

/**
 * The sheet's own cells. Input cells of an existing sheet are left alone (unless the command sets
 * them). A generated sheet (no tables, no input cells: the slips) is written as one block — the gaps
 * between its cells are its own — with one grid of number formats, so a thousand slips are a couple
 * of calls rather than thousands.
 */
function cellOps(s: SheetSpec, exists: boolean, overrides: ReadonlyMap<string, CellValue> | undefined, dir: TableDirectory, f: Features, data: Op[], looks: Op[]): void {
  const cells: CellSpec[] = s.cells.flatMap((c) => {
    const o = overrides?.get(c.at);
    if (o !== undefined) return [{ at: c.at, value: o, ...(c.style !== undefined ? { style: c.style } : {}) }];
    return exists && isInput(c.style) ? [] : [c];
  });
  if (cells.length === 0) return;
  const generated = s.tables.length === 0 && !s.cells.some((c) => isInput(c.style));
  const content = (c: CellSpec): OfficeInput => (isFormulaCell(c) ? toOfficeFormula(resolveStructuredRefs(c.formula, dir)) : toOffice(c.value));
  const look = (c: CellSpec): StyleDef => {
    const def = { ...resolveStyle(c.style) };
    if (!isFormulaCell(c) && isDateValue(c.value) && !def.numFmt) def.numFmt = NUM_FMT.date;
    return def;
  };
  const placed = cells.map((c) => ({ ...parseA1(c.at), item: c }));

  if (generated) {
    const box: RangePos = placed.reduce(
      (b, p) => ({ top: Math.min(b.top, p.row), bottom: Math.max(b.bottom, p.row), left: Math.min(b.left, p.col), right: Math.max(b.right, p.col) }),
      { top: Infinity, bottom: 0, left: Infinity, right: 0 },
    );
    const at = new Map(placed.map((p) => [`${p.row}:${p.col}`, p.item]));
    const grid = <T,>(fn: (c: CellSpec | undefined) => T): T[][] =>
      range(box.top, box.bottom + 1).map((row) => range(box.left, box.right + 1).map((col) => fn(at.get(`${row}:${col}`))));
    data.push({ op: "write", sheet: s.key, range: rangeA1(box), data: grid((c) => (c ? content(c) : "")) });
    looks.push({ op: "numberFormat", sheet: s.key, range: rangeA1(box), data: grid((c) => (c ? (look(c).numFmt ?? "General") : "General")) });
  } else {
    for (const rect of rectangles(placed)) data.push({ op: "write", sheet: s.key, range: rangeA1(rect.range), data: rect.items.map((row) => row.map(content)) });
  }

  // Looks, grouped by style; a generated sheet's number formats are already in the grid.
  const byStyle = new Map<string, { row: number; col: number; item: string }[]>();
  for (const p of placed) {
    if (p.item.style === undefined) continue;
    const def = look(p.item);
    if (generated) delete def.numFmt;
    if (Object.keys(def).length === 0) continue;
    const k = JSON.stringify(def);
    let group = byStyle.get(k);
    if (!group) byStyle.set(k, (group = []));
    group.push({ row: p.row, col: p.col, item: k });
  }
  for (const [k, group] of byStyle) {
    const style = JSON.parse(k) as StyleDef;
    const ranges = rectangles(group, (a, b) => a === b).map((r) => rangeA1(r.range));
    if (f.rangeAreas && ranges.length > 1) {
      for (let i = 0; i < ranges.length; i += AREAS_PER_CALL) looks.push({ op: "formatAreas", sheet: s.key, ranges: ranges.slice(i, i + AREAS_PER_CALL), style });
    } else for (const r of ranges) looks.push({ op: "format", sheet: s.key, range: r, style });
  }
}

/** Rows below everything a generated sheet writes that still hold something from a longer run. */
function staleRows(s: SheetSpec, used: string | null): string | null {
  if (!used) return null;
  const u = parseRange(used);
  let bottom = 0;
  let right = u.right;
  for (const c of s.cells) {
    const p = parseA1(c.at);
    bottom = Math.max(bottom, p.row);
    right = Math.max(right, p.col);
  }
  if (u.bottom <= bottom) return null;
  return rangeA1({ top: bottom + 1, bottom: u.bottom, left: 1, right });
}

// ---------------------------------------------------------------- sheet-level looks

function sheetLooks(
  s: SheetSpec,
  geometry: ReadonlyMap<string, Geometry>,
  tables: ReadonlyMap<string, TableSpec>,
  f: Features,
  looks: Op[],
  last: Op[],
  note: (code: string, params?: Record<string, string>) => void,
  live: LiveSheet | undefined,
): void {
  const key = s.key;
  // Widths: the sheet's, then table columns' (which win, as in the xlsx renderer).
  const widths = new Map<number, number>();
  for (const [letters, w] of Object.entries(s.columnWidths ?? {})) widths.set(parseA1(`${letters}1`).col, w);
  for (const t of s.tables) {
    const g = geometry.get(t.name)!;
    t.columns.forEach((c, i) => c.width !== undefined && widths.set(g.left + i, c.width));
  }
  for (const [col, w] of [...widths].sort((a, b) => a[0] - b[0])) looks.push({ op: "width", sheet: key, columns: `${colLetters(col)}:${colLetters(col)}`, points: widthToPoints(w) });

  if (s.freeze && (s.freeze.rows > 0 || s.freeze.cols > 0)) {
    if (f.freezePanes) looks.push({ op: "freeze", sheet: key, rows: s.freeze.rows, cols: s.freeze.cols });
    else note("office.note.noFreeze");
  }

  const targetRange = (target: Target): string => {
    if (typeof target === "string") return target;
    const g = geometry.get(target.table)!;
    const t = s.tables.find((x) => x.name === target.table)!;
    const i = target.column === undefined ? -1 : t.columns.findIndex((c) => c.key === target.column);
    const left = i < 0 ? g.left : g.left + i;
    const right = i < 0 ? g.right : g.left + i;
    return rangeA1({ top: g.firstData, bottom: g.lastData, left, right });
  };

  const validations: { range: string; rule: ValidationRule }[] = [
    ...(s.validations ?? []).map((v) => ({ range: targetRange(v.target), rule: v.rule })),
    ...s.tables.flatMap((t) => t.columns.flatMap((c) => (c.validation ? [{ range: targetRange({ table: t.name, column: c.key }), rule: c.validation }] : []))),
  ];
  if (validations.length) {
    if (f.dataValidation) for (const v of validations) looks.push({ op: "validation", sheet: key, range: v.range, validation: officeValidation(v.rule, geometry, tables) });
    else note("office.note.noValidation");
  }

  if (s.conditionalFormats?.length) {
    if (f.conditionalFormats) {
      const byRange = new Map<string, OfficeConditionalFormat[]>();
      for (const cf of s.conditionalFormats) {
        const r = targetRange(cf.target);
        const look = STYLES[cf.style];
        const format: OfficeConditionalFormat = { formula: toOfficeFormula(cf.expression) };
        if (look.fill) format.fill = officeColor(look.fill);
        if (look.fontColor) format.fontColor = officeColor(look.fontColor);
        if (look.bold) format.bold = true;
        byRange.set(r, [...(byRange.get(r) ?? []), format]);
      }
      for (const [r, formats] of byRange) looks.push({ op: "conditionalFormats", sheet: key, range: r, formats });
    } else note("office.note.noConditionalFormats");
  }

  for (const m of s.merges ?? []) looks.push({ op: "merge", sheet: key, range: m });

  if (s.page) {
    if (f.pageLayout) {
      const p = s.page;
      looks.push({
        op: "page",
        sheet: key,
        orientation: p.orientation === "landscape" ? "Landscape" : "Portrait",
        fitToWidth: !!p.fitToWidth,
        printTitleRows: p.printTitleRows ? `$${p.printTitleRows[0]}:$${p.printTitleRows[1]}` : null,
        rowBreaks: p.rowBreaks ?? [],
      });
    } else note("office.note.noPageLayout");
  }

  (s.charts ?? []).forEach((chart, i) => {
    if (!f.charts) return note("office.note.noChart");
    looks.push(chartOp(s, chart, i, geometry.get(chart.table)!, live));
  });

  if (s.protect) {
    const p = s.protect;
    last.push({ op: "protect", sheet: key, options: { allowFormatColumns: !!p.allowFormatColumns, allowSort: !!p.allowSort, allowAutoFilter: !!p.allowFilter } });
  } else if (live?.protected) {
    // The user's own protection of one of our sheets: put it back as it was.
    last.push({ op: "protect", sheet: key, options: live.protectionOptions ?? {} });
  }
}

export function chartName(table: string, index: number): string {
  return `ShopSheet ${table} ${index + 1}`;
}

function chartOp(s: SheetSpec, chart: ChartSpec, index: number, g: Geometry, live: LiveSheet | undefined): Op {
  const t = s.tables.find((x) => x.name === chart.table)!;
  const col = (k: string) => colLetters(g.left + t.columns.findIndex((c) => c.key === k));
  const header = (k: string) => t.columns.find((c) => c.key === k)!.header;
  const [first, ...more] = chart.series;
  const at = parseA1(chart.at);
  const name = chartName(chart.table, index);
  return {
    op: "chart",
    sheet: s.key,
    name,
    title: chart.title,
    replace: !!live?.charts.includes(name),
    first: `${col(first!)}${g.top}:${col(first!)}${g.lastData}`,
    more: more.map((k) => ({ name: header(k), values: `${col(k)}${g.firstData}:${col(k)}${g.lastData}` })),
    categories: `${col(chart.x)}${g.firstData}:${col(chart.x)}${g.lastData}`,
    from: chart.at,
    to: a1(at.row + (chart.heightRows ?? 15) - 1, at.col + (chart.widthCols ?? 8) - 1),
  };
}

function officeValidation(r: ValidationRule, geometry: ReadonlyMap<string, Geometry>, tables: ReadonlyMap<string, TableSpec>): OfficeValidation {
  const v: OfficeValidation = { rule: validationRule(r, geometry, tables), ignoreBlanks: r.allowBlank ?? true };
  if (r.error !== undefined || r.errorTitle !== undefined) {
    v.errorAlert = { showAlert: true, style: "Stop", ...(r.error !== undefined ? { message: r.error } : {}), ...(r.errorTitle !== undefined ? { title: r.errorTitle } : {}) };
  }
  if (r.prompt !== undefined) v.prompt = { showPrompt: true, message: r.prompt, ...(r.promptTitle !== undefined ? { title: r.promptTitle } : {}) };
  return v;
}

function bound(min: number | string | undefined, max: number | string | undefined): Record<string, unknown> {
  if (min !== undefined && max !== undefined) return { formula1: min, formula2: max, operator: "Between" };
  if (min !== undefined) return { formula1: min, operator: "GreaterThanOrEqualTo" };
  if (max !== undefined) return { formula1: max, operator: "LessThanOrEqualTo" };
  return { formula1: -1e307, formula2: 1e307, operator: "Between" };
}

function validationRule(r: ValidationRule, geometry: ReadonlyMap<string, Geometry>, tables: ReadonlyMap<string, TableSpec>): Record<string, unknown> {
  switch (r.kind) {
    case "list":
      return { list: { inCellDropDown: true, source: r.values.join(",") } };
    case "listFrom": {
      if ("name" in r.source) return { list: { inCellDropDown: true, source: `=${r.source.name}` } };
      const g = geometry.get(r.source.table)!;
      const column = r.source.column;
      const col = g.left + Math.max(0, tables.get(r.source.table)!.columns.findIndex((c) => c.key === column));
      return { list: { inCellDropDown: true, source: `=${absRef(g.sheetName, rangeA1({ top: g.firstData, bottom: g.lastData, left: col, right: col }))}` } };
    }
    case "decimal":
      return { decimal: bound(r.min, r.max) };
    case "whole":
      return { wholeNumber: bound(r.min, r.max) };
    case "date":
      return { date: bound(r.min === undefined ? undefined : String(isoToSerial(r.min)), r.max === undefined ? undefined : String(isoToSerial(r.max))) };
    case "textLength":
      return { textLength: { formula1: r.max, operator: "LessThanOrEqualTo" } };
    case "custom":
      return { custom: { formula: toOfficeFormula(r.formula) } };
  }
}
