import calendarData from "chinese-days/dist/chinese-days.json";
import { shippedHolidayArrangements } from "../data/rules/holidayArrangements";
import { addMonths, isIsoDate, isoWeekday, monthDates, type IsoDate, type Month } from "./calendar";
import type { Warning } from "./types";
import type { Dec } from "./money";
import { isRecord } from "./record";

/**
 * China's working calendar: official holidays (法定节假日 and the rest days around them) and make-up
 * workdays (调休上班), from three layers, the later winning for a whole year:
 *   1. the data file of chinese-days (2004–2026 in 1.5.7), read by date string (see
 *      src/core/targets/holidays.ts for why not its functions: they shift a day west of UTC);
 *   2. arrangements shipped with ShopSheet (src/data/rules/holidayArrangements.ts) for years the package
 *      lacks — none yet: the State Council's notice for 2027 (国务院办公厅关于2027年部分节假日安排的通知) was not
 *      in the sources this project can search when this was written;
 *   3. the years the user enters (the State Council publishes each November).
 * A year none of them covers is NOT a year without holidays: every answer for it says so (covered: false)
 * and coverageWarnings gives the warning to show.
 */

export interface NamedDay {
  date: IsoDate;
  name: string;
  /**
   * A day off that is a paid statutory holiday (法定节假日, or the weekday given in its place when it falls
   * on a weekend, 补休); false or absent: a swapped rest day (调休休息日), a weekday off paid back by a
   * make-up workday. Only days off carry it.
   */
  statutory?: boolean;
}

export interface CalendarYear {
  year: number;
  holidays: NamedDay[];
  makeUpWorkdays: NamedDay[];
  /** Where the year's arrangement comes from (a notice, "chinese-days 1.5.7", "user"). */
  source: string;
}

interface YearData {
  holidays: Map<IsoDate, string>;
  makeUp: Map<IsoDate, string>;
  /** The days off that are paid statutory holidays (a subset of holidays' dates). */
  statutory: Set<IsoDate>;
  source: string;
}

export interface HolidayCalendar {
  readonly years: ReadonlyMap<number, YearData>;
}

const PACKAGE_SOURCE = "chinese-days 1.5.7";

function packageYears(): Map<number, YearData> {
  const years = new Map<number, YearData>();
  const year = (y: number) => {
    let d = years.get(y);
    if (!d) years.set(y, (d = { holidays: new Map(), makeUp: new Map(), statutory: new Set(), source: PACKAGE_SOURCE }));
    return d;
  };
  const chineseName = (entry: string) => entry.split(",")[1] ?? entry;
  const inLieu = calendarData.inLieuDays as Record<string, string>;
  for (const [date, entry] of Object.entries(calendarData.holidays as Record<string, string>)) {
    const y = year(Number(date.slice(0, 4)));
    y.holidays.set(date, chineseName(entry));
    // The package names a festival's statutory days by their count only ("National Day,国庆节,3"), and its
    // in-lieu days (inLieuDays: the weekdays off that a make-up workday pays back). The weekday days off
    // that are not in lieu are the paid ones: the statutory days themselves, or the weekday given for
    // one that falls on a weekend (补休: "1月1日放假，1月2日（星期一）补休", the 2017 notice,
    // http://59180.com/e/action/ShowInfo.php?classid=106&id=39796). Their number is the package's count
    // for every festival it holds (test/core/holidayCalendar.statutory.test.ts).
    if (isoWeekday(date) < 6 && inLieu[date] === undefined) y.statutory.add(date);
  }
  for (const [date, entry] of Object.entries(calendarData.workdays as Record<string, string>)) year(Number(date.slice(0, 4))).makeUp.set(date, chineseName(entry));
  return years;
}

function fromEntry(y: CalendarYear): YearData {
  return {
    holidays: new Map(y.holidays.map((d) => [d.date, d.name])),
    makeUp: new Map(y.makeUpWorkdays.map((d) => [d.date, d.name])),
    statutory: new Set(y.holidays.filter((d) => d.statutory === true).map((d) => d.date)),
    source: y.source,
  };
}

/** The package's years, read once (about 2,000 dates): a payroll year asks for the calendar many times. */
let packageCache: ReadonlyMap<number, YearData> | null = null;
let defaultCache: HolidayCalendar | null = null;

/** The calendar: the package's years, then shipped years, then the user's (each replaces a whole year). */
export function buildHolidayCalendar(userYears: readonly CalendarYear[] = [], shippedYears: readonly CalendarYear[] = shippedHolidayArrangements): HolidayCalendar {
  const useDefault = userYears.length === 0 && shippedYears === shippedHolidayArrangements;
  if (useDefault && defaultCache) return defaultCache;
  packageCache ??= packageYears();
  const years = new Map(packageCache);
  for (const y of shippedYears) years.set(y.year, fromEntry(y));
  for (const y of userYears) years.set(y.year, fromEntry(y));
  const cal = { years };
  if (useDefault) defaultCache = cal;
  return cal;
}

/** The calendar a config's months are computed with: the shipped years and the config's `calendar` list. */
export function calendarOf(config: { calendar?: readonly CalendarYear[] }): HolidayCalendar {
  return buildHolidayCalendar(config.calendar ?? []);
}

/** The official holiday's name on `date` ("国庆节"), or null (a workday, a weekend, a make-up day, a year not covered). */
export function holidayName(cal: HolidayCalendar, date: IsoDate): string | null {
  const info = dayInfo(cal, date);
  return info.kind === "holiday" ? info.name : null;
}

export type DayKind = "holiday" | "makeUpWorkday" | "weekend" | "workday";

export interface DayInfo {
  kind: DayKind;
  /** The holiday's or make-up day's name (Chinese), else null. */
  name: string | null;
  /** False when no layer covers the date's year: holidays and make-up days are then unknown. */
  covered: boolean;
}

export function dayInfo(cal: HolidayCalendar, date: IsoDate): DayInfo {
  const data = cal.years.get(Number(date.slice(0, 4)));
  const weekend = isoWeekday(date) >= 6;
  if (data) {
    const holiday = data.holidays.get(date);
    if (holiday !== undefined) return { kind: "holiday", name: holiday, covered: true };
    const makeUp = data.makeUp.get(date);
    if (makeUp !== undefined) return { kind: "makeUpWorkday", name: makeUp, covered: true };
  }
  return { kind: weekend ? "weekend" : "workday", name: null, covered: data !== undefined };
}

export const isHoliday = (cal: HolidayCalendar, date: IsoDate) => dayInfo(cal, date).kind === "holiday";
export const isMakeUpWorkday = (cal: HolidayCalendar, date: IsoDate) => dayInfo(cal, date).kind === "makeUpWorkday";
/** A day people work: an ordinary weekday that is not a holiday, or a make-up workday. */
export function isWorkday(cal: HolidayCalendar, date: IsoDate): boolean {
  const k = dayInfo(cal, date).kind;
  return k === "workday" || k === "makeUpWorkday";
}

/**
 * Workdays from `from` to `to`, both included (0 when from > to): Excel's NETWORKDAYS with the holidays
 * removed and the make-up workdays added back —
 *   NETWORKDAYS(from, to, Holidays) + COUNTIFS(MakeUpDays, ">="&from, MakeUpDays, "<="&to)
 * (NETWORKDAYS ignores a holiday that falls on a weekend; make-up days are weekend days).
 */
export function workdaysBetween(cal: HolidayCalendar, from: IsoDate, to: IsoDate): number {
  if (from > to) return 0;
  let n = 0;
  for (let m = from.slice(0, 7); m <= to.slice(0, 7); m = addMonths(m, 1)) {
    for (const d of monthDates(m)) if (d >= from && d <= to && isWorkday(cal, d)) n++;
  }
  return n;
}

/** Whether `date` is a paid statutory holiday (法定节假日, or the weekday given for one: see NamedDay.statutory). */
export function isStatutoryHoliday(cal: HolidayCalendar, date: IsoDate): boolean {
  return cal.years.get(Number(date.slice(0, 4)))?.statutory.has(date) ?? false;
}

/**
 * Paid days from `from` to `to`, both included, by the 21.75-day rule (劳社部发〔2008〕3号: 月计薪天数 =
 * (365 − 104) ÷ 12 = 21.75, the statutory holidays being paid under 劳动法 第五十一条): the days worked plus
 * the statutory holidays — 月计薪天数 = 月出勤天数 + 法定节假日天数 (http://mycancerinsurance.com/chuji/1101169.html;
 * the derivation of 21.75: https://wzkpw.com/sh/1k14n.html). A swapped rest day is not paid (its make-up
 * workday is); a make-up workday is a workday. The workbook's formula (payrollFormulas.ts paidDays):
 *   NETWORKDAYS(from, to, days off) + COUNTIFS(make-up days in the span) + COUNTIFS(statutory days in the span).
 * In a span without holidays this is Monday–Friday, as before.
 */
export function paidDaysBetween(cal: HolidayCalendar, from: IsoDate, to: IsoDate): number {
  if (from > to) return 0;
  let n = 0;
  for (let m = from.slice(0, 7); m <= to.slice(0, 7); m = addMonths(m, 1)) {
    for (const d of monthDates(m)) if (d >= from && d <= to && (isWorkday(cal, d) || isStatutoryHoliday(cal, d))) n++;
  }
  return n;
}

export function yearCovered(cal: HolidayCalendar, year: number): boolean {
  return cal.years.has(year);
}

/** The years the calendar knows, lowest to highest, and where each comes from. */
export function coveredYears(cal: HolidayCalendar): { year: number; source: string }[] {
  return [...cal.years.entries()].map(([year, d]) => ({ year, source: d.source })).sort((a, b) => a.year - b.year);
}

/**
 * The warning for a month (or any span of dates) outside the known calendar: holidays and make-up
 * workdays of that year are unknown, so targets, paid days and holiday overtime would treat every weekday
 * as a workday. Params: {month, year, known} ("2004–2026").
 */
export function coverageWarnings(cal: HolidayCalendar, month: Month, where: string): Warning[] {
  const year = Number(month.slice(0, 4));
  if (yearCovered(cal, year)) return [];
  const known = coveredYears(cal).map((y) => y.year);
  const range = known.length ? `${known[0]}–${known[known.length - 1]}` : "";
  return [{ code: "calendar.notCovered", params: { month, year: String(year), known: range }, where }];
}

/**
 * Holiday overtime (300%, 劳动法 第四十四条 (三)) typed for a month whose calendar has no holiday at all is
 * most likely rest-day overtime (200%) in the wrong column: said, never changed. A month outside the
 * calendar is not checked here (coverageWarnings says that). `params` name the person ({id} {name}).
 */
export function holidayOvertimeWarnings(cal: HolidayCalendar, month: Month, hours: Dec, where: string, params: Record<string, string>): Warning[] {
  if (hours.isZero() || !yearCovered(cal, Number(month.slice(0, 4)))) return [];
  if (monthHolidayLists(cal, month).holidays.length > 0) return [];
  return [{ code: "calendar.holidayOvertimeNoHoliday", params: { ...params, month, hours: hours.toString() }, where }];
}

/** The dates of the month that are holidays / make-up days, for a sheet's Holidays and MakeUpDays lists. */
export function monthHolidayLists(cal: HolidayCalendar, month: Month): { holidays: IsoDate[]; makeUpWorkdays: IsoDate[] } {
  const holidays: IsoDate[] = [];
  const makeUpWorkdays: IsoDate[] = [];
  for (const d of monthDates(month)) {
    const k = dayInfo(cal, d).kind;
    if (k === "holiday") holidays.push(d);
    else if (k === "makeUpWorkday") makeUpWorkdays.push(d);
  }
  return { holidays, makeUpWorkdays };
}

// ---------------------------------------------------------------- the user's years

/** The name of a day entered by its date alone: the notice's words for a day off and a day worked. */
export const UNNAMED_HOLIDAY = "节假日";
export const UNNAMED_MAKE_UP = "调休上班";

/**
 * Reads the user's years: `[{year, holidays: [{date, name, statutory}] | ["2027-01-01", …], makeUpWorkdays: […]}]`.
 * A day off is a swapped rest day (unpaid) unless it says `statutory: true` (a plain date cannot): paid days
 * count only the statutory ones (paidDaysBetween).
 * Problems say what and where (`calendar[0].holidays[3].date`). A make-up workday on a weekday, or a
 * holiday on a make-up day, is refused; a year with a problem is left out (the month then warns as not
 * covered rather than using half a year).
 */
export function parseCalendarYears(input: unknown, where: string): { years: CalendarYear[]; problems: Warning[] } {
  const problems: Warning[] = [];
  const years: CalendarYear[] = [];
  if (input === undefined || input === null) return { years, problems };
  if (!Array.isArray(input)) return { years, problems: [{ code: "calendar.notAList", params: {}, where }] };
  const seen = new Set<number>();
  input.forEach((raw, i) => {
    const at = `${where}[${i}]`;
    const before = problems.length;
    if (!isRecord(raw)) return problems.push({ code: "calendar.yearInvalid", params: { value: String(raw) }, where: at });
    const year = typeof raw.year === "number" ? raw.year : Number(raw.year);
    if (!Number.isInteger(year) || year < 1900 || year > 2999) return problems.push({ code: "calendar.yearInvalid", params: { value: String(raw.year) }, where: `${at}.year` });
    if (seen.has(year)) return problems.push({ code: "calendar.yearTwice", params: { year: String(year) }, where: `${at}.year` });
    seen.add(year);
    const days = (key: "holidays" | "makeUpWorkdays"): NamedDay[] => {
      const list = raw[key];
      if (list === undefined || list === null) return [];
      if (!Array.isArray(list)) {
        problems.push({ code: "calendar.notAList", params: {}, where: `${at}.${key}` });
        return [];
      }
      const out: NamedDay[] = [];
      list.forEach((d, j) => {
        const date = isRecord(d) ? d.date : d;
        // A name is what the Targets sheet shows in its holiday column, where blank means "no holiday".
        const given = isRecord(d) && typeof d.name === "string" ? d.name.trim() : "";
        const name = given !== "" ? given : key === "holidays" ? UNNAMED_HOLIDAY : UNNAMED_MAKE_UP;
        const dAt = isRecord(d) ? `${at}.${key}[${j}].date` : `${at}.${key}[${j}]`;
        if (!isIsoDate(date)) return problems.push({ code: "calendar.dateInvalid", params: { value: String(date) }, where: dAt });
        if (Number(date.slice(0, 4)) !== year) return problems.push({ code: "calendar.dateOutsideYear", params: { date, year: String(year) }, where: dAt });
        if (key === "makeUpWorkdays" && isoWeekday(date) < 6) return problems.push({ code: "calendar.makeUpOnWeekday", params: { date }, where: dAt });
        if (out.some((o) => o.date === date)) return problems.push({ code: "calendar.dateTwice", params: { date }, where: dAt });
        const statutory = isRecord(d) ? d.statutory : undefined;
        if (statutory !== undefined && statutory !== null && typeof statutory !== "boolean") {
          return problems.push({ code: "calendar.statutoryInvalid", params: { value: String(statutory) }, where: `${at}.${key}[${j}].statutory` });
        }
        out.push(key === "holidays" ? { date, name, statutory: statutory === true } : { date, name });
      });
      return out;
    };
    const holidays = days("holidays");
    const makeUpWorkdays = days("makeUpWorkdays");
    const holidaySet = new Set(holidays.map((d) => d.date));
    makeUpWorkdays.forEach((d) => {
      if (holidaySet.has(d.date)) problems.push({ code: "calendar.dateBoth", params: { date: d.date }, where: `${at}.makeUpWorkdays` });
    });
    if (problems.length > before) return;
    years.push({ year, holidays, makeUpWorkdays, source: typeof raw.source === "string" && raw.source ? raw.source : "user" });
  });
  return { years, problems };
}

// ---------------------------------------------------------------- the calendar as rows (the workbook's Holidays table)

/** A day of the calendar as the workbook's Holidays table lists it. */
export type CalendarDayKind = "statutory" | "restDay" | "makeUp";
export interface CalendarDay {
  date: IsoDate;
  kind: CalendarDayKind;
  name: string;
}

/** The days of `years` the calendar knows (the years it does not know give none), by date. */
export function calendarDays(cal: HolidayCalendar, years: readonly number[]): CalendarDay[] {
  const out: CalendarDay[] = [];
  for (const year of [...new Set(years)].sort((a, b) => a - b)) {
    const data = cal.years.get(year);
    if (!data) continue;
    for (const [date, name] of data.holidays) out.push({ date, kind: data.statutory.has(date) ? "statutory" : "restDay", name });
    for (const [date, name] of data.makeUp) out.push({ date, kind: "makeUp", name });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** A year's days as a config's `calendar[]` entry holds them (the inverse of calendarDays for one year). */
export function calendarYearOf(year: number, days: readonly CalendarDay[], source: string): CalendarYear {
  const of = days.filter((d) => Number(d.date.slice(0, 4)) === year);
  return {
    year,
    holidays: of.filter((d) => d.kind !== "makeUp").map((d) => ({ date: d.date, name: d.name, statutory: d.kind === "statutory" })),
    makeUpWorkdays: of.filter((d) => d.kind === "makeUp").map((d) => ({ date: d.date, name: d.name })),
    source,
  };
}
