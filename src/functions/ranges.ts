import type { Dec } from "../core/money";
import { catalogueRoles, roleKey } from "../core/roles";
import type { Role, SalesEvent, ShareBasis } from "../core/types";
import { RangeCache } from "./cache";
import { asRows, eventDateOf, isBlank, isoDateOf, shown, textOf } from "./cells";
import { calendarYearOf, type CalendarDay, type CalendarYear } from "../core/holidayCalendar";
import { isoWeekday } from "../core/calendar";
import { readHolidayKind } from "../workbook/choices";
import { readNonNegative, readRate, readWhole } from "./params";
import { Problem, problem, type ProblemParam } from "./problem";
import { cellOf, headerAliases, readTable, type Table, type TableRow } from "./table";
import { formatMessage, type MessageCode } from "../data/messages";
import { LANGS } from "../data/lang";

/** What SHOP.COMMISSION needs of a role; `holders` is the Roles table's live count where given. */
export type PoolRole = Pick<Role, "id" | "nameZh" | "nameEn" | "headcount" | "share" | "shareBasis"> & { holders: number | null };

export const CATALOGUE_ROLES: readonly PoolRole[] = catalogueRoles().map((r) => ({ ...r, holders: null }));

/** A problem in one cell of a table: `row 3, "Share of pool": the rate 1.5 is above 100%`. */
function cellProblem(table: Table, row: TableRow, key: string, detail: ProblemParam): Problem {
  return problem("fn.cell", { row: String(row.row), column: table.header.get(key) ?? key, detail });
}

/** Reads one cell with `read`, blank → null; a problem names the row and column. */
function cell<T>(table: Table, row: TableRow, key: string, read: (raw: unknown) => T): T | null {
  const raw = cellOf(table, row, key);
  if (isBlank(raw)) return null;
  try {
    return read(raw);
  } catch (e) {
    if (e instanceof Problem) throw cellProblem(table, row, key, e);
    throw e;
  }
}

// ---- Roles ----------------------------------------------------------------------------------------

const ROLE_COLUMNS = Object.fromEntries(
  (["id", "nameZh", "nameEn", "headcount", "share", "shareBasis", "holders"] as const).map((k) => [k, headerAliases(k)]),
);

/** A share basis's code, or the word a workbook's Roles table shows for it (每人/平分, per person/split: src/workbook/choices.ts). */
const basisWords = (basis: ShareBasis, message: MessageCode) => [basis.toLowerCase(), ...LANGS.map((lang) => formatMessage(message, {}, lang).normalize("NFKC").toLowerCase())];

/** The text a workbook's Roles table shows in a missing base or share (src/workbook/choices.ts needsInputTexts). */
const needsInput = (v: unknown) => typeof v === "string" && LANGS.some((lang) => formatMessage("wb.needsInput", {}, lang) === v.trim());

function readShareBasis(raw: unknown): ShareBasis {
  const s = textOf(raw)?.normalize("NFKC").trim().toLowerCase();
  if (s === undefined || s === null) throw problem("fn.notShareBasis", { value: shown(raw) });
  if (basisWords("perPerson", "wb.choice.perPerson").includes(s)) return "perPerson";
  if (basisWords("splitRole", "wb.choice.splitRole").includes(s)) return "splitRole";
  throw problem("fn.notShareBasis", { value: shown(raw) });
}

/** The roles of a range holding a roles table with its header row (the workbook's Roles table, or SHOP.ROLES()). */
export function parseRolesRange(range: unknown): PoolRole[] {
  const table = readTable(range, ROLE_COLUMNS);
  const named = table !== null && ["id", "nameZh", "nameEn"].some((k) => table.index.has(k));
  if (table === null || !named || !table.index.has("share")) throw problem("fn.roles.noHeader");
  const text = (row: TableRow, key: string) => textOf(cellOf(table, row, key));
  const roles: PoolRole[] = [];
  for (const row of table.rows) {
    const id = text(row, "id") ?? text(row, "nameEn") ?? text(row, "nameZh");
    if (id === null) throw problem("fn.roles.noName", { row: String(row.row) });
    if (roles.some((r) => roleKey(r.id) === roleKey(id))) throw problem("fn.roles.duplicate", { id });
    roles.push({
      id,
      nameZh: text(row, "nameZh") ?? id,
      nameEn: text(row, "nameEn") ?? id,
      headcount: cell(table, row, "headcount", readWhole(0, 10000)) ?? 1,
      // A Roles table says "needs input" (待填写) where a share is missing: no share, as a blank.
      share: needsInput(cellOf(table, row, "share")) ? null : cell(table, row, "share", readRate),
      shareBasis: cell(table, row, "shareBasis", readShareBasis) ?? "perPerson",
      holders: cell(table, row, "holders", readWhole(0, 10000)),
    });
  }
  if (roles.length === 0) throw problem("fn.roles.empty");
  return roles;
}

const rolesCache = new RangeCache<PoolRole[] | Problem>(32);

/**
 * The roles of a range, parsed once per distinct content: 10,000 SHOP.COMMISSION cells over one Roles
 * table parse it once. Excel hands every call a fresh copy of the range, so the key is the content,
 * not the array. A range that does not parse is remembered too, with its problem.
 */
export function rolesFromRange(range: unknown): PoolRole[] {
  const result = rolesCache.getOrMake(range, () => {
    try {
      return parseRolesRange(range);
    } catch (e) {
      if (e instanceof Problem) return e;
      throw e;
    }
  });
  if (result instanceof Problem) throw result;
  return result;
}

/** The roles already parsed from a range with this content, or undefined (parsing nothing). */
export function cachedRoles(range: unknown): readonly PoolRole[] | undefined {
  const result = rolesCache.peek(range);
  return result instanceof Problem ? undefined : result;
}

export function clearRolesCache(): void {
  rolesCache.clear();
}

/** How many distinct roles ranges are cached (tests check that 10,000 calls parse one range once). */
export function rolesCacheSize(): number {
  return rolesCache.size;
}

// ---- Lists of values: rates, weekday weights -------------------------------------------------------

/** The non-blank cells of a range, row by row. */
function values(range: unknown): unknown[] {
  return asRows(range).flat().filter((v) => !isBlank(v));
}

/** Reads each value; a problem names the value's position ("value 3: …"). */
function readEach<T>(list: unknown[], read: (raw: unknown) => T): T[] {
  return list.map((raw, i) => {
    try {
      return read(raw);
    } catch (e) {
      if (e instanceof Problem) throw problem("fn.item", { n: String(i + 1), detail: e });
      throw e;
    }
  });
}

/** Exactly `n` rates, in the order `namesCode` lists them (pension, medical, unemployment, …). */
export function ratesReader(n: number, namesCode: MessageCode): (range: unknown) => Dec[] {
  return (range) => {
    const list = values(range);
    if (list.length !== n) {
      throw problem("fn.rates.count", { expected: String(n), count: String(list.length), names: problem(namesCode) });
    }
    return readEach(list, readRate);
  };
}

const WEIGHT_COLUMNS = { weight: headerAliases("weight") };

/**
 * Seven weekday weights, Monday first: seven numbers in a row or column, or the workbook's weekday
 * table with its header row (the Weight column is read).
 */
export function readWeights(range: unknown): Dec[] {
  const table = readTable(range, WEIGHT_COLUMNS);
  const list = table === null ? values(range) : table.rows.map((r) => cellOf(table, r, "weight")).filter((v) => !isBlank(v));
  if (list.length !== 7) throw problem("fn.weights.count", { count: String(list.length) });
  const weights = readEach(list, readNonNegative);
  if (weights.every((w) => w.isZero())) throw problem("fn.weights.allZero");
  return weights;
}

// ---- Sales events --------------------------------------------------------------------------------

const EVENT_COLUMNS = {
  date: headerAliases("date", "wb.col.eventDate"),
  factor: headerAliases("factor"),
  name: headerAliases("name", "wb.col.eventName"),
};

function readEventDate(raw: unknown): string {
  const d = eventDateOf(raw);
  if (d === null) throw problem("fn.events.date", { value: shown(raw) });
  return d;
}

/**
 * Sales events: the workbook's events table with its header row (Date, Factor, Event), or rows of
 * date, factor and an optional name. A date "MM-DD" recurs every year; a full date is that day.
 */
export function readEvents(range: unknown): SalesEvent[] {
  const found = readTable(range, EVENT_COLUMNS);
  const table: Table =
    found !== null && found.index.has("date") && found.index.has("factor")
      ? found
      : {
          index: new Map([["date", 0], ["factor", 1], ["name", 2]]),
          header: new Map(),
          rows: asRows(range)
            .map((cells, i) => ({ row: i + 1, cells }))
            .filter((r) => !r.cells.every(isBlank)),
        };
  const events: SalesEvent[] = [];
  for (const row of table.rows) {
    const date = cell(table, row, "date", readEventDate);
    const factor = cell(table, row, "factor", readNonNegative);
    if (date === null || factor === null) throw problem("fn.events.shape", { row: String(row.row) });
    if (events.some((e) => e.date === date)) throw problem("fn.events.duplicate", { date });
    events.push({ date, factor, name: textOf(cellOf(table, row, "name")) ?? "" });
  }
  return events;
}

/**
 * A holidays range, as the workbook's Holidays table holds it (src/workbook/sheets/holidays.ts): rows of date
 * (a date cell or text), kind (法定节假日 / 调休休息日 / 调休上班日, in either language, or the code) and an optional
 * name; a first row that is not a day (the table's headers) is skipped. The years it holds replace the
 * shipped calendar's (src/core/holidayCalendar.ts), as the user's years do in a config file.
 */
export function readHolidays(range: unknown): CalendarYear[] {
  const rows = asRows(range)
    .map((cells, i) => ({ row: i + 1, cells }))
    .filter((r) => !r.cells.every(isBlank));
  const days: CalendarDay[] = [];
  rows.forEach(({ row, cells }, i) => {
    const date = isoDateOf(cells[0]);
    const kind = readHolidayKind(textOf(cells[1]) ?? null);
    if (i === 0 && date === null && kind === null) return; // the headers
    if (date === null || kind === null) throw problem("fn.holidays.shape", { row: String(row) });
    if (days.some((d) => d.date === date)) throw problem("fn.holidays.duplicate", { date });
    if (kind === "makeUp" && isoWeekday(date) < 6) throw problem("fn.holidays.makeUpOnWeekday", { date });
    days.push({ date, kind, name: textOf(cells[2]) ?? "" });
  });
  const years = [...new Set(days.map((d) => Number(d.date.slice(0, 4))))];
  return years.map((y) => calendarYearOf(y, days, "range"));
}
