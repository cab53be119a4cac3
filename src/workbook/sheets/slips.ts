import type { Lang } from "../../data/lang";
import type { Month } from "../../core/calendar";
import type { MoneyKey, PayLine } from "../../core/payroll";
import { SHEET, payrollTable } from "../names";
import { a1 } from "../address";
import type { CellSpec, CellValue, SheetSpec, StyleRef } from "../spec";
import { valueCell, formulaCell, wbText } from "../text";

/** What a slip shows, left to right: payroll table column keys (and pay line fields). */
const SLIP_COLUMNS: { key: "id" | "name" | "role" | "paidDays" | MoneyKey; style?: StyleRef }[] = [
  { key: "id" },
  { key: "name" },
  { key: "role" },
  { key: "paidDays" },
  { key: "paidBase", style: "money" },
  { key: "commission", style: "money" },
  { key: "reward", style: "money" },
  { key: "penalty", style: "money" },
  { key: "gross", style: "money" },
  { key: "socialInsurance", style: "money" },
  { key: "housingFund", style: "money" },
  { key: "iit", style: "money" },
  { key: "net", style: "money" },
];

const FIRST_SLIP_ROW = 3;
/** Header, values, blank line. */
const SLIP_HEIGHT = 3;

/** The row of each person's values on the slips sheet, by staff id (for tests and readers). */
export function slipRow(index: number): number {
  return FIRST_SLIP_ROW + index * SLIP_HEIGHT + 1;
}

/**
 * 工资条: one slip per person, the header repeated above each and a blank line between, so the
 * printed sheet can be cut into strips. Values come from the month's payroll table by id; `lines`, the
 * engine's pay lines of the month in the same order, are written as the formulas' cached results.
 */
export function slipsSheet(month: Month, ids: readonly string[], lang: Lang, lines?: readonly PayLine[]): SheetSpec {
  const table = payrollTable(month);
  const cells: CellSpec[] = [valueCell("A1", wbText("wb.slips.title", lang, { month }), "title")];
  ids.forEach((id, i) => {
    const header = slipRow(i) - 1;
    const values = slipRow(i);
    SLIP_COLUMNS.forEach((c, j) => {
      const col = j + 1;
      cells.push(valueCell(a1(header, col), wbText(`wb.col.${c.key === "paidDays" ? "paidDays" : c.key}`, lang), "header"));
      if (c.key === "id") cells.push(valueCell(a1(values, col), id));
      else {
        const cell = formulaCell(a1(values, col), `INDEX(${table}[${c.key}],MATCH($A${values},${table}[id],0))`, c.style ?? "computed");
        const line = lines?.[i];
        cells.push(line === undefined ? cell : { ...cell, result: slipValue(line, c.key) });
      }
    });
  });
  return {
    key: SHEET.slips(month),
    name: wbText("wb.slips.sheet", lang, { month }),
    cells,
    tables: [],
    columnWidths: { A: 8, B: 16, C: 11, D: 9, E: 11, F: 11, G: 10, H: 10, I: 11, J: 11, K: 11, L: 10, M: 11 },
    page: { paper: "A4", orientation: "landscape", fitToWidth: true },
  };
}

function slipValue(line: PayLine, key: "name" | "role" | "paidDays" | MoneyKey): CellValue {
  return key === "name" || key === "role" ? line[key] : line[key].toNumber();
}
