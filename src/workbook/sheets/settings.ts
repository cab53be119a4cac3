import type { Lang } from "../../data/lang";
import type { Dec } from "../../core/money";
import { eventKey } from "../../core/targets";
import type { Settings } from "../../core/types";
import { SHEET, TABLE } from "../names";
import { SETTING_FIELDS, SETTING_GROUPS, type FieldKind, type SettingField } from "../../core/config/settingFields";
import { getPath } from "../../core/config/pathTypes";
import { EVENT_FIELDS, TAX_BRACKET_FIELDS, WEEKDAY_WEIGHT_FIELDS } from "../../core/config/tableFields";
import { fieldColumns, fieldRow } from "../fieldColumns";
import type { CellSpec, CellValue, DefinedName, SheetSpec, StyleRef } from "../spec";
import { num, valueCell, wbText } from "../text";
import { weekdayCode } from "../../data/messages";

/** How a setting's value cell looks, by its kind. */
const STYLE: Record<FieldKind, StyleRef> = { money: ["input", "money"], rate: ["input", "percent"], number: "input", text: ["input", "text"] };

/** A setting's value as its cell holds it: a number, text, or blank. */
function cellValue(settings: Settings, f: SettingField): CellValue {
  const v = getPath(settings, f.path) as Dec | string | null;
  return v === null || typeof v === "string" ? v : num(v);
}

/** Where the tables start (column E), so the single settings keep columns A to C. */
const TAX_AT = 4;
const WEEKDAYS_AT = TAX_AT + 8 + 3;
const EVENTS_AT = WEEKDAYS_AT + 8 + 3;

/** The Settings sheet: single values as named cells, lists as tables, all editable. */
export function settingsSheet(settings: Settings, lang: Lang): { sheet: SheetSpec; names: DefinedName[] } {
  const cells: CellSpec[] = [
    valueCell("A1", wbText("wb.settings.title", lang), "title"),
    valueCell("A2", wbText("wb.inputHint", lang), "note"),
  ];
  const names: DefinedName[] = [];
  // Each group of settings: a heading, a row per setting (label, value, note), a blank row.
  let row = 4;
  for (const group of SETTING_GROUPS) {
    cells.push(valueCell(`A${row}`, wbText(group.heading, lang), "header"));
    row++;
    for (const f of SETTING_FIELDS.filter((x) => x.group === group.id) as readonly SettingField[]) {
      cells.push(valueCell(`A${row}`, wbText(f.label, lang), "label"));
      cells.push({ ...valueCell(`B${row}`, cellValue(settings, f), STYLE[f.kind]), reads: { path: f.path, nullable: f.nullable === true, name: f.name } });
      if (f.note) cells.push(valueCell(`C${row}`, wbText(f.note, lang), "note"));
      names.push({ name: f.name, sheet: SHEET.settings, range: `B${row}` });
      row++;
    }
    row++;
  }
  cells.push(
    valueCell(`E${TAX_AT - 1}`, wbText("wb.settings.taxTable", lang), "header"),
    valueCell(`E${WEEKDAYS_AT - 1}`, wbText("wb.settings.weekdays", lang), "header"),
    valueCell(`E${EVENTS_AT - 1}`, wbText("wb.settings.events", lang), "header"),
  );

  const sheet: SheetSpec = {
    key: SHEET.settings,
    name: wbText("wb.settings.sheet", lang),
    cells,
    tables: [
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
          return { ...fieldRow(EVENT_FIELDS, e), ...(key === null ? {} : { key }) };
        }),
        reads: { list: "targets.events" },
      },
    ],
    columnWidths: { A: 30, B: 14, C: 44, D: 3, E: 20, F: 12, G: 28, H: 12 },
    freeze: { rows: 2, cols: 0 },
  };
  return { sheet, names };
}
