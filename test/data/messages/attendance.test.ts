/** What reading a month's overtime, leave and allowances says, in both languages, every code raised present. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { attendanceMessages } from "../../../src/data/messages/attendance";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test("zh-CN first and en-US, with the same placeholders, no Chinese in the English", () => {
  for (const [code, m] of Object.entries(attendanceMessages)) {
    expect([code, Object.keys(m)]).toEqual([code, ["zh-CN", "en-US"]]);
    expect([code, placeholders(m["zh-CN"])]).toEqual([code, placeholders(m["en-US"])]);
    expect([code, /[\u4e00-\u9fff]/.test(m["en-US"])]).toEqual([code, false]);
  }
});

test("the table holds exactly the codes src/core/pay/attendance.ts raises", () => {
  const text = readFileSync(join(__dirname, "../../../src/core/pay/attendance.ts"), "utf8");
  const raised = new Set([...text.matchAll(/"((?:attendance|allowance)\.[A-Za-z]+)"/g)].map((m) => m[1]!));
  expect([...raised].sort()).toEqual(Object.keys(attendanceMessages).sort());
});
