/**
 * The Holidays table on Settings (issue 13, layout 13): each day's kind in the workbook's words with the
 * helpers the paid days read, the note for months no calendar covers, and the paid-days formula's shape.
 * Its figures are proven against core in LibreOffice (test/oracle/payroll.oracle.test.ts,
 * "paid-days-by-the-calendar"); its rows read back in test/workbook/read/holidayRows.test.ts.
 */
import type { CalendarDay } from "../../../src/core/holidayCalendar";
import { isoToSerial } from "../../../src/core/serialDate";
import { holidaysTable, notCoveredNote, paidDaysFormula } from "../../../src/workbook/sheets/holidays";

// National Day 2026 as the State Council's notice gives it (Oct 1–7 off, Saturday Oct 10 worked), three days of it.
const days: CalendarDay[] = [
  { date: "2026-10-01", kind: "statutory", name: "国庆节" },
  { date: "2026-10-06", kind: "restDay", name: "国庆节" },
  { date: "2026-10-10", kind: "makeUp", name: "国庆节" },
];

test("each day's kind is a word of the workbook's language, and the helpers mark days off and paid days", () => {
  const zh = holidaysTable(days, "zh-CN", "J4");
  expect(zh.rows.map((r) => r.kind)).toEqual(["法定节假日", "调休休息日", "调休上班日"]);
  expect(holidaysTable(days, "en-US", "J4").rows.some((r) => /[\u4e00-\u9fff]/.test(String(r.kind)))).toBe(false);
  // A statutory day and a swapped rest day are off (NETWORKDAYS skips them); a statutory day and a make-up day are paid.
  const serial = (d: string) => isoToSerial(d);
  expect(zh.rows.map((r) => [r.offDay, r.paid])).toEqual([
    [serial("2026-10-01"), 1],
    [serial("2026-10-06"), 0],
    [0, 1],
  ]);
  // The kind offered as a drop-down of the three words.
  const kind = zh.columns.find((c) => c.key === "kind")!;
  expect(kind.validation).toMatchObject({ kind: "list", values: ["法定节假日", "调休休息日", "调休上班日"] });
});

test("the note names the months no calendar covers, Chinese first, and is absent when every month is covered", () => {
  expect(notCoveredNote([], "zh-CN")).toBeNull();
  const zh = notCoveredNote(["2027-01", "2027-02"], "zh-CN")!;
  expect(zh).toContain("2027-01、2027-02");
  expect(zh).not.toMatch(/wb\.|\{/);
  expect(notCoveredNote(["2027-01"], "en-US")).toContain("2027-01");
});

test("paid days: Monday to Friday less the days off, plus the paid days of the span", () => {
  expect(paidDaysFormula("A1", "B1")).toBe('NETWORKDAYS(A1,B1,Holidays[offDay])+COUNTIFS(Holidays[day],">="&A1,Holidays[day],"<="&B1,Holidays[paid],1)');
});
