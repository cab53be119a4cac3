import type { Lang } from "../../data/lang";
import type { Dec } from "../../core/money";
import { eventKey } from "../../core/targets";
import type { Settings } from "../../core/types";
import { NAME, SHEET, TABLE } from "../names";
import type { CellSpec, DefinedName, SheetSpec, StyleRef } from "../spec";
import { num, valueCell, wbText } from "../text";
import { weekdayCode, type MessageCode } from "../../data/messages";

/** A labelled single setting: one row, its value cell named for formulas elsewhere. */
interface SettingRow {
  label: MessageCode;
  name: string;
  value: Dec | null;
  style: StyleRef;
  note?: MessageCode;
}

type Block = { heading: MessageCode; rows: SettingRow[] };

const MONEY: StyleRef = ["input", "money"];
const PERCENT: StyleRef = ["input", "percent"];
const NUMBER: StyleRef = "input";

function blocks(s: Settings): Block[] {
  const si = s.socialInsurance;
  const hf = s.housingFund;
  const t = s.targets;
  return [
    {
      heading: "wb.settings.pay",
      rows: [
        { label: "wb.settings.poolRate", name: NAME.poolRate, value: s.poolRate, style: PERCENT, note: "wb.settings.poolRate.note" },
        { label: "wb.settings.paidDays", name: NAME.paidDaysPerMonth, value: s.paidDaysPerMonth, style: NUMBER, note: "wb.settings.paidDays.note" },
        { label: "wb.settings.basicDeduction", name: NAME.basicDeduction, value: s.basicDeduction, style: MONEY },
      ],
    },
    {
      heading: "wb.settings.si",
      rows: [
        { label: "wb.settings.siFloor", name: NAME.siFloor, value: si.baseFloor, style: MONEY },
        { label: "wb.settings.siCeiling", name: NAME.siCeiling, value: si.baseCeiling, style: MONEY },
        { label: "wb.settings.eePension", name: NAME.siEmployeePension, value: si.employee.pension, style: PERCENT },
        { label: "wb.settings.eeMedical", name: NAME.siEmployeeMedical, value: si.employee.medical, style: PERCENT },
        { label: "wb.settings.eeUnemployment", name: NAME.siEmployeeUnemployment, value: si.employee.unemployment, style: PERCENT },
        { label: "wb.settings.erPension", name: NAME.siEmployerPension, value: si.employer.pension, style: PERCENT },
        { label: "wb.settings.erMedical", name: NAME.siEmployerMedical, value: si.employer.medical, style: PERCENT },
        { label: "wb.settings.erUnemployment", name: NAME.siEmployerUnemployment, value: si.employer.unemployment, style: PERCENT },
        { label: "wb.settings.erInjury", name: NAME.siEmployerInjury, value: si.employer.injury, style: PERCENT },
      ],
    },
    {
      heading: "wb.settings.hf",
      rows: [
        { label: "wb.settings.hfEmployee", name: NAME.hfEmployeeRate, value: hf.employeeRate, style: PERCENT },
        { label: "wb.settings.hfEmployer", name: NAME.hfEmployerRate, value: hf.employerRate, style: PERCENT },
        { label: "wb.settings.hfFloor", name: NAME.hfFloor, value: hf.baseFloor, style: MONEY },
        { label: "wb.settings.hfCeiling", name: NAME.hfCeiling, value: hf.baseCeiling, style: MONEY },
      ],
    },
    {
      heading: "wb.settings.targets",
      rows: [
        { label: "wb.settings.aov", name: NAME.aov, value: t.aov, style: MONEY, note: "wb.settings.aov.note" },
        { label: "wb.settings.cvr", name: NAME.cvr, value: t.cvr, style: PERCENT, note: "wb.settings.cvr.note" },
        { label: "wb.settings.holidayFactor", name: NAME.holidayFactor, value: t.holidayFactor, style: NUMBER, note: "wb.settings.holidayFactor.note" },
      ],
    },
  ];
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
  let row = 4;
  for (const block of blocks(settings)) {
    cells.push(valueCell(`A${row}`, wbText(block.heading, lang), "header"));
    row++;
    for (const r of block.rows) {
      cells.push(valueCell(`A${row}`, wbText(r.label, lang), "label"));
      cells.push(valueCell(`B${row}`, num(r.value), r.style));
      if (r.note) cells.push(valueCell(`C${row}`, wbText(r.note, lang), "note"));
      names.push({ name: r.name, sheet: SHEET.settings, range: `B${row}` });
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
        columns: [
          { key: "upTo", header: wbText("wb.col.upTo", lang), input: true, style: "money", width: 20 },
          { key: "rate", header: wbText("wb.col.rate", lang), input: true, style: "percent", width: 10 },
          { key: "quickDeduction", header: wbText("wb.col.quickDeduction", lang), input: true, style: "money", width: 14 },
        ],
        rows: settings.taxTable.map((b) => ({ upTo: num(b.upTo), rate: num(b.rate), quickDeduction: num(b.quickDeduction) })),
      },
      {
        name: TABLE.weekdayWeights,
        at: `E${WEEKDAYS_AT}`,
        columns: [
          { key: "weekday", header: wbText("wb.col.weekday", lang), style: "integer" },
          { key: "name", header: wbText("wb.col.weekdayName", lang) },
          { key: "weight", header: wbText("wb.col.weight", lang), input: true },
        ],
        rows: settings.targets.weekdayWeights.map((w, i) => ({ weekday: i + 1, name: wbText(weekdayCode(i + 1), lang), weight: num(w) })),
      },
      {
        name: TABLE.events,
        at: `E${EVENTS_AT}`,
        columns: [
          // Text, so that typing 11-11 stays "11-11" instead of becoming this year's date.
          { key: "date", header: wbText("wb.col.eventDate", lang), input: true, style: "text", width: 12 },
          { key: "factor", header: wbText("wb.col.factor", lang), input: true },
          { key: "name", header: wbText("wb.col.eventName", lang), input: true, width: 28 },
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
          return { date: e.date, factor: num(e.factor), name: e.name, ...(key === null ? {} : { key }) };
        }),
      },
    ],
    columnWidths: { A: 30, B: 14, C: 44, D: 3, E: 20, F: 12, G: 28, H: 12 },
    freeze: { rows: 2, cols: 0 },
  };
  return { sheet, names };
}
