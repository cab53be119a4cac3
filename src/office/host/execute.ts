/**
 * Performs a write plan with Office.js: one context.sync() per batch (./ops.ts cuts the plan under the
 * payload limit), API calculation suspended during each batch, and one closing sync that recalculates
 * the workbook (with calculation suspended, updating what depends on the new cells is ours to ask).
 * No loads here and no syncs inside a loop over rows: every op is a handful of queued calls.
 */
import { colLetters, parseRange } from "../../workbook/address";
import type { Borders, StyleDef } from "../../workbook/spec";
import { officeColor } from "../reconcile/cells";
import type { Features } from "../reconcile/features";
import type { LiveWorkbook } from "../reconcile/liveModel";
import { batches, type Batch, type Op } from "../reconcile/ops";

type Sync = () => Promise<void>;

export interface ExecuteResult {
  batches: number;
  largestBatchBytes: number;
}

export function planBatches(ops: readonly Op[]): Batch[] {
  return batches(ops);
}

export async function execute(context: Excel.RequestContext, sync: Sync, ops: readonly Op[], live: LiveWorkbook, features: Features): Promise<ExecuteResult> {
  const plan = planBatches(ops);
  if (plan.length === 0) return { batches: 0, largestBatchBytes: 0 };
  const sheets = new Map<string, Excel.Worksheet>();
  const sheet = (key: string): Excel.Worksheet => {
    let ws = sheets.get(key);
    if (!ws) {
      const live_ = live.byKey.get(key);
      if (!live_) throw new Error(`sheet ${key} is neither in the workbook nor added by this plan`);
      ws = context.workbook.worksheets.getItem(live_.name);
      sheets.set(key, ws);
    }
    return ws;
  };
  const tables = new Map<string, Excel.Table>();
  const table = (name: string): Excel.Table => {
    let t = tables.get(name);
    if (!t) {
      t = context.workbook.tables.getItem(name);
      tables.set(name, t);
    }
    return t;
  };

  for (const [i, batch] of plan.entries()) {
    if (features.suspendCalculation) context.workbook.application.suspendApiCalculationUntilNextSync();
    for (const op of batch.ops) perform(context, op, sheet, sheets, table, tables);
    try {
      await sync();
    } catch (e) {
      if (i === 0) await reprotect(context, sync, batch.ops, live);
      throw e;
    }
  }
  context.workbook.application.calculate("Full" as Excel.CalculationType);
  await sync();
  return { batches: plan.length, largestBatchBytes: Math.max(...plan.map((b) => b.bytes)) };
}

/**
 * Unprotecting comes first in the first batch, so when Excel refuses one (a password), nothing else
 * was written — but the sheets unprotected before it are open. Protect those again as they were, so
 * the failed command leaves the workbook as it found it.
 */
async function reprotect(context: Excel.RequestContext, sync: Sync, ops: readonly Op[], live: LiveWorkbook): Promise<void> {
  const unprotected = ops.flatMap((op) => (op.op === "unprotect" ? [live.byKey.get(op.sheet)!] : []));
  if (unprotected.length === 0) return;
  try {
    const states = unprotected.map((s) => ({ s, p: context.workbook.worksheets.getItem(s.name).protection.load("protected") }));
    await sync();
    const open = states.filter((x) => !x.p.protected);
    for (const { s } of open) context.workbook.worksheets.getItem(s.name).protection.protect(s.protectionOptions ?? {});
    if (open.length) await sync();
  } catch {
    // Best effort: the error that matters is the one being reported.
  }
}

/** The same number format for every cell of `range`, as the documented 2-D array of its size
 *  (Range.numberFormat: any[][], https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-numberformat-member). */
function numberFormatGrid(range: string, numFmt: string): string[][] {
  const r = parseRange(range);
  return Array.from({ length: r.bottom - r.top + 1 }, () => new Array<string>(r.right - r.left + 1).fill(numFmt));
}

function perform(
  context: Excel.RequestContext,
  op: Op,
  sheet: (key: string) => Excel.Worksheet,
  sheets: Map<string, Excel.Worksheet>,
  table: (name: string) => Excel.Table,
  tables: Map<string, Excel.Table>,
): void {
  switch (op.op) {
    case "unprotect":
      sheet(op.sheet).protection.unprotect();
      return;
    case "addSheet": {
      const ws = context.workbook.worksheets.add(op.name);
      if (op.first) ws.position = 0;
      sheets.set(op.sheet, ws);
      if (op.replaceKeyName) context.workbook.names.getItem(op.keyName).delete();
      context.workbook.names.add(op.keyName, ws.getRange("A1"));
      return;
    }
    case "addName":
      if (op.replace) context.workbook.names.getItem(op.name).delete();
      context.workbook.names.add(op.name, sheet(op.sheet).getRange(op.range));
      return;
    case "deleteName":
      context.workbook.names.getItem(op.name).delete();
      return;
    case "insertColumn":
      // No values: the column comes empty, and the write that follows fills its formulas and looks.
      // "If null or -1, the addition happens at the end" (TableColumnCollection.add, ExcelApi 1.4).
      table(op.table).columns.add(op.index ?? -1, undefined, op.name);
      return;
    case "renameColumn":
      table(op.table).columns.getItemAt(op.index).name = op.name;
      return;
    case "deleteColumn":
      table(op.table).columns.getItemAt(op.index).delete();
      return;
    case "copyColumn": {
      // Range.copyFrom(source, "Values") (ExcelApi 1.9), https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-copyfrom-member(1)
      const columns = table(op.table).columns;
      const to = columns.getItemAt(op.to).getDataBodyRange();
      to.copyFrom(columns.getItemAt(op.from).getDataBodyRange(), "Values" as Excel.RangeCopyType);
      // Only the user's input columns move: the cells stay typeable on a protected sheet not written now.
      to.format.protection.locked = false;
      return;
    }
    case "addTable": {
      const t = sheet(op.sheet).tables.add(op.range, true);
      t.name = op.table;
      t.style = op.style;
      t.showBandedRows = true;
      tables.set(op.table, t);
      return;
    }
    case "deleteRows":
      for (const i of op.indexes) table(op.table).rows.getItemAt(i).delete();
      return;
    case "insertRows":
      table(op.table).rows.add(op.index === null ? undefined : op.index, op.values);
      return;
    case "showTotals":
      table(op.table).showTotals = true;
      return;
    case "clear":
      sheet(op.sheet).getRange(op.range).clear("All");
      return;
    case "insertCells":
      sheet(op.sheet).getRange(op.range).insert("Down");
      return;
    case "unmerge":
      sheet(op.sheet).getRange(op.range).unmerge();
      return;
    case "hide": {
      const range = sheet(op.sheet).getRange(op.range);
      if (op.by === "columns") range.columnHidden = op.hidden;
      else range.rowHidden = op.hidden;
      return;
    }
    case "rowHeight":
      sheet(op.sheet).getRange(op.range).format.rowHeight = op.points;
      return;
    case "rowHeightAreas":
      // RangeAreas.format: "a RangeFormat object … for all ranges in the RangeAreas object" (ExcelApi 1.9),
      // https://learn.microsoft.com/javascript/api/excel/excel.rangeareas#excel-excel-rangeareas-format-member
      sheet(op.sheet).getRanges(op.ranges.join(",")).format.rowHeight = op.points;
      return;
    case "sheetFont":
      sheet(op.sheet).getRange().format.font.name = op.name;
      return;
    case "write":
      sheet(op.sheet).getRange(op.range).formulas = op.data;
      return;
    case "autoFill":
      sheet(op.sheet).getRange(op.from).autoFill(op.to, op.fill as Excel.AutoFillType);
      return;
    case "format": {
      const { numFmt, ...rest } = op.style;
      const range = sheet(op.sheet).getRange(op.range);
      if (numFmt !== undefined) range.numberFormat = numberFormatGrid(op.range, numFmt);
      applyStyle(range, rest);
      return;
    }
    case "formatAreas": {
      const ws = sheet(op.sheet);
      const { numFmt, ...rest } = op.style;
      if (numFmt !== undefined) for (const r of op.ranges) ws.getRange(r).numberFormat = numberFormatGrid(r, numFmt);
      applyStyle(ws.getRanges(op.ranges.join(",")), rest);
      return;
    }
    case "numberFormat":
      sheet(op.sheet).getRange(op.range).numberFormat = op.data;
      return;
    case "width":
      sheet(op.sheet).getRange(op.columns).format.columnWidth = op.points;
      return;
    case "freeze": {
      const panes = sheet(op.sheet).freezePanes;
      if (op.rows > 0 && op.cols > 0) panes.freezeAt(sheet(op.sheet).getRange(`A1:${colLetters(op.cols)}${op.rows}`));
      else if (op.rows > 0) panes.freezeRows(op.rows);
      else panes.freezeColumns(op.cols);
      return;
    }
    case "validation": {
      const dv = sheet(op.sheet).getRange(op.range).dataValidation;
      dv.clear();
      dv.rule = op.validation.rule as Excel.DataValidationRule;
      dv.ignoreBlanks = op.validation.ignoreBlanks;
      if (op.validation.errorAlert) dv.errorAlert = op.validation.errorAlert as Excel.DataValidationErrorAlert;
      if (op.validation.prompt) dv.prompt = op.validation.prompt as Excel.DataValidationPrompt;
      return;
    }
    case "conditionalFormats": {
      const range = sheet(op.sheet).getRange(op.range);
      range.conditionalFormats.clearAll();
      for (const f of op.formats) {
        const cf = range.conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
        cf.custom.rule.formula = f.formula;
        if (f.fill) cf.custom.format.fill.color = f.fill;
        if (f.fontColor) cf.custom.format.font.color = f.fontColor;
        if (f.bold) cf.custom.format.font.bold = true;
      }
      return;
    }
    case "merge":
      sheet(op.sheet).getRange(op.range).merge(false);
      return;
    case "page": {
      const ws = sheet(op.sheet);
      const layout = ws.pageLayout;
      layout.orientation = op.orientation as Excel.PageOrientation;
      layout.paperSize = "A4" as Excel.PaperType;
      // Both fit values, as PageLayoutZoomOptions documents them
      // (https://learn.microsoft.com/javascript/api/excel/excel.pagelayoutzoomoptions): one page wide,
      // and a number of pages tall the sheet never reaches, so the width is what sets the scale.
      if (op.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: op.fitTall };
      if (op.printTitleRows) layout.setPrintTitleRows(op.printTitleRows);
      if (op.rowBreaks.length) {
        ws.horizontalPageBreaks.removePageBreaks();
        for (const r of op.rowBreaks) ws.horizontalPageBreaks.add(`A${r + 1}`);
      }
      // Print area, margins, header and footer: PageLayout (ExcelApi 1.9),
      // https://learn.microsoft.com/javascript/api/excel/excel.pagelayout — the sections in Excel's codes
      // (&P page, &N pages), as HeaderFooter.leftHeader documents them.
      if (op.printArea) layout.setPrintArea(op.printArea);
      layout.leftMargin = op.margins.left;
      layout.rightMargin = op.margins.right;
      layout.topMargin = op.margins.top;
      layout.bottomMargin = op.margins.bottom;
      layout.headerMargin = op.margins.header;
      layout.footerMargin = op.margins.footer;
      const all = layout.headersFooters.defaultForAllPages;
      all.leftHeader = op.header.left;
      all.centerHeader = op.header.center;
      all.rightHeader = op.header.right;
      all.leftFooter = op.footer.left;
      all.centerFooter = op.footer.center;
      all.rightFooter = op.footer.right;
      return;
    }
    case "chart": {
      const ws = sheet(op.sheet);
      if (op.replace) ws.charts.getItem(op.name).delete();
      const chart = ws.charts.add("Line" as Excel.ChartType, ws.getRange(op.first), "Columns" as Excel.ChartSeriesBy);
      chart.name = op.name;
      chart.title.text = op.title;
      for (const s of op.more) chart.series.add(s.name).setValues(ws.getRange(s.values));
      chart.axes.categoryAxis.setCategoryNames(ws.getRange(op.categories));
      chart.setPosition(op.from, op.to);
      return;
    }
    case "protect":
      sheet(op.sheet).protection.protect(op.options);
      return;
  }
}

/** Excel.HorizontalAlignment (ExcelApi 1.1), https://learn.microsoft.com/javascript/api/excel/excel.horizontalalignment */
const HORIZONTAL = { left: "Left", center: "Center", right: "Right", centerAcross: "CenterAcrossSelection" } as const;

const BORDER_EDGE = { top: "EdgeTop", bottom: "EdgeBottom", left: "EdgeLeft", right: "EdgeRight" } as const;

/** A look without its number format (which ./execute.ts sets as a grid). */
function applyStyle(range: Excel.Range | Excel.RangeAreas, s: Omit<StyleDef, "numFmt">): void {
  const f = range.format;
  if (s.fill !== undefined) f.fill.color = officeColor(s.fill);
  if (s.fontColor !== undefined) f.font.color = officeColor(s.fontColor);
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.italic !== undefined) f.font.italic = s.italic;
  if (s.underline !== undefined) f.font.underline = (s.underline ? "Single" : "None") as Excel.RangeUnderlineStyle;
  if (s.size !== undefined) f.font.size = s.size;
  if (s.wrap !== undefined) f.wrapText = s.wrap;
  if (s.align !== undefined) f.horizontalAlignment = HORIZONTAL[s.align] as Excel.HorizontalAlignment;
  if (s.valign !== undefined) f.verticalAlignment = (s.valign === "top" ? "Top" : "Center") as Excel.VerticalAlignment;
  // RangeBorderCollection.getItem(edge): style and weight (ExcelApi 1.1); a dashed line is "Dash".
  // The look is every cell's: a line on both sides also runs between the range's cells (Inside…).
  const b = s.border ?? {};
  const lines: [Excel.BorderIndex | string, Borders[keyof Borders]][] = [
    ...(Object.entries(b) as [keyof typeof BORDER_EDGE, Borders[keyof Borders]][]).map(([side, line]) => [BORDER_EDGE[side], line] as [string, Borders[keyof Borders]]),
    ...(b.top && b.bottom ? [["InsideHorizontal", b.top] as [string, Borders[keyof Borders]]] : []),
    ...(b.left && b.right ? [["InsideVertical", b.left] as [string, Borders[keyof Borders]]] : []),
  ];
  for (const [index, line] of lines) {
    const edge = f.borders.getItem(index as Excel.BorderIndex);
    edge.style = (line === "dashed" ? "Dash" : "Continuous") as Excel.BorderLineStyle;
    edge.weight = (line === "medium" ? "Medium" : "Thin") as Excel.BorderWeight;
  }
  // Cells are locked by default; only the user's cells are unlocked (they matter on protected sheets).
  if (s.unlocked) f.protection.locked = false;
}

