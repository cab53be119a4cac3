/** The personal data's checks say every problem in both languages, the number always masked. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { personalMessages } from "../../../src/data/messages/personal";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const SRC = join(__dirname, "../../../src");

test("zh-CN first and en-US, with the same placeholders; a number is only ever shown masked", () => {
  for (const [code, m] of Object.entries(personalMessages)) {
    expect([code, Object.keys(m)]).toEqual([code, ["zh-CN", "en-US"]]);
    expect([code, placeholders(m["zh-CN"])]).toEqual([code, placeholders(m["en-US"])]);
    expect([code, placeholders(m["en-US"]).filter((p) => p === "value" || p === "number" || p === "account")]).toEqual([code, []]);
  }
});

test("every idNumber.* and bankAccount.* code the checks raise is in this table, and the table has no stale one", () => {
  const files = [
    ...readdirSync(join(SRC, "core/personal")).map((f) => join(SRC, "core/personal", f)),
    join(SRC, "core/config/personal.ts"),
    join(SRC, "core/config/leafChecks.ts"),
  ];
  const raised = new Set<string>();
  for (const f of files) {
    const text = readFileSync(f, "utf8");
    for (const m of text.matchAll(/"((?:idNumber|bankAccount)\.[A-Za-z]+|staff\.duplicateIdNumber)"/g)) raised.add(m[1]!);
    // leafChecks builds `${field}.notText` and `${field}.masked` for both fields
    if (text.includes("`${field}.notText`")) for (const field of ["idNumber", "bankAccount"]) for (const s of ["notText", "masked"]) raised.add(`${field}.${s}`);
  }
  expect([...raised].sort()).toEqual(Object.keys(personalMessages).sort());
});
