/**
 * The bench's CPU figure for a first render (bench/firstRender.ts): the thread time of the main thread's
 * tasks from the last navigation start to the task that sets the mark — not other threads' or
 * processes', not an earlier page's, not the wall duration. Hand-made trace events, figures by hand.
 */
import { cpuUntilMark } from "../../bench/firstRender";

const task = (pid: number, tid: number, ts: number, tdur: number, dur = tdur * 3) => ({ name: "RunTask", ph: "X", pid, tid, ts, dur, tdur });

it("adds the mark's thread's task thread time since the last navigation start, up to the task that sets the mark", () => {
  const events = [
    { name: "navigationStart", ph: "R", pid: 1, tid: 1, ts: 0 },
    task(1, 1, 100, 9_000), // an earlier page's work
    { name: "navigationStart", ph: "R", pid: 1, tid: 1, ts: 1_000 },
    task(1, 1, 2_000, 20_000),
    task(1, 2, 2_500, 50_000), // another thread of the renderer
    task(2, 1, 3_000, 70_000), // another process
    task(1, 1, 30_000, 5_000), // the task that sets the mark
    { name: "shopsheet:first-render", ph: "R", pid: 1, tid: 1, ts: 31_000 },
    task(1, 1, 40_000, 11_000), // after the mark
  ];
  expect(cpuUntilMark(events, "shopsheet:first-render")).toBe(25);
});

it("says so when the page never set its mark", () => {
  expect(() => cpuUntilMark([task(1, 1, 0, 1_000)], "template:first-render")).toThrow("no template:first-render mark");
});
