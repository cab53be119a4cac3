import calendarData from "chinese-days/dist/chinese-days.json";
import type { IsoDate } from "../calendar";

/**
 * China's official public holidays (法定节假日), from the data file chinese-days publishes: each date of a
 * holiday period, weekend days inside it included, as "English name,中文名,n". Make-up workdays (调休上班)
 * are listed apart, so they are never holidays here; ordinary weekends are not holidays either.
 *
 * Why the data file and not getDayDetail / isHoliday / getHolidaysInRange: in chinese-days 1.5.7 those
 * parse "YYYY-MM-DD" as UTC midnight and read it back in local time, so west of UTC (the Americas) they
 * work a day early: the dates getHolidaysInRange returns, getDayDetail's date and weekday, isHoliday on an
 * ordinary weekend, and every answer for a Date argument (2025-12-31 comes out as New Year's Day). A
 * lookup by the date string cannot shift.
 */
const holidays: Readonly<Record<string, string>> = calendarData.holidays;

/** The Chinese name of the official holiday on `date` ("国庆节"), or null (workday, weekend, year not covered). */
export function officialHoliday(date: IsoDate): string | null {
  // Own keys only: "constructor" is not a holiday.
  if (!Object.prototype.hasOwnProperty.call(holidays, date)) return null;
  const entry = holidays[date] ?? "";
  return entry.split(",")[1] ?? entry;
}

/**
 * The years the holiday data covers. The State Council publishes a whole year's arrangement at once
 * (each autumn for the year after), so a year is covered as a whole or not at all.
 */
const coverage = (() => {
  const years = Object.keys(holidays).map((d) => Number(d.slice(0, 4)));
  return { from: Math.min(...years), to: Math.max(...years) };
})();

export function holidayCoverage(): { from: number; to: number } {
  return { ...coverage };
}

export function holidaysCover(year: number): boolean {
  return year >= coverage.from && year <= coverage.to;
}
