/**
 * The pane's "Import actuals": the 生意参谋 product daily export the user opened or pasted into a sheet,
 * read from that sheet's used range through the same importer as `shopsheet targets --actuals`
 * (src/workbook/imports), and written into the month's Targets sheet — actual sales, orders, visitors —
 * through the one reconciler. Every bad row of the export stops the import with its cell; nothing is
 * half-imported. A day whose actual was typed differently on the Targets sheet stops it too, naming the
 * cells, unless "replace my edits" is on — then the import replaces them and says which.
 *
 *   1. the active sheet's used range (values and address)        (1 sync)
 *   2. discover, 3. read the Settings and Targets inputs, 4. write, 5. calculate
 */
import { calendarOf } from "../../core/holidayCalendar";
import type { IsoDate, Month } from "../../core/calendar";
import { money, ZERO, type Dec } from "../../core/money";
import { spreadTarget } from "../../core/targets";
import type { Warning } from "../../core/types";
import { parseA1 } from "../../workbook/address";
// The importer alone, not the folder index: that also holds the CSV reader (csv-parse, Node-only Buffer).
import { importProductDaily, type DayFigures } from "../../workbook/imports/productDaily";
import { SHEET, targetsTable } from "../../workbook/names";
import { settingsSheet } from "../../workbook/sheets/settings";
import { targetsSheet } from "../../workbook/sheets/targets";
import type { WorkbookSpec } from "../../workbook/spec";
import { discover } from "../host/discover";
import { splitAddress } from "../reconcile/features";
import { officeGrid } from "../reconcile/grid";
import { rawDate } from "../../workbook/read";
import { located } from "../reconcile/inputs";
import { CommandStop, message, type CellLocation, type CommandMessage, type CommandResult } from "../result";
import type { CommandOptions } from "./options";
import { checkMonth, render, runCommand, yuan, type Session } from "./session";
import { readTargetsMonth } from "./targetsMonth";

/** One day as the pane shows what was read. */
export interface ImportedDay {
  date: IsoDate;
  /** "1234.50" */
  sales: string;
  orders: number | null;
  visitors: number | null;
}

export type ImportResult = CommandResult & { days?: ImportedDay[] };

export async function importActuals(month: Month, options: CommandOptions = {}): Promise<ImportResult> {
  let days: ImportedDay[] | undefined;
  const r = await runCommand(options.lang, async (s) => {
    checkMonth(month, s.uiLang);
    const pasted = await activeUsedRange(s);
    const live = await discover(s.context, s.sync);
    const own = [...live.byKey.values()].some((sh) => sh.name === pasted.sheet);
    if (own) throw new CommandStop([message("error", "office.import.ownSheet", { sheet: pasted.sheet }, s.uiLang)]);
    if (!live.byKey.has(SHEET.settings)) throw new CommandStop([message("error", "office.needsSetup", { what: SHEET.settings }, s.uiLang)]);

    const imported = importProductDaily(pasted.values, { month, origin: pasted.origin });
    const place = (w: Warning): CellLocation | undefined => placeOn(pasted.sheet, w.where);
    if (!imported.ok) throw new CommandStop(imported.problems.map((p) => message("error", p.code, p.params, s.uiLang, place(p))));

    const { key, lang, data, inputs, config, existing } = await readTargetsMonth(s, live, month);

    // What the Targets sheet holds, with the export's days put in; a typed day the export says otherwise is a conflict.
    const sales = new Map(existing?.actuals ?? []);
    const orders = new Map(existing?.actualOrders ?? []);
    const visitors = new Map(existing?.actualVisitors ?? []);
    const differs: { date: IsoDate; column: "actual" | "actualOrders" | "actualVisitors"; was: string; now: string }[] = [];
    const put = <T>(map: Map<IsoDate, T>, date: IsoDate, value: T | null, column: (typeof differs)[number]["column"], same: (a: T, b: T) => boolean, shown: (x: T) => string) => {
      if (value === null) return;
      const was = map.get(date);
      if (was !== undefined && !same(was, value)) differs.push({ date, column, was: shown(was), now: shown(value) });
      map.set(date, value);
    };
    for (const d of imported.value.days) {
      put<Dec>(sales, d.date, d.sales, "actual", (a, b) => a.equals(b), money);
      put<number>(orders, d.date, d.orders, "actualOrders", (a, b) => a === b, String);
      put<number>(visitors, d.date, d.visitors, "actualVisitors", (a, b) => a === b, String);
    }
    const table = targetsTable(month);
    const grid = officeGrid(live, data, lang).table(table);
    const rowOf = new Map((grid?.values("date") ?? []).map((d, i) => [rawDate(d), i] as const));
    const cellOf = (date: IsoDate, column: string): CellLocation | undefined => {
      const i = rowOf.get(date);
      return grid && i !== undefined ? grid.place(i, column) : undefined;
    };
    const said = differs.map((d) =>
      message(options.replaceEdits ? "warning" : "error", options.replaceEdits ? "office.import.replaced" : "office.import.typedDiffers", { date: d.date, was: d.was, now: d.now }, s.uiLang, cellOf(d.date, d.column)),
    );
    if (said.length > 0 && !options.replaceEdits) throw new CommandStop([...said, message("info", "office.import.replaceHint", {}, s.uiLang)]);

    const target = existing?.target ?? ZERO;
    const plan = spreadTarget({ month, target, settings: config.settings.targets, calendar: calendarOf(config), actuals: sales, actualOrders: orders, actualVisitors: visitors });
    const settings = settingsSheet(config.settings, lang, config.insuranceProfiles ?? []);
    const sheet = targetsSheet({ month, target, plan, lang, actuals: sales, actualOrders: orders, actualVisitors: visitors });
    const spec: WorkbookSpec = { sheets: [settings.sheet, sheet], names: settings.names };
    const written = await render(s, live, data, lang, {
      spec,
      render: [key],
      replaceEdits: !!options.replaceEdits,
      setColumns: new Map([[table, new Set(["actual", "actualOrders", "actualVisitors"])]]),
    });

    days = imported.value.days.map(dayShown);
    const total = imported.value.total;
    const notes: CommandMessage[] = imported.notes.map((n) => message("info", n.code, n.params, s.uiLang, place(n)));
    const warnings = plan.warnings.map((w) => located(w, inputs.locator, "warning", s.uiLang, false));
    const summary = message("info", "office.done.import", {
      sheet: pasted.sheet,
      month,
      days: String(imported.value.days.length),
      sales: yuan(total.sales),
      orders: total.orders === null ? "—" : grouped(total.orders),
      visitors: total.visitors === null ? "—" : grouped(total.visitors),
    }, s.uiLang).text;
    return { summary, messages: [...said, ...notes, ...written.notes, ...warnings] };
  });
  return days === undefined || !r.ok ? r : { ...r, days };
}

/** "36,362" */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

function dayShown(d: DayFigures): ImportedDay {
  return { date: d.date, sales: money(d.sales), orders: d.orders, visitors: d.visitors };
}

/** Round trip 1: the active sheet, and its used range's values and where it starts. */
async function activeUsedRange(s: Session): Promise<{ sheet: string; values: unknown[][]; origin: { row: number; column: number } }> {
  const ws = s.context.workbook.worksheets.getActiveWorksheet();
  ws.load("name");
  // valuesOnly: cells with only a format (a coloured header band) do not widen the range.
  const used = ws.getUsedRange(true);
  used.load(["address", "values"]);
  await s.sync();
  const split = splitAddress(used.address);
  const top = parseA1((split?.range ?? "A1").split(":")[0]!);
  return { sheet: ws.name, values: used.values as unknown[][], origin: { row: top.row, column: top.col } };
}

/** An importer's place ("V7", or a row "7:7") on the pasted sheet. */
function placeOn(sheet: string, where: string): CellLocation | undefined {
  if (where === "") return undefined;
  const row = /^(\d+):\1$/.exec(where);
  if (row) return { sheet, address: `${row[1]}:${row[1]}`, row: Number(row[1]) };
  const cell = /^[A-Z]+\d+$/.test(where) ? parseA1(where) : null;
  return cell ? { sheet, address: where, row: cell.row } : { sheet, address: where };
}
