/**
 * The add-in's side of the exactness rules: a negative gross stops the payroll commands at the
 * penalty's cell with nothing written, and a re-hire's link typed on Staff is read and kept.
 */
import { SHEET } from "../../../src/workbook/names";
import { runPayroll, setUpRolesAndStaff } from "../../../src/office";
import { readPayroll } from "../../../src/office/commands/payroll";
import { freshExcel, payCol, sheetOf, snapshot, teamInput } from "../helpers";

const LANG = "en-US" as const;

async function team() {
  const fake = freshExcel();
  expect((await setUpRolesAndStaff({ lang: LANG, ...teamInput(3) })).ok).toBe(true);
  expect((await runPayroll("2026-11", { lang: LANG, grossMargin: 1000 })).ok).toBe(true);
  return fake;
}

test("a penalty larger than the pay stops runPayroll and readPayroll at the penalty's cell, and nothing is written", async () => {
  const fake = await team();
  const payroll = sheetOf(fake, SHEET.payroll("2026-11"));
  const penalty = `${payCol("penalty")}10`; // P1's penalty (the table starts at A9)
  payroll.type(penalty, 99999);
  const before = snapshot(fake);
  const r = await runPayroll("2026-11", { lang: LANG });
  expect(r.ok).toBe(false);
  expect(!r.ok && r.messages.map((m) => [m.level, m.code, m.where?.address])).toEqual([["error", "payroll.negativeGross", penalty]]);
  expect(!r.ok && r.messages[0]!.text).toContain("Pay cannot be negative: correct the penalty.");
  expect(snapshot(fake)).toEqual(before);
  const read = await readPayroll("2026-11", { lang: LANG });
  expect(!read.ok && read.messages.map((m) => [m.code, m.where?.address])).toEqual([["payroll.negativeGross", penalty]]);
});

test("a re-hire's Same person as, typed on Staff, is read and kept by the next command", async () => {
  const fake = await team();
  const staff = sheetOf(fake, SHEET.staff);
  const header = Array.from({ length: 20 }, (_, i) => staff.value(5, i + 1));
  const col = header.indexOf("Same person as (re-hire: first row ID)") + 1;
  expect(col).toBeGreaterThan(0);
  const letter = (h: string) => String.fromCharCode(65 + header.indexOf(h));
  // P3 (row 8) becomes P1's re-hire: both records are employed from 2025-01-01 on, so it is refused…
  staff.type(`${letter("Same person as (re-hire: first row ID)")}8`, "P1");
  const refused = await runPayroll("2026-11", { lang: LANG });
  expect(!refused.ok && refused.messages.map((m) => m.code)).toEqual(["staff.sameAsOverlap"]);
  // …until P1 (row 6) leaves in March 2025 and P3 comes back in May: no shared month.
  staff.type(`${letter("End date")}6`, "2025-03-31");
  staff.type(`${letter("Start date")}8`, "2025-05-01");
  const r = await runPayroll("2026-11", { lang: LANG });
  expect(r.ok ? [] : r.messages.map((m) => m.text)).toEqual([]);
  expect(staff.value(8, col)).toBe("P1");
});
