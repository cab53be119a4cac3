/**
 * The plan for what a sheet looks like beyond its cells: widths, frozen panes, data validation,
 * conditional formats, merges, page setup, the chart, and protection (last, once everything is
 * written). Each is skipped with a note where the running Excel lacks its API.
 */
import { a1, colLetters, parseA1, rangeA1 } from "../../workbook/address";
import { listSourceFormula, type TableDirectory } from "../../workbook/formula";
import { pageMargins, printAreaAddress, sectionCode } from "../../workbook/print";
import type { ChartSpec, HeaderFooter, PageText, SheetSpec, TableSpec } from "../../workbook/spec";
import type { Target, ValidationRule } from "../../workbook/validationSpec";
import { STYLES } from "../../workbook/styles";
import { isoToSerial, officeColor, toOfficeFormula, widthToPoints } from "./cells";
import type { Features } from "./features";
import type { LiveSheet } from "./liveModel";
import { AREAS_PER_CALL, type OfficeConditionalFormat, type OfficeValidation, type Op } from "./ops";
import type { Geometry } from "./planTables";
import type { MessageCode } from "../../data/messages";

/** Rows of a printed A4 landscape page at 100% are about 35 (15 pt rows in 525 pt); count 20, so the
 *  pages-tall limit set with "one page wide" is never the one that shrinks the print. */
const ROWS_PER_PAGE = 20;

/** Pages tall to allow when fitting a sheet to one page wide: more than it will ever need. */
function pagesTall(s: SheetSpec, geometry: ReadonlyMap<string, Geometry>): number {
  let bottom = 1;
  for (const c of s.cells) bottom = Math.max(bottom, parseA1(c.at).row);
  for (const t of s.tables) {
    const g = geometry.get(t.name);
    if (g) bottom = Math.max(bottom, g.totalsRow ?? g.lastData);
  }
  return Math.ceil(bottom / ROWS_PER_PAGE) + 1;
}

export function sheetLooks(
  s: SheetSpec,
  geometry: ReadonlyMap<string, Geometry>,
  tables: ReadonlyMap<string, TableSpec>,
  f: Features,
  looks: Op[],
  last: Op[],
  note: (code: MessageCode, params?: Record<string, string>) => void,
  live: LiveSheet | undefined,
): void {
  const key = s.key;
  // Widths: the sheet's, then table columns' (which win, as in the xlsx renderer).
  const widths = new Map<number, number>();
  for (const [letters, w] of Object.entries(s.columnWidths ?? {})) widths.set(parseA1(`${letters}1`).col, w);
  for (const t of s.tables) {
    const g = geometry.get(t.name)!;
    t.columns.forEach((c, i) => c.width !== undefined && widths.set(g.left + i, c.width));
  }
  for (const [col, w] of [...widths].sort((a, b) => a[0] - b[0])) looks.push({ op: "width", sheet: key, columns: `${colLetters(col)}:${colLetters(col)}`, points: widthToPoints(w) });

  if (s.freeze && (s.freeze.rows > 0 || s.freeze.cols > 0)) {
    if (f.freezePanes) looks.push({ op: "freeze", sheet: key, rows: s.freeze.rows, cols: s.freeze.cols });
    else note("office.note.noFreeze");
  }

  const targetRange = (target: Target): string => {
    if (typeof target === "string") return target;
    const g = geometry.get(target.table)!;
    const t = s.tables.find((x) => x.name === target.table)!;
    const i = target.column === undefined ? -1 : t.columns.findIndex((c) => c.key === target.column);
    const left = i < 0 ? g.left : g.left + i;
    const right = i < 0 ? g.right : g.left + i;
    return rangeA1({ top: g.firstData, bottom: g.lastData, left, right });
  };

  const validations: { range: string; rule: ValidationRule }[] = [
    ...(s.validations ?? []).map((v) => ({ range: targetRange(v.target), rule: v.rule })),
    ...s.tables.flatMap((t) => t.columns.flatMap((c) => (c.validation ? [{ range: targetRange({ table: t.name, column: c.key }), rule: c.validation }] : []))),
  ];
  if (validations.length) {
    if (f.dataValidation) for (const v of validations) looks.push({ op: "validation", sheet: key, range: v.range, validation: officeValidation(v.rule, geometry, tables) });
    else note("office.note.noValidation");
  }

  if (s.conditionalFormats?.length) {
    if (f.conditionalFormats) {
      const byRange = new Map<string, OfficeConditionalFormat[]>();
      for (const cf of s.conditionalFormats) {
        const r = targetRange(cf.target);
        const look = STYLES[cf.style];
        const format: OfficeConditionalFormat = { formula: toOfficeFormula(cf.expression) };
        if (look.fill) format.fill = officeColor(look.fill);
        if (look.fontColor) format.fontColor = officeColor(look.fontColor);
        if (look.bold) format.bold = true;
        byRange.set(r, [...(byRange.get(r) ?? []), format]);
      }
      for (const [r, formats] of byRange) looks.push({ op: "conditionalFormats", sheet: key, range: r, formats });
    } else note("office.note.noConditionalFormats");
  }

  for (const m of s.merges ?? []) looks.push({ op: "merge", sheet: key, range: m });

  // Row heights (for text wrapped across merged cells), runs of rows alike as one call — and, where
  // RangeAreas are (ExcelApi 1.9), the runs of one height as one call: the slips' three heights a strip
  // are three calls a hundred strips rather than one a row.
  const byHeight = new Map<number, string[]>();
  for (const [from, to, points] of heightRuns(s.rowHeights)) byHeight.set(points, [...(byHeight.get(points) ?? []), `${from}:${to}`]);
  for (const [points, ranges] of byHeight) {
    if (f.rangeAreas && ranges.length > 1) {
      for (let i = 0; i < ranges.length; i += AREAS_PER_CALL) looks.push({ op: "rowHeightAreas", sheet: key, ranges: ranges.slice(i, i + AREAS_PER_CALL), points });
    } else for (const range of ranges) looks.push({ op: "rowHeight", sheet: key, range, points });
  }

  // Grouped columns and rows: hidden where folded. Office.js has Range.group (ExcelApi 1.10,
  // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-group) but no way to read
  // a range's outline level, and grouping columns already grouped nests them a level deeper on every
  // run (up to Excel's eight levels); so the add-in hides them (Range.columnHidden / rowHidden, ExcelApi
  // 1.2), which Excel's Unhide undoes. The .xlsx writers write the outline itself.
  for (const g of s.columnGroups ?? []) looks.push({ op: "hide", sheet: key, range: `${g.from}:${g.to}`, by: "columns", hidden: g.collapsed });
  for (const g of s.rowGroups ?? []) looks.push({ op: "hide", sheet: key, range: `${g.from}:${g.to}`, by: "rows", hidden: g.collapsed });

  if (s.page) {
    if (f.pageLayout) {
      const p = s.page;
      const m = pageMargins(p);
      const inPoints = (inches: number) => Math.round(inches * 72 * 100) / 100;
      const sections = (h: HeaderFooter | undefined) => ({ left: sectionOf(h?.left), center: sectionOf(h?.center), right: sectionOf(h?.right) });
      looks.push({
        op: "page",
        sheet: key,
        orientation: p.orientation === "landscape" ? "Landscape" : "Portrait",
        fitToWidth: !!p.fitToWidth,
        fitTall: pagesTall(s, geometry),
        printTitleRows: p.printTitleRows ? `$${p.printTitleRows[0]}:$${p.printTitleRows[1]}` : null,
        rowBreaks: p.rowBreaks ?? [],
        printArea: p.printArea === undefined ? null : printAreaAddress(p.printArea),
        margins: { left: inPoints(m.left), right: inPoints(m.right), top: inPoints(m.top), bottom: inPoints(m.bottom), header: inPoints(m.header), footer: inPoints(m.footer) },
        header: sections(p.header),
        footer: sections(p.footer),
      });
    } else note("office.note.noPageLayout");
  }

  (s.charts ?? []).forEach((chart, i) => {
    if (!f.charts) return note("office.note.noChart");
    looks.push(chartOp(s, chart, i, geometry.get(chart.table)!, live));
  });

  if (s.protect) {
    const p = s.protect;
    last.push({ op: "protect", sheet: key, options: { allowFormatColumns: !!p.allowFormatColumns, allowSort: !!p.allowSort, allowAutoFilter: !!p.allowFilter } });
  } else if (live?.protected) {
    // The user's own protection of one of our sheets: put it back as it was.
    last.push({ op: "protect", sheet: key, options: live.protectionOptions ?? {} });
  }
}

/** A section of a header or footer in Excel's codes; "" for none. */
const sectionOf = (text: PageText | undefined) => (text && text.length ? sectionCode(text) : "");

/** Consecutive rows of one height, as [first, last, points]. */
function heightRuns(heights: Readonly<Record<string, number>> | undefined): [number, number, number][] {
  const rows = Object.entries(heights ?? {})
    .map(([r, h]) => [Number(r), h] as const)
    .sort((a, b) => a[0] - b[0]);
  const out: [number, number, number][] = [];
  for (const [r, h] of rows) {
    const last = out[out.length - 1];
    if (last && last[1] === r - 1 && last[2] === h) last[1] = r;
    else out.push([r, r, h]);
  }
  return out;
}

export function chartName(table: string, index: number): string {
  return `ShopSheet ${table} ${index + 1}`;
}

function chartOp(s: SheetSpec, chart: ChartSpec, index: number, g: Geometry, live: LiveSheet | undefined): Op {
  const t = s.tables.find((x) => x.name === chart.table)!;
  const col = (k: string) => colLetters(g.left + t.columns.findIndex((c) => c.key === k));
  const header = (k: string) => t.columns.find((c) => c.key === k)!.header;
  const [first, ...more] = chart.series;
  const at = parseA1(chart.at);
  const name = chartName(chart.table, index);
  return {
    op: "chart",
    sheet: s.key,
    name,
    title: chart.title,
    replace: !!live?.charts.includes(name),
    first: `${col(first!)}${g.top}:${col(first!)}${g.lastData}`,
    more: more.map((k) => ({ name: header(k), values: `${col(k)}${g.firstData}:${col(k)}${g.lastData}` })),
    categories: `${col(chart.x)}${g.firstData}:${col(chart.x)}${g.lastData}`,
    from: chart.at,
    to: a1(at.row + (chart.heightRows ?? 15) - 1, at.col + (chart.widthCols ?? 8) - 1),
  };
}

/** The headers of `tables` by key, for a formula naming a table column. */
function directory(tables: ReadonlyMap<string, TableSpec>): TableDirectory {
  return new Map([...tables].map(([name, t]) => [name, { headers: new Map(t.columns.map((c) => [c.key, c.header])) }]));
}

function officeValidation(r: ValidationRule, geometry: ReadonlyMap<string, Geometry>, tables: ReadonlyMap<string, TableSpec>): OfficeValidation {
  const v: OfficeValidation = { rule: validationRule(r, geometry, tables), ignoreBlanks: r.allowBlank ?? true };
  if (r.error !== undefined || r.errorTitle !== undefined) {
    v.errorAlert = { showAlert: true, style: "Stop", ...(r.error !== undefined ? { message: r.error } : {}), ...(r.errorTitle !== undefined ? { title: r.errorTitle } : {}) };
  }
  if (r.prompt !== undefined) v.prompt = { showPrompt: true, message: r.prompt, ...(r.promptTitle !== undefined ? { title: r.promptTitle } : {}) };
  return v;
}

function bound(min: number | string | undefined, max: number | string | undefined): Record<string, unknown> {
  if (min !== undefined && max !== undefined) return { formula1: min, formula2: max, operator: "Between" };
  if (min !== undefined) return { formula1: min, operator: "GreaterThanOrEqualTo" };
  if (max !== undefined) return { formula1: max, operator: "LessThanOrEqualTo" };
  return { formula1: -1e307, formula2: 1e307, operator: "Between" };
}

function validationRule(r: ValidationRule, geometry: ReadonlyMap<string, Geometry>, tables: ReadonlyMap<string, TableSpec>): Record<string, unknown> {
  switch (r.kind) {
    case "list":
      return { list: { inCellDropDown: true, source: r.values.join(",") } };
    case "listFrom": {
      if ("name" in r.source) return { list: { inCellDropDown: true, source: `=${r.source.name}` } };
      // As the file writers do (listSourceFormula): the column by its name, so the list grows with the table.
      return { list: { inCellDropDown: true, source: `=${listSourceFormula(r.source.table, r.source.column, directory(tables))}` } };
    }
    case "decimal":
      return { decimal: bound(r.min, r.max) };
    case "whole":
      return { wholeNumber: bound(r.min, r.max) };
    case "date":
      return { date: bound(r.min === undefined ? undefined : String(isoToSerial(r.min)), r.max === undefined ? undefined : String(isoToSerial(r.max))) };
    case "textLength":
      return { textLength: { formula1: r.max, operator: "LessThanOrEqualTo" } };
    case "custom":
      return { custom: { formula: toOfficeFormula(r.formula) } };
  }
}
