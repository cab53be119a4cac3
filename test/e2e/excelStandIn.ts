/**
 * An Office and an Excel for the task pane in a plain browser page, so the pane believes it runs in
 * Excel and its commands really write: the workbook is test/office's FakeExcel (office-addin-mock proxy
 * objects over a workbook model — the same stand-in the pane's and the commands' jest tests use), built
 * for the browser by bundleStandIn() and injected with playwright's addInitScript before the pane loads.
 * Office.onReady says "Excel", in the display language the test sets in `window.SHOPSHEET_STAND_IN`.
 * For the in-Excel screenshots only: the numbers the pane shows come from the real src/office commands
 * and the engine over this model, not from anything here.
 */
// From its own file, not the folder index: the index also exports the .xlsx loader (exceljs, Node only).
import { FakeExcel } from "../office/fake/excel";

interface StandInOptions {
  lang: string;
}

const g = globalThis as unknown as Record<string, unknown> & { SHOPSHEET_STAND_IN?: StandInOptions };

// What FakeExcel takes from Node: byte counts for its payload log, and setImmediate.
g.Buffer ??= { byteLength: (s: string) => new TextEncoder().encode(s).length };
g.setImmediate ??= (fn: (...a: unknown[]) => void, ...a: unknown[]) => setTimeout(fn, 0, ...a);

const fake = new FakeExcel();
fake.apiVersion = 1.9;
fake.install();

const requirements = { isSetSupported: (name: string, version: string) => name === "ExcelApi" && Number(version) <= fake.apiVersion + 1e-9 };
g.Office = {
  HostType: { Excel: "Excel" },
  PlatformType: { PC: "PC" },
  context: {
    displayLanguage: g.SHOPSHEET_STAND_IN?.lang ?? "zh-CN",
    officeTheme: { isDarkTheme: false, bodyBackgroundColor: "#FFFFFF" },
    requirements,
  },
  onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
};
// The custom functions share the page (functions.js): Excel's runtime takes their associations. As
// Excel may, it calls SHOP.COMMISSION the moment it is associated — before the pane has rendered and
// before the functions' implementation has arrived (src/functions/deferred.ts) — and awaits what it gets.
const associated: string[] = [];
const functions = new Map<string, (...args: unknown[]) => unknown>();
let earlyCall: Promise<unknown> | undefined;
g.CustomFunctions = {
  associate: (id: string, fn: (...args: unknown[]) => unknown) => {
    associated.push(id);
    functions.set(id, fn);
    if (id === "COMMISSION") earlyCall = Promise.resolve(fn(100000, "manager", null, null, null)).then(
      (value) => ({ value }),
      (e: unknown) => ({ error: String(e) }),
    );
  },
  Error: class extends Error {
    constructor(readonly code: string, message?: string) {
      super(message);
    }
  },
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
};
g.SHOPSHEET_FUNCTIONS = () => [...associated];
g.SHOPSHEET_EARLY_CALL = () => earlyCall;
/** A later call, as Excel makes it: what the function returned, and whether that was a Promise. */
g.SHOPSHEET_CALL = (id: string, args: unknown[]) => {
  const result = functions.get(id)?.(...args);
  return { result, promise: typeof (result as { then?: unknown } | undefined)?.then === "function" };
};
// For the test: what the pane wrote (sheet names, in order).
g.SHOPSHEET_WORKBOOK = () => fake.sheets.map((s) => s.name);

// For the test, as a user would do it in Excel: paste an export into a new sheet and go there
// (rows of text from `at`, e.g. "B3"), and type into a column of one of our tables (as text).
g.SHOPSHEET_PASTE = (sheet: string, rows: string[][], at: { row: number; col: number }) => {
  const ws = fake.addSheet(sheet);
  const letters = (n: number): string => (n <= 26 ? String.fromCharCode(64 + n) : letters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));
  rows.forEach((cells, r) => cells.forEach((text, c) => text !== "" && ws.type(`${letters(at.col + c)}${at.row + r}`, text.startsWith("=") ? `'${text}` : text)));
  fake.activeName = sheet;
};
g.SHOPSHEET_TYPE_COLUMN = (table: string, header: string, values: string[]) => {
  const t = fake.table(table)!;
  const col = t.left + fake.headers(t).indexOf(header);
  values.forEach((v, i) => t.sheet.type(`${String.fromCharCode(64 + col)}${t.top + 1 + i}`, `'${v}`));
};
// What Excel.createWorkbook was given: each new workbook's size in bytes.
g.SHOPSHEET_CREATED = () => fake.created.map((b) => (b === null ? 0 : b.length));
