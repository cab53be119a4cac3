/** Every message of data in and out exists in zh-CN and en-US with the same placeholders, and every code
 *  the new modules use is in the table. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { messages } from "../../../src/data/messages/all";
import { importMessages } from "../../../src/data/messages/imports";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test("zh-CN and en-US, same placeholders", () => {
  for (const [code, m] of Object.entries(importMessages)) {
    expect(m["zh-CN"].trim()).not.toBe("");
    expect(m["en-US"].trim()).not.toBe("");
    expect([code, placeholders(m["zh-CN"])]).toEqual([code, placeholders(m["en-US"])]);
  }
});

test("every code used by the imports, exports, personal checks and the file reader is in the message table", () => {
  const root = join(__dirname, "../../../src");
  const files = [
    ...["workbook/imports", "workbook/exports", "core/personal"].flatMap((d) => readdirSync(join(root, d)).map((f) => join(root, d, f))),
    join(root, "xlsx/readGrid.ts"),
  ];
  const used = new Set<string>();
  for (const f of files) {
    for (const m of readFileSync(f, "utf8").matchAll(/"((?:import|export|idNumber|bankAccount|value|config)\.[A-Za-z.]+)"/g)) used.add(m[1]!);
  }
  expect(used.size).toBeGreaterThan(30);
  expect([...used].filter((c) => !(c in messages))).toEqual([]);
});
