import type { Warning } from "../../core/types";
import type { Lang } from "../../data/lang";
import { formatMessage, type MessageCode } from "../../data/messages";
import type { CellLocation } from "./grid";
import type { Locator } from "./locator";

/** A problem with what was read: its message, its config path, and the cell it came from if known. */
export interface ReadProblem {
  code: MessageCode;
  params: Record<string, string>;
  /** The config path ("staff[3].base"). */
  path: string;
  place?: CellLocation;
}

/** An engine warning or error placed on the cell its path was read from. */
export function placed(w: Warning, locator: Locator): ReadProblem {
  const place = locator.find(w.where);
  return { code: w.code, params: w.params, path: w.where, ...(place ? { place } : {}) };
}

/** "Staff, row 7, column “Base” (G7)" or "Settings!B5", in `lang`. */
export function placeText(where: CellLocation, lang: Lang): string {
  if (where.row !== undefined && where.column !== undefined) {
    return formatMessage("office.place.tableCell", { sheet: where.sheet, row: String(where.row), column: where.column, cell: where.address }, lang);
  }
  return formatMessage("office.place.cell", { sheet: where.sheet, cell: where.address }, lang);
}

/** The problem in `lang`, its place first ("Staff, row 7 …: is required"); unplaced, its config path. */
export function describeReadProblem(p: ReadProblem, lang: Lang, showPath = true): string {
  const body = formatMessage(p.code, p.params, lang);
  if (p.place) return `${placeText(p.place, lang)}${formatMessage("office.placeSeparator", {}, lang)}${body}`;
  return p.path && showPath ? `${p.path}: ${body}` : body;
}
