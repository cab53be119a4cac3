import { isIsoDate, type IsoDate } from "./calendar";

/**
 * Excel's 1900 date system, in which a spreadsheet cell holds a date as a serial day: serial 1 is
 * 1900-01-01 and serial 60 the 29 February 1900 that never was (Excel kept Lotus 1-2-3's leap-year bug),
 * so from serial 61 on, day n is n days after 1899-12-30 — the 25,569th of them is 1970-01-01. One
 * conversion for every reader and writer of cells (the Office.js side, the .xlsx writer, the importers,
 * the custom functions).
 */
const DAY_MS = 86_400_000;
/** Serial day of 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;
/** 9999-12-31, Excel's last date. */
const SERIAL_MAX = 2_958_465;

/** "2026-11-01" → 46327, the serial Excel and LibreOffice show as that date. */
export function isoToSerial(date: IsoDate): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS + UNIX_EPOCH_SERIAL;
}

/** A serial date (a time of day is dropped) as "YYYY-MM-DD"; null for what is no date (below 1, past
 *  9999-12-31, the phantom 1900-02-29). */
export function serialToIso(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= SERIAL_MAX + 1) return null;
  const day = Math.floor(serial);
  if (day === 60) return null;
  const epoch = day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const iso = new Date(epoch + day * DAY_MS).toISOString().slice(0, 10);
  return isIsoDate(iso) ? iso : null;
}
