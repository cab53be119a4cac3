import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { LANGS } from "../../../src/data/lang";
import type { MessageTable } from "../../../src/data/messages";
import { messages } from "../../../src/data/messages/all";
import { taskpaneMessages } from "../../../src/data/messages/taskpane";
import { taskpaneViewMessages } from "../../../src/data/messages/taskpaneViews";

/** The pane's two tables: its first download's (./taskpane.ts) and its later chunks' (./taskpaneViews.ts). */
const paneTables: MessageTable = { ...taskpaneMessages, ...taskpaneViewMessages };

const SRC = join(__dirname, "../../../src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** Every "tp.…" code the pane's source names (and the three tab codes it builds from their ids). */
function usedCodes(): string[] {
  const sources = [...files(join(SRC, "taskpane")), ...files(join(SRC, "office", "commands"))];
  const codes = sources.flatMap((f) => [...readFileSync(f, "utf8").matchAll(/["'`](tp\.[\w.]+)["'`]/g)].map((m) => m[1]!));
  return [...new Set([...codes, "tp.tab.setup", "tp.tab.plan", "tp.tab.payroll"])].sort();
}

describe("task pane messages", () => {
  it("has a zh-CN and an en-US text for every code the pane uses, and no stale ones", () => {
    const used = usedCodes();
    expect(used.length).toBeGreaterThan(80);
    expect(Object.keys(paneTables).sort()).toEqual(used);
    for (const code of used) for (const lang of LANGS) expect(paneTables[code]?.[lang]?.trim()).toBeTruthy();
  });

  it("puts each code in one of the pane's two tables only", () => {
    const both = Object.keys(taskpaneMessages).filter((c) => c in taskpaneViewMessages);
    expect(both).toEqual([]);
  });

  it("is part of the project's message table, with the same placeholders in both languages", () => {
    for (const [code, texts] of Object.entries(paneTables)) {
      expect((messages as MessageTable)[code]).toBe(texts);
      const placeholders = (lang: (typeof LANGS)[number]) => (texts[lang].match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders("zh-CN")).toEqual(placeholders("en-US"));
    }
  });

  it("every other code the pane names exists too (workbook labels, weekdays, engine messages)", () => {
    const sources = files(join(SRC, "taskpane"));
    const named = sources.flatMap((f) => [...readFileSync(f, "utf8").matchAll(/["'`]((?:wb|weekday|config|payroll|office)\.[\w.]+)["'`]/g)].map((m) => m[1]!));
    const weekdays = ["weekday.1", "weekday.2", "weekday.3", "weekday.4", "weekday.5", "weekday.6", "weekday.7"];
    const totals = ["paidBase", "commission", "reward", "penalty", "gross", "socialInsurance", "housingFund", "iit", "net", "employerSocialInsurance", "employerHousingFund", "employerCost"].map((k) => `wb.col.${k}`);
    for (const code of [...new Set([...named, ...weekdays, ...totals])]) {
      if (code.endsWith(".")) continue;
      for (const lang of LANGS) expect([code, (messages as MessageTable)[code]?.[lang]]).toEqual([code, expect.any(String)]);
    }
  });
});
