/**
 * The reference renderer: a WorkbookSpec to an exceljs Workbook / .xlsx, as the product wrote it
 * until issue 15 made the direct writer (src/xlsx/writer) the product's. Kept here, in the tests, as
 * an independent second writer: the direct writer's files must read back (test/xlsx/writer/
 * readback.test.ts) and recalculate in LibreOffice (libreoffice.test.ts) as this one's do. Thin and
 * dumb on purpose — every decision about what a sheet holds is in the spec; this file only knows
 * how exceljs spells it.
 *
 * What exceljs 4.4.0 can and cannot do, and what we do about it:
 * - Charts: it cannot write them at all. ChartSpec is ignored here (the Office.js renderer draws it).
 * - Table calculated columns: it writes each row's cell formula but not the column's
 *   calculatedColumnFormula, and cannot even read one back — patched in src/xlsx/exceljs-patch.ts.
 * - Formulas are spelt as the fast writer spells them (src/workbook/a1Formulas.ts): calculated columns
 *   and loose cells in A1 and hidden names over table columns, the totals row in structured references'
 *   stored form `T[[H]]` (see src/workbook/formula.ts for why and what LibreOffice 7.4 computes).
 *   exceljs writes only ranges as defined names (and drops others when reading): the hidden names are
 *   added to the model it writes (spellingNames below), without their hidden flag.
 * - Totals row: exceljs builds `SUBTOTAL(109,T[Header])`, invalid for headers with special
 *   characters; we overwrite the cell with `T[[Header]]`.
 * - Strings are shared strings, never formulas, whatever their first character: injection-safe.
 *   (exceljs cannot set the quotePrefix flag, so a user who edits such a cell and presses Enter
 *   turns it into a formula — that is the user's own keystroke.) Control characters other than
 *   tab/CR/LF are silently dropped by exceljs's XML encoder.
 * - Functions newer than the 2007 format need an "_xlfn." prefix in the file: src/xlsx/future.ts adds it.
 * - Conditional formats: expression rules yes, stopIfTrue no.
 * - Protection: without a password, as we want; it is set synchronously despite returning a Promise.
 */
import "../../../src/xlsx/exceljs-patch";
import * as ExcelJS from "exceljs";
import { absRef, colLetters, colNumber, rangeA1, type RangePos } from "../../../src/workbook/address";
import { A1Spelling } from "../../../src/workbook/a1Formulas";
import { listSourceFormula, resolveStructuredRefs, tableDirectory, type TableDirectory } from "../../../src/workbook/formula";
import type { CellValue, SheetSpec, StyleName, StyleRef, TableSpec, TotalSpec, WorkbookFont, WorkbookSpec } from "../../../src/workbook/spec";
import type { Target, ValidationRule } from "../../../src/workbook/validationSpec";
import { layoutVersionName, versionSheet } from "../../../src/workbook/layoutVersion";
import { isDateValue, isFormulaCell } from "../../../src/workbook/spec";
import { sheetKeyName } from "../../../src/workbook/sheetIdentity";
import { NUM_FMT, resolveStyle, STYLES, TABLE_HEADER } from "../../../src/workbook/styles";
import { columnOutline, headerFooterCode, pageMargins, printAreaList, printAreaParts, rowOutline } from "../../../src/workbook/print";
import { themeXml } from "../../../src/xlsx/writer/theme";
import { withDefaultFont } from "./exceljsFont";
import { tableBounds, validateWorkbook } from "../../../src/workbook/validate";
import { withXlfnPrefixes } from "../../../src/xlsx/future";
import { cellStyle, conditionalStyle } from "./exceljsStyle";

interface Ctx {
  /** The workbook's body font (Calibri unless the spec names one). */
  font: WorkbookFont;
  tables: TableDirectory;
  /** Table name → where it lies, for list sources that point at another sheet's table. */
  places: Map<string, { sheetName: string; table: TableSpec }>;
  spelling: A1Spelling;
}

export function renderWorkbook(spec: WorkbookSpec): ExcelJS.Workbook {
  validateWorkbook(spec);
  const tables = tableDirectory(spec);
  const places = new Map<string, { sheetName: string; table: TableSpec }>();
  for (const s of spec.sheets) for (const t of s.tables) places.set(t.name, { sheetName: s.name, table: t });
  const at = new Map([...places].map(([name, p]) => [name, { left: tableBounds(p.table).range.left, firstDataRow: tableBounds(p.table).firstDataRow }]));
  const ctx: Ctx = { font: spec.font ?? { name: "Calibri" }, tables, places, spelling: new A1Spelling(tables, at, withXlfnPrefixes) };

  const wb = new ExcelJS.Workbook();
  // The theme with the workbook's font (exceljs writes a theme it was given instead of its own), and
  // the default cell font (./exceljsFont.ts).
  if (spec.font) (wb as unknown as { _themes: Record<string, string> })._themes = { theme1: themeXml(spec.font) };
  withDefaultFont.set(wb, spec.font);
  // Excel recomputes every formula on open, so a missing or stale cached result never shows there.
  // (LibreOffice ignores this flag: see FormulaCell.result.)
  wb.calcProperties.fullCalcOnLoad = true;

  for (const s of spec.sheets) renderSheet(wb.addWorksheet(s.name), s, ctx);

  const sheetName = new Map(spec.sheets.map((s) => [s.key, s.name]));
  for (const n of spec.names) wb.definedNames.add(absRef(sheetName.get(n.sheet)!, n.range), n.name);
  for (const s of spec.sheets) wb.definedNames.add(absRef(s.name, "A1"), sheetKeyName(s.key));
  // The layout version, for the add-in to upgrade a workbook an older ShopSheet made.
  const versionAt = versionSheet(spec.sheets);
  if (versionAt) wb.definedNames.add(absRef(versionAt.name, "A1"), layoutVersionName());
  spellingNames(wb, ctx.spelling);
  return wb;
}

/** The hidden names the formulas use, after exceljs's own (which are ranges only). */
function spellingNames(wb: ExcelJS.Workbook, spelling: A1Spelling): void {
  const names = wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] };
  const own = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(names), "model")!;
  Object.defineProperty(names, "model", {
    get: () => [...(own.get!.call(names) as { name: string; ranges: string[] }[]), ...spelling.names().map(([name, ref]) => ({ name, ranges: [ref] }))],
    set: (v) => own.set!.call(names, v),
  });
}

export async function toBuffer(spec: WorkbookSpec): Promise<Buffer> {
  return Buffer.from(await renderWorkbook(spec).xlsx.writeBuffer());
}

export async function writeXlsx(spec: WorkbookSpec, path: string): Promise<void> {
  await renderWorkbook(spec).xlsx.writeFile(path);
}

/** A totals-row formula as the file stores it: structured references in their stored form, post-2007
 *  functions with their _xlfn. prefix. `here` is its table. */
function storedFormula(f: string, ctx: Ctx, here: string): string {
  return withXlfnPrefixes(resolveStructuredRefs(f, ctx.tables, here));
}

// ---------------------------------------------------------------- sheets

function renderSheet(ws: ExcelJS.Worksheet, s: SheetSpec, ctx: Ctx): void {
  if (s.freeze && (s.freeze.rows > 0 || s.freeze.cols > 0)) {
    ws.views = [{ state: "frozen", xSplit: s.freeze.cols, ySplit: s.freeze.rows }];
  }
  for (const [letters, width] of Object.entries(s.columnWidths ?? {})) ws.getColumn(colNumber(letters)).width = width;
  // Grouped columns: exceljs marks every column of a collapsed group "collapsed" (Excel marks the one
  // after it); Excel and LibreOffice show the group folded either way.
  for (const [col, o] of columnOutline(s.columnGroups)) {
    if (!("level" in o)) continue;
    const c = ws.getColumn(col);
    c.outlineLevel = 1;
    if (o.hidden) c.hidden = true;
  }
  if (s.columnGroups?.length) ws.properties.outlineLevelCol = 1;
  for (const [row, o] of rowOutline(s.rowGroups)) {
    if (!("level" in o)) continue;
    const r = ws.getRow(row);
    r.outlineLevel = 1;
    if (o.hidden) r.hidden = true;
  }
  if (s.rowGroups?.length) ws.properties.outlineLevelRow = 1;
  for (const [row, height] of Object.entries(s.rowHeights ?? {})) ws.getRow(Number(row)).height = height;

  for (const c of s.cells) {
    const cell = ws.getCell(c.at);
    if (isFormulaCell(c)) {
      cell.value = formulaValue(ctx.spelling.cellFormula(c.formula), c.result);
      cell.style = styleFor(c.style, c.result, ctx.font);
    } else {
      cell.value = excelValue(c.value);
      cell.style = styleFor(c.style, c.value, ctx.font);
    }
  }

  for (const t of s.tables) renderTable(ws, t, ctx);

  for (const v of s.validations ?? []) addValidation(ws, rangeOf(s, v.target), v.rule, ctx);

  let priority = 1;
  for (const cf of s.conditionalFormats ?? []) {
    ws.addConditionalFormatting({
      ref: rangeOf(s, cf.target),
      rules: [{ type: "expression", formulae: [withXlfnPrefixes(cf.expression)], style: conditionalStyle(STYLES[cf.style]), priority: priority++ }],
    });
  }

  for (const m of s.merges ?? []) ws.mergeCells(m);

  if (s.page) {
    const p = s.page;
    // exceljs writes the Print_Titles name as '<sheet name>'!$1:$2 without doubling a ' inside it.
    if (p.printTitleRows && s.name.includes("'")) throw new Error(`sheet "${s.name}": print titles need a sheet name without ' (exceljs cannot quote it)`);
    if (p.printArea && s.name.includes("'")) throw new Error(`sheet "${s.name}": a print area needs a sheet name without ' (exceljs cannot quote it)`);
    const areas = p.printArea === undefined ? [] : printAreaList(p.printArea).map(printAreaParts);
    ws.pageSetup = {
      paperSize: 9, // A4
      orientation: p.orientation,
      margins: pageMargins(p),
      ...(p.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
      ...(p.printTitleRows ? { printTitlesRow: `${p.printTitleRows[0]}:${p.printTitleRows[1]}` } : {}),
      // exceljs writes "A:R" as '<sheet>'!$A:$R, and a range "A1:R9" as '<sheet>'!$A1:$R9; several areas joined by "&&".
      ...(areas.length > 0 ? { printArea: areas.map((area) => (area.columns ? `${colLetters(area.left)}:${colLetters(area.right)}` : area.range)).join("&&") } : {}),
    };
    const header = headerFooterCode(p.header);
    const footer = headerFooterCode(p.footer);
    if (header) ws.headerFooter.oddHeader = header;
    if (footer) ws.headerFooter.oddFooter = footer;
    for (const r of p.rowBreaks ?? []) ws.getRow(r).addPageBreak();
  }

  if (s.protect) {
    const p = s.protect;
    // exceljs's protect() fills the model synchronously inside its Promise executor; no password
    // means no hash, which is what "protected against slips" wants.
    void ws.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: !!p.allowFormatColumns,
      sort: !!p.allowSort,
      autoFilter: !!p.allowFilter,
    });
  }
  // s.charts: exceljs 4.4 cannot write charts; the Office.js renderer draws them.
}

// ---------------------------------------------------------------- tables

function renderTable(ws: ExcelJS.Worksheet, t: TableSpec, ctx: Ctx): void {
  const b = tableBounds(t);
  const left = b.range.left;
  const formulas = t.columns.map((c) => (c.formula === undefined ? undefined : ctx.spelling.columnParts(c.formula, t.name)));
  const rows = t.rows.length ? t.rows : [{}]; // an Excel table always has at least one data row

  ws.addTable({
    name: t.name,
    displayName: t.name,
    ref: t.at,
    headerRow: true,
    totalsRow: b.totalsRow !== null,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: t.columns.map((c, i) => {
      const col: ExcelJS.TableColumnProperties & { calculatedColumnFormula?: string } = { name: c.header, filterButton: true };
      if (formulas[i] !== undefined) col.calculatedColumnFormula = formulas[i]!.join(String(b.firstDataRow));
      if (i === 0 && t.totalsLabel !== undefined) col.totalsRowLabel = t.totalsLabel;
      if (c.total !== undefined) {
        col.totalsRowFunction = typeof c.total === "string" ? c.total : "custom";
        if (typeof c.total !== "string") col.totalsRowFormula = storedFormula(c.total.formula, ctx, t.name);
      }
      return col;
    }),
    rows: rows.map((r, k) =>
      t.columns.map((c, i) => {
        const f = formulas[i];
        return f !== undefined ? formulaValue(f.join(String(b.firstDataRow + k)), r[c.key]) : excelValue(r[c.key] ?? null);
      }),
    ),
  });

  t.columns.forEach((c, i) => {
    const col = left + i;
    if (c.width !== undefined) ws.getColumn(col).width = c.width;
    ws.getCell(b.headerRow, col).style = cellStyle(TABLE_HEADER, ctx.font);
    const base: StyleName[] = c.input ? ["input"] : formulas[i] !== undefined ? ["computed"] : [];
    const ref = [...base, ...asList(c.style)];
    rows.forEach((r, k) => {
      ws.getCell(b.firstDataRow + k, col).style = styleFor(ref, r[c.key], ctx.font);
    });
    if (b.totalsRow !== null) {
      const cell = ws.getCell(b.totalsRow, col);
      if (c.total !== undefined) cell.value = formulaValue(totalFormula(t, c.header, c.total, ctx), t.totalsResults?.[c.key]);
      cell.style = cellStyle({ ...resolveStyle(c.style), bold: true }, ctx.font);
    }
    if (c.validation) addValidation(ws, rangeA1({ top: b.firstDataRow, bottom: b.lastDataRow, left: col, right: col }), c.validation, ctx);
  });
}

const SUBTOTAL: Record<Exclude<TotalSpec, { formula: string }>, number> = { average: 101, count: 103, max: 104, min: 105, sum: 109 };

/** Our own totals formula: exceljs's `SUBTOTAL(109,T[Header])` breaks on headers with special characters. */
function totalFormula(t: TableSpec, header: string, total: TotalSpec, ctx: Ctx): string {
  if (typeof total !== "string") return storedFormula(total.formula, ctx, t.name);
  return `SUBTOTAL(${SUBTOTAL[total]},${t.name}[[${header}]])`;
}

// ---------------------------------------------------------------- validation

function addValidation(ws: ExcelJS.Worksheet, range: string, r: ValidationRule, ctx: Ctx): void {
  const common = {
    allowBlank: r.allowBlank ?? true,
    showErrorMessage: true,
    errorStyle: "stop",
    ...(r.error !== undefined ? { error: r.error } : {}),
    ...(r.errorTitle !== undefined ? { errorTitle: r.errorTitle } : {}),
    ...(r.prompt !== undefined ? { prompt: r.prompt, showInputMessage: true } : {}),
    ...(r.promptTitle !== undefined ? { promptTitle: r.promptTitle } : {}),
  };
  // A whole range at once (exceljs's typings only show per-cell `cell.dataValidation`, but the
  // worksheet's collection takes "A2:A9" and writes one <dataValidation> for it).
  (ws as unknown as WithValidations).dataValidations.add(range, { ...common, ...validationBody(r, ctx) });
}

interface WithValidations {
  dataValidations: { add(range: string, v: ExcelJS.DataValidation): void };
}

function validationBody(r: ValidationRule, ctx: Ctx): Pick<ExcelJS.DataValidation, "type" | "operator" | "formulae"> {
  switch (r.kind) {
    case "list":
      return { type: "list", formulae: [`"${r.values.join(",")}"`] };
    case "listFrom": {
      if ("name" in r.source) return { type: "list", formulae: [r.source.name] };
      return { type: "list", formulae: [listSourceFormula(r.source.table, r.source.column, ctx.tables)] };
    }
    case "decimal":
    case "whole":
      return { type: r.kind, ...bounds(r.min, r.max) };
    case "date":
      // exceljs turns each date formula into a serial via new Date(): ISO dates are read as UTC.
      return { type: "date", ...bounds(r.min, r.max) };
    case "textLength":
      return { type: "textLength", operator: "lessThanOrEqual", formulae: [r.max] };
    case "custom":
      return { type: "custom", formulae: [withXlfnPrefixes(r.formula)] };
  }
}

function bounds<T>(min: T | undefined, max: T | undefined): Pick<ExcelJS.DataValidation, "operator" | "formulae"> {
  if (min !== undefined && max !== undefined) return { operator: "between", formulae: [min, max] };
  if (min !== undefined) return { operator: "greaterThanOrEqual", formulae: [min] };
  if (max !== undefined) return { operator: "lessThanOrEqual", formulae: [max] };
  return { operator: "between", formulae: [-1e307, 1e307] }; // any number, but a number
}

// ---------------------------------------------------------------- values and ranges

/** A spec value as an exceljs value. A string stays a string: exceljs writes it as a shared
 *  string, never a formula, whatever it starts with. Dates become UTC midnight (exceljs's serial
 *  conversion is UTC-based). */
function excelValue(v: CellValue): ExcelJS.CellValue {
  if (isDateValue(v)) {
    const [y, m, d] = v.date.split("-").map(Number) as [number, number, number];
    return new Date(Date.UTC(y, m - 1, d));
  }
  return v;
}

function formulaValue(formula: string, result: CellValue | undefined): ExcelJS.CellValue {
  if (result === undefined || result === null) return { formula } as ExcelJS.CellFormulaValue;
  return { formula, result: excelValue(result) } as ExcelJS.CellFormulaValue;
}

/** The cell style for a ref; a date without a date format would show as a serial number. */
function styleFor(ref: StyleRef | undefined, v: CellValue | undefined, font: WorkbookFont): Partial<ExcelJS.Style> {
  const def = resolveStyle(ref);
  if (isDateValue(v ?? null) && !def.numFmt) def.numFmt = NUM_FMT.date;
  return cellStyle(def, font);
}

function asList(ref: StyleRef | undefined): StyleName[] {
  return ref === undefined ? [] : typeof ref === "string" ? [ref] : [...ref];
}

function columnRange(t: TableSpec, key: string | undefined): string {
  const b = tableBounds(t);
  const r: RangePos = { top: b.firstDataRow, bottom: b.lastDataRow, left: b.range.left, right: b.range.right };
  if (key !== undefined) r.left = r.right = b.range.left + t.columns.findIndex((c) => c.key === key);
  return rangeA1(r);
}

function rangeOf(s: SheetSpec, target: Target): string {
  if (typeof target === "string") return target;
  return columnRange(s.tables.find((t) => t.name === target.table)!, target.column);
}
