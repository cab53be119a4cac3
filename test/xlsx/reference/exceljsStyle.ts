import type * as ExcelJS from "exceljs";
import type { Borders, StyleDef, WorkbookFont } from "../../../src/workbook/spec";

const argb = (rgb: string) => `FF${rgb.toUpperCase()}`;

/** A spec border as exceljs's: each side's line style, in the automatic colour. */
function border(b: Borders): Partial<ExcelJS.Borders> {
  const side = (line: Borders[keyof Borders]): Partial<ExcelJS.Border> | undefined => (line ? { style: line } : undefined);
  const out: Partial<ExcelJS.Borders> = {};
  for (const k of ["top", "bottom", "left", "right"] as const) {
    const s = side(b[k]);
    if (s) out[k] = s as ExcelJS.Border;
  }
  return out;
}

/**
 * A StyleDef as an exceljs cell style. A fresh object every call: exceljs keeps a reference to
 * the object given to `cell.style`, and a later `cell.numFmt = …` would otherwise change every
 * cell sharing it.
 */
export function cellStyle(d: StyleDef, font: WorkbookFont = { name: "Calibri" }): Partial<ExcelJS.Style> {
  const s: Partial<ExcelJS.Style> = {};
  if (d.bold || d.italic || d.underline || d.size || d.fontColor) {
    // A <font> without name and size makes some hosts fall back to odd defaults: give both.
    s.font = { name: font.name, size: d.size ?? 11, family: 2, ...(font.charset === undefined ? {} : { charset: font.charset }) };
    if (d.bold) s.font.bold = true;
    if (d.italic) s.font.italic = true;
    if (d.underline) s.font.underline = true;
    if (d.fontColor) s.font.color = { argb: argb(d.fontColor) };
  }
  if (d.fill) s.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(d.fill) } };
  if (d.numFmt) s.numFmt = d.numFmt;
  if (d.unlocked) s.protection = { locked: false };
  if (d.wrap || d.align || d.valign) s.alignment = { ...(d.wrap ? { wrapText: true } : {}), ...(d.align ? { horizontal: d.align === "centerAcross" ? "centerContinuous" : d.align } : {}), ...(d.valign ? { vertical: d.valign === "center" ? "middle" : "top" } : {}) };
  if (d.border) s.border = border(d.border);
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
