/**
 * The double as Office.js sees it: `Excel.run`, a request context whose calls queue operations, and
 * `context.sync()`, which runs the batch in order. A failing operation rejects the sync; the ones
 * before it stay applied, the ones after it never run (./errors.ts cites the page). Loads are answered
 * after the batch's writes (Office.js answers each at its place in the queue; no command loads what
 * the same batch writes). A method newer than the Excel being imitated (apiVersion) fails the sync
 * with ApiNotFound, as a call to an API the host lacks does.
 *
 * Every sync is logged: calls, bytes of arguments, bytes of cell data sent, bytes loaded back.
 */
import { OfficeMockObject } from "office-addin-mock";
import { FakeOfficeError } from "./errors";
import { workbookProxy } from "./objects";
import { jsonBytes, makeProxy, type Queue } from "./proxy";
import { FakeWorkbook } from "./workbook";

export interface SyncRecord {
  calls: number;
  /** Arguments of every queued call, as JSON. */
  argBytes: number;
  /** Cell data sent: values, formulas and number formats. */
  dataBytes: number;
  /** Data loaded back. */
  responseBytes: number;
  failed: boolean;
}

export class FakeExcel extends FakeWorkbook implements Queue {
  queue: { bytes: number; data: number; run: () => void }[] = [];
  loads: (() => number)[] = [];
  log: SyncRecord[] = [];
  suspended = 0;
  calculations: string[] = [];
  /** The highest ExcelApi requirement set this "Excel" supports. */
  apiVersion = 1.9;
  /** Excel on the web refuses a response over 5 MB ("Resource limits and performance optimization for
   *  Office Add-ins", https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins). */
  responseLimit = 5_000_000;
  /** The sheet Excel shows (Worksheet.activate is not modelled: a test sets it); default the first. */
  activeName: string | null = null;
  /**
   * Workbooks Excel.createWorkbook opened, as the .xlsx bytes given (null: an empty workbook). The
   * double models what the reference says, no more: "Creates and opens a new workbook. Optionally, the
   * workbook can be pre-populated with a Base64-encoded .xlsx file" (ExcelApi 1.8,
   * https://learn.microsoft.com/javascript/api/excel#excel-excel-createworkbook-function(1)) — it
   * leaves the open workbook as it is and resolves to nothing. On an Excel before 1.8 the call fails
   * with ApiNotFound, as a call to an API the host lacks does.
   */
  created: (Uint8Array | null)[] = [];
  readonly excel: any;
  readonly office: any;
  readonly context: any;

  constructor() {
    super();
    const self = this;
    this.context = makeProxy(this, {
      methods: { sync: async () => self.sync() },
      children: { workbook: () => workbookProxy(self) },
    });
    this.excel = new OfficeMockObject({
      run: async function (cb: (ctx: unknown) => Promise<unknown>) {
        // A new request context: what a failed run left queued is gone with the old one.
        self.queue = [];
        self.loads = [];
        return cb(self.context);
      },
      createWorkbook: async function (base64?: string) {
        if (self.apiVersion + 1e-9 < 1.8) throw new FakeOfficeError("ApiNotFound", `Excel.createWorkbook needs ExcelApi 1.8; this Excel has ${self.apiVersion}.`);
        // atob, not Buffer: the double runs in the browser test's page too (test/e2e/excelStandIn.ts).
        self.created.push(base64 === undefined || base64 === null ? null : Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
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

  enqueue(args: unknown, data: number, run: () => void): void {
    this.queue.push({ bytes: jsonBytes(args), data, run });
  }

  load(answer: () => number): void {
    this.loads.push(answer);
  }

  call(args: unknown, run: () => void): void {
    this.enqueue(args, 0, run);
  }

  /** Inside an operation being run (a property set): an API of ExcelApi `version` fails there on an older Excel. */
  supports(version: number, api: string): void {
    if (this.apiVersion + 1e-9 < version) throw new FakeOfficeError("ApiNotFound", `${api} needs ExcelApi ${version}; this Excel has ${this.apiVersion}.`);
  }

  /** A call to an API of ExcelApi `version`: on an older Excel, the batch fails there. */
  needs(version: number, api: string): void {
    if (this.apiVersion + 1e-9 < version) this.call({ m: api }, () => {
      throw new FakeOfficeError("ApiNotFound", `${api} needs ExcelApi ${version}; this Excel has ${this.apiVersion}.`);
    });
  }

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
}
