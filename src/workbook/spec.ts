/**
 * The sheet spec: every sheet ShopSheet writes, described once as plain data. Two renderers read it
 * (src/xlsx with exceljs, src/office with Office.js), so everything here is JSON-serialisable — no
 * functions, no classes, no Date objects — and says *what* a sheet holds, never *how* a host API
 * writes it.
 *
 * Conventions that every renderer relies on:
 *
 * - Addresses are A1 strings on the sheet the spec belongs to ("B3", "A2:D9"); helpers are in
 *   ./address.ts.
 * - A formula is Excel's English (invariant) syntax WITHOUT the leading "=": comma argument
 *   separators, "." decimals, English function names — the form stored in an .xlsx `<f>` element
 *   and accepted by Office.js `range.formulas` once "=" is prepended. A formula starting with "=" is
 *   rejected, so a stray "=" cannot end up doubled.
 * - Structured references name tables by their (English, fixed) table name and columns by their
 *   column KEY, never by the visible header, so one formula serves every language:
 *   `[@base]*[@rate]` (this row, inside a table's column formula), `Roles[share]` (a data column),
 *   `Roles[[#Totals],[share]]`. Renderers rewrite them to what the file format stores,
 *   `Roles[[#This Row],[份额]]` — see ./formula.ts.
 * - Formulas use only functions Excel 2016+ and LibreOffice 7.4 both compute (no LET, XLOOKUP,
 *   FILTER, dynamic arrays).
 * - Data-validation and conditional-format formulas are A1 only: Excel refuses structured
 *   references there.
 * - A string value is ALWAYS written as text, in every renderer: never as a formula (formula
 *   injection: a staff name "=HYPERLINK(...)" or "+1" stays text) and never as a number ("00123"
 *   stays "00123"). Formulas come only from a `formula` field. That is why there is no `text: true`
 *   flag: safety is the default, not something a builder can forget to ask for.
 */
import type { IsoDate } from "../core/calendar";
import type { TableField } from "../core/config/tableFields";
import type { Target, ValidationRule, ValidationSpec } from "./validationSpec";

/** A date. ISO "YYYY-MM-DD" keeps the spec JSON; renderers write an Excel serial date. */
export interface DateValue {
  date: IsoDate;
}

/** A literal cell value. Strings are text, always (see above); numbers must be finite. */
export type CellValue = string | number | boolean | null | DateValue;

/** A colour as "RRGGBB" hex (no "#", no alpha); each renderer converts it. */
export type Color = string;

/** The named styles. Their look is data too: ./styles.ts. */
export type StyleName =
  | "title" // sheet title
  | "header" // a header or label cell outside a table
  | "label" // a row label next to a value
  | "input" // the user types here: visibly different, unlocked on protected sheets
  | "computed" // a formula result: never typed into
  | "money" // ¥#,##0.00
  | "percent" // 0.00%
  | "date" // yyyy-mm-dd
  | "month" // yyyy-mm (the first day of the month)
  | "integer" // #,##0
  | "text" // @: what is typed stays text (11-11 is not turned into a date)
  | "warning" // something is wrong (over-allocation, out of range)
  | "needsInput" // a value is missing and the user must supply it
  | "note" // grey explanatory text (regular: a synthetic Chinese italic is hard to read)
  | "wrap" // text wraps within the cell (or the merged range)
  | "center" // centred across the cell
  | "left" // aligned left (a figure beside its label)
  | "right" // aligned right (a unit over a column of figures)
  | "top" // at the top of a row taller than its text (a list whose rows differ in height reads evenly)
  | "across" // centred across this cell and the blank cells right of it that are "across" too: a caption over a group of columns, unmerged
  | "strong" // bold
  | "link" // a hyperlink's look: blue, underlined
  | "box" // a thin border all round (a slip's cells)
  | "cut" // a dashed line below: where a printed slip is cut off
  | "band" // a thin line above and below: a run of cells boxed as one (its ends add "boxLeft", "boxRight")
  | "boxLeft" // a thin line on the left
  | "boxRight"; // a thin line on the right

/** One style or several merged left to right, e.g. ["input", "money"]. */
export type StyleRef = StyleName | readonly StyleName[];

/** A cell border's line. */
export type BorderLine = "thin" | "medium" | "dashed";

/** The lines around a cell; a side left out has none. */
export interface Borders {
  top?: BorderLine;
  bottom?: BorderLine;
  left?: BorderLine;
  right?: BorderLine;
}

export interface StyleDef {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Font size in points. */
  size?: number;
  fontColor?: Color;
  /** Solid background fill. */
  fill?: Color;
  /** Excel number format code. */
  numFmt?: string;
  /** Unlocked on a protected sheet (input cells). Cells are locked by default, as in Excel. */
  unlocked?: boolean;
  wrap?: boolean;
  /**
   * "centerAcross": Excel's Center Across Selection — the text is centred over its cell and the blank
   * cells right of it that are aligned so too, as a merged cell centres it, without a merge (OOXML
   * `centerContinuous`, Office.js `CenterAcrossSelection`): a host writes one alignment for a whole
   * column of captions where merges would be one call per caption.
   */
  align?: "left" | "center" | "right" | "centerAcross";
  /** Vertical alignment; Excel's default is the bottom. */
  valign?: "top" | "center";
  border?: Borders;
}

// ---------------------------------------------------------------- cells

interface CellBase {
  /** A1 address on this sheet. */
  at: string;
  style?: StyleRef;
}

export interface ValueCell extends CellBase {
  /** null writes an empty (possibly styled) cell, e.g. an input box waiting for the user. */
  value: CellValue;
  /** An input cell that reads back into the config (./read): renderers ignore it. */
  reads?: CellReads;
  /**
   * The other texts ShopSheet itself writes in this text cell as the config changes (a role sheet's B3, the key
   * its lookups match against Roles[id]: the role's id in its other form). Found there, the cell is ShopSheet's,
   * not the user's, and is written again. Renderers ignore it.
   */
  alsoWritten?: readonly string[];
  /**
   * A key the sheet's formulas look up as typed (a role sheet's B3: MATCH ignores case, not spaces). A text there that
   * is ShopSheet's (value or alsoWritten) but for spaces at its ends is ShopSheet's, written again without them: kept
   * as the user's, it would look nothing up and mean nothing else. Renderers ignore it.
   */
  lookupKey?: true;
}

/**
 * Where an input cell's value goes in a config file: `path` under its sheet's section (a setting's
 * path under `settings`; a month's field on that month's payroll or Targets sheet). A blank one is
 * null where `nullable`, else missing. `name` is the defined name that marks the cell, if any.
 */
export interface CellReads {
  path: string;
  nullable?: boolean;
  name?: string;
  /** Formulas compare the text as typed: a space around it is refused on reading (TableField.matchedAsTyped). */
  matchedAsTyped?: boolean;
}

export interface FormulaCell extends CellBase {
  /** Without "=" (see the conventions above). */
  formula: string;
  /**
   * Cached result, written into the file only when given. Without one the file holds the formula
   * alone: Excel computes it on open (the xlsx renderer also sets fullCalcOnLoad) and LibreOffice
   * computes cells without a cached value even with its default "never recalculate" setting — but a
   * cached value, right or wrong, is what LibreOffice shows by default. Readers that do not
   * calculate (exceljs) see `undefined`. So give a result only when it is known to be right.
   */
  result?: CellValue;
}

export type CellSpec = ValueCell | FormulaCell;

// ---------------------------------------------------------------- tables

/** A totals-row cell: a built-in SUBTOTAL function, or any formula. */
export type TotalSpec = "sum" | "average" | "count" | "min" | "max" | { formula: string };

export interface TableColumnSpec {
  /** Stable English id, /^[A-Za-z][A-Za-z0-9_]*$/: used by formulas ([@key]) and by readers. */
  key: string;
  /**
   * Visible header text in the workbook's language. Unique in the table (case-insensitively, as in
   * Excel); none of [ ] # ' and no control characters (they would need escaping in structured
   * references).
   */
  header: string;
  /** A calculated column: the same formula on every row, usually with [@key] references. */
  formula?: string;
  /** The user types into this column: input look, unlocked on a protected sheet. */
  input?: boolean;
  /** Style of the data cells (the header keeps the table's look), e.g. "money". */
  style?: StyleRef;
  /** Column width in characters. */
  width?: number;
  /** Applied to the column's data cells. */
  validation?: ValidationRule;
  /** The totals-row cell of this column (not allowed on the first column, which holds the label). */
  total?: TotalSpec;
  /**
   * The user's field this input column holds (src/core/config/tableFields.ts): where its value goes
   * in a config file, how it is checked and what a blank means. The reader (./read) turns the table's
   * rows back into a config by it; renderers ignore it.
   */
  reads?: TableField;
}

/** One data row, by column key. Missing (or undefined) keys are empty cells; for a formula column
 *  the value, if any, is written as the formula's cached result (see FormulaCell.result). */
export type TableRow = Readonly<Record<string, CellValue | undefined>>;

export interface TableSpec {
  /** Excel table name: a fixed English identifier, unique in the workbook ("Roles", "Payroll_2026_11"). */
  name: string;
  /** Top-left cell: the first header cell. */
  at: string;
  columns: TableColumnSpec[];
  /** May be empty: renderers then write one blank row, because an Excel table always has one. */
  rows: TableRow[];
  /** Label in the first column of the totals row (give it in the workbook's language: the xlsx
   *  renderer falls back to exceljs's "Total"). A totals row exists when any column has a total. */
  totalsLabel?: string;
  /** Cached results of the totals row, by column key (see FormulaCell.result). */
  totalsResults?: TableRow;
  /** A table of the user's inputs that reads back into the config (./read): renderers ignore it. */
  reads?: TableReads;
}

/**
 * Where a table's rows go in a config file: the list at `list` under its sheet's section ("roles",
 * "taxTable" under settings, a month's "entries"), one row each, by its columns' `reads` fields.
 */
export interface TableReads {
  list: string;
  /** "typed": only rows with something typed in a field other than the row's identity (a month's
   *  entries: every person has a payroll row); default: every row that is not blank. */
  rows?: "typed";
  /** Rows are also found by their id in the engine's messages ("roles[shipping].share"). */
  locateBy?: "id";
}

// ---------------------------------------------------------------- conditional formats

export interface ConditionalFormatSpec {
  target: Target;
  /**
   * An Excel expression, true where the format applies, written for the target's TOP-LEFT cell with
   * relative references ("$E5>$F5" for a target starting in row 5). A1 only.
   */
  expression: string;
  /** Only the style's fill, font colour and bold are used. Rules apply in the order given. */
  style: StyleName;
}

// ---------------------------------------------------------------- page, protection, charts

/** A field the host fills in a page's header or footer. */
export type PageField = "page" | "pages" | "sheet";

/** One section of a header or footer: text and fields in order ("第 ", {field: "page"}, " 页"). */
export type PageText = readonly (string | { field: PageField })[];

/** A printed page's header or footer, by section. */
export interface HeaderFooter {
  left?: PageText;
  center?: PageText;
  right?: PageText;
}

export interface PageSpec {
  paper: "A4";
  orientation: "portrait" | "landscape";
  /** All columns on one page wide, as many pages tall as needed. */
  fitToWidth?: boolean;
  /** Rows repeated at the top of every printed page, e.g. [1, 2]. */
  printTitleRows?: [number, number];
  /** A page break after each of these rows (one salary slip per page). */
  rowBreaks?: number[];
  /**
   * What prints: whole columns ("A:R", every row the sheet has, however many are added later) or a
   * range; several, comma-separated ("A:H,J:L"), each print from a page of their own. Absent: the used range.
   */
  printArea?: string;
  header?: HeaderFooter;
  footer?: HeaderFooter;
  /** Narrow margins (1.8 cm left and right, 1.9 cm top and bottom, as Excel's "Narrow"), to give a
   *  wide table more of the page; default Excel's "Normal". */
  narrowMargins?: boolean;
}

/**
 * Columns grouped in an outline (one level), from `from` to `to` ("Z", "AQ"): collapsed, they are
 * hidden and a + above the sheet shows them. For the sheet's own workings, kept out of the way and
 * out of print.
 */
export interface ColumnGroup {
  from: string;
  to: string;
  collapsed: boolean;
}

/** Rows grouped in an outline (one level); collapsed, they are hidden. */
export interface RowGroup {
  from: number;
  to: number;
  collapsed: boolean;
}

/**
 * Present = the sheet is protected, without a password (protection here guards against slips, not
 * people). Only cells styled "input" (and input table columns) stay editable. Note that Excel does
 * not grow a table on a protected sheet: don't protect sheets whose tables the user extends.
 */
export interface ProtectionSpec {
  allowSort?: boolean;
  allowFilter?: boolean;
  allowFormatColumns?: boolean;
}

/**
 * A line chart over a table: one line per series column against the x column. Renderers that
 * cannot draw charts skip it (exceljs 4.4 writes no charts: the xlsx renderer ignores this).
 */
export interface ChartSpec {
  kind: "line";
  title: string;
  table: string;
  /** Column key of the categories (x axis). */
  x: string;
  /** Column keys, one line each, named by their headers. */
  series: string[];
  /** Anchor: top-left cell of the chart and its size in cells. */
  at: string;
  widthCols?: number;
  heightRows?: number;
}

// ---------------------------------------------------------------- sheets and workbook

export interface SheetSpec {
  /**
   * Stable English id, /^[a-z][a-z0-9-]*(:[a-z0-9-]+)*$/ — "settings", "roles", "payroll:2026-11".
   * Readers find a sheet by key whatever its visible name; the xlsx renderer records it as the
   * defined name sheetKeyName(key) pointing at A1 of the sheet (names follow sheet renames).
   */
  key: string;
  /** Visible tab name (any language): see validSheetName. */
  name: string;
  cells: CellSpec[];
  tables: TableSpec[];
  /** Column letter → width in characters, e.g. { A: 18 }. Table column widths override. */
  columnWidths?: Record<string, number>;
  /** Columns in an outline group, collapsed or not. */
  columnGroups?: ColumnGroup[];
  /** Rows in an outline group, from `from` to `to` (1-based): the sheet's workings kept out of the way. */
  rowGroups?: RowGroup[];
  /** Row number → height in points, for rows whose height a host does not work out itself (text
   *  wrapped across a merged range); other rows get their height from what they hold. */
  rowHeights?: Record<string, number>;
  /** Rows above / columns left of the split stay put. */
  freeze?: { rows: number; cols: number };
  validations?: ValidationSpec[];
  conditionalFormats?: ConditionalFormatSpec[];
  /** A1 ranges, e.g. "A1:F1"; never across a table. */
  merges?: string[];
  /**
   * Rows `top` … `top + height × count − 1` are `count` copies of their first `height` rows (a salary
   * slip per person): the same looks, and the same formulas moved down `height` rows a copy as copying
   * moves them — but for a few values (each slip's id). A host may write the first copy and fill it down;
   * it still finds which cells differ itself. Row heights and merges are listed for every copy as usual.
   */
  repeat?: { top: number; height: number; count: number };
  page?: PageSpec;
  protect?: ProtectionSpec;
  charts?: ChartSpec[];
}

/** A workbook-level name for one cell or range, e.g. PoolRate → '设置'!$B$3. */
export interface DefinedName {
  /** Identifier: letters, digits, "_" and "."; starts with a letter or "_"; not A1- or R1C1-like. */
  name: string;
  /** Key of the sheet it points into. */
  sheet: string;
  /** A1 cell or range on that sheet; renderers make it absolute. */
  range: string;
}

/**
 * The workbook's body font, everywhere a cell does not say otherwise: the theme's minor font and the
 * default cell font. A Chinese workbook uses 等线 (DengXian), as Office's Chinese templates do: Office's
 * theme names it the minor font of the Hans script, and a workbook saved by a Chinese Excel declares it
 * as the default cell font with charset 134 (GB2312).
 */
export interface WorkbookFont {
  name: string;
  /** Windows character set of the font (134: GB2312, for a Chinese font). */
  charset?: number;
  /** The theme's script of the font ("Hans": simplified Chinese). */
  script?: "Hans";
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  names: DefinedName[];
  /** Absent: Calibri, Excel's own. */
  font?: WorkbookFont;
}

// ---------------------------------------------------------------- type guards

export function isDateValue(v: CellValue | undefined): v is DateValue {
  return typeof v === "object" && v !== null && typeof (v as DateValue).date === "string";
}

export function isFormulaCell(c: CellSpec): c is FormulaCell {
  return "formula" in c;
}
