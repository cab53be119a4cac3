/**
 * What the task pane's Set up view needs from the workbook besides the commands: the Settings, Roles
 * and Staff the workbook holds now (to show and edit them), and a way to write the pane's edits back
 * into those tables, which stay the source of truth.
 *
 * Built on the commands' own machinery (runCommand, discover, the reader, the executor, the sheet
 * builders), so reading gives exactly what the commands would read, and a write lays rows out exactly
 * as the builders do. Neither throws: both resolve to a result with localized messages.
 *
 *   readSetup(options)            the sections present, in the config-file shape (README "Config format")
 *   saveSetup(sections, options)  the edits into the existing tables, then setUpRolesAndStaff (which
 *                                 creates what is missing from the same sections and refreshes formulas,
 *                                 formats, validation and the role sheets)
 */
import { parseConfig } from "../../core/config";
import type { Config } from "../../core/types";
import type { Lang } from "../../data/lang";
import { SHEET } from "../../workbook/names";
import { rolesTable } from "../../workbook/sheets/roles";
import { settingsSheet } from "../../workbook/sheets/settings";
import { staffTable } from "../../workbook/sheets/staff";
import { a1, colLetters, parseRange } from "../../workbook/address";
import { isFormulaCell, type TableSpec } from "../../workbook/spec";
import { toOffice, type OfficeInput } from "../reconcile/cells";
import { readRequest, runCommand, setUpRolesAndStaff, workbookLang, type CommandOptions } from "./steps";
import { execute } from "../host/execute";
import { discover } from "../host/discover";
import { readInputs as loadInputs } from "../host/readInputs";
import type { LiveWorkbook, ReadData } from "../reconcile/liveModel";
import type { Op } from "../reconcile/ops";
import { readInputs, settingsCells } from "../reader";
import { CommandStop, emptyStats, message, type CommandMessage, type CommandResult, type CommandStats } from "../result";
import { tableTemplate } from "../../workbook/templates";
import { columnPlaces } from "../../workbook/layoutUpgrades";

/** Settings, roles and staff in the config-file shape; a section is left out where its table is missing. */
export interface SetupSections {
  settings?: Record<string, unknown>;
  roles?: unknown[];
  staff?: unknown[];
}

export type SetupRead =
  | { ok: true; sections: SetupSections; workbookLang: Lang; messages: CommandMessage[]; stats: CommandStats }
  | { ok: false; messages: CommandMessage[]; stats: CommandStats };

type Session = Parameters<Parameters<typeof runCommand>[1]>[0];

const SETUP_KEYS = new Set<string>([SHEET.settings, SHEET.roles, SHEET.staff]);

async function loadSetup(s: Session, live: LiveWorkbook, lang: Lang): Promise<ReadData> {
  return loadInputs(s.context, s.sync, readRequest(live, lang, (k) => SETUP_KEYS.has(k)));
}

/** Settings, Roles and Staff as the workbook holds them (two round trips; none written). */
export async function readSetup(options: CommandOptions = {}): Promise<SetupRead> {
  let sections: SetupSections = {};
  let lang: Lang = options.lang ?? "zh-CN";
  const r = await runCommand(options.lang, async (s) => {
    const live = await discover(s.context, s.sync);
    lang = workbookLang(live, s.uiLang);
    const data = await loadSetup(s, live, lang);
    const inputs = readInputs({ live, data, lang, uiLang: s.uiLang }, []);
    sections = {
      ...(inputs.raw.settings ? { settings: inputs.raw.settings } : {}),
      ...(inputs.raw.roles ? { roles: inputs.raw.roles } : {}),
      ...(inputs.raw.staff ? { staff: inputs.raw.staff } : {}),
    };
    const summary = message(
      "info",
      sections.roles || sections.staff || sections.settings ? "tp.read.done" : "tp.read.empty",
      { roles: String(sections.roles?.length ?? 0), staff: String(sections.staff?.length ?? 0) },
      s.uiLang,
    ).text;
    return { summary, messages: inputs.errors };
  });
  if (!r.ok) return r;
  return { ok: true, sections, workbookLang: lang, messages: r.messages, stats: r.stats };
}

/**
 * Writes the pane's edits into the Settings, Roles and Staff that exist (their input columns and the
 * named settings cells; rows are added or removed at the end of a table to fit), then runs
 * setUpRolesAndStaff, which creates the missing ones from the same sections and brings formulas,
 * formats and role sheets up to date. Everything is checked with the engine's rules first: a section
 * that does not pass changes nothing.
 */
export async function saveSetup(sections: SetupSections, options: CommandOptions = {}): Promise<CommandResult> {
  const uiLang: Lang = options.lang ?? "zh-CN";
  const checked = parseConfig({ settings: sections.settings, roles: sections.roles, staff: sections.staff });
  if (!checked.ok) {
    const messages = checked.errors.map((w) => {
      const m = message("error", w.code, w.params, uiLang);
      return { ...m, text: `${w.where}: ${m.text}` };
    });
    return { ok: false, messages, stats: emptyStats() };
  }
  const config = checked.config;
  const wrote: string[] = [];
  // The edits go into today's columns: a workbook of an older layout is brought to today's by
  // setUpRolesAndStaff first (once; it keeps everything typed), then the edits are written.
  let older = false;
  const edit = (mayUpgrade: boolean) =>
    runCommand(options.lang, async (s) => {
      const live = await discover(s.context, s.sync);
      const lang = workbookLang(live, s.uiLang);
      if (![...SETUP_KEYS].some((k) => live.byKey.has(k))) return { summary: "", messages: [] };
      older = mayUpgrade && needsUpgrade(live, lang);
      if (older) return { summary: "", messages: [] };
      const data = await loadSetup(s, live, lang);
      const ops = editOps(sections, config, live, data, lang, s.uiLang);
      wrote.push(...new Set(ops.flatMap((o) => ("sheet" in o ? [o.sheet] : []))));
      const r = await execute(s.context, s.sync, ops, live, s.features);
      s.stats.writeBatches = r.batches;
      s.stats.largestBatchBytes = r.largestBatchBytes;
      s.stats.sheetsWritten = [...wrote];
      return { summary: "", messages: [] };
    });
  let first = await edit(true);
  let upgraded: CommandResult | null = null;
  if (first.ok && older) {
    upgraded = await setUpRolesAndStaff(options);
    if (!upgraded.ok) return upgraded;
    first = await edit(false);
  }
  if (!first.ok) return first;

  const second = await setUpRolesAndStaff({ ...options, ...sections });
  const runs = [...(upgraded ? [upgraded] : []), first, second];
  const stats: CommandStats = {
    syncs: runs.reduce((n, r) => n + r.stats.syncs, 0),
    largestBatchBytes: Math.max(...runs.map((r) => r.stats.largestBatchBytes)),
    writeBatches: runs.reduce((n, r) => n + r.stats.writeBatches, 0),
    sheetsWritten: [...new Set(runs.flatMap((r) => r.stats.sheetsWritten))],
  };
  if (!second.ok) {
    const partial = wrote.length ? [message("warning", "tp.save.partial", {}, uiLang)] : [];
    return { ok: false, messages: [...second.messages, ...partial], stats };
  }
  // setUpRolesAndStaff keeps existing tables as they are and says so; here they already hold the edits.
  const messages = [...(upgraded ? upgraded.messages : []), ...second.messages].filter((m) => m.code !== "office.note.kept");
  return { ok: true, summary: second.summary, messages, stats };
}

/** True when a table of Settings, Roles or Staff is of an older layout that an upgrade brings to
 *  today's (columns to insert or rename): the edits are written by today's columns. */
function needsUpgrade(live: LiveWorkbook, lang: Lang): boolean {
  return [...SETUP_KEYS].some((key) =>
    (live.byKey.get(key)?.tables ?? []).some((lt) => {
      const t = tableTemplate(lt.name, lang);
      const found = t ? columnPlaces(t, lt.headers, live.layout.version, lang) : null;
      return found !== null && found.ok && t!.columns.some((c, i) => found.places[i] !== i || lt.headers[i] !== c.header);
    }),
  );
}

// ---------------------------------------------------------------- the edits as write ops

/** Write ops for the sections given, into the tables and cells that exist; stops on a changed layout. */
export function editOps(sections: SetupSections, config: Config, live: LiveWorkbook, data: ReadData, lang: Lang, uiLang: Lang): Op[] {
  const ops: Op[] = [];
  const stops: CommandMessage[] = [];
  const protectedSheets = new Set<string>();
  const table = (key: string, spec: TableSpec, skip: readonly string[] = []) => {
    const sheet = live.byKey.get(key);
    if (!sheet) return;
    const r = tableOps(key, spec, live, data, uiLang, skip);
    if (!r) return;
    if (r.ok) {
      if (sheet.protected) protectedSheets.add(key);
      ops.push(...r.ops);
    } else stops.push(r.stop);
  };

  if (sections.roles) table(SHEET.roles, rolesTable(config.roles, lang), ["notes"]);
  if (sections.staff) table(SHEET.staff, staffTable(config.staff, lang));
  if (sections.settings && live.byKey.has(SHEET.settings)) {
    const built = settingsSheet(config.settings, lang);
    for (const t of built.sheet.tables) table(SHEET.settings, t);
    const specCells = new Map(built.sheet.cells.map((c) => [c.at, c]));
    for (const cell of settingsCells({ live, lang })) {
      const name = built.names.find((n) => n.name === cell.name);
      const spec = name ? specCells.get(name.range) : undefined;
      if (!spec || isFormulaCell(spec)) continue;
      ops.push({ op: "write", sheet: SHEET.settings, range: cell.address, data: [[toOffice(spec.value)]] });
    }
    if (live.byKey.get(SHEET.settings)?.protected) protectedSheets.add(SHEET.settings);
  }
  if (stops.length) throw new CommandStop(stops);
  const unprotect: Op[] = [...protectedSheets].map((sheet) => ({ op: "unprotect", sheet }));
  // Rows first (they move what is below a table), then values.
  const order = (o: Op) => (o.op === "unprotect" ? 0 : o.op === "deleteRows" || o.op === "insertRows" ? 1 : 2);
  return [...unprotect, ...ops].sort((a, b) => order(a) - order(b));
}

/**
 * One table: its rows resized at the end to the spec's (a table keeps one row, blank), then every
 * input column written from the spec's rows. Null when the table is not in the workbook.
 */
function tableOps(
  key: string,
  spec: TableSpec,
  live: LiveWorkbook,
  data: ReadData,
  uiLang: Lang,
  skip: readonly string[],
): { ok: true; ops: Op[] } | { ok: false; stop: CommandMessage } | null {
  const lt = live.tables.get(spec.name.toLowerCase());
  const td = data.tables.get(spec.name.toLowerCase());
  const sheet = live.byKey.get(key);
  if (!lt || !td || !sheet || lt.sheet.toLowerCase() !== sheet.name.toLowerCase()) return null;
  const range = parseRange(td.range);
  const bad = spec.columns.findIndex((c, i) => lt.headers[i] !== c.header);
  if (bad >= 0) {
    const found = lt.headers[bad];
    const where = { sheet: lt.sheet, address: a1(range.top, range.left + bad), row: range.top, column: found ?? spec.columns[bad]!.header };
    const code = found === undefined ? "office.conflict.columnMissing" : "office.conflict.header";
    return { ok: false, stop: message("error", code, { table: spec.name, found: found ?? "", expected: spec.columns[bad]!.header }, uiLang, where) };
  }
  const liveRows = Math.max(1, range.bottom - range.top - (lt.showTotals ? 1 : 0));
  const wanted = Math.max(1, spec.rows.length);
  const ops: Op[] = [];
  if (wanted > liveRows) {
    ops.push({ op: "insertRows", table: spec.name, index: null, values: Array.from({ length: wanted - liveRows }, () => new Array<OfficeInput>(spec.columns.length).fill("")) });
  } else if (wanted < liveRows) {
    ops.push({ op: "deleteRows", table: spec.name, indexes: Array.from({ length: liveRows - wanted }, (_, i) => liveRows - 1 - i) });
  }
  const firstRow = range.top + 1;
  const lastRow = firstRow + wanted - 1;
  const writable = (i: number) => {
    const c = spec.columns[i]!;
    return c.input === true && c.formula === undefined && !skip.includes(c.key);
  };
  for (let i = 0; i < spec.columns.length; ) {
    if (!writable(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < spec.columns.length && writable(j + 1)) j++;
    const cols = spec.columns.slice(i, j + 1);
    const rows = spec.rows.length ? spec.rows : [{}];
    ops.push({
      op: "write",
      sheet: key,
      range: `${colLetters(range.left + i)}${firstRow}:${colLetters(range.left + j)}${lastRow}`,
      data: rows.map((r) => cols.map((c) => toOffice(r[c.key] ?? null))),
    });
    i = j + 1;
  }
  return { ok: true, ops };
}
