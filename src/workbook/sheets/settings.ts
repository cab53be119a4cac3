import type { Lang } from "../../data/lang";
import type { Dec } from "../../core/money";
import { eventKey } from "../../core/targets";
import type { Settings } from "../../core/types";
import { SHEET, TABLE } from "../names";
import { SETTING_FIELDS, SETTING_GROUPS, type FieldKind, type SettingField } from "../../core/config/settingFields";
import { getPath } from "../../core/config/pathTypes";
import { EVENT_FIELDS, TAX_BRACKET_FIELDS, WEEKDAY_WEIGHT_FIELDS } from "../../core/config/tableFields";
import { fieldColumns, fieldRow } from "../fieldColumns";
import type { CellSpec, CellValue, DefinedName, SheetSpec, StyleRef, TableSpec } from "../spec";
import { parseA1 } from "../address";
import { firstCellColAbs } from "../layout";
import { num, valueCell, wbText } from "../text";
import { shownEventName } from "../eventNames";
import { heightFor, rowHeightFor } from "../textFit";
import { a4, headerRowHeight } from "./page";
import { weekdayCode } from "../../data/messages";
import type { CalendarDay } from "../../core/holidayCalendar";
import { holidaysTable, notCoveredNote } from "./holidays";
import type { InsuranceProfile } from "../../core/insurance/profiles";
import { insuranceBasesTable, profilesShown } from "./insuranceBases";
import { profileText } from "../insuranceChoices";

/** How a setting's value cell looks, by its kind. */
const STYLE: Record<FieldKind, StyleRef> = { money: ["input", "money"], rate: ["input", "percent"], number: "input", text: ["input", "text"] };

/** A setting's value as its cell holds it: a number, text, or blank; the city profile by its name (../insuranceChoices.ts). */
function cellValue(settings: Settings, f: SettingField, lang: Lang): CellValue {
  const v = getPath(settings, f.path) as Dec | string | null;
  if (f.path === "insuranceProfile" && typeof v === "string") return profileText(v, lang);
  return v === null || typeof v === "string" ? v : num(v);
}

/** Where the tables start (column E), so the single settings keep columns A to C. */
const TAX_AT = 4;
const WEEKDAYS_AT = TAX_AT + 8 + 3;
const EVENTS_AT = WEEKDAYS_AT + 8 + 3;

/** The settings' rows, each group's heading, its settings and a blank row after it, from row 4. */
const SETTINGS_END = 3 + SETTING_GROUPS.reduce((rows, g) => rows + 2 + SETTING_FIELDS.filter((f) => f.group === g.id).length, 0);

/**
 * The Holidays table (issue 13; layout 15): in its own columns J to P, right of the other lists, but in rows of
 * its own below the last setting — beside the settings' tall wrapped notes it printed with uneven gaps, split
 * across pages. Its note and heading stand right above it, and a page break before them starts its own page.
 */
const HOLIDAYS_NOTE_ROW = SETTINGS_END + 2;
export const HOLIDAYS_AT = `J${HOLIDAYS_NOTE_ROW + 2}`;

/**
 * The city profiles' table (issue 13) right of the Holidays table's folded workings (M:P) and a gap (Q):
 * beside the other lists rather than under them, where the events' rows grow. Not printed.
 */
const INSURANCE_AT = "R4";

/** Column widths (characters): labels, values, notes (wrapped), a gap, then the tables' three columns, a gap, the
 *  holidays (as their fields declare them: the name wide enough for an English festival's), a gap. */
const WIDTHS = { A: 28, B: 14, C: 34, D: 2, E: 22, F: 10, G: 16, H: 10, I: 2, J: 12, K: 17, L: 20, Q: 2 } as const;

/** Rows whose height is written even when one line's: a workbook of layout 14 had rows 2 and 3 tall for the
 *  Holidays note and heading that stood there, and an upgraded one keeps a height till it is written again. */
const PINNED_ROWS: readonly number[] = [2, 3];

/** What the Settings sheet shows of the holiday calendar: the days of the workbook's years, and its months no calendar covers. */
export interface SettingsCalendar {
  days: readonly CalendarDay[];
  /** The workbook's months ("2027-01") outside every calendar year: said above the table. */
  uncovered: readonly string[];
}

/**
 * The Settings sheet: single values as named cells, lists as tables, all editable. `profiles` are the
 * user's own city social-insurance profiles (config `insuranceProfiles`), shown with the one in use.
 */
export function settingsSheet(
  settings: Settings,
  lang: Lang,
  profiles: readonly InsuranceProfile[] = [],
  calendar: SettingsCalendar = { days: [], uncovered: [] },
): { sheet: SheetSpec; names: DefinedName[] } {
  const title = wbText("wb.settings.title", lang);
  const cells: CellSpec[] = [valueCell("A1", title, "title"), valueCell("A2", wbText("wb.inputHint", lang), "note")];
  const names: DefinedName[] = [];
  const merges: string[] = [];
  const heights = new Map<number, number>();
  const tall = (row: number, text: string, width: number) => heights.set(row, Math.max(heights.get(row) ?? 0, rowHeightFor(text, width)));
  // Each group of settings: a heading across A:C, a row per setting (label, value, note), a blank row.
  let row = 4;
  for (const group of SETTING_GROUPS) {
    cells.push(valueCell(`A${row}`, wbText(group.heading, lang), "header"));
    merges.push(`A${row}:C${row}`);
    row++;
    for (const f of SETTING_FIELDS.filter((x) => x.group === group.id) as readonly SettingField[]) {
      cells.push(valueCell(`A${row}`, wbText(f.label, lang), "label"));
      cells.push({ ...valueCell(`B${row}`, cellValue(settings, f, lang), STYLE[f.kind]), reads: { path: f.path, nullable: f.nullable === true, name: f.name, ...(f.matchedAsTyped ? { matchedAsTyped: true } : {}) } });
      if (f.note) {
        const note = wbText(f.note, lang);
        cells.push(valueCell(`C${row}`, note, ["note", "wrap"]));
        tall(row, note, WIDTHS.C);
      }
      names.push({ name: f.name, sheet: SHEET.settings, range: `B${row}` });
      row++;
    }
    row++;
  }
  // The tables' headings across their three printed columns, wrapped.
  for (const [at, code] of [[TAX_AT, "wb.settings.taxTable"], [WEEKDAYS_AT, "wb.settings.weekdays"], [EVENTS_AT, "wb.settings.events"]] as const) {
    const text = wbText(code, lang);
    cells.push(valueCell(`E${at - 1}`, text, "header"));
    merges.push(`E${at - 1}:G${at - 1}`);
    tall(at - 1, text, WIDTHS.E + WIDTHS.F + WIDTHS.G);
  }

  if (row - 1 !== SETTINGS_END) throw new Error(`settings end at row ${row - 1}, not ${SETTINGS_END}`);
  // The Holidays table: what it is for and its heading right above it, over its three printed columns, and
  // in row 1 — seen wherever the sheet is scrolled — the months no calendar covers (calendar.notCovered).
  const holidays = holidaysTable(calendar.days, lang, HOLIDAYS_AT);
  const holidayWidth = WIDTHS.J + WIDTHS.K + WIDTHS.L;
  const about = wbText("wb.holidays.note", lang);
  cells.push(valueCell(`J${HOLIDAYS_NOTE_ROW}`, about, ["note", "wrap"]));
  merges.push(`J${HOLIDAYS_NOTE_ROW}:L${HOLIDAYS_NOTE_ROW}`);
  tall(HOLIDAYS_NOTE_ROW, about, holidayWidth);
  const heading = wbText("wb.holidays.heading", lang);
  cells.push(valueCell(`J${HOLIDAYS_NOTE_ROW + 1}`, heading, "header"));
  merges.push(`J${HOLIDAYS_NOTE_ROW + 1}:L${HOLIDAYS_NOTE_ROW + 1}`);
  tall(HOLIDAYS_NOTE_ROW + 1, heading, holidayWidth);
  const warning = notCoveredNote(calendar.uncovered, lang);
  if (warning !== null) {
    cells.push(valueCell("J1", warning, ["warning", "wrap"]));
    merges.push("J1:L1");
    tall(1, warning, holidayWidth);
  }
  // The profile tables' heading, with the examples' label when the table holds one (./insuranceBases.ts profilesShown).
  const examplesShown = profilesShown(settings.insuranceProfile, profiles).some((p) => p.example);
  const basesHeading = wbText("wb.settings.insuranceBases", lang) + (examplesShown ? `（${wbText("wb.settings.insuranceExample", lang)}）` : "");
  cells.push(valueCell(`R${parseA1(INSURANCE_AT).row - 1}`, basesHeading, "header"));
  merges.push(`R${parseA1(INSURANCE_AT).row - 1}:X${parseA1(INSURANCE_AT).row - 1}`);

  const bases = insuranceBasesTable(INSURANCE_AT, settings.insuranceProfile, profiles, lang);
  const tables: TableSpec[] = [
    {
      name: TABLE.taxTable,
      at: `E${TAX_AT}`,
      columns: fieldColumns(TAX_BRACKET_FIELDS, lang),
      rows: settings.taxTable.map((b) => fieldRow(TAX_BRACKET_FIELDS, b)),
      reads: { list: "taxTable" },
    },
    {
      name: TABLE.weekdayWeights,
      at: `E${WEEKDAYS_AT}`,
      columns: [
        { key: "weekday", header: wbText("wb.col.weekday", lang), style: "integer" },
        { key: "name", header: wbText("wb.col.weekdayName", lang) },
        ...fieldColumns(WEEKDAY_WEIGHT_FIELDS, lang),
      ],
      rows: settings.targets.weekdayWeights.map((w, i) => ({ weekday: i + 1, name: wbText(weekdayCode(i + 1), lang), ...fieldRow(WEEKDAY_WEIGHT_FIELDS, w) })),
      reads: { list: "targets.weekdayWeights" },
    },
    {
      name: TABLE.events,
      at: `E${EVENTS_AT}`,
      columns: [
        // The date as text, so that typing 11-11 stays "11-11" instead of becoming this year's date.
        ...fieldColumns(EVENT_FIELDS, lang, { date: { style: "text" } }),
        {
          key: "key",
          header: wbText("wb.col.eventKey", lang),
          // 11-11 → 1111 (every year), 2026-11-11 → 20261111 (that day); a date typed as a date works too.
          formula:
            'IF(ISNUMBER([@date]),YEAR([@date])*10000+MONTH([@date])*100+DAY([@date]),IFERROR(VALUE(SUBSTITUTE([@date],"-","")),0))',
          style: "note",
        },
      ],
      rows: settings.targets.events.map((e) => {
        const key = eventKey(e.date);
        return { ...fieldRow(EVENT_FIELDS, e), name: shownEventName(e.name, lang), ...(key === null ? {} : { key }) };
      }),
      reads: { list: "targets.events" },
    },
    holidays,
    bases,
  ];
  for (const r of PINNED_ROWS) heights.set(r, heights.get(r) ?? heightFor(1));
  for (const t of tables) {
    const r = parseA1(t.at).row;
    // Sized for the headers one sees, not the folded workings': the Holidays table's three printed ones, and the
    // Contribution bases' inputs and Check (its helpers' long headers in narrow columns made row 4 — the settings'
    // first heading's row too — four lines tall).
    const folded = (c: { formula?: string; key: string }) => c.formula !== undefined && c.key !== "check";
    const shown = t === holidays ? (c: { input?: boolean }) => c.input === true : t === bases ? (c: { formula?: string; key: string }) => !folded(c) : () => true;
    heights.set(r, Math.max(heights.get(r) ?? 0, headerRowHeight(t, WIDTHS, shown)));
  }
  const sheet: SheetSpec = {
    key: SHEET.settings,
    name: wbText("wb.settings.sheet", lang),
    cells,
    tables,
    columnWidths: { ...WIDTHS },
    merges,
    rowHeights: Object.fromEntries([...heights].filter(([r, h]) => h > heightFor(1) || PINNED_ROWS.includes(r)).map(([r, h]) => [String(r), h])),
    // The events' match key, the holidays' and the profiles' helper columns are the sheet's working: folded away, not printed.
    columnGroups: [
      { from: "H", to: "H", collapsed: true },
      { from: "M", to: "P", collapsed: true },
      { from: "Z", to: "AE", collapsed: true },
    ],
    freeze: { rows: 2, cols: 0 },
    // A row whose period overlaps another's: its Check and its months in red, as the other tables' checks are.
    conditionalFormats: (["check", "from", "to"] as const).map((column) => ({
      target: { table: TABLE.insuranceBases, column },
      expression: `${firstCellColAbs(bases, "check")}<>""`,
      style: "warning" as const,
    })),
    // Two print areas: the settings and the lists beside them (A:H), then the holiday calendar (J:L) from a page of
    // its own — one area A:L printed the calendar, which stands below the settings, in the right quarter of a page.
    // Portrait: the narrower A:H fills the page's width at a larger scale than A:L did in landscape.
    page: a4({ lang, company: settings.companyName }, title, { orientation: "portrait", fitToWidth: true, printArea: "A:H,J:L", rowBreaks: [HOLIDAYS_NOTE_ROW - 1], narrowMargins: true }),
  };
  return { sheet, names };
}
