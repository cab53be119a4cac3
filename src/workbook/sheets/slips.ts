import type { Lang } from "../../data/lang";
import type { Month } from "../../core/calendar";
import { payColumnsWhere, type PayKey, type PayLine } from "../../core/payroll";
import { SHEET, payrollTable } from "../names";
import { a1, colLetters } from "../address";
import type { CellSpec, CellValue, SheetSpec } from "../spec";
import { valueCell, formulaCell, wbText } from "../text";

/** What a slip shows, left to right: the pay columns marked for it (src/core/payroll/payColumns.ts). */
const SLIP_COLUMNS = payColumnsWhere("slip");

/** A slip column's width in characters: money 11 unless named here. */
const SLIP_WIDTH: Partial<Record<PayKey, number>> = { id: 8, name: 16, role: 11, paidDays: 9, reward: 10, penalty: 10, iit: 10 };

const FIRST_SLIP_ROW = 3;
/** Header, values, blank line. */
const SLIP_HEIGHT = 3;

/** The row of each person's values on the slips sheet, by staff id (for tests and readers). */
export function slipRow(index: number): number {
  return FIRST_SLIP_ROW + index * SLIP_HEIGHT + 1;
}

/** Where a person's figure of `key` is on the slips sheet (for tests and readers). */
export function slipCell(index: number, key: PayKey): string {
  const j = SLIP_COLUMNS.findIndex((c) => c.key === key);
  if (j < 0) throw new Error(`the slips show no ${key}`);
  return a1(slipRow(index), j + 1);
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
      cells.push(valueCell(a1(header, col), wbText(c.label, lang), "header"));
      if (c.key === "id") cells.push(valueCell(a1(values, col), id));
      else {
        const cell = formulaCell(a1(values, col), `INDEX(${table}[${c.key}],MATCH($A${values},${table}[id],0))`, c.kind === "money" ? "money" : "computed");
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
    columnWidths: Object.fromEntries(SLIP_COLUMNS.map((c, j) => [colLetters(j + 1), SLIP_WIDTH[c.key] ?? 11])),
    page: { paper: "A4", orientation: "landscape", fitToWidth: true },
  };
}

function slipValue(line: PayLine, key: PayKey): CellValue {
  const v = line[key];
  return typeof v === "string" ? v : v.toNumber();
}
