/**
 * The functions' implementation fetched later (src/functions/deferred.ts, issue 15): a call before it has
 * arrived gets a Promise of the same result (Excel awaits it), a call after gets the value itself, and the
 * page fetches it only once it has loaded and is idle. Each test takes a fresh copy of the module, as a
 * fresh page would have; the expected values are the worked examples of functions.bundle.test.ts.
 */
import { HostError, installHost } from "./host";

type Deferred = typeof import("../../src/functions/deferred");

function fresh(): Deferred {
  let m: Deferred | undefined;
  jest.isolateModules(() => {
    m = require("../../src/functions/deferred") as Deferred;
  });
  return m!;
}

beforeAll(() => installHost());
afterEach(() => {
  jest.dontMock("../../src/functions/implementation");
  jest.resetModules();
});

it("answers a call before the implementation has arrived with a Promise of its result, and later calls with the result itself", async () => {
  const { call } = fresh();
  const early = call("POOL", 12345.67, null);
  expect(early).toBeInstanceOf(Promise);
  expect(await early).toBe(4938.27);
  const later = call("POOL", 12345.67, null);
  expect(later).toBe(4938.27);
  expect(call("COMMISSION", 100000, "manager", null, null, null)).toBe(12000);
});

it("rejects an early call's Promise with the CustomFunctions.Error a later call throws", async () => {
  const { call } = fresh();
  const early = call("POOL", 1, -0.4) as unknown as Promise<number>;
  await expect(early).rejects.toBeInstanceOf(HostError);
  await expect(early).rejects.toMatchObject({ code: "#VALUE!" });
  expect(() => call("POOL", 1, -0.4)).toThrow(HostError);
});

it("fetches the implementation again at the next call when a fetch failed", async () => {
  let fetches = 0;
  jest.doMock("../../src/functions/implementation", () => {
    fetches++;
    if (fetches === 1) throw new Error("ChunkLoadError: Loading chunk functions-impl failed.");
    return jest.requireActual("../../src/functions/implementation");
  });
  const { call } = fresh();
  await expect(call("POOL", 100, null) as unknown as Promise<number>).rejects.toThrow("ChunkLoadError");
  expect(await call("POOL", 100, null)).toBe(40);
  expect(fetches).toBe(2);
});

/** A page as loadWhenIdle sees it, recording what it was asked to do. */
function page(readyState: "loading" | "complete") {
  const asked: string[] = [];
  let onLoad: (() => void) | undefined;
  let onIdle: (() => void) | undefined;
  return {
    asked,
    fireLoad: () => onLoad?.(),
    fireIdle: () => onIdle?.(),
    globals: {
      document: { readyState },
      addEventListener: (type: "load", listener: () => void) => {
        asked.push(`listen ${type}`);
        onLoad = listener;
      },
      requestIdleCallback: (callback: () => void, options: { timeout: number }) => {
        asked.push(`idle ${options.timeout}`);
        onIdle = callback;
      },
    },
  };
}

it("fetches it in the page once the page has loaded and the main thread is idle, not before", async () => {
  let fetches = 0;
  jest.doMock("../../src/functions/implementation", () => {
    fetches++;
    return jest.requireActual("../../src/functions/implementation");
  });
  const { loadWhenIdle, call } = fresh();
  const p = page("loading");
  loadWhenIdle(p.globals);
  expect(p.asked).toEqual(["listen load"]);
  p.fireLoad();
  expect(p.asked).toEqual(["listen load", "idle 2000"]);
  await Promise.resolve();
  expect(fetches).toBe(0);
  p.fireIdle();
  await new Promise((done) => setTimeout(done, 0));
  expect(fetches).toBe(1);
  expect(call("POOL", 100, null)).toBe(40); // arrived: answered at once
});

it("waits only for idle when the page has loaded already, and schedules nothing outside a page", () => {
  const { loadWhenIdle } = fresh();
  const loaded = page("complete");
  loadWhenIdle(loaded.globals);
  expect(loaded.asked).toEqual(["idle 2000"]);
  const asked: string[] = [];
  loadWhenIdle({ setTimeout: () => asked.push("timer") });
  expect(asked).toEqual([]);
});
