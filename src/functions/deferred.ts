/* global globalThis */
import type { SHOP } from "./shop";

/**
 * The SHOP.* functions as Excel calls them, their implementation (./implementation.ts, with core and the
 * messages) loaded later (issue 15). The page is the pane's and the functions' shared runtime: evaluating
 * the implementation before the pane's first render cost it about 5 ms of the main thread, for functions
 * no cell may call for a while.
 *
 * What stays at once is the association: functions.ts's functions are associated when functions.js runs,
 * as before. Associating later is not an option: Excel calls the functions as soon as Office has
 * initialised the runtime, and a call that finds no association fails with #VALUE! (Microsoft Q&A
 * "Calling CustomFunctions.associate after await causes first invocation to fail",
 * https://learn.microsoft.com/en-us/answers/questions/2086985; OfficeDev/office-js#4769, the same when the
 * associating module loads late). So each associated function answers a call that comes before the
 * implementation has arrived with a Promise of its result, which Excel awaits ("Return a JavaScript Promise
 * to Excel", https://learn.microsoft.com/en-us/office/dev/add-ins/excel/custom-functions-web-reqs; the
 * runtime's `_invokeFunctionAndSetResult` sets the value, or the CustomFunctions.Error, when it settles —
 * @microsoft/office-js dist/excel-win32-16.01.debug.js): such a cell shows #BUSY! for that moment. Once the
 * implementation is in, every call is answered synchronously, as before.
 */

type Shop = typeof SHOP;
export type FunctionId = keyof Shop;

let shop: Shop | undefined;
let loading: Promise<Shop> | undefined;

/** The implementation, fetched once; a failed fetch is tried again at the next call. */
export function loadImplementation(): Promise<Shop> {
  loading ??= import(/* webpackChunkName: "functions-impl" */ "./implementation").then(
    (m) => (shop = m.SHOP),
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}

/**
 * SHOP[id] applied to `args`: its value at once when the implementation is in, else a Promise of it.
 * Typed as the value: functions.ts's return types are what the metadata plugin turns into functions.json's
 * result types (a union would become "any"), and Excel takes the Promise as it takes the value.
 */
export function call<K extends FunctionId>(id: K, ...args: Parameters<Shop[K]>): ReturnType<Shop[K]> {
  if (shop) return shop[id](...args) as ReturnType<Shop[K]>;
  return loadImplementation().then((s) => s[id](...args)) as unknown as ReturnType<Shop[K]>;
}

interface PageGlobals {
  document?: { readyState?: string };
  addEventListener?(type: "load", listener: () => void, options: { once: boolean }): void;
  requestIdleCallback?(callback: () => void, options: { timeout: number }): void;
  setTimeout?(callback: () => void, ms: number): unknown;
}

/**
 * Fetches the implementation once the page has loaded and the main thread is idle — after the pane's
 * first render, which Office.onReady starts before that — so that later calls are synchronous. Outside a
 * page (a test's bare context) nothing is scheduled: the first call fetches it.
 */
export function loadWhenIdle(page: PageGlobals = globalThis as PageGlobals): void {
  if (typeof page.addEventListener !== "function" || page.document === undefined) return;
  const fetchIt = () => void loadImplementation().catch(() => undefined); // tried again at the first call
  const whenIdle = () => (typeof page.requestIdleCallback === "function" ? page.requestIdleCallback(fetchIt, { timeout: 2000 }) : page.setTimeout?.(fetchIt, 100));
  if (page.document.readyState === "complete") whenIdle();
  else page.addEventListener("load", whenIdle, { once: true });
}
