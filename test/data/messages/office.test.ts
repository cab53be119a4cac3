/** Every message src/office can show exists in both languages, with the same placeholders. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { messages } from "../../../src/data/messages/all";
import { officeMessages } from "../../../src/data/messages/office";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test("office messages: zh-CN and en-US, same placeholders", () => {
  for (const [code, m] of Object.entries(officeMessages)) {
    expect(m["zh-CN"].trim()).not.toBe("");
    expect(m["en-US"].trim()).not.toBe("");
    expect([code, placeholders(m["zh-CN"])]).toEqual([code, placeholders(m["en-US"])]);
  }
});

test("every code src/office uses is in the message table", () => {
  const dir = join(__dirname, "../../../src/office");
  const used = new Set<string>();
  const sources = (readdirSync(dir, { recursive: true }) as string[]).filter((x) => x.endsWith(".ts"));
  for (const f of sources) {
    for (const m of readFileSync(join(dir, f), "utf8").matchAll(/"(office\.[A-Za-z.]+|value\.[A-Za-z]+|config\.[A-Za-z]+)"/g)) used.add(m[1]!);
  }
  expect(used.size).toBeGreaterThan(20);
  expect([...used].filter((c) => !(c in messages) && !c.endsWith("."))).toEqual([]);
});
