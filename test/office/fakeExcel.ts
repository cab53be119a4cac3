/**
 * A small Excel for the tests: office-addin-mock's OfficeMockObject for every proxy object (so a
 * property read before load() + sync() is an error string, as in Office.js), over a workbook model
 * kept in the mock's data. office-addin-mock is a generic object mock — it has no workbook, no
 * queue of operations, no tables — so this file models only what ShopSheet's commands use:
 *
 * - Operations are queued and applied at context.sync(), in order; a failing one rejects the sync
 *   and the operations before it stay applied (as in Office.js). Loads are answered after the
 *   batch's writes (Office.js answers each at its place in the queue; our commands never load what
 *   the same batch writes).
 * - Typing semantics of `values`/`formulas`: "=…", "+…", "-…" become formulas, numeric and date-like
 *   strings become numbers, "TRUE"/"FALSE" booleans — unless the cell's number format is "@" or the
 *   string starts with an apostrophe (kept as the quote prefix). A scalar is broadcast to the range.
 *   Formulas are stored, not calculated: a formula cell's value is "".
 * - Tables: add (headers "Column1"… for blank header cells), rename, totals row, rows.add (shifting
 *   the cells below, in the table's columns, down), row delete (shifting up).
 * - Names, sheets (add, rename, delete — names to a deleted sheet become #REF!), protection (a locked
 *   cell of a protected sheet refuses writes; a password makes unprotect() fail), freeze panes,
 *   widths, validation, conditional formats, page layout, charts — stored as data for the tests.
 * - Every sync is logged: calls, bytes of arguments, bytes of cell data (values, formulas, number
 *   formats) sent, and bytes of data loaded.
 */
import { OfficeMockObject } from "office-addin-mock";
import { colLetters, MAX_ROW, parseRange, rangeA1, type RangePos } from "../../src/workbook/address";

export class FakeOfficeError extends Error {
  constructor(readonly code: string, msg: string) {
    super(msg);
  }
}

export type Value = string | number | boolean;

export interface Fmt {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  wrap?: boolean;
  align?: string;
  locked?: boolean;
}

export interface Cell {
  /** "" when empty or a formula (not calculated). */
  v: Value;
  f?: string;
  nf?: string;
  /** Written with a leading apostrophe: text, whatever it looks like. */
  q?: boolean;
  fmt?: Fmt;
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  top: number;
  left: number;
  right: number;
  lastData: number;
  showTotals: boolean;
  style: string;
}

export interface FakeChart {
  name: string;
  type: string;
  source: string;
  series: { name: string | null; values: string }[];
  categories: string | null;
  title: string;
  from: string | null;
  to: string | null;
}

export class FakeSheet {
  cells = new Map<number, Cell>();
  tables: FakeTable[] = [];
  protected = false;
  password: string | null = null;
  protectOptions: unknown = null;
  freeze: { rows: number; cols: number } | null = null;
  widths = new Map<number, number>();
  validations: { range: RangePos; rule?: unknown; ignoreBlanks?: boolean; errorAlert?: unknown; prompt?: unknown }[] = [];
  conditionalFormats: { range: RangePos; formula: string; fill?: string; fontColor?: string; bold?: boolean }[] = [];
  merges: string[] = [];
  page: { orientation?: string; paperSize?: string; zoom?: unknown; printTitleRows?: string; breaks: string[] } = { breaks: [] };
  charts: FakeChart[] = [];
  constructor(
    public name: string,
    readonly id: number,
  ) {}

  static key(row: number, col: number): number {
    return row * 16_385 + col;
  }

  get(row: number, col: number): Cell | undefined {
    return this.cells.get(FakeSheet.key(row, col));
  }

  /** Value as Office.js `values` returns it. */
  value(row: number, col: number): Value {
    return this.get(row, col)?.v ?? "";
  }

  formula(row: number, col: number): Value {
    const c = this.get(row, col);
    return c?.f ?? c?.v ?? "";
  }

  cell(row: number, col: number): Cell {
    const k = FakeSheet.key(row, col);
    let c = this.cells.get(k);
    if (!c) {
      c = { v: "" };
      this.cells.set(k, c);
    }
    return c;
  }

  /** The user typing into a cell (bypasses the queue; for tests). */
  type(address: string, input: Value | null): void {
    const p = parseAddress(address);
    enter(this.cell(p.top, p.left), input);
  }

  tableAt(row: number, col: number): FakeTable | undefined {
    return this.tables.find((t) => row >= t.top && row <= t.lastData + (t.showTotals ? 1 : 0) && col >= t.left && col <= t.right);
  }

  usedRange(): RangePos | null {
    let r: RangePos | null = null;
    for (const [k, c] of this.cells) {
      if (c.v === "" && c.f === undefined) continue;
      const row = Math.floor(k / 16_385);
      const col = k % 16_385;
      r = r ? { top: Math.min(r.top, row), bottom: Math.max(r.bottom, row), left: Math.min(r.left, col), right: Math.max(r.right, col) } : { top: row, bottom: row, left: col, right: col };
    }
    return r;
  }

  locked(row: number, col: number): boolean {
    return this.get(row, col)?.fmt?.locked !== false;
  }
}

export function parseAddress(a: string): RangePos {
  const s = a.replace(/\$/g, "").replace(/^.*!/, "");
  let m = /^([A-Za-z]+):([A-Za-z]+)$/.exec(s);
  if (m) {
    const left = parseRange(`${m[1]}1`).left;
    const right = parseRange(`${m[2]}1`).left;
    return { top: 1, bottom: MAX_ROW, left, right };
  }
  m = /^(\d+):(\d+)$/.exec(s);
  if (m) return { top: Number(m[1]), bottom: Number(m[2]), left: 1, right: 16_384 };
  return parseRange(s);
}

function quoteName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** One cell typed into, as Excel does it. */
export function enter(c: Cell, input: unknown): void {
  if (input === null || input === undefined) return;
  delete c.f;
  delete c.q;
  if (typeof input === "number" || typeof input === "boolean") {
    c.v = input;
    return;
  }
  const s = String(input);
  if (s === "") {
    c.v = "";
    return;
  }
  if (s.startsWith("'")) {
    c.v = s.slice(1);
    c.q = true;
    return;
  }
  if (c.nf === "@") {
    c.v = s;
    return;
  }
  if (s.length > 1 && (s.startsWith("=") || ((s.startsWith("+") || s.startsWith("-")) && !NUMERIC.test(s)))) {
    c.f = s.startsWith("=") ? s : `=${s}`;
    c.v = "";
    return;
  }
  if (NUMERIC.test(s)) {
    c.v = Number(s);
    return;
  }
  if (/^\d+(\.\d+)?%$/.test(s)) {
    c.v = Number(s.slice(0, -1)) / 100;
    return;
  }
  if (/^(TRUE|FALSE)$/i.test(s)) {
    c.v = s.toUpperCase() === "TRUE";
    return;
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s) ?? (/^(\d{1,2})-(\d{1,2})$/.test(s) ? /^()(\d{1,2})-(\d{1,2})$/.exec(s) : null);
  if (iso) {
    const y = iso[1] ? Number(iso[1]) : 2026;
    c.v = Date.UTC(y, Number(iso[2]) - 1, Number(iso[3])) / 86_400_000 + 25_569;
    return;
  }
  c.v = s;
}

interface SyncRecord {
  calls: number;
  /** Arguments of every queued call, as JSON. */
  argBytes: number;
  /** Cell data sent: values, formulas and number formats. */
  dataBytes: number;
  /** Data loaded back. */
  responseBytes: number;
  failed: boolean;
}

type Resolve<T> = () => T;

const json = (x: unknown) => Buffer.byteLength(JSON.stringify(x) ?? "", "utf8");

/** The whole fake: the model, the queue and the mock objects. */
export class FakeExcel {
  sheets: FakeSheet[] = [];
  names = new Map<string, { name: string; sheet: FakeSheet | null; range: string }>();
  private nextId = 1;
  private tableCount = 0;
  queue: { bytes: number; data: number; run: () => void }[] = [];
  loads: (() => number)[] = [];
  log: SyncRecord[] = [];
  suspended = 0;
  calculations: string[] = [];
  /** The highest ExcelApi requirement set this "Excel" supports. */
  apiVersion = 1.9;
  /** Excel on the web refuses a response over 5 MB. */
  responseLimit = 5_000_000;
  readonly excel: any;
  readonly office: any;
  readonly context: any;

  constructor() {
    const self = this;
    this.context = this.proxy({
      methods: {
        sync: async () => self.sync(),
      },
      children: {
        workbook: () => self.workbookProxy(),
      },
    });
    this.excel = new OfficeMockObject({
      run: async function (cb: (ctx: unknown) => Promise<unknown>) {
        // A new request context: what a failed run left queued is gone with the old one.
        self.queue = [];
        self.loads = [];
        return cb(self.context);
      },
    } as any);
    this.office = new OfficeMockObject({
      context: {
        requirements: {
          isSetSupported(name: string, version: string) {
            return name === "ExcelApi" && Number(version) <= self.apiVersion + 1e-9;
          },
        },
      },
    } as any);
  }

  install(): void {
    (globalThis as any).Excel = this.excel;
    (globalThis as any).Office = this.office;
  }

  // ---------------------------------------------------------------- model helpers (for tests)

  addSheet(name: string): FakeSheet {
    if (this.sheetByName(name)) throw new FakeOfficeError("ItemAlreadyExists", `sheet ${name} exists`);
    const s = new FakeSheet(name, this.nextId++);
    this.sheets.push(s);
    return s;
  }

  sheetByName(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  deleteSheet(name: string): void {
    const s = this.sheetByName(name)!;
    this.sheets = this.sheets.filter((x) => x !== s);
    for (const n of this.names.values()) if (n.sheet === s) n.sheet = null;
  }

  tables(): FakeTable[] {
    return this.sheets.flatMap((s) => s.tables);
  }

  table(name: string): FakeTable | undefined {
    return this.tables().find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  // ---------------------------------------------------------------- the user editing (bypasses the queue)

  /** Excel's "insert table row above" at data row `index`. */
  userInsertRow(table: string, index: number, values: Value[]): void {
    this.insertRows(this.table(table)!, index, [values]);
  }

  /** Excel's "insert table column to the left" at column `index`, with a header. */
  userInsertColumn(table: string, index: number, header: string): void {
    const t = this.table(table)!;
    const s = t.sheet;
    const at = t.left + index;
    const moved: [number, Cell][] = [];
    for (const [k, c] of s.cells) {
      const row = Math.floor(k / 16_385);
      const col = k % 16_385;
      if (row >= t.top && row <= t.lastData + (t.showTotals ? 1 : 0) && col >= at) {
        s.cells.delete(k);
        moved.push([FakeSheet.key(row, col + 1), c]);
      }
    }
    for (const [k, c] of moved) s.cells.set(k, c);
    t.right += 1;
    s.cell(t.top, at).v = header;
  }

  /** Whole sheet rows inserted above `row`: everything below moves down, tables too. */
  userInsertSheetRows(sheet: FakeSheet, row: number, count: number): void {
    const moved: [number, Cell][] = [];
    for (const [k, c] of sheet.cells) {
      if (Math.floor(k / 16_385) >= row) {
        sheet.cells.delete(k);
        moved.push([k + count * 16_385, c]);
      }
    }
    for (const [k, c] of moved) sheet.cells.set(k, c);
    for (const t of sheet.tables) {
      if (t.top >= row) {
        t.top += count;
        t.lastData += count;
      }
    }
    for (const n of this.names.values()) {
      if (n.sheet !== sheet) continue;
      n.range = n.range.replace(/([A-Z]+)(\d+)/g, (m, c: string, r: string) => (Number(r) >= row ? `${c}${Number(r) + count}` : m));
    }
  }

  /** A table of the user's own. */
  userTable(sheet: FakeSheet, name: string, address: string, headers: string[]): void {
    const r = parseAddress(address);
    headers.forEach((h, i) => (sheet.cell(r.top, r.left + i).v = h));
    sheet.tables.push({ name, sheet, top: r.top, left: r.left, right: r.right, lastData: r.bottom, showTotals: false, style: "TableStyleLight1" });
  }

  /** Sheet named by a defined name ("ShopSheet.roles"). */
  sheetOfName(name: string): FakeSheet | undefined {
    return this.names.get(name.toLowerCase())?.sheet ?? undefined;
  }

  headers(t: FakeTable): string[] {
    return range(t.left, t.right).map((c) => String(t.sheet.value(t.top, c)));
  }

  // ---------------------------------------------------------------- sync

  async sync(): Promise<void> {
    const batch = this.queue;
    const loads = this.loads;
    this.queue = [];
    this.loads = [];
    const record: SyncRecord = {
      calls: batch.length,
      argBytes: batch.reduce((a, o) => a + o.bytes, 0),
      dataBytes: batch.reduce((a, o) => a + o.data, 0),
      responseBytes: 0,
      failed: false,
    };
    this.log.push(record);
    try {
      for (const op of batch) op.run();
    } catch (e) {
      record.failed = true;
      throw e;
    }
    for (const l of loads) record.responseBytes += l();
    // office-addin-mock delivers loaded values in promise callbacks: let them all run.
    await new Promise((r) => setImmediate(r));
    if (record.responseBytes > this.responseLimit) {
      record.failed = true;
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
  }

  private enqueue(args: unknown, data: number, run: () => void): void {
    this.queue.push({ bytes: json(args), data, run });
  }

  // ---------------------------------------------------------------- proxies

  /**
   * An OfficeMockObject behind a JS Proxy: scalar properties are the mock's (loadable, error strings
   * until loaded), setters queue an operation, methods and child objects come from the spec.
   */
  private proxy(spec: {
    scalars?: Record<string, () => unknown>;
    setters?: Record<string, (v: any) => void>;
    methods?: Record<string, (...args: any[]) => unknown>;
    children?: Record<string, () => unknown>;
  }): any {
    const self = this;
    const data: Record<string, unknown> = {};
    for (const k of [...Object.keys(spec.scalars ?? {}), ...Object.keys(spec.setters ?? {})]) data[k] = undefined;
    const target = new OfficeMockObject(data as any) as any;
    const children = new Map<string, unknown>();
    /** Methods replaced from outside (jest.spyOn(context, "sync")). */
    const replaced = new Map<string, unknown>();
    const proxy: any = new Proxy(target, {
      get(t, p, r) {
        if (typeof p === "string") {
          if (replaced.has(p)) return replaced.get(p);
          if (spec.methods && p in spec.methods) return spec.methods[p];
          if (spec.children && p in spec.children) {
            if (!children.has(p)) children.set(p, spec.children[p]!());
            return children.get(p);
          }
          if (p === "load") {
            return (arg: unknown) => {
              OfficeMockObject.prototype.load.call(r, arg as any);
              self.loads.push(() => {
                let bytes = 0;
                for (const [k, get] of Object.entries(spec.scalars ?? {})) {
                  const sub = t._properties.get(k);
                  if (!sub?._loaded) continue;
                  const v = get();
                  sub._valueBeforeLoaded = v;
                  bytes += json(v);
                }
                void OfficeMockObject.prototype.sync.call(r);
                return bytes;
              });
              return r;
            };
          }
        }
        return Reflect.get(t, p, r);
      },
      set(t, p, v, r) {
        if (typeof p === "string" && spec.methods && p in spec.methods) {
          replaced.set(p, v);
          return true;
        }
        if (typeof p === "string" && spec.setters && p in spec.setters) {
          const sub = t._properties.get(p);
          if (!sub || v !== sub._value) {
            const data = p === "values" || p === "formulas" || p === "numberFormat" ? json(v) : 0;
            self.enqueue({ set: p, v }, data, () => spec.setters![p]!(v));
          }
        }
        return Reflect.set(t, p, v, r);
      },
    });
    return proxy;
  }

  private call(args: unknown, run: () => void): void {
    this.enqueue(args, 0, run);
  }

  private workbookProxy(): any {
    const self = this;
    return this.proxy({
      children: {
        worksheets: () => self.worksheetsProxy(),
        names: () => self.namesProxy(),
        tables: () => self.tablesProxy(null),
        application: () =>
          self.proxy({
            methods: {
              suspendApiCalculationUntilNextSync: () => self.call({ m: "suspend" }, () => self.suspended++),
              calculate: (type: string) => self.call({ m: "calculate", type }, () => self.calculations.push(type)),
            },
          }),
      },
    });
  }

  private worksheetsProxy(): any {
    const self = this;
    const coll = this.proxy({
      methods: {
        load(options: Record<string, any>) {
          self.loads.push(() => {
            const items = self.sheets.map((s, position) => {
              const o: Record<string, unknown> = {};
              if (options.name) o.name = s.name;
              if (options.position) o.position = position;
              if (options.protection) o.protection = { protected: s.protected, options: s.protectOptions ?? {} };
              if (options.tables) {
                o.tables = {
                  items: s.tables.map((t) => ({
                    name: t.name,
                    showHeaders: true,
                    showTotals: t.showTotals,
                    columns: { items: self.headers(t).map((h) => ({ name: h })) },
                  })),
                };
              }
              if (options.charts) o.charts = { items: s.charts.map((c) => ({ name: c.name })) };
              return o;
            });
            coll.items = items;
            return json(items);
          });
          return coll;
        },
        getItem(name: string) {
          return self.sheetProxy(() => {
            const s = self.sheetByName(name);
            if (!s) throw new FakeOfficeError("ItemNotFound", `no sheet ${name}`);
            return s;
          });
        },
        add(name: string) {
          let made: FakeSheet | undefined;
          self.call({ m: "worksheets.add", name }, () => (made = self.addSheet(name)));
          return self.sheetProxy(() => {
            if (!made) throw new FakeOfficeError("ItemNotFound", `sheet ${name} not added`);
            return made;
          });
        },
      },
    });
    return coll;
  }

  private namesProxy(): any {
    const self = this;
    const coll = this.proxy({
      methods: {
        load(options: Record<string, any>) {
          self.loads.push(() => {
            const items = [...self.names.values()].map((n) => ({
              name: n.name,
              type: n.sheet ? "Range" : "Error",
              value: n.sheet ? `${quoteName(n.sheet.name)}!${absolute(n.range)}` : "#REF!",
            }));
            void options;
            coll.items = items;
            return json(items);
          });
          return coll;
        },
        add(name: string, reference: any) {
          self.call({ m: "names.add", name, ref: reference?.__address ?? String(reference) }, () => {
            if (self.names.has(name.toLowerCase()) || self.table(name)) throw new FakeOfficeError("ItemAlreadyExists", `name ${name} exists`);
            const { sheet, r } = reference.__resolve();
            self.names.set(name.toLowerCase(), { name, sheet, range: rangeA1(r) });
          });
        },
        getItem(name: string) {
          return self.proxy({
            methods: {
              delete: () =>
                self.call({ m: "name.delete", name }, () => {
                  if (!self.names.delete(name.toLowerCase())) throw new FakeOfficeError("ItemNotFound", `no name ${name}`);
                }),
            },
          });
        },
      },
    });
    return coll;
  }

  private tablesProxy(sheet: Resolve<FakeSheet> | null): any {
    const self = this;
    return this.proxy({
      methods: {
        getItem(name: string) {
          return self.tableProxy(() => {
            const t = self.table(name);
            if (!t) throw new FakeOfficeError("ItemNotFound", `no table ${name}`);
            return t;
          });
        },
        add(address: string, hasHeaders: boolean) {
          let made: FakeTable | undefined;
          self.call({ m: "tables.add", address, hasHeaders }, () => {
            const s = sheet!();
            self.guard(s);
            const r = parseAddress(address);
            for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) if (s.tableAt(row, col)) throw new FakeOfficeError("InvalidArgument", "tables overlap");
            made = { name: `Table${++self.tableCount}`, sheet: s, top: r.top, left: r.left, right: r.right, lastData: r.bottom, showTotals: false, style: "TableStyleMedium2" };
            range(r.left, r.right).forEach((col, i) => {
              const c = s.cell(r.top, col);
              if (c.v === "" && c.f === undefined) c.v = `Column${i + 1}`;
            });
            s.tables.push(made);
          });
          return self.tableProxy(() => {
            if (!made) throw new FakeOfficeError("ItemNotFound", "table not added");
            return made;
          });
        },
      },
    });
  }

  private sheetProxy(resolve: Resolve<FakeSheet>): any {
    const self = this;
    const rangeOf = (address: string) => self.rangeProxy(() => ({ sheet: resolve(), r: parseAddress(address) }), address);
    return this.proxy({
      scalars: { name: () => resolve().name },
      methods: {
        getRange: (address: string) => rangeOf(address),
        getRanges: (addresses: string) => self.areasProxy(resolve, addresses),
        getUsedRange: () =>
          self.rangeProxy(() => {
            const s = resolve();
            return { sheet: s, r: s.usedRange() ?? { top: 1, bottom: 1, left: 1, right: 1 } };
          }, "used"),
      },
      children: {
        tables: () => self.tablesProxy(resolve),
        protection: () =>
          self.proxy({
            scalars: { protected: () => resolve().protected },
            methods: {
              protect: (options: unknown) =>
                self.call({ m: "protect", options }, () => {
                  const s = resolve();
                  if (s.protected) throw new FakeOfficeError("InvalidOperation", "already protected");
                  s.protected = true;
                  s.protectOptions = options;
                }),
              unprotect: (password?: string) =>
                self.call({ m: "unprotect" }, () => {
                  const s = resolve();
                  if (s.password !== null && password !== s.password) throw new FakeOfficeError("InvalidArgument", "The password is incorrect.");
                  s.protected = false;
                  s.password = null;
                }),
            },
          }),
        freezePanes: () =>
          self.proxy({
            methods: {
              freezeRows: (n: number) => self.call({ m: "freezeRows", n }, () => (resolve().freeze = { rows: n, cols: 0 })),
              freezeColumns: (n: number) => self.call({ m: "freezeColumns", n }, () => (resolve().freeze = { rows: 0, cols: n })),
              freezeAt: (r: any) =>
                self.call({ m: "freezeAt" }, () => {
                  const { r: p } = r.__resolve();
                  resolve().freeze = { rows: p.bottom, cols: p.right };
                }),
            },
          }),
        pageLayout: () =>
          self.proxy({
            setters: {
              orientation: (v: string) => (self.guarded(resolve).page.orientation = v),
              paperSize: (v: string) => (self.guarded(resolve).page.paperSize = v),
              zoom: (v: unknown) => (self.guarded(resolve).page.zoom = v),
            },
            methods: {
              setPrintTitleRows: (rows: string) => self.call({ m: "printTitles", rows }, () => (self.guarded(resolve).page.printTitleRows = rows)),
            },
          }),
        horizontalPageBreaks: () =>
          self.proxy({
            methods: {
              removePageBreaks: () => self.call({ m: "removeBreaks" }, () => (resolve().page.breaks = [])),
              add: (at: string) => self.call({ m: "addBreak", at }, () => resolve().page.breaks.push(at)),
            },
          }),
        charts: () => self.chartsProxy(resolve),
      },
    });
  }

  private guard(s: FakeSheet): void {
    if (s.protected) throw new FakeOfficeError("AccessDenied", `The sheet ${s.name} is protected.`);
  }

  private guarded(resolve: Resolve<FakeSheet>): FakeSheet {
    const s = resolve();
    this.guard(s);
    return s;
  }

  private chartsProxy(resolve: Resolve<FakeSheet>): any {
    const self = this;
    const chartProxy = (get: Resolve<FakeChart>) =>
      self.proxy({
        setters: { name: (v: string) => (get().name = v) },
        methods: {
          delete: () =>
            self.call({ m: "chart.delete" }, () => {
              const s = resolve();
              const c = get();
              s.charts = s.charts.filter((x) => x !== c);
            }),
          setPosition: (from: string, to: string) =>
            self.call({ m: "setPosition", from, to }, () => {
              get().from = from;
              get().to = to;
            }),
        },
        children: {
          title: () => self.proxy({ setters: { text: (v: string) => (get().title = v) } }),
          series: () =>
            self.proxy({
              methods: {
                add: (name: string) => {
                  let entry: { name: string | null; values: string } | undefined;
                  self.call({ m: "series.add", name }, () => {
                    entry = { name, values: "" };
                    get().series.push(entry);
                  });
                  return self.proxy({
                    methods: {
                      setValues: (r: any) => self.call({ m: "setValues" }, () => (entry!.values = rangeA1(r.__resolve().r))),
                    },
                  });
                },
              },
            }),
          axes: () =>
            self.proxy({
              children: {
                categoryAxis: () =>
                  self.proxy({
                    methods: { setCategoryNames: (r: any) => self.call({ m: "categories" }, () => (get().categories = rangeA1(r.__resolve().r))) },
                  }),
              },
            }),
        },
      });
    const coll = this.proxy({
      methods: {
        add: (type: string, source: any, seriesBy: string) => {
          let made: FakeChart | undefined;
          self.call({ m: "charts.add", type, seriesBy }, () => {
            const s = self.guarded(resolve);
            const r: RangePos = source.__resolve().r;
            const header = s.value(r.top, r.left);
            made = {
              name: `Chart ${s.charts.length + 1}`,
              type,
              source: rangeA1(r),
              series: [{ name: typeof header === "string" ? header : null, values: rangeA1({ ...r, top: r.top + 1 }) }],
              categories: null,
              title: "",
              from: null,
              to: null,
            };
            s.charts.push(made);
          });
          return chartProxy(() => made!);
        },
        getItem: (name: string) =>
          chartProxy(() => {
            const c = resolve().charts.find((x) => x.name === name);
            if (!c) throw new FakeOfficeError("ItemNotFound", `no chart ${name}`);
            return c;
          }),
      },
    });
    return coll;
  }

  private tableProxy(resolve: Resolve<FakeTable>): any {
    const self = this;
    const part = (which: "all" | "header" | "body" | "totals", column?: number) =>
      self.rangeProxy(() => {
        const t = resolve();
        const totals = t.showTotals ? t.lastData + 1 : t.lastData;
        const left = column === undefined ? t.left : t.left + column;
        const right = column === undefined ? t.right : t.left + column;
        if (which === "header") return { sheet: t.sheet, r: { top: t.top, bottom: t.top, left, right } };
        if (which === "body") return { sheet: t.sheet, r: { top: t.top + 1, bottom: t.lastData, left, right } };
        if (which === "totals") return { sheet: t.sheet, r: { top: totals, bottom: totals, left, right } };
        return { sheet: t.sheet, r: { top: t.top, bottom: totals, left, right } };
      }, `table:${which}`);
    return this.proxy({
      setters: {
        name: (v: string) => {
          const t = resolve();
          const other = self.table(v);
          if ((other && other !== t) || self.names.has(v.toLowerCase())) throw new FakeOfficeError("InvalidArgument", `name ${v} is taken`);
          t.name = v;
        },
        style: (v: string) => (resolve().style = v),
        showBandedRows: () => undefined,
        showTotals: (v: boolean) => {
          const t = resolve();
          self.guard(t.sheet);
          if (!v || t.showTotals) {
            t.showTotals = v;
            return;
          }
          const row = t.lastData + 1;
          for (const col of range(t.left, t.right)) {
            const c = t.sheet.get(row, col);
            if (c && (c.v !== "" || c.f !== undefined)) throw new FakeOfficeError("InvalidOperation", "cells below the table are not empty");
          }
          t.showTotals = true;
          t.sheet.cell(row, t.left).v = "Total";
        },
      },
      methods: {
        getRange: () => part("all"),
        getHeaderRowRange: () => part("header"),
        getDataBodyRange: () => part("body"),
        getTotalRowRange: () => part("totals"),
      },
      children: {
        columns: () =>
          self.proxy({
            methods: {
              getItemAt: (i: number) => self.proxy({ methods: { getDataBodyRange: () => part("body", i) } }),
            },
          }),
        rows: () =>
          self.proxy({
            methods: {
              add: (index: number | undefined, values: Value[][]) =>
                self.call({ m: "rows.add", index, values }, () => self.insertRows(resolve(), index, values)),
              getItemAt: (i: number) =>
                self.proxy({
                  methods: { delete: () => self.call({ m: "row.delete", i }, () => self.deleteRow(resolve(), i)) },
                }),
            },
          }),
      },
    });
  }

  /** Cells in columns left..right at rows ≥ from move by `by` rows (and tables entirely in those columns with them). */
  private shift(s: FakeSheet, left: number, right: number, from: number, by: number, except: FakeTable): void {
    const moved: [number, Cell][] = [];
    for (const [k, c] of s.cells) {
      const row = Math.floor(k / 16_385);
      const col = k % 16_385;
      if (col >= left && col <= right && row >= from) {
        s.cells.delete(k);
        moved.push([FakeSheet.key(row + by, col), c]);
      }
    }
    for (const [k, c] of moved) s.cells.set(k, c);
    for (const t of s.tables) {
      if (t === except || t.top < from) continue;
      if (t.left < left || t.right > right) {
        if (t.right >= left && t.left <= right) throw new FakeOfficeError("InvalidOperation", "would shift part of another table");
        continue;
      }
      t.top += by;
      t.lastData += by;
    }
  }

  private insertRows(t: FakeTable, index: number | undefined, values: Value[][]): void {
    this.guard(t.sheet);
    const k = values.length;
    const at = index === undefined || index === null || index < 0 ? t.lastData + 1 : t.top + 1 + index;
    this.shift(t.sheet, t.left, t.right, at, k, t);
    t.lastData += k;
    values.forEach((row, i) => row.forEach((v, j) => enter(t.sheet.cell(at + i, t.left + j), v)));
  }

  private deleteRow(t: FakeTable, i: number): void {
    this.guard(t.sheet);
    const row = t.top + 1 + i;
    if (row > t.lastData) throw new FakeOfficeError("InvalidArgument", `no row ${i}`);
    if (t.lastData === t.top + 1) throw new FakeOfficeError("InvalidOperation", "a table keeps one data row");
    for (const col of range(t.left, t.right)) t.sheet.cells.delete(FakeSheet.key(row, col));
    this.shift(t.sheet, t.left, t.right, row + 1, -1, t);
    t.lastData -= 1;
  }

  /** Range.format (and RangeAreas.format): `apply` patches the look of every cell. */
  private formatProxy(resolve: Resolve<{ sheet: FakeSheet; r: RangePos }> | null, apply: (patch: Fmt) => void): any {
    const self = this;
    return self.proxy({
      setters: {
        columnWidth: (v: number) => {
          const { sheet, r } = resolve!();
          for (const col of range(r.left, r.right)) sheet.widths.set(col, v);
        },
        wrapText: (v: boolean) => apply({ wrap: v }),
        horizontalAlignment: (v: string) => apply({ align: v }),
      },
      children: {
        fill: () => self.proxy({ setters: { color: (v: string) => apply({ fill: v }) } }),
        font: () =>
          self.proxy({
            setters: {
              color: (v: string) => apply({ fontColor: v }),
              bold: (v: boolean) => apply({ bold: v }),
              italic: (v: boolean) => apply({ italic: v }),
              size: (v: number) => apply({ size: v }),
            },
          }),
        protection: () => self.proxy({ setters: { locked: (v: boolean) => apply({ locked: v }) } }),
      },
    });
  }

  /** Worksheet.getRanges("A1:B2,D4"): RangeAreas, of which only `format` is modelled. */
  private areasProxy(resolve: Resolve<FakeSheet>, addresses: string): any {
    const self = this;
    const apply = (patch: Fmt) => {
      const s = resolve();
      for (const a of addresses.split(/[,;]/)) {
        const r = parseAddress(a.trim());
        for (let row = r.top; row <= r.bottom; row++)
          for (let col = r.left; col <= r.right; col++) {
            if (s.protected) throw new FakeOfficeError("AccessDenied", `The sheet ${s.name} is protected.`);
            const c = s.cell(row, col);
            c.fmt = { ...c.fmt, ...patch };
          }
      }
    };
    return self.proxy({ children: { format: () => self.formatProxy(null, apply) } });
  }

  private rangeProxy(resolve: Resolve<{ sheet: FakeSheet; r: RangePos }>, label: string): any {
    const self = this;
    const each = (fn: (s: FakeSheet, row: number, col: number, i: number, j: number) => void) => {
      const { sheet, r } = resolve();
      for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) fn(sheet, row, col, row - r.top, col - r.left);
    };
    const grid = (fn: (s: FakeSheet, row: number, col: number) => unknown) => {
      const { sheet, r } = resolve();
      return range(r.top, r.bottom).map((row) => range(r.left, r.right).map((col) => fn(sheet, row, col)));
    };
    const write = (v: unknown) => {
      const { sheet, r } = resolve();
      const rows = r.bottom - r.top + 1;
      const cols = r.right - r.left + 1;
      if (Array.isArray(v) && (v.length !== rows || (v as unknown[][]).some((x) => x.length !== cols))) {
        throw new FakeOfficeError("InvalidArgument", `dimensions do not match ${rangeA1(r)}`);
      }
      each((s, row, col, i, j) => {
        if (s.protected && s.locked(row, col)) throw new FakeOfficeError("AccessDenied", `The cell ${colLetters(col)}${row} is on a protected sheet.`);
        enter(s.cell(row, col), Array.isArray(v) ? (v as unknown[][])[i]![j] : v);
      });
      // Writing a table's header cells renames its columns: nothing to do, headers are read from cells.
      void sheet;
    };
    const fmt = (patch: Fmt) =>
      each((s, row, col) => {
        if (s.protected) throw new FakeOfficeError("AccessDenied", `The sheet ${s.name} is protected.`);
        const c = s.cell(row, col);
        c.fmt = { ...c.fmt, ...patch };
      });
    const p: any = this.proxy({
      scalars: {
        address: () => {
          const { sheet, r } = resolve();
          return `${quoteName(sheet.name)}!${rangeA1(r)}`;
        },
        values: () => grid((s, row, col) => s.value(row, col)),
        formulas: () => grid((s, row, col) => s.formula(row, col)),
        numberFormat: () => grid((s, row, col) => s.get(row, col)?.nf ?? "General"),
        rowCount: () => resolve().r.bottom - resolve().r.top + 1,
        columnCount: () => resolve().r.right - resolve().r.left + 1,
      },
      setters: {
        values: write,
        formulas: write,
        numberFormat: (v: unknown) =>
          each((s, row, col, i, j) => {
            if (s.protected) throw new FakeOfficeError("AccessDenied", `The sheet ${s.name} is protected.`);
            s.cell(row, col).nf = String(Array.isArray(v) ? (v as unknown[][])[i]![j] : v);
          }),
      },
      methods: {
        __resolve: () => resolve(),
        clear: (applyTo?: string) =>
          self.call({ m: "clear", applyTo }, () => {
            const { sheet, r } = resolve();
            self.guard(sheet);
            for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) sheet.cells.delete(FakeSheet.key(row, col));
          }),
        merge: () => self.call({ m: "merge" }, () => resolve().sheet.merges.push(rangeA1(resolve().r))),
      },
      children: {
        format: () => self.formatProxy(resolve, fmt),
        dataValidation: () => {
          const entry = () => {
            const { sheet, r } = resolve();
            let e = sheet.validations.find((x) => rangeA1(x.range) === rangeA1(r));
            if (!e) {
              e = { range: r };
              sheet.validations.push(e);
            }
            return e;
          };
          return self.proxy({
            setters: {
              rule: (v: unknown) => (entry().rule = v),
              ignoreBlanks: (v: boolean) => (entry().ignoreBlanks = v),
              errorAlert: (v: unknown) => (entry().errorAlert = v),
              prompt: (v: unknown) => (entry().prompt = v),
            },
            methods: {
              clear: () =>
                self.call({ m: "dv.clear" }, () => {
                  const { sheet, r } = resolve();
                  sheet.validations = sheet.validations.filter((x) => !overlap(x.range, r));
                }),
            },
          });
        },
        conditionalFormats: () =>
          self.proxy({
            methods: {
              clearAll: () =>
                self.call({ m: "cf.clearAll" }, () => {
                  const { sheet, r } = resolve();
                  sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => !overlap(x.range, r));
                }),
              add: (type: string) => {
                let e: FakeSheet["conditionalFormats"][number] | undefined;
                self.call({ m: "cf.add", type }, () => {
                  const { sheet, r } = resolve();
                  e = { range: r, formula: "" };
                  sheet.conditionalFormats.push(e);
                });
                return self.proxy({
                  children: {
                    custom: () =>
                      self.proxy({
                        children: {
                          rule: () => self.proxy({ setters: { formula: (v: string) => (e!.formula = v) } }),
                          format: () =>
                            self.proxy({
                              children: {
                                fill: () => self.proxy({ setters: { color: (v: string) => (e!.fill = v) } }),
                                font: () => self.proxy({ setters: { color: (v: string) => (e!.fontColor = v), bold: (v: boolean) => (e!.bold = v) } }),
                              },
                            }),
                        },
                      }),
                  },
                });
              },
            },
          }),
      },
    });
    p.__address = label;
    return p;
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

function overlap(a: RangePos, b: RangePos): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function absolute(r: string): string {
  return r
    .split(":")
    .map((c) => c.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");
}
