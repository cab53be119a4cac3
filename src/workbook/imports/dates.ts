import { isIsoDate, type IsoDate } from "../../core/calendar";
import { cellText } from "./grid";
import { serialToIso } from "../../core/serialDate";

/**
 * A date cell as the exports and Excel give it: text "2026-11-01", "2026/11/1", "2026.11.1",
 * "20261101", "2026年11月1日" (a time after it is ignored); the number 20261101; an Excel serial date
 * (46327 = 2026-11-01, 1900 date system, as Office.js range.values gives dates); or a Date (exceljs
 * gives date cells as UTC midnight). Returns null for anything else, including impossible dates.
 */
export function parseCellDate(v: unknown): IsoDate | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : iso(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
  if (typeof v === "number") return Number.isFinite(v) ? fromNumber(v) : null;
  if (typeof v !== "string") return null;
  const s = cellText(v);
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (compact) return iso(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const parts = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.exec(s);
  if (parts) return iso(Number(parts[1]), Number(parts[2]), Number(parts[3]));
  // A serial typed or pasted as text ("46327").
  if (/^\d{1,7}(\.\d+)?$/.test(s)) return fromNumber(Number(s));
  return null;
}

function fromNumber(n: number): IsoDate | null {
  if (Number.isInteger(n) && n >= 18000101 && n <= 29991231) {
    return iso(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100);
  }
  return serialToIso(n);
}

function iso(y: number, m: number, d: number): IsoDate | null {
  const s = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return isIsoDate(s) ? s : null;
}
