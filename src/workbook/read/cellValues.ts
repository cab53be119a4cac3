/**
 * A cell's value as a config file holds it, whichever host read it: text trimmed, numbers and booleans
 * as they are, blank as undefined; a date as "YYYY-MM-DD" where the field is a date.
 */
import { serialToIso } from "../../core/serialDate";
import type { GridValue } from "./grid";

export function isBlankValue(v: GridValue): boolean {
  return v === undefined || v === null || (typeof v === "string" && v.trim() === "");
}

/** A value as a config document holds it; undefined for a blank cell. */
export function rawValue(v: GridValue): string | number | boolean | undefined {
  if (isBlankValue(v)) return undefined;
  if (typeof v === "string") return v.trim();
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.toISOString().slice(0, 10);
  return String(v);
}

/** A date cell: a serial (Office.js) or a Date (exceljs) becomes ISO; text stays as typed (the config checks it). */
export function rawDate(v: GridValue): string | number | undefined {
  const r = rawValue(v);
  if (r === undefined || typeof r === "boolean") return r === undefined ? undefined : String(r);
  if (typeof r === "number") return serialToIso(r) ?? r;
  return r;
}
