/**
 * The plan for one of our tables: where it ends up, how its rows line up with the spec's, and the ops
 * that write it — its header row before Excel makes it a table (so the columns are named when the
 * first formula names them), then its values, then its formulas (a column of formulas as one AutoFill
 * where Excel has it), then its looks.
 */
import { a1, colLetters, type RangePos } from "../../workbook/address";
import { resolveStructuredRefs, subtotalFormula, type TableDirectory } from "../../workbook/formula";
import type { CellValue, StyleDef, StyleName, StyleRef, TableSpec } from "../../workbook/spec";
import { isDateValue } from "../../workbook/spec";
import { NUM_FMT, resolveStyle, TABLE_HEADER } from "../../workbook/styles";
import { tableBounds } from "../../workbook/validate";
import { isBlank, isoToSerial, toOffice, toOfficeFormula, type OfficeInput, type OfficeValue } from "./cells";
import type { Features } from "./features";
import type { CellData, Op } from "./ops";
import type { CellLocation } from "../result";
import { userOwnsRows } from "../../workbook/templates";
import type { MessageCode } from "../../data/messages";

const TABLE_STYLE = "TableStyleLight9";

/** Where a table ends up after this command: data rows first..last, totals below. */
export interface Geometry {
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
export interface RowPlan {
  /** Key (first-column value) of each final row, in order; null where the spec has no such row (rows the user owns). */
  keys: (string | null)[];
  ops: Op[];
  /** The command sets the table's inputs (the pane's edits): its rows are the spec's, in order. */
  setsInputs?: true;
  /** Input columns of a keyed table the command sets from the spec, every row (an import). */
  setColumns?: ReadonlySet<string>;
}

/** Where the ops of a command go, in the order they run (see ./plan.ts). */
export interface Phases {
  structure: Op[];
  names: Op[];
  tables: Op[];
  data: Op[];
  looks: Op[];
  last: Op[];
}

export function specGeometry(t: TableSpec, sheetKey: string, sheetName: string): Geometry {
  const b = tableBounds(t);
  return { sheetKey, sheetName, top: b.headerRow, left: b.range.left, right: b.range.right, firstData: b.firstDataRow, lastData: b.lastDataRow, totalsRow: b.totalsRow };
}

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

export function planRows(
  t: TableSpec,
  columns: ReadonlyMap<number, OfficeValue[]>,
  liveRows: number,
  sheetName: string,
  liveRange: RangePos,
  headers: readonly string[],
  conflict: (code: MessageCode, params: Record<string, string>, where?: CellLocation) => void,
  /** Where each column is in the live table (src/workbook/layoutUpgrades.ts columnPlaces); absent: the same. */
  places?: readonly (number | null)[],
  /** The command sets this table's inputs from the spec (the pane's edits of Settings, Roles, Staff). */
  setsInputs = false,
): RowPlan {
  if (userOwnsRows(t)) {
    if (!setsInputs) return { keys: new Array<string | null>(liveRows).fill(null), ops: [] };
    // The user's rows, as the pane edited them: added or removed at the end (a table keeps one row).
    const wanted = Math.max(1, t.rows.length);
    const ops: Op[] = [];
    if (wanted > liveRows) ops.push({ op: "insertRows", table: t.name, index: null, values: blankRows(wanted - liveRows, t.columns.length) });
    if (wanted < liveRows) ops.push({ op: "deleteRows", table: t.name, indexes: range(wanted, liveRows).reverse() });
    return { keys: new Array<string | null>(wanted).fill(null), ops, setsInputs: true };
  }
  const keyCol = t.columns[0]!.key;
  const liveKeys = Array.from({ length: liveRows }, (_, i) => keyOfLive(columns.get(0)?.[i]));
  const specRows = t.rows.length ? t.rows : [];
  const specKeys = specRows.map((r) => keyOfSpec(r[keyCol]));
  const inputs = t.columns.flatMap((c, i) => (c.input ? [i] : []));

  if (inputs.length === 0) {
    // Nothing typed lives here: resize at the end and rewrite in spec order. Rows are added blank
    // (Excel fills a calculated column into them; the formulas are written again anyway).
    const final = specKeys.length ? specKeys : [""];
    const ops: Op[] = [];
    if (final.length > liveRows) ops.push({ op: "insertRows", table: t.name, index: null, values: blankRows(final.length - liveRows, t.columns.length) });
    if (final.length < liveRows) ops.push({ op: "deleteRows", table: t.name, indexes: range(final.length, liveRows).reverse() });
    return { keys: final, ops, ...(setsInputs ? { setsInputs: true as const } : {}) };
  }

  const { deletes, inserts, final } = alignRows(liveKeys, specKeys);
  // Rows that lose their key: the deleted ones, and for an empty spec also the one row kept blank.
  const orphaned = specKeys.length === 0 ? range(0, liveRows) : deletes;
  for (const i of orphaned) {
    const typed = inputs.filter((c) => !isBlank(columns.get(c)?.[i]));
    if (typed.length === 0) continue;
    const c = typed[0]!;
    const at = places ? (places[c] ?? c) : c; // typed input is in a column that is there
    const row = liveRange.top + 1 + i;
    conflict(
      "office.conflict.rowHasInput",
      { table: t.name, key: liveKeys[i] || "?", column: headers[at] ?? t.columns[c]!.header },
      { sheet: sheetName, address: a1(row, liveRange.left + at), row, column: headers[at] ?? t.columns[c]!.header },
    );
  }
  const byKey = new Map(specRows.map((r) => [keyOfSpec(r[keyCol]), r] as const));
  const ops: Op[] = [];
  if (deletes.length) ops.push({ op: "deleteRows", table: t.name, indexes: [...deletes].sort((a, b) => b - a) });
  for (const ins of inserts) {
    const row = byKey.get(ins.key) ?? {};
    ops.push({ op: "insertRows", table: t.name, index: ins.index, values: [t.columns.map((c) => (c.formula === undefined ? toOffice(row[c.key] ?? null) : ""))] });
  }
  return { keys: final, ops, ...(setsInputs ? { setsInputs: true as const } : {}) };
}

export const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
const blankRows = (n: number, cols: number): CellData => Array.from({ length: n }, () => new Array<OfficeInput>(cols).fill(""));

// ---------------------------------------------------------------- the ops

/**
 * One table's ops. A new table: its header texts written into the range, then Excel makes it a table
 * from them (tables.add(range, true) names the columns after the header row) — so the columns carry
 * their names before any formula names them. An existing one: its rows aligned (./plan.ts put the
 * row ops in the structure phase). Values next, then formulas, then looks.
 */
export function tableOps(t: TableSpec, g: Geometry, rows: RowPlan | undefined, liveTotals: boolean, dir: TableDirectory, f: Features, out: Phases): void {
  const key = g.sheetKey;
  const col = (i: number) => colLetters(g.left + i);
  const body = (i: number, j = i) => `${col(i)}${g.firstData}:${col(j)}${g.lastData}`;
  const specRows = t.rows.length ? t.rows : [{}];
  const isNew = rows === undefined;
  const hasTotals = t.columns.some((c) => c.total !== undefined);

  if (isNew) {
    out.tables.push({ op: "write", sheet: key, range: `${col(0)}${g.top}:${col(t.columns.length - 1)}${g.top}`, data: [t.columns.map((c) => toOffice(c.header))] });
    out.tables.push({ op: "addTable", sheet: key, table: t.name, range: `${col(0)}${g.top}:${col(t.columns.length - 1)}${g.lastData}`, style: TABLE_STYLE });
  } else {
    out.structure.push(...rows.ops);
  }
  if (hasTotals && !liveTotals) out.tables.push({ op: "showTotals", table: t.name });

  // Which rows' values to write, in final order: the spec row of each final key.
  const keyCol = t.columns[0]!.key;
  const byKey = new Map(specRows.map((r) => [keyOfSpec(r[keyCol]), r] as const));
  const setsInputs = !isNew && rows.setsInputs === true;
  const ownsRows = !isNew && rows.keys.every((k) => k === null);
  // Rows the user owns whose inputs the command sets are the spec's, in order; keyed rows are the spec's row of each key.
  const finalRows = isNew || (setsInputs && ownsRows) ? specRows : rows.keys.map((k) => (k === null ? null : (byKey.get(k) ?? {})));

  // Values: runs of adjacent value columns as one block. The user's inputs only where the table is
  // new, or where the command sets them (the config's fields: the pane edits no notes).
  const writable = (i: number) => {
    const c = t.columns[i]!;
    if (c.formula !== undefined) return false;
    if (isNew) return true;
    if (setsInputs && c.reads !== undefined) return true;
    if (rows.setColumns?.has(c.key) === true) return true;
    return !c.input && !ownsRows;
  };
  forRuns(t.columns.length, writable, (i, j) => {
    const cols = t.columns.slice(i, j + 1);
    out.data.push({ op: "write", sheet: key, range: body(i, j), data: finalRows.map((r) => cols.map((c) => toOffice(r?.[c.key] ?? null))) });
  });

  // Formulas: runs of adjacent formula columns, their first row written and filled down.
  const count = g.lastData - g.firstData + 1;
  const formula = (i: number) => toOfficeFormula(resolveStructuredRefs(t.columns[i]!.formula!, dir, t.name));
  forRuns(t.columns.length, (i) => t.columns[i]!.formula !== undefined, (i, j) => {
    const first = range(i, j + 1).map(formula);
    if (count > 1 && f.autoFill) {
      out.data.push({ op: "write", sheet: key, range: `${col(i)}${g.firstData}:${col(j)}${g.firstData}`, data: [first] });
      out.data.push({ op: "autoFill", sheet: key, from: `${col(i)}${g.firstData}:${col(j)}${g.firstData}`, to: body(i, j), fill: "FillCopy" });
    } else out.data.push({ op: "write", sheet: key, range: body(i, j), data: Array.from({ length: count }, () => first) });
  });

  if (g.totalsRow !== null && hasTotals) {
    const totals = t.columns.map((c, i): OfficeInput => {
      if (i === 0) return toOffice(t.totalsLabel ?? null);
      if (c.total === undefined) return "";
      if (typeof c.total !== "string") return toOfficeFormula(resolveStructuredRefs(c.total.formula, dir, t.name));
      return `=${subtotalFormula(t.name, c, c.total)}`;
    });
    out.data.push({ op: "write", sheet: key, range: `${col(0)}${g.totalsRow}:${col(t.columns.length - 1)}${g.totalsRow}`, data: [totals] });
  }

  // The header row: wrapped and centred (the table style gives the rest).
  out.looks.push({ op: "format", sheet: key, range: `${col(0)}${g.top}:${col(t.columns.length - 1)}${g.top}`, style: TABLE_HEADER });

  // Looks, per run of adjacent columns that look alike.
  const dataStyles = t.columns.map((c) => {
    const base: StyleName[] = c.input ? ["input"] : c.formula !== undefined ? ["computed"] : [];
    const def = { ...resolveStyle([...base, ...asList(c.style)]) };
    if (!def.numFmt && specRows.some((r) => isDateValue(r[c.key] ?? null))) def.numFmt = NUM_FMT.date;
    return def;
  });
  // A look for the first row, filled down (FillFormats: "Populates the adjacent cells with the selected
  // formats", Excel.AutoFillType) — the number format travels once, not once a row.
  runs(dataStyles).forEach(([i, j, style]) => {
    if (Object.keys(style).length === 0) return;
    if (count > 1 && f.autoFill) {
      const first = `${col(i)}${g.firstData}:${col(j)}${g.firstData}`;
      out.looks.push({ op: "format", sheet: key, range: first, style }, { op: "autoFill", sheet: key, from: first, to: body(i, j), fill: "FillFormats" });
    } else out.looks.push({ op: "format", sheet: key, range: body(i, j), style });
  });
  if (g.totalsRow !== null && hasTotals) {
    const totalStyles = t.columns.map((c) => ({ ...resolveStyle(c.style), bold: true }));
    runs(totalStyles).forEach(([i, j, style]) => out.looks.push({ op: "format", sheet: key, range: `${col(i)}${g.totalsRow}:${col(j)}${g.totalsRow}`, style }));
  }
}

/** Calls `fn(i, j)` for each run of adjacent indexes < n that `keep` accepts. */
function forRuns(n: number, keep: (i: number) => boolean, fn: (i: number, j: number) => void): void {
  for (let i = 0; i < n; ) {
    if (!keep(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && keep(j + 1)) j++;
    fn(i, j);
    i = j + 1;
  }
}

/** Adjacent equal items as [first, last, item]. */
export function runs<T>(items: readonly T[]): [number, number, T][] {
  const out: [number, number, T][] = [];
  items.forEach((item, i) => {
    const prev = out[out.length - 1];
    if (prev && prev[1] === i - 1 && JSON.stringify(prev[2]) === JSON.stringify(item)) prev[1] = i;
    else out.push([i, i, item]);
  });
  return out;
}

export function asList(ref: StyleRef | undefined): StyleName[] {
  return ref === undefined ? [] : typeof ref === "string" ? [ref] : [...ref];
}

export type { StyleDef };
