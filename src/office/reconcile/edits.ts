/**
 * What the user changed in the cells ShopSheet writes, and what a command does about it. The policy,
 * per kind of cell (README, "What the add-in does with your edits"):
 *
 * - Input cells (yellow, blue text): the user's. Never written, whatever they hold.
 * - Computed cells — a formula, or a figure ShopSheet writes (a table's data columns, the month's
 *   first and last day): typing a value or another formula over one is not something ShopSheet can
 *   carry (the engine, the slips and the year to date would disagree with the sheet), and quietly
 *   putting the formula back would lose what was typed. So the command stops and names the cells:
 *   clear them (ShopSheet then writes its own again), move the adjustment where it belongs (Reward,
 *   Penalty, Settings), or run with `replaceEdits` — then they are replaced and the note lists them.
 *   A computed cell the user cleared is simply written again: nothing typed is lost.
 * - Text — a title, label, note or header outside a table: a finance person who retitles a sheet
 *   wants the title kept. Kept, and a note says where (clear the cell to get ShopSheet's back).
 * - A sheet ShopSheet writes whole (the slips, rewritten from the payroll as the staff list changes):
 *   what the user wrote in a gap, below or beside the slips stays where the new slips do not need the
 *   cell; where they do (or where old slips are cleared), the command stops, or replaces with
 *   `replaceEdits`. A value typed over a slip's figure is an edited computed cell.
 *
 * Reading every formula back would cost as much as writing them, so for tables of people (Staff,
 * payroll, members) the check reads the first row's formulas and where the data cells hold constants
 * (Range.getSpecialCells): a value typed anywhere is found; a formula changed in a single later row is
 * not (Excel puts a formula edited in a calculated column into the whole column, so it shows in the
 * first row). Older Excels (no getSpecialCells) have every formula read.
 *
 * In a workbook of an older layout, the formulas an upgrade declares changed are ShopSheet's own older
 * ones, not edits (src/workbook/layoutUpgrades.ts); values typed over them still count. So are the older texts it
 * declares: rewritten, not kept — and the other texts a cell declares ShopSheet writes there as the config changes
 * (a role sheet's B3: the role's id in its other form).
 */
import type { Lang } from "../../data/lang";
import { formatMessage } from "../../data/messages";
import { a1, parseA1, parseRange, type RangePos } from "../../workbook/address";
import { resolveStructuredRefs, type TableDirectory } from "../../workbook/formula";
import type { CellValue, SheetSpec, TableSpec, ValueCell } from "../../workbook/spec";
import { isDateValue, isFormulaCell } from "../../workbook/spec";
import { isBlank, isoToSerial, toOffice, toOfficeFormula, type OfficeInput, type OfficeValue } from "./cells";
import { canonicalFormula } from "./formulaText";
import { columnFormulaCheck } from "./columnFormulaCheck";
import { areaAddresses, cellKey, type LiveSheet, type ReadData } from "./liveModel";
import { isGenerated, isInput, type CellKeeping } from "./planCells";
import { keyOfLive, keyOfSpec } from "./planTables";
import { message, type CommandMessage } from "../result";
import { formulaVariants, generatedLayout, sheetKind, userOwnsRows } from "../../workbook/templates";
import { formulasChangedSince, olderText } from "../../workbook/layoutUpgrades";

export interface EditCheck {
  sheet: SheetSpec;
  /** The language of the workbook's headers. */
  workbookLang: Lang;
  live: LiveSheet;
  data: ReadData;
  dir: TableDirectory;
  /** The workbook's layout version. */
  version: number;
  /** Cells the command itself sets (the month's target): not the user's edits. */
  overrides: ReadonlySet<string>;
  replaceEdits: boolean;
  lang: Lang;
  /** ShopSheet's column names the workbook holds → what each stands for (./columnNames.ts): a
   *  workbook the `shopsheet` command wrote spells its formulas with them. */
  columnNames?: ReadonlyMap<string, string>;
}

export interface EditOutcome {
  conflicts: CommandMessage[];
  notes: CommandMessage[];
  keep: CellKeeping;
  /** For a sheet written whole: the old rows below the new content that may be cleared. */
  clear: string | null;
}

const MAX_LISTED = 8;

/** "D12, F13 and 4 more" in the message language. */
export function cellList(addresses: readonly string[], lang: Lang): string {
  const sep = formatMessage("office.list.separator", {}, lang);
  const list = addresses.slice(0, MAX_LISTED).join(sep);
  if (addresses.length <= MAX_LISTED) return list;
  return formatMessage("office.list.more", { list, more: String(addresses.length - MAX_LISTED) }, lang);
}

const isFormulaText = (v: OfficeValue): v is string => typeof v === "string" && v.startsWith("=");

/** A canonical formula with the month of every month table left out: a role sheet's members read the
 *  payroll of the month it was last written for, a payroll sheet the month before — all ShopSheet's. */
const anyMonth = (canonical: string) => canonical.replace(/\{(payroll|targets|weeks)_\d{4}_\d{2}\|/g, "{$1_*|");

/** A live cell against the value ShopSheet writes there. */
function sameValue(live: OfficeValue, v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return isBlank(live);
  if (isDateValue(v)) return live === isoToSerial(v.date);
  if (typeof v === "string") return String(live) === v;
  return live === v;
}

/** A text ShopSheet wrote, for this month or another (a role sheet's "Members, 2026-10" heading
 *  follows the latest payroll). */
const sameText = (live: OfficeValue, v: string) => String(live).replace(/\d{4}-\d{2}/g, "YYYY-MM") === v.replace(/\d{4}-\d{2}/g, "YYYY-MM");

/** What a cell read back holds, written again as it was (text stays text). */
function asInput(v: OfficeValue): OfficeInput {
  return typeof v === "string" && !isFormulaText(v) ? toOffice(v) : v;
}

export function checkEdits(c: EditCheck): EditOutcome {
  const edited = new Set<string>();
  const kept: string[] = [];
  const skip = new Set<string>();
  const writeBack = new Map<string, OfficeInput>();
  const userCells: string[] = [];
  const kind = sheetKind(c.sheet.key).kind;
  const generated = isGenerated(c.sheet);
  let clear: string | null = null;

  // A sheet ShopSheet writes whole and lays out anew each time — the contents, whose lines follow the
  // workbook's sheets; the slips of a layout before this one — is all ShopSheet's where it writes.
  const anew = generated && (kind === "contents" || formulasChangedSince(c.version, { sheetKind: kind }));
  if (anew) return { conflicts: [], notes: [], keep: { skip, writeBack }, clear: anewClear(c, kind) };

  // The sheet's own cells: computed ones must hold ShopSheet's formula or figure; text may be the user's.
  for (const cell of c.sheet.cells) {
    if (isInput(cell.style) || c.overrides.has(cell.at)) continue;
    const live = c.data.formulas.get(cellKey(c.live.name, cell.at));
    if (live === undefined || isBlank(live)) continue;
    if (isFormulaCell(cell)) {
      const ours = anyMonth(canonicalFormula(toOfficeFormula(resolveStructuredRefs(cell.formula, c.dir)), null));
      if (!isFormulaText(live) || (!formulasChangedSince(c.version, { sheetKind: kind }) && anyMonth(canonicalFormula(live, null, { names: c.columnNames ?? new Map() })) !== ours)) edited.add(cell.at);
    } else if (typeof cell.value === "string" || cell.value === null) {
      // A lookup key (a role sheet's B3) is read trimmed: ShopSheet's text with spaces around it is ShopSheet's.
      const text = (cell as ValueCell).lookupKey === true ? String(live).trim() : String(live);
      const ourOtherText = (cell as ValueCell).alsoWritten?.includes(text) === true || olderText(c.version, kind, c.sheet.key, cell.at, text, c.workbookLang);
      if (!sameText(text, cell.value ?? "") && !ourOtherText) {
        kept.push(cell.at);
        if (generated) writeBack.set(cell.at, asInput(live));
        else skip.add(cell.at);
      }
    } else if (!sameValue(live, cell.value)) edited.add(cell.at);
  }

  for (const t of c.sheet.tables) for (const at of tableEdits(t, c)) edited.add(at);

  if (generated) {
    const g = generatedEdits(c);
    g.edited.forEach((at) => edited.add(at));
    userCells.push(...g.userCells);
    clear = g.clear;
  }

  const conflicts: CommandMessage[] = [];
  const notes: CommandMessage[] = [];
  const sorted = (xs: Iterable<string>) => [...xs].sort((a, b) => parseA1(a).row - parseA1(b).row || parseA1(a).col - parseA1(b).col);
  const where = (at: string) => ({ sheet: c.live.name, address: at });
  const editedList = sorted(edited);
  if (c.replaceEdits) {
    const replaced = sorted([...editedList, ...userCells]);
    if (replaced.length) notes.push(message("warning", "office.note.replacedEdits", { cells: cellList(replaced, c.lang) }, c.lang, where(replaced[0]!)));
  } else {
    if (editedList.length) conflicts.push(message("error", "office.conflict.computedEdited", { cells: cellList(editedList, c.lang) }, c.lang, where(editedList[0]!)));
    if (userCells.length) {
      const list = sorted(userCells);
      conflicts.push(message("error", "office.conflict.userCells", { cells: cellList(list, c.lang) }, c.lang, where(list[0]!)));
    }
  }
  if (kept.length) notes.push(message("info", "office.note.keptText", { cells: cellList(sorted(kept), c.lang) }, c.lang, where(sorted(kept)[0]!)));
  return { conflicts, notes, keep: { skip, writeBack }, clear };
}

/** Cells of an existing table of ours that hold something else than ShopSheet's formula or figure. */
function tableEdits(t: TableSpec, c: EditCheck): string[] {
  const td = c.data.tables.get(t.name.toLowerCase());
  if (!td || (td.formulas === undefined && td.constants === undefined)) return [];
  const r = parseRange(td.range);
  const first = r.top + 1;
  const out: string[] = [];
  const formulaCols = t.columns.flatMap((col, j) => (col.formula !== undefined ? [j] : []));
  const variants = formulaVariants(t.name, c.workbookLang);
  const ours = new Map(
    formulaCols.map((j) => {
      const col = t.columns[j]!;
      const spellings = [resolveStructuredRefs(col.formula!, c.dir, t.name), ...(variants.get(col.key) ?? [])];
      return [j, new Set(spellings.map((f) => anyMonth(canonicalFormula(toOfficeFormula(f), t.name))))];
    }),
  );
  const olderFormulas = formulasChangedSince(c.version, { table: t.name });
  // Formulas were read by column of the current layout; cells are named where they are now (an older
  // layout may still lack columns the upgrade inserts).
  const liveCol = (j: number) => r.left + (td.places ? (td.places[j] ?? j) : j);
  const layoutCol = (col: number) => (td.places ? td.places.indexOf(col - r.left) : col - r.left);
  // A1 references read by the table as it stands (an upgrade's inserts shifted them with its columns).
  const place = { table: t.name, left: r.left, headers: c.live.tables.find((x) => x.name.toLowerCase() === t.name.toLowerCase())?.headers ?? [] };
  const isOurs = new Map(formulaCols.map((j) => [j, columnFormulaCheck(ours.get(j)!, place, c.columnNames ?? new Map(), anyMonth)]));

  (td.formulas ?? []).forEach((row, i) => {
    for (const j of formulaCols) {
      const live = row[j];
      if (live === undefined || isBlank(live)) continue;
      if (!isFormulaText(live) || (!olderFormulas && !isOurs.get(j)!(live, first + i))) out.push(a1(first + i, liveCol(j)));
    }
  });

  // The data columns ShopSheet fills (not the user's, not formulas, not the row key it aligns by).
  const all = td.formulas !== undefined && td.formulas.length > 1;
  if (all && !userOwnsRows(t)) {
    const keyed = t.columns.some((col) => col.input);
    const specByKey = new Map(t.rows.map((row) => [keyOfSpec(row[t.columns[0]!.key]), row] as const));
    // A column read back into the config (a closed month's base, issue 15) holds an entry: what is there is read, and written again.
    const valueCols = t.columns.flatMap((col, j) => (col.formula === undefined && !col.input && col.reads === undefined && !(keyed && j === 0) ? [j] : []));
    td.formulas!.forEach((row, i) => {
      const spec = keyed ? specByKey.get(keyOfLive(td.columns.get(0)?.[i])) : td.formulas!.length === t.rows.length ? t.rows[i] : undefined;
      if (!spec) return;
      for (const j of valueCols) {
        const live = row[j];
        if (live !== undefined && !isBlank(live) && !sameValue(live, spec[t.columns[j]!.key] ?? null)) out.push(a1(first + i, liveCol(j)));
      }
    });
  }

  // Constants where the formulas are: values typed over computed cells, in any row.
  for (const area of areaAddresses(td.constants ?? "")) {
    const a = parseRange(area);
    for (let row = a.top; row <= a.bottom; row++)
      for (let col = a.left; col <= a.right; col++) if (formulaCols.includes(layoutCol(col))) out.push(a1(row, col));
  }
  return [...new Set(out)];
}

/**
 * What a sheet written whole anew leaves to clear: its old content below the new (the contents: in its
 * three columns, A:C — beside them is the user's), or all of it (slips of an older layout).
 */
function anewClear(c: EditCheck, kind: string): string | null {
  const usedAddress = c.data.used.get(c.live.name);
  if (!usedAddress) return null;
  const used = parseRange(usedAddress);
  const right = kind === "contents" ? Math.min(used.right, 3) : used.right;
  const bottom = c.sheet.cells.reduce((b, cell) => Math.max(b, parseA1(cell.at).row), 0);
  if (kind === "contents") return used.bottom > bottom ? `${a1(bottom + 1, 1)}:${a1(used.bottom, right)}` : null;
  return `${a1(1, 1)}:${a1(used.bottom, used.right)}`;
}

/**
 * A sheet written whole: its constants and formulas against where ShopSheet puts them (for as many
 * slips as the old sheet could hold). Cells elsewhere are the user's; the ones the new write covers
 * or the clearing of old rows would reach are in the way.
 */
function generatedEdits(c: EditCheck): { edited: string[]; userCells: string[]; clear: string | null } {
  const found = c.data.generated.get(c.live.name);
  const usedAddress = c.data.used.get(c.live.name);
  if (!found || !usedAddress) return { edited: [], userCells: [], clear: null };
  const layout = generatedLayout(c.sheet.key, parseRange(usedAddress).bottom);
  if (!layout) return { edited: [], userCells: [], clear: null };
  const key = (row: number, col: number) => `${row}:${col}`;
  const ourConstants = new Set<string>();
  const ourFormulas = new Set<string>();
  let oldRight = 1;
  for (const cell of layout.cells) {
    const p = parseA1(cell.at);
    oldRight = Math.max(oldRight, p.col);
    if (isFormulaCell(cell)) ourFormulas.add(key(p.row, p.col));
    else if (cell.value !== null && cell.value !== "") ourConstants.add(key(p.row, p.col));
  }
  const cells = (areas: string[]) => areas.flatMap((area) => expand(parseRange(area)));
  const edited: string[] = [];
  const mine: { row: number; col: number }[] = [];
  let oldBottom = 0;
  for (const p of cells(found.constants)) {
    const ours = ourConstants.has(key(p.row, p.col)) || ourFormulas.has(key(p.row, p.col));
    if (ours) oldBottom = Math.max(oldBottom, p.row);
    if (p.row === 1 && p.col === 1) continue; // the title: text, kept or not above
    if (ourFormulas.has(key(p.row, p.col))) edited.push(a1(p.row, p.col));
    else if (!ours) mine.push(p);
  }
  for (const p of cells(found.formulas)) {
    const ours = ourConstants.has(key(p.row, p.col)) || ourFormulas.has(key(p.row, p.col));
    if (ours) oldBottom = Math.max(oldBottom, p.row);
    if (ourConstants.has(key(p.row, p.col))) edited.push(a1(p.row, p.col));
    else if (!ours) mine.push(p);
  }
  // A slip's last rows hold only looks (its cut line): they go with the content above them.
  const layoutRows = new Set(layout.cells.map((cell) => parseA1(cell.at).row));
  const contentRows = new Set([...ourConstants, ...ourFormulas].map((k) => Number(k.split(":")[0])));
  if (oldBottom > 0) while (layoutRows.has(oldBottom + 1) && !contentRows.has(oldBottom + 1)) oldBottom++;
  // What the new content covers, and the rows of old slips below it, which are cleared.
  const box = c.sheet.cells.map((cell) => parseA1(cell.at)).reduce((b, p) => ({ top: Math.min(b.top, p.row), bottom: Math.max(b.bottom, p.row), left: Math.min(b.left, p.col), right: Math.max(b.right, p.col) }), { top: Infinity, bottom: 0, left: Infinity, right: 0 });
  const clearRange: RangePos | null = oldBottom > box.bottom ? { top: box.bottom + 1, bottom: oldBottom, left: 1, right: oldRight } : null;
  const inside = (r: RangePos | null, p: { row: number; col: number }) => r !== null && p.row >= r.top && p.row <= r.bottom && p.col >= r.left && p.col <= r.right;
  const userCells = mine.filter((p) => inside(box, p) || inside(clearRange, p)).map((p) => a1(p.row, p.col));
  return { edited, userCells, clear: clearRange ? `${a1(clearRange.top, clearRange.left)}:${a1(clearRange.bottom, clearRange.right)}` : null };
}

function expand(r: RangePos): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push({ row, col });
  return out;
}
