/**
 * The double's workbook to and from data: a JSON state (what test/fixtures keep of a workbook the
 * add-in made), and an .xlsx read with exceljs (what the `shopsheet` command made), so a test can run
 * the commands on a workbook an older ShopSheet left behind.
 */
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import "../../../src/xlsx/exceljs-patch";
import { parseRange, rangeA1 } from "../../../src/workbook/address";
import { FakeExcel } from "./excel";
import { firstRowForm } from "./workbook";
import { FakeSheet, type Cell, type FakeTable } from "./model";

export interface SheetState {
  name: string;
  /** [row, column, cell], 1-based. */
  cells: [number, number, Cell][];
  tables: { name: string; top: number; left: number; right: number; lastData: number; showTotals: boolean; style: string }[];
  protected: boolean;
  protectOptions: Excel.WorksheetProtectionOptions | null;
  freeze: FakeSheet["freeze"];
  widths: [number, number][];
  validations: FakeSheet["validations"];
  conditionalFormats: FakeSheet["conditionalFormats"];
  merges: string[];
  page: FakeSheet["page"];
  charts: FakeSheet["charts"];
}

export interface WorkbookState {
  madeBy?: string;
  sheets: SheetState[];
  /** A name of a range (sheet, range), or of a structured reference (refersTo; sheet null, range ""). */
  names: { name: string; sheet: string | null; range: string; refersTo?: string; hidden?: boolean }[];
}

export function toState(fake: FakeExcel): WorkbookState {
  return {
    sheets: fake.sheets.map((s) => ({
      name: s.name,
      cells: [...s.cells.entries()]
        .filter(([, c]) => c.v !== "" || c.f !== undefined || c.nf !== undefined || c.fmt !== undefined || c.q)
        .sort((a, b) => a[0] - b[0])
        .map(([k, c]) => [FakeSheet.pos(k).row, FakeSheet.pos(k).col, structuredClone(c)]),
      tables: s.tables.map((t) => ({ name: t.name, top: t.top, left: t.left, right: t.right, lastData: t.lastData, showTotals: t.showTotals, style: t.style })),
      protected: s.protected,
      protectOptions: s.protectOptions,
      freeze: s.freeze,
      widths: [...s.widths],
      validations: structuredClone(s.validations),
      conditionalFormats: structuredClone(s.conditionalFormats),
      merges: [...s.merges],
      page: structuredClone(s.page),
      charts: structuredClone(s.charts),
    })),
    names: [...fake.names.values()].map((n) => ({ name: n.name, sheet: n.sheet?.name ?? null, range: n.range, ...(n.refersTo !== undefined ? { refersTo: n.refersTo, hidden: n.hidden === true } : {}) })),
  };
}

/** A table column whose data cells all hold one formula is calculated (what Excel records for it). */
function inferCalculated(t: FakeTable): void {
  for (let col = t.left; col <= t.right; col++) {
    const fs = new Set<string | undefined>();
    for (let row = t.top + 1; row <= t.lastData; row++) fs.add(firstRowForm(t.sheet.get(row, col)?.f, row - t.top - 1));
    const [only] = [...fs];
    if (fs.size === 1 && only !== undefined) t.calculated.set(col - t.left, only);
  }
}

/** The state into `fake` (an empty double), as it was: cells, tables, names, protection, looks. */
export function loadState(fake: FakeExcel, state: WorkbookState): void {
  for (const st of state.sheets) {
    const s = fake.addSheet(st.name);
    for (const [row, col, c] of st.cells) s.cells.set(FakeSheet.key(row, col), structuredClone(c));
    for (const t of st.tables) {
      const table: FakeTable = { ...t, sheet: s, calculated: new Map() };
      s.tables.push(table);
      inferCalculated(table);
    }
    s.protected = st.protected;
    s.protectOptions = st.protectOptions;
    s.freeze = st.freeze;
    s.widths = new Map(st.widths);
    s.validations = structuredClone(st.validations);
    s.conditionalFormats = structuredClone(st.conditionalFormats);
    s.merges = [...st.merges];
    s.page = structuredClone(st.page);
    s.charts = structuredClone(st.charts);
  }
  fake.tablesChanged();
  for (const n of state.names) {
    if (n.refersTo !== undefined) fake.addReferenceName(n.name, n.refersTo, n.hidden === true);
    else fake.names.set(n.name.toLowerCase(), { name: n.name, sheet: n.sheet === null ? null : fake.sheetByName(n.sheet)!, range: n.range });
  }
}

/**
 * A copy of `from` in a new double, installed as the Excel the commands see: for tests that start many
 * times from the same workbook, made once (the commands that made it are what is slow). The state of
 * toState, and what it does not keep of a sheet (hidden rows and columns, row heights, the font, the
 * password); the counts and the log of syncs start afresh. test/office/fake.test.ts checks that the
 * copy is the same workbook by every measure the tests compare (./../helpers.ts snapshot).
 */
export function copyOf(from: FakeExcel): FakeExcel {
  const to = new FakeExcel();
  to.apiVersion = from.apiVersion;
  to.strictNames = from.strictNames;
  to.install();
  loadState(to, toState(from));
  from.sheets.forEach((s, i) => {
    const c = to.sheets[i]!;
    c.password = s.password;
    c.hiddenColumns = new Set(s.hiddenColumns);
    c.hiddenRows = new Set(s.hiddenRows);
    c.rowHeights = new Map(s.rowHeights);
    c.font = s.font;
  });
  return to;
}

const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** An .xlsx (as exceljs reads it) into `fake`: values, formulas, number formats, locks, tables, names. */
export async function loadXlsx(fake: FakeExcel, file: Buffer): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  for (const ws of wb.worksheets) {
    const s = fake.addSheet(ws.name);
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        // exceljs gives a merged area's other cells the value of its first: Excel's are empty.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const c: Cell = { v: "" };
        const v = cell.value as ExcelJS.CellValue;
        if (cell.formula) c.f = `=${cell.formula}`;
        else if (v instanceof Date) c.v = (v.getTime() - SERIAL_EPOCH_MS) / 86_400_000;
        else if (typeof v === "object" && v !== null && "richText" in v) c.v = v.richText.map((t) => t.text).join("");
        else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") c.v = v;
        if (cell.numFmt) c.nf = cell.numFmt;
        if (cell.protection?.locked === false) c.fmt = { locked: false };
        s.cells.set(FakeSheet.key(Number(cell.row), Number(cell.col)), c);
      }),
    );
    s.merges.push(...((ws as unknown as { model: { merges?: string[] } }).model.merges ?? []));
    const tables = (ws as unknown as { tables: Record<string, { table: { name: string; tableRef: string; totalsRow?: boolean } }> }).tables;
    for (const { table } of Object.values(tables)) {
      const r = parseRange(table.tableRef);
      const t: FakeTable = { name: table.name, sheet: s, top: r.top, left: r.left, right: r.right, lastData: table.totalsRow ? r.bottom - 1 : r.bottom, showTotals: !!table.totalsRow, style: "TableStyleLight9", calculated: new Map() };
      s.tables.push(t);
      inferCalculated(t);
    }
    const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
    if (protection?.sheet) {
      s.protected = true;
      s.protectOptions = {};
    }
  }
  fake.tablesChanged();
  for (const n of wb.definedNames.model as { name: string; ranges: string[] }[]) {
    const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(n.ranges[0] ?? "");
    if (!m) continue;
    const sheet = fake.sheetByName((m[1] ?? m[2]!).replace(/''/g, "'")) ?? null;
    fake.names.set(n.name.toLowerCase(), { name: n.name, sheet, range: rangeA1(parseRange(m[3]!.replace(/\$/g, ""))) });
  }
  // exceljs keeps names of ranges only: a name that stands for a structured reference (what the
  // `shopsheet` command writes for the file's A1 spelling, issue 15) is read from workbook.xml itself —
  // and refused, as Excel would not have it, when its name or reference is not valid (addReferenceName).
  for (const n of await referenceNames(file)) fake.addReferenceName(n.name, n.refersTo, n.hidden);
}

const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const xmlText = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => XML_ENTITIES[e]!);

/** The workbook-level defined names of an .xlsx whose formula holds a structured reference ("[" outside
 *  a quoted sheet name), as xl/workbook.xml spells them (ECMA-376 Part 1 §18.2.5 definedName). */
async function referenceNames(file: Buffer): Promise<{ name: string; refersTo: string; hidden: boolean }[]> {
  const zip = await JSZip.loadAsync(file);
  const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const out: { name: string; refersTo: string; hidden: boolean }[] = [];
  for (const m of xml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    const attrs = m[1]!;
    const refersTo = xmlText(m[2]!);
    const name = /\bname="([^"]*)"/.exec(attrs)?.[1];
    if (name === undefined || /\blocalSheetId=/.test(attrs) || !refersTo.replace(/'(?:[^']|'')*'/g, "").includes("[")) continue;
    out.push({ name: xmlText(name), refersTo, hidden: /\bhidden="(1|true)"/.test(attrs) });
  }
  return out;
}
