import type { Lang } from "../data/lang";
import { formatMessage, type MessageCode } from "../data/messages";
import type { Dec } from "../core/money";
import type { CellSpec, CellValue, StyleRef } from "./spec";

/** A workbook string in the chosen language (src/data/messages/workbook*.ts). */
export function wbText(key: MessageCode, lang: Lang, params: Record<string, string> = {}): string {
  return formatMessage(key, params, lang);
}

/** Decimals enter the workbook as numbers: the cell holds a binary double either way. */
export function num(x: Dec | null): number | null {
  return x === null ? null : x.toNumber();
}

export function valueCell(at: string, value: CellValue, style?: StyleRef): CellSpec {
  return style === undefined ? { at, value } : { at, value, style };
}

export function formulaCell(at: string, formula: string, style?: StyleRef): CellSpec {
  return style === undefined ? { at, formula } : { at, formula, style };
}
