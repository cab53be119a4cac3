/**
 * An .xlsx workbook ShopSheet wrote (and the user edited, in Excel, WPS or LibreOffice) as a grid the
 * host-neutral reader takes (src/workbook/read): its sheets found by the defined names that mark them,
 * its tables by name, each column by its header in the workbook's language (today's or an older
 * layout's: columns the user added or moved are found where they are), each named setting where its
 * name points. `shopsheet read` turns it into a config file.
 */
import "./exceljs-patch";
import * as ExcelJS from "exceljs";
import type { Lang } from "../data/lang";
import { a1, parseA1, parseRange } from "../workbook/address";
import { acceptedHeaders, insertsFrom, LAYOUT_VERSION, UNVERSIONED } from "../workbook/layoutUpgrades";
import { layoutVersionOf } from "../workbook/layoutVersion";
import { TABLE } from "../workbook/names";
import type { CellLocation, GridTable, ReadProblem, WorkbookGrid } from "../workbook/read";
import type { TableSpec } from "../workbook/spec";
import { sheetKeyFromName } from "../workbook/sheetIdentity";
import { tableTemplate } from "../workbook/templates";
import { plainValue } from "./readGrid";

export interface WorkbookFile {
  grid: WorkbookGrid;
  /** The language of the workbook's headers. */
  lang: Lang;
  /** Keys of ShopSheet's sheets in it ("settings", "payroll:2026-11" …). */
  keys: string[];
  /** Columns of ours it lacks (a deleted column): their values cannot be read. */
  problems: ReadProblem[];
}

interface LiveTable {
  name: string;
  sheet: ExcelJS.Worksheet;
  top: number;
  left: number;
  bottom: number;
  headers: string[];
  totals: boolean;
}

/** Whether exceljs read a formula (its own, or one shared with the cell above). */
function isFormulaValue(v: ExcelJS.CellValue): boolean {
  return typeof v === "object" && v !== null && !(v instanceof Date) && ("formula" in v || "sharedFormula" in v);
}

/** "'设置'!$B$5" → the sheet and the plain A1 address. */
function splitRef(ref: string): { sheet: string; address: string } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(ref);
  if (!m) return null;
  return { sheet: (m[1] ?? m[2]!).replace(/''/g, "'"), address: m[3]!.replace(/\$/g, "") };
}

function liveTables(wb: ExcelJS.Workbook): Map<string, LiveTable> {
  const out = new Map<string, LiveTable>();
  for (const ws of wb.worksheets) {
    for (const t of Object.values((ws as unknown as { tables: Record<string, { table: Record<string, unknown> }> }).tables ?? {})) {
      const model = t.table as { name: string; tableRef?: string; ref?: string; totalsRow?: boolean; columns?: { name: string }[] };
      const ref = model.tableRef ?? model.ref;
      if (!ref) continue;
      const r = parseRange(ref);
      out.set(model.name.toLowerCase(), { name: model.name, sheet: ws, top: r.top, left: r.left, bottom: r.bottom, headers: (model.columns ?? []).map((c) => String(c.name)), totals: model.totalsRow === true });
    }
  }
  return out;
}

/** The language whose headers the workbook's Roles, Staff and tax table have (most of them). */
function headerLang(tables: Map<string, LiveTable>, version: number): Lang {
  const score = (lang: Lang) =>
    [TABLE.roles, TABLE.staff, TABLE.taxTable].reduce((n, name) => {
      const lt = tables.get(name.toLowerCase());
      const t = tableTemplate(name, lang);
      return n + (lt && t ? t.columns.filter((c) => acceptedHeaders(name, c.key, c.header, version, lang).some((h) => lt.headers.includes(h))).length : 0);
    }, 0);
  return score("en-US") > score("zh-CN") ? "en-US" : "zh-CN";
}

export async function readWorkbookFile(bytes: Uint8Array): Promise<WorkbookFile> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  const names = new Map<string, { sheet: string; address: string }>();
  const sheetOfKey = new Map<string, string>();
  let version: number | null = null;
  for (const n of (wb.definedNames.model ?? []) as { name: string; ranges: string[] }[]) {
    const target = n.ranges.length === 1 ? splitRef(n.ranges[0]!) : null;
    if (target) names.set(n.name.toLowerCase(), target);
    const v = layoutVersionOf(n.name);
    if (v !== null) version = Math.max(version ?? 0, v);
    const key = sheetKeyFromName(n.name);
    if (key !== null && target && wb.getWorksheet(target.sheet)) sheetOfKey.set(key, target.sheet);
  }
  const tables = liveTables(wb);
  const layout = version ?? (sheetOfKey.size > 0 ? UNVERSIONED : LAYOUT_VERSION);
  const lang = headerLang(tables, layout);
  const problems: ReadProblem[] = [];

  const gridTable = (lt: LiveTable, t: TableSpec): GridTable => {
    // Each of our columns where its header is (today's, or an older layout's).
    const at = new Map(t.columns.map((c) => [c.key, lt.headers.findIndex((h) => acceptedHeaders(t.name, c.key, c.header, layout, lang).includes(h))] as const));
    // A column a later layout added is not missing from an older workbook: it reads as blank.
    const later = new Set(insertsFrom(layout, t.name).map((c) => c.key));
    for (const c of t.columns) {
      if (c.reads === undefined || at.get(c.key)! >= 0 || later.has(c.key)) continue;
      const place = { sheet: lt.sheet.name, address: a1(lt.top, lt.left + lt.headers.length), row: lt.top, column: c.header };
      problems.push({ code: "wb.read.columnMissing", params: { table: t.name, column: c.header }, path: "", place });
    }
    const firstData = lt.top + 1;
    const rowCount = Math.max(0, lt.bottom - lt.top - (lt.totals ? 1 : 0));
    return {
      sheet: lt.sheet.name,
      rowCount,
      values(key) {
        const col = at.get(key) ?? -1;
        if (col < 0) return undefined;
        // A column of formulas whose values are read (a month's base): a formula there is no value (grid.ts).
        const template = t.columns.find((c) => c.key === key);
        const constantsOnly = template?.formula !== undefined && template.reads !== undefined;
        return Array.from({ length: rowCount }, (_, i) => {
          const v = lt.sheet.getCell(firstData + i, lt.left + col).value;
          return constantsOnly && isFormulaValue(v) ? null : plainValue(v);
        });
      },
      place(index, key): CellLocation {
        const col = at.get(key) ?? -1;
        const row = firstData + index;
        const c = col < 0 ? lt.headers.length : col;
        return { sheet: lt.sheet.name, address: a1(row, lt.left + c), row, column: lt.headers[c] ?? t.columns.find((x) => x.key === key)?.header ?? key };
      },
    };
  };

  const grid: WorkbookGrid = {
    sheetName: (key) => sheetOfKey.get(key),
    table(name) {
      const lt = tables.get(name.toLowerCase());
      const t = tableTemplate(name, lang);
      return lt && t ? gridTable(lt, t) : undefined;
    },
    cell(sheetKey, at, name) {
      const sheet = sheetOfKey.get(sheetKey);
      if (sheet === undefined) return undefined;
      const named = name === undefined ? undefined : names.get(name.toLowerCase());
      const address = named && named.sheet === sheet ? named.address : at;
      const { row, col } = parseA1(address);
      const value = plainValue(wb.getWorksheet(sheet)!.getCell(row, col).value);
      return name !== undefined && named === undefined ? { value, place: { sheet, address }, unnamed: true } : { value, place: { sheet, address } };
    },
  };
  // Columns of our tables the workbook lacks are reported once the reader asks for their tables.
  return { grid, lang, keys: [...sheetOfKey.keys()], problems };
}
