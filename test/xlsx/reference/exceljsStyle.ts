import type * as ExcelJS from "exceljs";
import type { StyleDef } from "../../../src/workbook/spec";

const argb = (rgb: string) => `FF${rgb.toUpperCase()}`;

/**
 * A StyleDef as an exceljs cell style. A fresh object every call: exceljs keeps a reference to
 * the object given to `cell.style`, and a later `cell.numFmt = …` would otherwise change every
 * cell sharing it.
 */
export function cellStyle(d: StyleDef): Partial<ExcelJS.Style> {
  const s: Partial<ExcelJS.Style> = {};
  if (d.bold || d.italic || d.size || d.fontColor) {
    // A <font> without name and size makes some hosts fall back to odd defaults: give both.
    s.font = { name: "Calibri", size: d.size ?? 11 };
    if (d.bold) s.font.bold = true;
    if (d.italic) s.font.italic = true;
    if (d.fontColor) s.font.color = { argb: argb(d.fontColor) };
  }
  if (d.fill) s.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(d.fill) } };
  if (d.numFmt) s.numFmt = d.numFmt;
  if (d.unlocked) s.protection = { locked: false };
  if (d.wrap || d.align) s.alignment = { ...(d.wrap ? { wrapText: true } : {}), ...(d.align ? { horizontal: d.align } : {}) };
  return s;
}

/**
 * The differential style of a conditional format. Excel takes a solid dxf fill's colour from
 * bgColor (not fgColor as in cell styles), hence the asymmetry.
 */
export function conditionalStyle(d: StyleDef): Partial<ExcelJS.Style> {
  const s: Partial<ExcelJS.Style> = {};
  if (d.fill) s.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(d.fill) } };
  if (d.fontColor || d.bold) {
    s.font = {};
    if (d.fontColor) s.font.color = { argb: argb(d.fontColor) };
    if (d.bold) s.font.bold = true;
  }
  return s;
}
