/**
 * The add-in's side of the exactness rules: a negative gross stops the payroll commands at the
 * penalty's cell with nothing written, and a re-hire's link typed on Staff is read and kept.
 */
import { SHEET, TABLE } from "../../../src/workbook/names";
import { runPayroll, setUpRolesAndStaff } from "../../../src/office";
import { serialToIso } from "../../../src/core/serialDate";
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

/** The dates (as typed, "2026-01-01", or as serials) of the Holidays table's rows. */
function holidayDates(fake: ReturnType<typeof freshExcel>): string[] {
  const t = fake.table(TABLE.holidays)!;
  const out: string[] = [];
  for (let row = t.top + 1; row <= t.lastData; row++) {
    const v = t.sheet.value(row, t.left);
    out.push(typeof v === "number" ? serialToIso(v)! : String(v).replace(/\//g, "-").replace(/-(\d)\b/g, "-0$1"));
  }
  return out;
}

test("a month in a year the Holidays table lacks brings that year's days in, keeping the rows there", async () => {
  const fake = freshExcel();
  // Set up this year (the pane's month is today's): the table holds the current year's days.
  expect((await setUpRolesAndStaff({ lang: LANG, ...teamInput(3) })).ok).toBe(true);
  const before = holidayDates(fake);
  expect(before).toContain("2026-10-01");
  expect(before.some((d) => d.startsWith("2025"))).toBe(false);
  // The user's own year, typed at the table's end (the State Council's notice for 2027, as text).
  const table = fake.table(TABLE.holidays)!;
  fake.userInsertRow(TABLE.holidays, table.lastData - table.top, ["2027/1/1", "statutory holiday", "New Year's Day"]);
  // December 2025's payroll: its paid days must count 2025's days off (and the engine's do), so the
  // table gains 2025's rows — 2025-10-01 National Day, 2025-09-28 a make-up workday.
  const r = await runPayroll("2025-12", { lang: LANG, grossMargin: 1000 });
  expect(r.ok ? [] : r.messages.map((m) => m.text)).toEqual([]);
  // Settings read whole in a round trip of its own (a plain run makes 4): 5, under issue 15's 8.
  expect(r.ok && [r.stats.syncs, r.stats.sheetsWritten.includes(SHEET.settings)]).toEqual([5, true]);
  const after = holidayDates(fake);
  expect(after).toEqual(expect.arrayContaining(["2025-01-01", "2025-09-28", "2025-10-01"]));
  expect(after.filter((d) => d.startsWith("2026"))).toEqual(before.filter((d) => d.startsWith("2026")));
  expect(after).toContain("2027-01-01"); // the user's row, its date now a date
  // The engine and the sheet count the same days again: a second run changes nothing.
  const again = holidayDates(fake);
  expect((await runPayroll("2025-12", { lang: LANG })).ok).toBe(true);
  expect(holidayDates(fake)).toEqual(again);
});
