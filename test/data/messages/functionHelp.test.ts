/**
 * The custom functions' help (fnHelp.*, what Excel shows while a formula is typed and in Insert Function):
 * one text per function and per parameter that src/functions/functions.ts declares, read from its JSDoc
 * tags as the metadata generator reads them, in both languages — the Chinese in Chinese. Without a build;
 * the built files are checked in test/functions/functions.bundle.test.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { functionHelpMessages } from "../../../src/data/messages/functionHelp";
import { messages } from "../../../src/data/messages/all";
import type { MessageTable } from "../../../src/data/messages";

const SOURCE = readFileSync(join(__dirname, "../../../src/functions/functions.ts"), "utf8");

/** fnHelp.<ID> and fnHelp.<ID>.<parameter> for every JSDoc block with @customfunction. */
function declaredCodes(): string[] {
  return [...SOURCE.matchAll(/\/\*\*([\s\S]*?)\*\//g)].flatMap(([, block]) => {
    const id = /@customfunction\s+(\w+)/.exec(block!)?.[1];
    if (id === undefined) return [];
    const params = [...block!.matchAll(/@param\s+\[?(\w+)\]?/g)].map((m) => m[1]!);
    return [`fnHelp.${id}`, ...params.map((p) => `fnHelp.${id}.${p}`)];
  });
}

test("every function and parameter has its text, and every text its function or parameter", () => {
  const declared = declaredCodes();
  expect(declared.length).toBeGreaterThan(80);
  expect(Object.keys(functionHelpMessages).sort()).toEqual([...declared].sort());
});

test("the Chinese texts are Chinese and the English ones English, none with a placeholder, and they are the project's", () => {
  for (const [code, texts] of Object.entries(functionHelpMessages as MessageTable)) {
    expect([code, /[\u4e00-\u9fff]/.test(texts["zh-CN"])]).toEqual([code, true]);
    expect([code, /[A-Za-z]{3}/.test(texts["en-US"])]).toEqual([code, true]);
    expect([code, /\{\w+\}/.test(texts["zh-CN"] + texts["en-US"])]).toEqual([code, false]);
    expect((messages as MessageTable)[code]).toBe(texts);
  }
});
