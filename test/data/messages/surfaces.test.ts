/**
 * Each surface registers only the message tables it shows (issue 15: the pane's bundle without the
 * CLI's help or the workbook's sheet texts) — and must register every one it can show. Read from the
 * source: every module a surface loads (its entry's static imports, followed; a dynamic import is a
 * chunk of its own, with its own entry below) is searched for message codes — quoted codes, and the
 * prefixes of codes built from a template (`tp.tab.${id}`) — and each must be in one of the tables
 * the surface registers. A code written in a module the surface loads but never shown there only
 * makes the list longer, never wrong.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { MessageTable } from "../../../src/data/messages";
import { messages } from "../../../src/data/messages/all";
import { FUNCTION_MESSAGES } from "../../../src/functions/messages";
import { OFFICE_MESSAGES } from "../../../src/office/messages";
import { PANE_MESSAGES } from "../../../src/taskpane/messages";
import { VIEW_MESSAGES } from "../../../src/taskpane/viewMessages";
import { cliMessages } from "../../../src/data/messages/cli";
import { officeMessages } from "../../../src/data/messages/office";
import { workbookTargetMessages } from "../../../src/data/messages/workbookTargets";

const SRC = join(__dirname, "../../../src");
const CODES = Object.keys(messages);

/** The modules `entry` loads, following static imports (`import type` loads nothing). */
function closure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^"';]*?\sfrom\s+)?["'](\.[^"']+)["']/gm)) {
      const base = resolve(dirname(file), m[1]!);
      const found = [`${base}.ts`, `${base}.tsx`, join(base, "index.ts")].find(existsSync);
      if (found) visit(found);
    }
  };
  visit(join(SRC, entry));
  return [...seen];
}

/** Codes a module may show: quoted codes, and every code a template's fixed prefix can make. */
function codesIn(file: string): string[] {
  if (file.includes(`${join("data", "messages")}`)) return [];
  const text = readFileSync(file, "utf8");
  const out = new Set<string>();
  for (const m of text.matchAll(/["'`]([a-zA-Z]+\.[A-Za-z0-9_.-]*)(\$\{)?/g)) {
    const c = m[1]!;
    if (m[2]) for (const code of CODES) if (code.startsWith(c)) out.add(code);
    if (!m[2] && CODES.includes(c)) out.add(c);
  }
  return [...out];
}

const missing = (entry: string, tables: readonly MessageTable[]) => {
  const have = new Set(tables.flatMap((t) => Object.keys(t)));
  return [...new Set(closure(entry).flatMap(codesIn))].filter((c) => !have.has(c)).sort();
};

test.each([
  ["the task pane", "taskpane/index.tsx", PANE_MESSAGES],
  // The pane's chunks loaded after its first render: their own tables come on top of the pane's.
  ["the Targets view", "taskpane/components/PlanView.tsx", [...PANE_MESSAGES, ...VIEW_MESSAGES]],
  ["the Payroll view", "taskpane/components/PayrollView.tsx", [...PANE_MESSAGES, ...VIEW_MESSAGES]],
  ["the Set up view's whole-config check", "core/config/index.ts", PANE_MESSAGES],
  // functions.ts only associates them: their code is the chunk src/functions/deferred.ts loads.
  ["the custom functions", "functions/implementation.ts", FUNCTION_MESSAGES],
  ["the office commands (the pane's chunk loaded on the first command)", "taskpane/officeBridge.ts", OFFICE_MESSAGES],
] as [string, string, readonly MessageTable[]][])("%s registers every message its code can show", (_name, entry, tables) => {
  expect(missing(entry, tables)).toEqual([]);
});

test("the pane and the functions carry neither the CLI's messages nor the office commands'", () => {
  for (const tables of [PANE_MESSAGES, FUNCTION_MESSAGES]) {
    expect(tables).not.toContain(cliMessages);
    expect(tables).not.toContain(officeMessages);
    expect(tables).not.toContain(workbookTargetMessages);
  }
});

test("the search finds codes: the pane shows its tabs' names, built from a template", () => {
  expect(closure("taskpane/index.tsx").flatMap(codesIn)).toEqual(expect.arrayContaining(["tp.tab.setup", "tp.tab.payroll", "config.required"]));
});
