/**
 * The Holidays table on Settings (../sheets/holidays.ts) back into the config's `calendar[]`: its rows by
 * year, a year only where it is not what ShopSheet knows already (a year the user added, such as 2027, or
 * one they changed) — the others stay the package's, and a config file read from the workbook stays as
 * short as the one it was built from.
 *
 * What a hostile cell holds is said where it is (sheet, row, column): a date typed as text is taken as
 * "2027-01-01", "2027/1/1" or "2027.1.1" (an Excel serial or a date cell as its day); anything else, a kind
 * that is none of the three words (in either language, or the code), a date entered twice, and a make-up
 * workday on a weekday are problems, and the run stops.
 */
import { readHolidayName } from "../holidayNames";
import { isIsoDate, isoWeekday } from "../../core/calendar";
import { buildHolidayCalendar, calendarDays, calendarYearOf, type CalendarDay } from "../../core/holidayCalendar";
import type { Lang } from "../../data/lang";
import { holidayKindText, readHolidayKind } from "../choices";
import { TABLE } from "../names";
import { holidaysTable } from "../sheets/holidays";
import { HOLIDAYS_AT } from "../sheets/settings";
import type { WorkbookGrid } from "./grid";
import type { Locator } from "./locator";
import type { ReadProblem } from "./problems";
import { readTableRows } from "./tableRows";

/** Where the table's rows are known while they are read (they are no config list of their own). */
const ROWS = "calendarDays";
/** What a year read from the workbook says it comes from. */
export const WORKBOOK_SOURCE = "workbook";

/** "2027/1/1", "2027.1.1", "2027-1-1" → "2027-01-01"; anything else as it is. */
export function isoFromText(text: string): string {
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text.trim());
  return m ? `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}` : text.trim();
}

/** What the table holds: the years that differ from ShopSheet's own (config `calendar[]`) and every year it has rows of. */
export interface HolidayTableRead {
  calendar: unknown[];
  years: number[];
}

export function readHolidayYears(grid: WorkbookGrid, lang: Lang, locator: Locator, problems: ReadProblem[]): HolidayTableRead | undefined {
  const table = grid.table(TABLE.holidays);
  if (table === undefined) return undefined;
  const rows = readTableRows(table, holidaysTable([], lang, HOLIDAYS_AT), ROWS, locator, problems) as Record<string, unknown>[];
  const days: CalendarDay[] = [];
  const rowOf = new Map<CalendarDay, number>();
  const seen = new Map<string, CalendarDay>();
  const problem = (code: ReadProblem["code"], params: Record<string, string>, i: number, field: string) => {
    const path = `${ROWS}[${i}].${field}`;
    const place = locator.find(path);
    problems.push({ code, params, path, ...(place ? { place } : {}) });
  };
  rows.forEach((row, i) => {
    const raw = row.date;
    const date = typeof raw === "string" ? isoFromText(raw) : raw;
    if (raw === undefined) return problem("config.required", {}, i, "date");
    if (!isIsoDate(date)) return problem("calendar.dateInvalid", { value: String(raw) }, i, "date");
    const kind = readHolidayKind(row.kind);
    if (row.kind === undefined) return problem("config.required", {}, i, "kind");
    if (kind === null) return problem("calendar.kindInvalid", { value: String(row.kind) }, i, "kind");
    const before = seen.get(date);
    if (before !== undefined) return problem("calendar.dateKindTwice", { date, first: holidayKindText(before.kind, lang), second: holidayKindText(kind, lang) }, i, "date");
    if (kind === "makeUp" && isoWeekday(date) < 6) return problem("calendar.makeUpOnWeekday", { date }, i, "date");
    // A festival an English sheet shows in English is the calendar's Chinese name again (../holidayNames.ts).
    const name = typeof row.name === "string" && row.name.trim() !== "" ? readHolidayName(row.name.trim()) : typeof row.name === "number" ? String(row.name) : "";
    const day: CalendarDay = { date, kind, name: name !== "" ? name : kind === "makeUp" ? "调休上班" : "节假日" };
    seen.set(date, day);
    rowOf.set(day, i);
    days.push(day);
  });

  // The years that differ from what ShopSheet knows, in the config's shape, each day placed on its row.
  const known = buildHolidayCalendar();
  const years = [...new Set(days.map((d) => Number(d.date.slice(0, 4))))].sort((a, b) => a - b);
  const out: unknown[] = [];
  for (const year of years) {
    const mine = days.filter((d) => Number(d.date.slice(0, 4)) === year).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    if (JSON.stringify(mine) === JSON.stringify(calendarDays(known, [year]))) continue;
    const k = out.length;
    const entry = calendarYearOf(year, mine, WORKBOOK_SOURCE);
    const place = (path: string, day: CalendarDay) => {
      const at = locator.find(`${ROWS}[${rowOf.get(day)!}].date`);
      if (at) for (const p of [path, `${path}.date`]) locator.set(p, at);
    };
    entry.holidays.forEach((d, j) => place(`calendar[${k}].holidays[${j}]`, mine.find((x) => x.date === d.date)!));
    entry.makeUpWorkdays.forEach((d, j) => place(`calendar[${k}].makeUpWorkdays[${j}]`, mine.find((x) => x.date === d.date)!));
    const first = mine[0] && locator.find(`${ROWS}[${rowOf.get(mine[0])!}].date`);
    if (first) for (const p of [`calendar[${k}]`, `calendar[${k}].year`]) locator.set(p, first);
    out.push(entry);
  }
  return { calendar: out, years };
}
