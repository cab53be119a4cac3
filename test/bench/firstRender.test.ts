/**
 * The bench's CPU figure for a first render (bench/firstRender.ts): the thread time of the main thread's
 * tasks from the last navigation start to the task that sets the mark — not other threads' or
 * processes', not an earlier page's, not the wall duration; the rounds that alternate the pages and the
 * spread of the ratio it reports. Hand-made trace events, figures by hand.
 */
import { quartiles } from "../../bench/cpu";
import { cpuUntilMark, pageFigures, roundOrder, untilMark } from "../../bench/firstRender";

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

it("reads the wall time from the same navigation start to the mark", () => {
  const events = [
    { name: "navigationStart", ph: "R", pid: 1, tid: 1, ts: 1_000 },
    task(1, 1, 2_000, 20_000),
    { name: "shopsheet:first-render", ph: "R", pid: 1, tid: 1, ts: 151_000 },
  ];
  expect(untilMark(events, "shopsheet:first-render")).toEqual({ cpuMs: 20, wallMs: 150 });
});

it("loads every page once a round, turning the order so that none is always first (ABBA…)", () => {
  const rounds = Array.from({ length: 4 }, (_, i) => roundOrder(["pane", "template"], i).join(","));
  expect(rounds).toEqual(["pane,template", "template,pane", "template,pane", "pane,template"]);
  const three = Array.from({ length: 6 }, (_, i) => roundOrder(["a", "b", "c"], i));
  for (const r of three) expect([...r].sort()).toEqual(["a", "b", "c"]);
  // Each page comes first in some round.
  expect(new Set(three.map((r) => r[0]))).toEqual(new Set(["a", "b", "c"]));
});

it("gives quartiles as QUARTILE.INC does", () => {
  // Excel: QUARTILE.INC({1,2,3,4},1) = 1.75, QUARTILE.INC({1,2,3,4},3) = 3.25.
  expect(quartiles([4, 1, 3, 2])).toEqual({ q1: 1.75, median: 2.5, q3: 3.25 });
  expect(quartiles([7])).toEqual({ q1: 7, median: 7, q3: 7 });
  expect(() => quartiles([])).toThrow("quartiles of nothing");
});

it("takes each round's ratio against the template's load of the same round, not the ratio of the medians", () => {
  // A busy second round slows both pages; its ratio is still 1.2.
  const pane = [{ cpuMs: 120, wallMs: 240 }, { cpuMs: 240, wallMs: 480 }, { cpuMs: 110, wallMs: 200 }];
  const template = [{ cpuMs: 100, wallMs: 200 }, { cpuMs: 200, wallMs: 400 }, { cpuMs: 100, wallMs: 200 }];
  const f = pageFigures("pane", pane, template);
  expect(f.cpuMs).toEqual({ q1: 115, median: 120, q3: 180 });
  expect(f.cpuRatio.q1).toBeCloseTo(1.15, 10);
  expect(f.cpuRatio.median).toBeCloseTo(1.2, 10);
  expect(f.cpuRatio.q3).toBeCloseTo(1.2, 10);
  expect(f.wallRatio.median).toBeCloseTo(1.2, 10);
  expect(() => pageFigures("pane", pane.slice(1), template)).toThrow("pane: 2 loads against the template's 3");
});
