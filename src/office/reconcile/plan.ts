/**
 * From sheet specs and what the live workbook holds to a list of write ops (./ops.ts) — or to the
 * reasons a command must stop without writing anything. The one place that decides what is written.
 *
 * The rules that keep the user's work safe:
 * - Input cells that exist are never written: an input column of an existing table, an input-styled
 *   cell of an existing sheet. Only a command's own argument (the month's target, the gross margin)
 *   overwrites one, because the user just typed it into the pane.
 * - What the user changed in the cells ShopSheet writes is kept, or stops the command with the cells
 *   named — never quietly reverted: ./edits.ts holds that policy.
 * - Rows the user owns (tables whose first column is an input: Roles, Staff, the tax table, events)
 *   are never added, removed or reordered: the spec was built from them.
 * - Rows keyed by a generated first column (payroll by staff id) move physically: rows are inserted
 *   and deleted in the live table, so typed rewards stay beside their person. A row that would be
 *   deleted while holding typed input stops the command. Existing rows keep their order; new ones go
 *   where the spec puts them.
 * - Anything else the command would have to overwrite — a renamed or inserted column, a moved or
 *   missing table, a name used by someone else's table — stops the command, naming the place.
 * - A workbook of an older layout is upgraded in place first (src/workbook/layoutUpgrades.ts); one of a newer layout
 *   than this add-in knows stops the command.
 * - Sheets are found by key; nothing outside the spec's sheets is written.
 *
 * The order of the ops is what lets Excel accept every formula: Excel resolves a formula's tables,
 * columns, names and sheets when it is entered, and refuses it if one is missing — and a batch that
 * fails half way is not rolled back. So every command runs, across all its sheets:
 *   1. structure — sheets unprotected, sheets added, columns an upgrade inserts, rows of existing
 *                 tables added and removed;
 *   2. names    — defined names (Settings' cells), so formulas can name them;
 *   3. tables   — columns renamed by an upgrade, new tables made from header rows already written
 *                 (their columns named before any formula names them), totals rows shown;
 *   4. data     — values, then formulas;
 *   5. looks    — formats, widths, validation, conditional formats, page setup, charts;
 *   6. last     — protection put back, the layout version recorded (and which sheets still hold
 *                 ShopSheet's older formulas, till a command writes them).
 */
import type { Lang } from "../../data/lang";
import { a1, parseA1, parseRange, rangeA1, type RangePos } from "../../workbook/address";
import { tableDirectory } from "../../workbook/formula";
import { LAYOUT_VERSION, layoutVersionName } from "../../workbook/layoutVersion";
import { SHEET } from "../../workbook/names";
import type { CellValue, SheetSpec, ValueCell, WorkbookSpec } from "../../workbook/spec";
import { isFormulaCell } from "../../workbook/spec";
import { sheetKeyName } from "../../workbook/sheetIdentity";
import { toOffice } from "./cells";
import { cellList, checkEdits } from "./edits";
import type { Features } from "./features";
import { referencedNames, referencedTables } from "./formulaText";
import { columnNameMeanings } from "./columnNames";
import { sheetVersion, type LiveSheet, type LiveWorkbook, type ReadData } from "./liveModel";
import type { Op } from "./ops";
import { cellOps, isGenerated, NO_KEEPING, type CellKeeping } from "./planCells";
import { sheetLooks } from "./planLooks";
import { planRows, specGeometry, tableOps, type Geometry, type Phases, type RowPlan } from "./planTables";
import { distinctShapes, headerConflict, sheetFormulas, uniqueName, upgradeOps } from "./planChecks";
import { message, type CellLocation, type CommandMessage } from "../result";
import { sheetKind } from "../../workbook/templates";
import { valueRewrites } from "./planValues";
import { awaitsShift, olderSheetName, sheetChangedSince, tablePlaceAccepted, tablesAddedSince, upgradesFrom } from "../../workbook/layoutUpgrades";

export { layoutConflicts } from "./planChecks";
import type { MessageCode } from "../../data/messages";

export { alignRows } from "./planTables";
export { rectangles } from "./planCells";
export { chartName } from "./planLooks";

export interface RenderRequest {
  /** Every sheet the rendered ones refer to (tables, names); already validated. */
  spec: WorkbookSpec;
  /** Keys of the sheets to write, in order. */
  render: readonly string[];
  /** Input cells the command itself sets, by sheet key and address (they are written even if the cell exists). */
  overrides?: ReadonlyMap<string, ReadonlyMap<string, CellValue>>;
  /** Tables (by name) whose inputs the command sets from the spec, rows resized to its rows: the
   *  pane's Save writes what was edited there into Settings, Roles and Staff. */
  setInputs?: ReadonlySet<string>;
  /** Input columns (by key) of keyed tables (by name) the command sets from the spec in every row,
   *  the other input columns kept: the pane's import of actual sales into a Targets sheet. */
  setColumns?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Replace what was typed over computed cells (and what stands where a whole-written sheet writes),
   *  saying so, instead of stopping (./edits.ts). */
  replaceEdits?: boolean;
}

/** The smallest range holding every merged range, every cell (merges an older ShopSheet made
 *  fall among them — it merged each slip's title and captions — and a fill across part of a merge is refused)
 *  and the range to clear, if any. */
function mergeBox(s: SheetSpec, clear: string | null | undefined): RangePos {
  const all = [...(s.merges ?? []), ...s.cells.map((c) => c.at), ...(clear ? [clear] : [])].map((r) => parseRange(r));
  return all.reduce((b, r) => ({ top: Math.min(b.top, r.top), bottom: Math.max(b.bottom, r.bottom), left: Math.min(b.left, r.left), right: Math.max(b.right, r.right) }));
}

export interface PlanContext {
  live: LiveWorkbook;
  data: ReadData;
  features: Features;
  /** Language of messages. */
  lang: Lang;
  /** Language of the workbook's headers. */
  workbookLang: Lang;
}

export type Plan = { ok: true; ops: Op[]; notes: CommandMessage[]; written: string[] } | { ok: false; conflicts: CommandMessage[] };

export function planRender(req: RenderRequest, ctx: PlanContext): Plan {
  const conflicts: CommandMessage[] = [];
  const notes = new Map<string, CommandMessage>();
  const note = (code: MessageCode, params: Record<string, string> = {}) => notes.set(code, message("info", code, params, ctx.lang));
  const conflict = (code: MessageCode, params: Record<string, string>, where?: CellLocation) => conflicts.push(message("error", code, params, ctx.lang, where));
  const version = ctx.live.layout.version;
  if (version > LAYOUT_VERSION) return { ok: false, conflicts: [message("error", "office.conflict.newerLayout", { found: String(version), known: String(LAYOUT_VERSION) }, ctx.lang)] };

  const specs = new Map(req.spec.sheets.map((s) => [s.key, s]));
  const dir = tableDirectory(req.spec);
  const tableSpecs = new Map(req.spec.sheets.flatMap((s) => s.tables.map((t) => [t.name, t] as const)));
  const rendered = req.render.map((k) => specs.get(k)).filter((s): s is SheetSpec => s !== undefined);
  const renderedKeys = new Set(rendered.map((s) => s.key));
  const liveSheet = (key: string): LiveSheet | undefined => ctx.live.byKey.get(key);

  // Sheets: existing ones keep their (possibly renamed) tab; new ones get the spec's name, made unique.
  const sheetNames = new Map<string, string>();
  const taken = new Set(ctx.live.sheets.map((s) => s.name.toLowerCase()));
  for (const s of req.spec.sheets) {
    const live = liveSheet(s.key);
    if (live) sheetNames.set(s.key, live.name);
  }
  for (const s of rendered) {
    if (sheetNames.has(s.key)) continue;
    const name = uniqueName(s.name, taken);
    taken.add(name.toLowerCase());
    sheetNames.set(s.key, name);
  }

  // Tables: checked where they exist, row plans computed, final geometry known for every table.
  const addedTables = tablesAddedSince(version);
  const geometry = new Map<string, Geometry>();
  const rowPlans = new Map<string, RowPlan>();
  for (const s of req.spec.sheets) {
    const live = liveSheet(s.key);
    const isRendered = renderedKeys.has(s.key);
    for (const t of s.tables) {
      const lt = ctx.live.tables.get(t.name.toLowerCase());
      if (isRendered && !live) {
        if (lt) conflict("office.conflict.tableNameTaken", { table: t.name, sheet: lt.sheet });
        geometry.set(t.name, specGeometry(t, s.key, sheetNames.get(s.key)!));
        continue;
      }
      if (!live || !lt) {
        // A table a later layout added to this sheet (src/workbook/layoutUpgrades.ts `tables`): made now, in its place.
        if (isRendered && live && addedTables.has(t.name.toLowerCase())) geometry.set(t.name, specGeometry(t, s.key, live.name));
        else if (isRendered) conflict("office.conflict.tableMissing", { table: t.name, sheet: live!.name });
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
      const read = parseRange(data.range);
      const at = parseA1(t.at);
      // A table an upgrade shifts down in its columns is planned where it will stand (./planChecks.ts upgradeOps).
      const liveRange = isRendered && awaitsShift(t.name, at, read, version) ? { ...read, top: at.row, bottom: read.bottom + at.row - read.top } : read;
      if (isRendered) {
        if (!lt.showHeaders) conflict("office.conflict.headersHidden", { table: t.name }, { sheet: live.name, address: t.at });
        if (!tablePlaceAccepted(t.name, at, read, version)) {
          // Where the table was found, as read: a table moved up is not planned elsewhere.
          conflict("office.conflict.tableMoved", { table: t.name, found: a1(read.top, read.left), expected: t.at }, { sheet: live.name, address: a1(read.top, read.left) });
          continue;
        }
        const header = headerConflict(t, lt, live.name, version, ctx.workbookLang, ctx.lang);
        if (header) {
          conflicts.push(header);
          continue;
        }
      }
      const liveRows = Math.max(1, liveRange.bottom - liveRange.top - (lt.showTotals ? 1 : 0));
      const rowPlan = isRendered ? planRows(t, data.columns, liveRows, live.name, liveRange, lt.headers, conflict, data.places, req.setInputs?.has(t.name) === true) : { keys: new Array<string | null>(liveRows).fill(null), ops: [] };
      const setColumns = isRendered ? req.setColumns?.get(t.name) : undefined;
      const plan = setColumns === undefined ? rowPlan : { ...rowPlan, setColumns };
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

  // Every table a formula we write names must be there when the formula is entered.
  const created = new Set([
    ...rendered.filter((s) => !liveSheet(s.key)).flatMap((s) => s.tables.map((t) => t.name.toLowerCase())),
    ...rendered.flatMap((s) => s.tables.map((t) => t.name.toLowerCase()).filter((t) => addedTables.has(t) && !ctx.live.tables.has(t))),
  ]);
  const formulas = distinctShapes(rendered.flatMap(sheetFormulas));
  for (const name of new Set(formulas.flatMap(referencedTables))) {
    const t = tableSpecs.get(name);
    const lt = ctx.live.tables.get(name.toLowerCase());
    const onItsSheet = t && lt && [...ctx.live.byKey.values()].some((s) => s.name.toLowerCase() === lt.sheet.toLowerCase());
    if (!created.has(name.toLowerCase()) && !onItsSheet) conflict("office.conflict.referenceMissing", { table: name });
  }

  // Defined names: those the rendered sheets define (Settings' cells), and those a formula names whose
  // sheet is there but whose name went missing (put back where the sheet keeps it).
  const names: Op[] = [];
  const freshValues: Op[] = [];
  const named = new Set(formulas.flatMap(referencedNames).map((n) => n.toLowerCase()));
  for (const n of req.spec.names) {
    const defines = renderedKeys.has(n.sheet);
    if (!defines && !(named.has(n.name.toLowerCase()) && liveSheet(n.sheet))) continue;
    const live = ctx.live.names.get(n.name.toLowerCase());
    const sheetName = sheetNames.get(n.sheet)!;
    if (!live) {
      names.push({ op: "addName", name: n.name, sheet: n.sheet, range: n.range, replace: false });
      // A setting added since the workbook was made, named from a sheet this command does not write: its
      // cell gets the value it was read as (the default), so the formulas that name it agree with core.
      const cell = defines ? undefined : specs.get(n.sheet)?.cells.find((c): c is ValueCell => !isFormulaCell(c) && (c as ValueCell).reads?.name === n.name);
      if (cell) freshValues.push({ op: "write", sheet: n.sheet, range: n.range, data: [[toOffice(cell.value)]] });
    }
    else if (live.target === null) names.push({ op: "addName", name: n.name, sheet: n.sheet, range: n.range, replace: true });
    else if (defines && (live.target.sheet.toLowerCase() !== sheetName.toLowerCase() || live.target.range !== n.range)) {
      conflict("office.conflict.nameMoved", { name: n.name, found: `${live.target.sheet}!${live.target.range}`, expected: `${sheetName}!${n.range}` }, { sheet: live.target.sheet, address: live.target.range });
    }
  }

  // The upgrade: columns of our tables, anywhere in the workbook, inserted, moved and renamed to the current layout.
  const upgrade = upgradeOps(ctx, renderedKeys);
  for (const table of upgrade.blocked) if (tableSpecs.has(table) && rendered.some((x) => x.tables.some((t) => t.name === table))) conflict("office.conflict.upgradeNeedsNewerExcel", { table, version: "1.9" });

  // What the user changed where we write.
  const keeping = new Map<string, CellKeeping>();
  // A workbook the `shopsheet` command wrote spells formulas with hidden names (./columnNames.ts).
  const columnNames = columnNameMeanings([...ctx.live.names.values()].map((n) => n.name), dir);
  const clears = new Map<string, string | null>();
  for (const s of rendered) {
    const live = liveSheet(s.key);
    if (!live) continue;
    const overrides = new Set(req.overrides?.get(s.key)?.keys() ?? []);
    // A sheet an earlier upgrade left with ShopSheet's older formulas is checked as of their version.
    const data = afterShifts(ctx.data, live.name, upgrade.inserts.flatMap((o) => (o.op === "insertCells" && o.sheet === s.key ? [parseRange(o.range)] : [])));
    const r = checkEdits({ sheet: s, workbookLang: ctx.workbookLang, live, data, dir, version: sheetVersion(ctx.live, s.key), overrides, replaceEdits: !!req.replaceEdits, lang: ctx.lang, columnNames });
    conflicts.push(...r.conflicts);
    for (const n of r.notes) notes.set(`${n.code}:${s.key}`, n);
    keeping.set(s.key, r.keep);
    clears.set(s.key, r.clear);
  }

  if (conflicts.length > 0) return { ok: false, conflicts };

  const out: Phases = { structure: [], names, tables: [...upgrade.renames], data: [...freshValues], looks: [], last: [] };
  const unprotect = (key: string) => out.structure.unshift({ op: "unprotect", sheet: key });
  for (const s of rendered) {
    const live = liveSheet(s.key);
    if (live?.protected) unprotect(s.key);
    if (!live) {
      out.structure.push({ op: "addSheet", sheet: s.key, name: sheetNames.get(s.key)!, keyName: sheetKeyName(s.key), replaceKeyName: ctx.live.keyNames.has(s.key), ...(s.key === SHEET.contents ? { first: true as const } : {}) });
      // A new sheet of a Chinese workbook in its font. Office.js cannot set the theme's fonts, and the
      // Normal style is the user's whole workbook's: the sheets the add-in adds carry the font themselves.
      if (req.spec.font) out.structure.push({ op: "sheetFont", sheet: s.key, name: req.spec.font.name });
    }
  }
  // Columns inserted before any row is added (a new row carries a value for every column) and before
  // the renames, which name the columns by their place in the current layout.
  out.structure.push(...upgrade.inserts);
  // Sheets the upgrade touches but the command does not write: opened, and closed again as they were.
  for (const key of upgrade.sheets) {
    const live = liveSheet(key)!;
    if (renderedKeys.has(key) || !live.protected) continue;
    unprotect(key);
    out.last.push({ op: "protect", sheet: key, options: live.protectionOptions ?? {} });
  }

  for (const s of rendered) {
    const live = liveSheet(s.key);
    const exists = live !== undefined;
    const heldVersion = sheetVersion(ctx.live, s.key);
    for (const t of s.tables) {
      const lt = ctx.live.tables.get(t.name.toLowerCase());
      const rows = exists ? rowPlans.get(t.name) : undefined;
      tableOps(t, geometry.get(t.name)!, rows, exists ? lt?.showTotals ?? false : false, dir, ctx.features, out);
      // ShopSheet's older form of an input value, rewritten once (the pane's edits write the inputs anyway).
      const data = ctx.data.tables.get(t.name.toLowerCase());
      if (rows !== undefined && rows.setsInputs !== true && data !== undefined) out.data.push(...valueRewrites(t, geometry.get(t.name)!, data, heldVersion, ctx.workbookLang));
    }
    // A named input cell whose name the workbook lacks is a setting added since it was made (the reader
    // took its blank for the default): written with that value, so the formulas that name it agree with core.
    const fresh = new Set(s.cells.flatMap((c) => (!isFormulaCell(c) && (c as ValueCell).reads?.name !== undefined && !ctx.live.names.has((c as ValueCell).reads!.name!.toLowerCase()) ? [c.at] : [])));
    cellOps(s, exists, req.overrides?.get(s.key), keeping.get(s.key) ?? NO_KEEPING, dir, ctx.features, out.data, out.looks, fresh);
    const clear = clears.get(s.key);
    // A sheet written whole loses its old merged cells first (they need not fall where the new ones do,
    // and a clear across part of one is refused), then what its old content left below the new.
    if (exists && isGenerated(s) && s.cells.length > 0) out.structure.push({ op: "unmerge", sheet: s.key, range: rangeA1(mergeBox(s, clear)) });
    if (exists && isGenerated(s) && clear) out.structure.push({ op: "clear", sheet: s.key, range: clear });
    sheetLooks(s, geometry, tableSpecs, ctx.features, out.looks, out.last, note, live);
  }

  // The layout version, once everything else is written (a failed command leaves the old one).
  const versionName = layoutVersionName();
  const settingsThere = liveSheet(SHEET.settings) !== undefined || renderedKeys.has(SHEET.settings);
  // Sheets this command does not write keep ShopSheet's older formulas and notes till a command writes
  // them: each is marked with the version they are of (src/workbook/layoutUpgrades.ts olderSheetName), so that until
  // then they are not taken for the user's edits. A sheet written now loses its mark.
  const olderLeft = version < LAYOUT_VERSION ? [...ctx.live.byKey].filter(([key, sheet]) => !renderedKeys.has(key) && !ctx.live.layout.older.has(key) && sheetChangedSince(version, sheetKind(key).kind, sheet.tables.map((t) => t.name))) : [];
  if (upgrade.complete && settingsThere && !ctx.live.layout.names.includes(versionName)) {
    for (const old of ctx.live.layout.names) out.last.push({ op: "deleteName", name: old });
    out.last.push({ op: "addName", name: versionName, sheet: SHEET.settings, range: "A1", replace: false });
    for (const [key] of olderLeft) out.last.push({ op: "addName", name: olderSheetName(key, version), sheet: key, range: "A1", replace: false });
    if (ctx.live.byKey.size > 0 && version < LAYOUT_VERSION) {
      const what = upgradesFrom(version)
        .map((u) => message("info", u.message, {}, ctx.lang).text)
        .join("; ");
      note("office.note.upgraded", { from: String(version), to: String(LAYOUT_VERSION), what });
      if (olderLeft.length > 0) note("office.note.upgradePending", { sheets: cellList(olderLeft.map(([, sheet]) => sheet.name), ctx.lang) });
    }
  }
  for (const key of renderedKeys) {
    const mark = ctx.live.layout.older.get(key);
    if (mark) out.last.push({ op: "deleteName", name: mark.name });
  }

  return { ok: true, ops: [...out.structure, ...out.names, ...out.tables, ...out.data, ...out.looks, ...out.last], notes: [...notes.values()], written: rendered.map((s) => s.key) };
}

/**
 * What ShopSheet's places on a sheet will hold once an upgrade's shifts are done: the cells inserted are
 * blank (what stood there moved down with its table), so a heading written where a shifted table stood is
 * not taken for the user's text.
 */
function afterShifts(data: ReadData, sheetName: string, bands: readonly RangePos[]): ReadData {
  if (bands.length === 0) return data;
  const inBand = (key: string) => {
    const bang = key.lastIndexOf("!");
    if (key.slice(0, bang) !== sheetName) return false;
    const p = parseA1(key.slice(bang + 1));
    return bands.some((b) => p.row >= b.top && p.row <= b.bottom && p.col >= b.left && p.col <= b.right);
  };
  return { ...data, formulas: new Map([...data.formulas].filter(([key]) => !inBand(key))) };
}
