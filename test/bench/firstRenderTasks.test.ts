/**
 * Where the main thread's time until the first-render mark goes (bench/firstRenderTasks.ts): each task of
 * the mark's thread under what it does first, the style and layout of any task beside. Hand-made trace
 * events, figures by hand.
 */
import { RENDERING, STYLE_AND_LAYOUT, taskBreakdown } from "../../bench/firstRenderTasks";

const task = (pid: number, tid: number, ts: number, tdur: number, dur = tdur * 3) => ({ name: "RunTask", ph: "X", pid, tid, ts, dur, tdur });

describe("where the time until the mark goes (bench/firstRenderTasks.ts)", () => {
  const x = (name: string, ts: number, dur: number, tdur: number, extra: object = {}) => ({ name, ph: "X", pid: 1, tid: 1, ts, dur, tdur, ...extra });
  it("puts each task under what it does first, and adds the style and layout of any task", () => {
    const events = [
      { name: "navigationStart", ph: "R", pid: 1, tid: 1, ts: 0 },
      x("RunTask", 1_000, 20_000, 12_000),
      x("EvaluateScript", 1_100, 19_000, 11_000, { args: { data: { url: "http://127.0.0.1:1/taskpane.js" } } }),
      x("FunctionCall", 2_000, 1_000, 900), // inside the evaluation: the task stays the script's
      x("RunTask", 30_000, 10_000, 7_000),
      x("FunctionCall", 30_100, 9_000, 6_000),
      x("Layout", 36_000, 2_000, 1_500),
      x("RunTask", 45_000, 4_000, 3_000), // no script: the browser's rendering
      x("UpdateLayoutTree", 45_100, 1_000, 500),
      x("Paint", 46_500, 1_000, 800),
      { ...task(1, 2, 46_000, 9_000) }, // another thread
      { name: "shopsheet:first-render", ph: "R", pid: 1, tid: 1, ts: 49_500 },
      x("RunTask", 60_000, 5_000, 5_000), // after the mark
    ];
    expect(taskBreakdown(events, "shopsheet:first-render")).toEqual({
      "evaluate taskpane.js": 12,
      "script callback": 7,
      [RENDERING]: 3,
      [STYLE_AND_LAYOUT]: 2,
      total: 22,
    });
  });
});
