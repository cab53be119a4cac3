/**
 * The Holidays table (issue 13): China's working calendar as the workbook's formulas use it — each day off
 * (a statutory holiday, paid; or a swapped rest day, not) and each make-up workday, by date. ShopSheet
 * fills in the years it knows (the chinese-days package, arrangements shipped with it, the user's
 * calendar[] years); the user adds a year the State Council has published since (each November), and the
 * reader takes the rows back into the config's calendar[] (../read/holidayRows.ts).
 *
 * It lives on Settings, beside the other lists, rather than on a sheet of its own: every command that
 * writes a sheet whose formulas read it (payroll) already writes Settings, and reading it back rides on
 * the Settings reader — a new sheet would need each command to know it.
 *
 * Four helper columns, folded away, are what the formulas read: the date as a serial (typed as a date, or
 * as text "2027-01-01" / "2027/1/1", read digit by digit so no locale's date parsing is involved), the
 * kind's code (typed in either language), the date again when it is a day off (NETWORKDAYS' holiday list;
 * 0 otherwise — a date long past) and 1 when the day is paid besides Monday to Friday's count (a
 * statutory holiday or a make-up workday).
 */
import { shownHolidayName } from "../holidayNames";
import type { CalendarDay, CalendarDayKind } from "../../core/holidayCalendar";
import { isoToSerial } from "../../core/serialDate";
import { HOLIDAY_FIELDS } from "../../core/config/tableFields";
import type { Lang } from "../../data/lang";
import { fieldColumns, fieldRow } from "../fieldColumns";
import { holidayKindText, holidayKindTexts, HOLIDAY_KINDS } from "../choices";
import { formulaText } from "../layout";
import { TABLE } from "../names";
import type { TableSpec } from "../spec";
import { wbText } from "../text";

/** The date typed as text, its separators made "-": what the serial is read from. */
const TEXT_DATE = 'SUBSTITUTE(SUBSTITUTE(TRIM([@date]),"/","-"),".","-")';
const SECOND_DASH = `FIND("-",${TEXT_DATE},6)`;
const DAY_SERIAL =
  `IF(ISNUMBER([@date]),INT([@date]),IFERROR(DATE(VALUE(LEFT(${TEXT_DATE},4)),VALUE(MID(${TEXT_DATE},6,${SECOND_DASH}-6)),` +
  `VALUE(MID(${TEXT_DATE},${SECOND_DASH}+1,2))),0))`;

const isKind = (kind: CalendarDayKind) => `OR(${holidayKindTexts(kind).map((t) => `[@kind]=${formulaText(t)}`).join(",")})`;
const KIND_CODE = HOLIDAY_KINDS.reduceRight((rest, k) => `IF(${isKind(k)},"${k}",${rest})`, '""');

/** The table, at `at`, with `days` as its rows (none: the blank row a table keeps). */
export function holidaysTable(days: readonly CalendarDay[], lang: Lang, at: string): TableSpec {
  const helper = (code: "wb.col.holidayDay" | "wb.col.holidayKindCode" | "wb.col.holidayOff" | "wb.col.holidayPaid") => wbText("wb.col.helper", lang, { what: wbText(code, lang) });
  const kinds = HOLIDAY_KINDS.map((k) => holidayKindText(k, lang));
  return {
    name: TABLE.holidays,
    at,
    columns: [
      ...fieldColumns(HOLIDAY_FIELDS, lang, { kind: { validation: { kind: "list", values: kinds, error: wbText("wb.holidays.kindError", lang) } } }),
      { key: "day", header: helper("wb.col.holidayDay"), formula: DAY_SERIAL, style: "integer", width: 8 },
      { key: "kindCode", header: helper("wb.col.holidayKindCode"), formula: KIND_CODE, width: 9 },
      { key: "offDay", header: helper("wb.col.holidayOff"), formula: 'IF(OR([@kindCode]="statutory",[@kindCode]="restDay"),[@day],0)', style: "integer", width: 8 },
      { key: "paid", header: helper("wb.col.holidayPaid"), formula: 'IF(OR([@kindCode]="statutory",[@kindCode]="makeUp"),1,0)', style: "integer", width: 8 },
    ],
    rows: days.map((d) => {
      // The helpers' values, as the formulas compute them (cached results: the file opens with them).
      const day = isoToSerial(d.date);
      return { ...fieldRow(HOLIDAY_FIELDS, d), name: shownHolidayName(d.name, lang), kind: holidayKindText(d.kind, lang), day, kindCode: d.kind, offDay: d.kind === "makeUp" ? 0 : day, paid: d.kind === "restDay" ? 0 : 1 };
    }),
  };
}

/** The note that says which of the workbook's months no calendar covers ("2027-01, 2027-02"), or null. */
export function notCoveredNote(uncovered: readonly string[], lang: Lang): string | null {
  if (uncovered.length === 0) return null;
  const years = [...new Set(uncovered.map((m) => m.slice(0, 4)))];
  return wbText("wb.holidays.notCovered", lang, { months: uncovered.join(lang === "zh-CN" ? "、" : ", "), years: years.join(lang === "zh-CN" ? "、" : ", ") });
}

/**
 * Paid days from `from` to `to` (two cell expressions, serial dates) by the 21.75-day rule over the table:
 * Monday to Friday less the days off, plus the make-up workdays and statutory holidays in the span
 * (src/core/holidayCalendar.ts paidDaysBetween).
 */
export function paidDaysFormula(from: string, to: string): string {
  const t = TABLE.holidays;
  return `NETWORKDAYS(${from},${to},${t}[offDay])+COUNTIFS(${t}[day],">="&${from},${t}[day],"<="&${to},${t}[paid],1)`;
}
