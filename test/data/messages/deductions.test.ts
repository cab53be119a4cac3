/** What reading a person's special additional deductions by category says, in both languages, every code raised present. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deductionMessages } from "../../../src/data/messages/deductions";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

test("zh-CN first and en-US, with the same placeholders but the category's name in its language", () => {
  for (const [code, m] of Object.entries(deductionMessages)) {
    expect([code, Object.keys(m)]).toEqual([code, ["zh-CN", "en-US"]]);
    const same = (p: string[]) => p.map((x) => x.replace(/^category(Zh|En)$/, "categoryName"));
    expect([code, same(placeholders(m["zh-CN"]))]).toEqual([code, same(placeholders(m["en-US"]))]);
    expect([code, /[\u4e00-\u9fff]/.test(m["en-US"])]).toEqual([code, false]);
  }
});

test("the table holds exactly the codes src/core/tax/deductionEntries.ts and the Special deductions sheet's reader raise", () => {
  const text = ["core/tax/deductionEntries.ts", "workbook/read/deductionRows.ts"].map((f) => readFileSync(join(__dirname, "../../../src", f), "utf8")).join("\n");
  const raised = new Set([...text.matchAll(/"(deductions\.[A-Za-z0-9]+)"/g)].map((m) => m[1]!));
  expect([...raised].sort()).toEqual(Object.keys(deductionMessages).sort());
});
