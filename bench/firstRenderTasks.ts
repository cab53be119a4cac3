/**
 * Where the main thread's time until the first-render mark goes (bench/firstRender.ts measures its sum):
 * the same traced loads, in rounds, each top-level task put under what it does first — a script's
 * evaluation (by file), a script callback (React renders in one, from its scheduler), a timer, an event,
 * the HTML parser — or, with none of those, the browser's own rendering (style, layout, paint) and the
 * rest; beside that, the style and layout in any task. Medians of the loads, the pane's beside the
 * template's. The README's "Measuring" cites its figures.
 *
 *   npx tsx bench/firstRenderTasks.ts PANE_DIST TEMPLATE_DIST [runs]
 */
import type { AddressInfo } from "node:net";
import { quartiles } from "./cpu";
import { PANE_MARK, serve, TEMPLATE_MARK, tracedRounds, type TraceEvent } from "./firstRender";

/** What a task does first, among these: the name its time is put under. */
const FIRST = ["EvaluateScript", "FunctionCall", "TimerFire", "EventDispatch", "ParseHTML"] as const;
const KIND: Record<(typeof FIRST)[number], string> = {
  EvaluateScript: "evaluate",
  FunctionCall: "script callback",
  TimerFire: "timer",
  EventDispatch: "event",
  ParseHTML: "parse HTML",
};
export const RENDERING = "rendering (style, layout, paint) and the rest";
export const STYLE_AND_LAYOUT = "style and layout, in any task";

/** Main-thread CPU milliseconds by kind of task, from the last navigation start to the task that sets `mark`. */
export function taskBreakdown(events: readonly TraceEvent[], mark: string): Record<string, number> {
  const at = events.find((e) => e.name === mark);
  if (!at) throw new Error(`no ${mark} mark in the trace`);
  const from = Math.max(0, ...events.filter((e) => e.name === "navigationStart" && e.pid === at.pid && e.ts <= at.ts).map((e) => e.ts));
  const thread = events.filter((e) => e.ph === "X" && e.pid === at.pid && e.tid === at.tid && e.ts >= from && e.ts <= at.ts).sort((a, b) => a.ts - b.ts);
  const out: Record<string, number> = {};
  const add = (kind: string, us: number) => (out[kind] = (out[kind] ?? 0) + us / 1000);
  for (const task of thread.filter((e) => e.name === "RunTask")) {
    const end = task.ts + (task.dur ?? 0);
    const inside = thread.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end);
    const first = inside.find((e) => (FIRST as readonly string[]).includes(e.name));
    const kind = first ? KIND[first.name as (typeof FIRST)[number]] + (first.name === "EvaluateScript" ? ` ${first.args?.data?.url?.split("/").pop() ?? "?"}` : "") : RENDERING;
    add(kind, task.tdur ?? 0);
    add("total", task.tdur ?? 0);
    for (const e of inside) if (e.name === "Layout" || e.name === "UpdateLayoutTree") add(STYLE_AND_LAYOUT, e.tdur ?? 0);
  }
  return out;
}

if (require.main === module) {
  const [paneDist, templateDist, runs] = process.argv.slice(2);
  if (!paneDist || !templateDist) throw new Error("usage: npx tsx bench/firstRenderTasks.ts PANE_DIST TEMPLATE_DIST [runs]");
  void (async () => {
    const servers = await Promise.all([serve(paneDist), serve(templateDist)]);
    try {
      const [pane, template] = servers.map((s) => `http://127.0.0.1:${(s.address() as AddressInfo).port}/taskpane.html`);
      const pages = [
        { name: "pane", url: pane!, mark: PANE_MARK },
        { name: "template", url: template!, mark: TEMPLATE_MARK },
      ];
      const loads = await tracedRounds(pages, Number(runs ?? 9), (events, page) => taskBreakdown(events, page.mark));
      const kinds = [...new Set([...loads.values()].flat().flatMap((b) => Object.keys(b)))].sort();
      const med = (name: string, kind: string) => quartiles(loads.get(name)!.map((b) => b[kind] ?? 0)).median.toFixed(1).padStart(8);
      console.log(`main-thread CPU ms until the first-render mark, medians of ${runs ?? 9} loads each\n${"pane".padStart(8)}${"template".padStart(10)}`);
      for (const kind of kinds) console.log(`${med("pane", kind)}  ${med("template", kind)}  ${kind}`);
    } finally {
      for (const s of servers) s.close();
    }
  })();
}
