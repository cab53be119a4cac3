/**
 * The default cell font of a workbook exceljs 4.4.0 writes. exceljs always makes Calibri the default
 * font (font 0 of styles.xml: what every unstyled cell and a table's body use), with no option to
 * change it; a Chinese workbook should default to 等线 (src/workbook/spec.ts WorkbookFont). Two small
 * patches, both idempotent: the style manager exceljs makes for a write starts its font list with the
 * workbook's font, and the write tells it which font that is.
 *
 * exceljs builds the style manager inside XLSX.prepareModel, which runs synchronously at the start of
 * a write (before its first await), so the font handed over there cannot reach another workbook's
 * write running at the same time.
 */
import type * as ExcelJS from "exceljs";
import type { WorkbookFont } from "../../../src/workbook/spec";

interface StylesXform {
  model: { fonts: unknown[] };
  _addFont(font: Record<string, unknown>): number;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const StylesXformClass = require("exceljs/lib/xlsx/xform/style/styles-xform") as { prototype: StylesXform & { init(): void } };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const XlsxClass = require("exceljs/lib/xlsx/xlsx") as { prototype: { workbook: ExcelJS.Workbook; prepareModel(model: unknown, options: unknown): void } };

/** The font of the write being prepared, if its workbook has one. */
let preparing: WorkbookFont | undefined;

const PATCHED = Symbol.for("shopsheet.exceljs-font");
const patched = StylesXformClass as unknown as Record<symbol, boolean>;
if (!patched[PATCHED]) {
  patched[PATCHED] = true;
  const init = StylesXformClass.prototype.init;
  StylesXformClass.prototype.init = function (this: StylesXform) {
    init.call(this);
    // exceljs adds Calibri as font 0 only when the list is still empty: ours goes first.
    if (preparing && this.model.fonts.length === 0) {
      const f = preparing;
      this._addFont({ size: 11, color: { theme: 1 }, name: f.name, family: 2, ...(f.charset === undefined ? {} : { charset: f.charset }), scheme: "minor" });
    }
  };
  const prepareModel = XlsxClass.prototype.prepareModel;
  XlsxClass.prototype.prepareModel = function (this: { workbook: ExcelJS.Workbook }, model: unknown, options: unknown) {
    preparing = fonts.get(this.workbook);
    try {
      prepareModel.call(this, model, options);
    } finally {
      preparing = undefined;
    }
  };
}

const fonts = new WeakMap<ExcelJS.Workbook, WorkbookFont>();

/** Gives `wb` its default cell font for every later write (nothing for undefined: exceljs's Calibri). */
export const withDefaultFont = {
  set(wb: ExcelJS.Workbook, font: WorkbookFont | undefined): void {
    if (font) fonts.set(wb, font);
  },
};
