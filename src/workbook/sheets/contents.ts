/**
 * 目录 / Contents: the workbook's first sheet — a link to every sheet with what it is for, and what to
 * do next, in order — for someone opening the workbook for the first time.
 */
import type { MessageCode } from "../../data/messages";
import type { Month } from "../../core/calendar";
import { quoteSheet } from "../address";
import { formulaText } from "../layout";
import { SHEET } from "../names";
import type { CellSpec, SheetSpec } from "../spec";
import { formulaCell, valueCell, wbText } from "../text";
import { a4, wrappedNote, type PrintContext } from "./page";
import { rowHeightFor } from "../textFit";

/**
 * B holds the longest tab name (a role's: 推广策划和实施专员, 18 units); C the purposes, wide enough that
 * the payroll's (34 Chinese characters, repeated for every month) is one line by the estimate — at 66 it
 * was two, and the months' rows stood twice as tall as the roles' under them.
 */
const WIDTHS = { A: 4, B: 20, C: 70 } as const;

/** What a sheet of each kind is for. */
const PURPOSE: Record<string, MessageCode> = {
  settings: "wb.contents.settings",
  roles: "wb.contents.roles",
  staff: "wb.contents.staff",
  deductions: "wb.contents.deductions",
  targets: "wb.contents.targets",
  payroll: "wb.contents.payroll",
  slips: "wb.contents.slips",
  role: "wb.contents.role",
};

/** The steps, in order, each naming the sheet it happens on. */
const STEPS: readonly MessageCode[] = ["wb.contents.step1", "wb.contents.step2", "wb.contents.step3", "wb.contents.step4", "wb.contents.step5"];

/**
 * The Contents sheet for `sheets` (key and tab name, in workbook order) of `month`. Each link is a
 * HYPERLINK to the sheet's A1 by its tab name ("#'工资 2026-11'!A1", the form Excel and LibreOffice both
 * follow within a workbook).
 */
export function contentsSheet(sheets: readonly { key: string; name: string }[], month: Month, print: PrintContext): SheetSpec {
  const { lang } = print;
  const t = (code: MessageCode, params: Record<string, string> = {}) => wbText(code, lang, params);
  const title = t("wb.contents.title");
  const cells: CellSpec[] = [valueCell("A1", title, "title")];
  const merges: string[] = [];
  const heights: Record<string, number> = {};
  const note = (row: number, text: string, style: CellSpec["style"] = ["note", "wrap"]) => {
    const n = wrappedNote(row, 1, 3, text, WIDTHS, style);
    cells.push(n.cell);
    merges.push(n.merge);
    heights[n.height[0]] = n.height[1];
  };
  note(2, t("wb.contents.about"));
  let row = 4;
  cells.push(valueCell(`A${row}`, t("wb.contents.sheets"), "header"));
  merges.push(`A${row}:C${row}`);
  row++;
  for (const s of sheets) {
    if (s.key === SHEET.contents) continue;
    const purpose = PURPOSE[s.key.split(":")[0]!];
    cells.push({ ...formulaCell(`B${row}`, `HYPERLINK(${formulaText(`#${quoteSheet(s.name)}!A1`)},${formulaText(s.name)})`, ["link", "top"]), result: s.name });
    if (purpose) {
      const text = t(purpose, { month });
      // At the top, as the link beside it: the estimate errs generous (an English purpose of one line may get two).
      cells.push(valueCell(`C${row}`, text, ["wrap", "top"]));
      // Every row its height, one line too: a row left to the host came out shorter than a set one-line row.
      heights[String(row)] = rowHeightFor(text, WIDTHS.C);
    }
    row++;
  }
  row++;
  cells.push(valueCell(`A${row}`, t("wb.contents.next"), "header"));
  merges.push(`A${row}:C${row}`);
  row++;
  STEPS.forEach((code, i) => {
    cells.push(valueCell(`A${row}`, i + 1, ["integer", "center", "wrap", "top"]));
    const n = wrappedNote(row, 2, 3, t(code, { month }), WIDTHS, ["wrap", "top"]);
    cells.push(n.cell);
    merges.push(n.merge);
    heights[n.height[0]] = n.height[1];
    row++;
  });
  return {
    key: SHEET.contents,
    name: t("wb.contents.sheet"),
    cells,
    tables: [],
    columnWidths: { ...WIDTHS },
    merges,
    rowHeights: heights,
    page: a4(print, title, { orientation: "portrait", fitToWidth: true }),
  };
}
