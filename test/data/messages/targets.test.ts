import fc from "fast-check";
import { D } from "../../../src/core/money";
import type { Warning } from "../../../src/core/types";
import { LANGS } from "../../../src/data/lang";
import { formatMessage, type MessageTable } from "../../../src/data/messages";
import { messages } from "../../../src/data/messages/all";
import { targetMessages as targetTable } from "../../../src/data/messages/targets";
import { calendarMessages } from "../../../src/data/messages/calendar";
import { spreadTarget } from "../../../src/core/targets";
import { d, event, flatSettings } from "../../core/targets/helpers";

/** What a spread can say: its own table, and the calendar's "this month is outside the holiday calendar". */
const targetMessages = { ...targetTable, "calendar.notCovered": calendarMessages["calendar.notCovered"] };

const placeholders = (template: string) => [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();

/** Inputs that between them raise every warning the spread knows. */
function everyWarning(): Warning[] {
  const full = (m: string, n: number) => new Map(Array.from({ length: n }, (_, i) => [`${m}-${String(i + 1).padStart(2, "0")}`, d(1)] as const));
  return [
    spreadTarget({ month: "2026-13", target: d(1), settings: flatSettings() }),
    spreadTarget({ month: "2026-11", target: d(-1), settings: flatSettings() }),
    spreadTarget({ month: "2026-11", target: d("1.001"), settings: flatSettings(), actuals: new Map([["2026-12-01", d(1)], ["2026-11-01", new D(NaN)]]) }),
    spreadTarget({
      month: "2027-11",
      target: d(1),
      settings: flatSettings({ weekdayWeights: [d(-1)], events: [event("13-01", "-1")], holidayFactor: d(2), aov: d(0), cvr: d(0) }),
    }),
    spreadTarget({ month: "2026-11", target: d(1), settings: flatSettings({ holidayFactor: d(NaN), cvr: d(2) }) }),
    spreadTarget({ month: "2026-11", target: d(1), settings: flatSettings({ weekdayWeights: Array(7).fill(d(0)) }) }),
    spreadTarget({ month: "2026-11", target: d(1), settings: flatSettings(), actuals: new Map([["2026-11-01", d(2)]]) }),
    // Actual orders and visitors: a count that is not whole, one below 0.
    spreadTarget({ month: "2026-11", target: d(1), settings: flatSettings(), actualOrders: new Map([["2026-11-01", 1.5]]), actualVisitors: new Map([["2026-11-02", -3]]) }),
    spreadTarget({ month: "2027-02", target: d(100), settings: flatSettings(), actuals: full("2027-02", 28) }),
    // 0.3333 × 1.5: 4 + 1 decimals on 2026-11-11.
    spreadTarget({ month: "2026-11", target: d(100), settings: flatSettings({ weekdayWeights: Array(7).fill(d("0.3333")), events: [event("11-11", "1.5")] }) }),
  ].flatMap((p) => p.warnings);
}

describe("target messages", () => {
  it("are reachable: every code in the table is raised by some input, and every raised code is in the table", () => {
    const raised = [...new Set(everyWarning().map((w) => w.code))].sort();
    expect(raised).toEqual(Object.keys(targetMessages).sort());
  });

  it("fill every placeholder from the warning's params, in both languages, and use no param twice-named", () => {
    for (const w of everyWarning()) {
      for (const lang of LANGS) {
        const template = messages[w.code]?.[lang];
        expect([w.code, lang, typeof template]).toEqual([w.code, lang, "string"]);
        expect([w.code, lang, placeholders(template!)]).toEqual([w.code, lang, Object.keys(w.params).sort()]);
        expect(formatMessage(w.code, w.params, lang)).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it("zh-CN and en-US ask for the same params", () => {
    for (const [code, text] of Object.entries(targetMessages)) {
      expect([code, placeholders(text["zh-CN"])]).toEqual([code, placeholders(text["en-US"])]);
    }
  });

  it("any spread only raises codes with a message", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("2003-05", "2026-10", "2026-11", "2027-02", "bad"),
        fc.constantFrom("-1", "0", "1000", "1000.005", "NaN"),
        fc.constantFrom("0", "1", "2", "-1"),
        (month, target, factor) => {
          const plan = spreadTarget({ month, target: new D(target), settings: flatSettings({ holidayFactor: new D(factor) }) });
          for (const w of plan.warnings) expect((targetMessages as MessageTable)[w.code]).toBeDefined();
        },
      ),
      { numRuns: 50 },
    );
  });
});
