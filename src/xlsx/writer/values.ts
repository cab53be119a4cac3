/** Cell values as SpreadsheetML stores them: numbers as xsd:double text, dates as serial days. */
import type { IsoDate } from "../../core/calendar";

const MS_PER_DAY = 86_400_000;
/** Serial day of 1970-01-01 in Excel's 1900 date system (whose day 0 is 1899-12-30). */
const UNIX_EPOCH_SERIAL = 25_569;

/** "2026-11-01" → 46327, the serial Excel and LibreOffice show as that date (as exceljs writes it). */
export function excelSerial(date: IsoDate): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** A finite number as `<v>` text; -0 is written as 0. (The spec's validator refuses NaN and ±Infinity.) */
export function numberText(n: number): string {
  return Object.is(n, -0) ? "0" : String(n);
}
