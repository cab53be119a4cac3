/**
 * The reconciler's checks and the upgrade's ops: what must be true of the live workbook before a plan
 * writes (headers where our tables have them, tables where their sheets put them), the column inserts
 * and renames that bring an older layout to today's, and the small helpers ./plan.ts uses.
 */
import type { Lang } from "../../data/lang";
import { a1, MAX_ROW, parseA1, parseRange, rangeA1, rangesOverlap } from "../../workbook/address";
import { awaitsShift, clearsFrom, columnOps, columnPlaces, insertsFrom, movesFrom, shiftedSince, tablePlaceAccepted } from "../../workbook/layoutUpgrades";
import { sheetKind } from "../../workbook/templates";
import { LAYOUT_VERSION } from "../../workbook/layoutVersion";
import type { SheetSpec, TableSpec } from "../../workbook/spec";
import { isFormulaCell } from "../../workbook/spec";
import { validSheetName } from "../../workbook/sheetIdentity";
import { tableTemplate } from "../../workbook/templates";
import { message, type CommandMessage } from "../result";
import type { LiveTable, LiveWorkbook, ReadData } from "./liveModel";
import type { Op } from "./ops";

/** What the upgrade needs of a plan's context. */
export interface UpgradeContext {
  live: LiveWorkbook;
  workbookLang: Lang;
  /** Moving a column of the user's input copies its values across (Range.copyFrom, ExcelApi 1.9). */
  features?: { copyFrom: boolean };
  /** Where the tables read stand (a table an upgrade shifts down is moved from there). */
  data?: ReadData;
}

/** One formula of each shape: formulas that differ only in their A1 rows ("$A4", "$A7", … on a
 *  thousand slips) name the same tables and names. */
export function distinctShapes(formulas: readonly string[]): string[] {
  const shapes = new Map<string, string>();
  for (const f of formulas) {
    const shape = f.replace(/(^|[^A-Za-z0-9_.\\])(\$?[A-Z]{1,3}\$?)\d+(?![A-Za-z0-9_.(\[])/g, "$1$20");
    if (!shapes.has(shape)) shapes.set(shape, f);
  }
  return [...shapes.values()];
}

/** Every formula a sheet spec writes, as the spec spells it (keys, not headers). */
export function sheetFormulas(s: SheetSpec): string[] {
  return [
    ...s.cells.flatMap((c) => (isFormulaCell(c) ? [c.formula] : [])),
    ...s.tables.flatMap((t) => t.columns.flatMap((c) => [...(c.formula !== undefined ? [c.formula] : []), ...(typeof c.total === "object" ? [c.total.formula] : [])])),
  ];
}

/**
 * The steps that bring every one of our tables to the current layout, wherever it is — ranges an older
 * layout wrote and the new one moved away cleared, columns inserted, moved (./ops.ts deleteColumn,
 * copyColumn) — and the renames; the sheets they touch, and whether every table could be brought there
 * (one whose headers are neither an older layout's nor the current one is left as it is — the command
 * that writes it reports it — and the workbook keeps its old version number). Renames name a column by
 * its index once the steps are done. `blocked`: tables whose move of the user's input needs an Excel
 * newer than the running one (Range.copyFrom, ExcelApi 1.9).
 */
export function upgradeOps(ctx: UpgradeContext, rendered: ReadonlySet<string> = new Set()): { inserts: Op[]; renames: Op[]; sheets: string[]; complete: boolean; blocked: string[] } {
  const inserts: Op[] = [];
  const renames: Op[] = [];
  const sheets = new Set<string>();
  const blocked: string[] = [];
  let complete = true;
  const version = ctx.live.layout.version;
  if (version >= LAYOUT_VERSION) return { inserts, renames, sheets: [], complete, blocked };
  // Blocks the new layout moved: cleared before any column is inserted beside them.
  // (Not where one of our tables stands now: an upgrade a failed command left half done may have
  // inserted columns there already.)
  for (const [key, sheet] of ctx.live.byKey) {
    const tables = sheet.tables.flatMap((lt) => {
      const t = tableTemplate(lt.name, ctx.workbookLang);
      if (!t) return [];
      const at = parseA1(t.at);
      return [{ top: at.row, bottom: MAX_ROW, left: at.col, right: at.col + lt.headers.length - 1 }];
    });
    // A sheet whose table still waits to be shifted down (below) keeps what stood above it till then too.
    const waiting = !rendered.has(key) && sheet.tables.some((lt) => shiftedSince(version, lt.name));
    for (const { range, unmerge } of clearsFrom(version, sheetKind(key).kind)) {
      if (waiting || tables.some((t) => rangesOverlap(t, parseRange(range)))) continue;
      if (unmerge) inserts.push({ op: "unmerge", sheet: key, range });
      inserts.push({ op: "clear", sheet: key, range });
      sheets.add(key);
    }
  }
  // Tables the new layout moved down in their columns: cells inserted above them, when the command writes
  // their sheet (the heading and note that go above them with it); else the upgrade waits for one that does.
  for (const [key, sheet] of ctx.live.byKey) {
    for (const lt of sheet.tables) {
      const t = tableTemplate(lt.name, ctx.workbookLang);
      if (!t || !shiftedSince(version, t.name)) continue;
      const range = ctx.data?.tables.get(lt.name.toLowerCase())?.range;
      const at = parseA1(t.at);
      const r = range === undefined ? null : parseRange(range);
      if (r !== null && r.top === at.row) continue;
      if (r === null || !rendered.has(key) || !awaitsShift(t.name, at, r, version)) {
        complete = false;
        continue;
      }
      inserts.push({ op: "insertCells", sheet: key, range: rangeA1({ top: r.top, bottom: at.row - 1, left: r.left, right: r.right }) });
      sheets.add(key);
    }
  }
  for (const [key, sheet] of ctx.live.byKey) {
    for (const lt of sheet.tables) {
      const t = tableTemplate(lt.name, ctx.workbookLang);
      if (!t) continue;
      const found = columnPlaces(t, lt.headers, version, ctx.workbookLang);
      if (!found.ok) {
        complete = false;
        continue;
      }
      const steps = columnOps(t, found.places, lt.headers.length, version, ctx.workbookLang);
      if (steps.some((o) => o.op === "copy") && ctx.features?.copyFrom === false) {
        blocked.push(lt.name);
        complete = false;
        continue;
      }
      const placed = new Set<string>();
      for (const o of steps) {
        if (o.op === "insert") inserts.push({ op: "insertColumn", table: lt.name, index: o.index, name: o.name });
        else if (o.op === "delete") inserts.push({ op: "deleteColumn", table: lt.name, index: o.index });
        else if (o.op === "copy") inserts.push({ op: "copyColumn", table: lt.name, from: o.from, to: o.to });
        else inserts.push({ op: "renameColumn", table: lt.name, index: o.index, name: o.name });
        if (o.op === "rename" || (o.op === "insert" && movesFrom(version, t.name).some((m) => m.key === o.key))) placed.add(o.key);
        sheets.add(key);
      }
      t.columns.forEach((c, i) => {
        if (placed.has(c.key)) return; // moved: put back under its header
        const p = found.places[i]!;
        const now = p === null ? insertsFrom(version, t.name).find((x) => x.key === c.key)!.header(ctx.workbookLang) : lt.headers[p];
        if (now === c.header) return;
        renames.push({ op: "renameColumn", table: lt.name, index: i, name: c.header });
        sheets.add(key);
      });
    }
  }
  return { inserts, renames, sheets: [...sheets], complete, blocked };
}

/** The first column of a live table that is not the spec's (renamed, inserted, deleted), as a stop. */
export function headerConflict(t: TableSpec, lt: LiveTable, sheetName: string, version: number, workbookLang: Lang, lang: Lang): CommandMessage | null {
  const found = columnPlaces(t, lt.headers, version, workbookLang);
  if (found.ok) return null;
  const at = parseA1(t.at);
  const there = lt.headers[found.found];
  return message(
    "error",
    there === undefined ? "office.conflict.columnMissing" : "office.conflict.header",
    { table: t.name, found: there ?? "", expected: t.columns[found.bad]!.header },
    lang,
    { sheet: sheetName, address: a1(at.row, at.col + found.found), row: at.row, column: there ?? t.columns[found.bad]!.header },
  );
}

/**
 * The layout checks that must come before reading values: a column inserted into one of our tables
 * would shift every value the reader takes by position. Headers (any a workbook of its layout version
 * may carry), hidden header rows, and tables moved away from where their sheet puts them, on the
 * sheets `want` selects.
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
      const header = headerConflict(t, lt, sheet.name, live.layout.version, workbookLang, lang);
      if (header) {
        out.push(header);
        continue;
      }
      // Members tables sit below their role's duties: their place is checked with the role's spec.
      const range = data.tables.get(lt.name.toLowerCase())?.range;
      if (!range || lt.name.startsWith("Members_")) continue;
      const r = parseRange(range);
      const at = parseA1(t.at);
      if (!tablePlaceAccepted(t.name, at, r, live.layout.version)) {
        out.push(message("error", "office.conflict.tableMoved", { table: t.name, found: a1(r.top, r.left), expected: t.at }, lang, { sheet: sheet.name, address: a1(r.top, r.left) }));
      }
    }
  }
  return out;
}

export function uniqueName(name: string, taken: ReadonlySet<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()) || !validSheetName(candidate); n++) candidate = `${name.slice(0, 26)} (${n})`;
  return candidate;
}
