/**
 * The issue-13 rules as sheet formulas (test/oracle/ruleFormulas.ts), recalculated by LibreOffice on a small
 * hand-made workbook and compared with core to the fen: hand-picked edge cases (the bonus cliffs, exact half
 * fen, a city rounding on a whole jiao) plus seeded random cases. Never skips: no soffice, no pass.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Decimal from "decimal.js";
import fc from "fast-check";
import type * as ExcelJS from "exceljs";
import { defaultEngineSettings } from "../../src/core/defaults";
import { D, clamp, type Dec } from "../../src/core/money";
import { ANNUAL_BONUS_MONTHLY_TABLE, mergedBonusTax, separateBonusTax } from "../../src/core/tax/annualBonus";
import { cumulativeBasicDeduction } from "../../src/core/tax/basicDeduction";
import { leaveDeduction, overtimePay } from "../../src/core/pay/attendance";
import { roundContribution, type ContributionRounding } from "../../src/core/insurance/rounding";
import { buildHolidayCalendar, monthHolidayLists, workdaysBetween } from "../../src/core/holidayCalendar";
import { DEDUCTION_CATEGORIES, monthDeductions } from "../../src/core/tax/deductions";
import { parseDeductions } from "../../src/core/tax/deductionEntries";
import { checkPenalty } from "../../src/core/compliance/penalties";
import { monthsOfYearTo } from "../../src/core/calendar";
import type { CellSpec, SheetSpec, WorkbookSpec } from "../../src/workbook/spec";
import { writeXlsxFast as writeXlsx } from "../../src/xlsx/writer";
import { disposeOracle, errorCells, findSoffice, readCell, recalculate } from "./libreoffice";
import * as F from "./ruleFormulas";

const d = (x: string | number): Dec => new D(x);
const fen = (min: number, max: number) => fc.integer({ min, max }).map((n) => new D(n).div(100).toFixed(2));
const sample = <T>(arb: fc.Arbitrary<T>, n: number, seed: number) => fc.sample(arb, { seed, numRuns: n });
const annual = defaultEngineSettings().taxTable;
const DAYS = d("21.75");

// ---------------------------------------------------------------- the cases

const BONUSES = ["0", "36000", "36000.01", "36001", "38566.66", "38566.67", "144000", "144000.01", "300000.02", "420000", "960000", "960000.01", "1000000", ...sample(fen(0, 150_000_000), 60, 1)];
const MERGED = [
  { bonus: "36000", taxable: "55500", withheld: "3030" },
  { bonus: "30000", taxable: "-20000", withheld: "0" },
  { bonus: "3000", taxable: "55500", withheld: "5000" },
  ...sample(fc.record({ bonus: fen(0, 50_000_000), taxable: fen(-10_000_000, 150_000_000), withheld: fen(0, 5_000_000) }), 40, 2),
];
const BASIC = [
  { under60k: true, firstJob: false, monthNumber: 3, months: 3 },
  { under60k: false, firstJob: true, monthNumber: 7, months: 1 },
  { under60k: false, firstJob: false, monthNumber: 9, months: 4 },
  { under60k: true, firstJob: true, monthNumber: 2, months: 2 },
];
const hoursArb = fc.integer({ min: 0, max: 600 }).map((n) => new D(n).div(10).toString());
const OVERTIME = [
  { base: "5000", wd: "2", rd: "0", hol: "0" },
  { base: "5000", wd: "0", rd: "2", hol: "0" },
  { base: "5000", wd: "0", rd: "0", hol: "8" },
  { base: "116.58", wd: "1", rd: "0", hol: "0" }, // exactly 1.005
  { base: "6000", wd: "3", rd: "4", hol: "8" },
  ...sample(fc.record({ base: fen(0, 10_000_000), wd: hoursArb, rd: hoursArb, hol: hoursArb }), 60, 3),
];
const daysArb = fc.integer({ min: 0, max: 44 }).map((n) => new D(n).div(2).toString());
const LEAVE = [
  { base: "4350", unpaid: "2", sick: "0", rate: "0.6", minimumWage: "2690" },
  { base: "6000", unpaid: "0", sick: "5", rate: "0.6", minimumWage: "2690" },
  { base: "3000", unpaid: "0", sick: "5", rate: "0.6", minimumWage: "2690" },
  { base: "2000", unpaid: "0", sick: "21.75", rate: "0.6", minimumWage: "2690" },
  ...sample(fc.record({ base: fen(100_000, 5_000_000), unpaid: daysArb, sick: daysArb, rate: fc.constantFrom("0.6", "0.7", "0.8", "1"), minimumWage: fc.constantFrom("1900", "2490", "2690") }), 40, 4),
];
const ROUNDINGS: ContributionRounding[] = ["fen", "jiao", "jiaoUp", "yuan"];
const CONTRIB = [
  { wage: "7460", floor: "7384", ceiling: "36921", rate: "0.02", how: "jiaoUp" as ContributionRounding }, // 149.2: a whole jiao stays
  { wage: "5000", floor: "7384", ceiling: "36921", rate: "0.08", how: "jiaoUp" as ContributionRounding },
  { wage: "50000", floor: "2690", ceiling: "36921", rate: "0.07", how: "yuan" as ContributionRounding },
  { wage: "10000.10", floor: "4462", ceiling: "22311", rate: "0.105", how: "fen" as ContributionRounding }, // 1050.0105
  ...sample(fc.record({ wage: fen(0, 6_000_000), floor: fc.constantFrom("2690", "4462", "7384"), ceiling: fc.constantFrom("22311", "36921"), rate: fc.constantFrom("0.08", "0.02", "0.005", "0.07", "0.12", "0.105", "0.16"), how: fc.constantFrom(...ROUNDINGS) }), 80, 5),
];
const cal = buildHolidayCalendar();
const SPANS = [
  ...monthsOfYearTo("2026-12").map((m) => ({ from: `${m}-01`, to: lastOf(m) })),
  { from: "2025-09-15", to: "2026-02-20" },
  { from: "2026-10-02", to: "2026-10-01" },
];
function lastOf(m: string): string {
  const [y, mo] = m.split("-").map(Number) as [number, number];
  return `${m}-${String(new Date(Date.UTC(y, mo, 0)).getUTCDate()).padStart(2, "0")}`;
}
const DEDUCTIONS = parseDeductions(
  [
    { category: "childEducation", from: "2026-03", amount: 2000 },
    { category: "childEducation", from: "2026-09", to: "2026-11", amount: 1000, share: "half" },
    { category: "elderlySupport", from: "2025-01", shared: true, amount: 1500 },
    { category: "housingRent", from: "2026-01", to: "2026-05", amount: 1100 },
    { category: "housingLoanInterest", from: "2026-07", amount: 1000 },
    { category: "continuingEducationCertificate", from: "2026-06", amount: 3600 },
    { category: "personalPension", from: "2026-02", to: "2026-08", amount: "1234.56" },
  ],
  "d",
);
const PENALTIES = [{ penalty: "1000", pay: "5000" }, { penalty: "1000.01", pay: "5000" }, ...sample(fc.record({ penalty: fen(0, 300_000), pay: fen(0, 1_000_000) }), 30, 6)];

// ---------------------------------------------------------------- the workbook

const n = (s: string) => Number(s);
const holidaysOf = (years: number[]) => years.flatMap((y) => monthsOfYearTo(`${y}-12`).flatMap((m) => monthHolidayLists(cal, m).holidays));
const makeUpOf = (years: number[]) => years.flatMap((y) => monthsOfYearTo(`${y}-12`).flatMap((m) => monthHolidayLists(cal, m).makeUpWorkdays));
const HOLIDAYS = holidaysOf([2025, 2026]);
const MAKEUP = makeUpOf([2025, 2026]);

function tablesSheet(): SheetSpec {
  const cells: CellSpec[] = [];
  ANNUAL_BONUS_MONTHLY_TABLE.forEach((b, i) => {
    if (b.upTo) cells.push({ at: `A${i + 2}`, value: b.upTo.toNumber() });
    cells.push({ at: `B${i + 2}`, value: b.rate.toNumber() }, { at: `C${i + 2}`, value: b.quickDeduction.toNumber() });
  });
  annual.forEach((b, i) => {
    if (b.upTo) cells.push({ at: `E${i + 2}`, value: b.upTo.toNumber() });
    cells.push({ at: `F${i + 2}`, value: b.rate.toNumber() }, { at: `G${i + 2}`, value: b.quickDeduction.toNumber() });
  });
  HOLIDAYS.forEach((date, i) => cells.push({ at: `I${i + 2}`, value: { date } }));
  MAKEUP.forEach((date, i) => cells.push({ at: `J${i + 2}`, value: { date } }));
  DEDUCTIONS.entries.forEach((e, i) => {
    cells.push({ at: `L${i + 2}`, value: e.category }, { at: `M${i + 2}`, value: { date: `${e.from}-01` } }, { at: `O${i + 2}`, value: e.amount!.toNumber() });
    if (e.to) cells.push({ at: `N${i + 2}`, value: { date: `${e.to}-01` } });
  });
  return { key: "tables", name: "Tables", cells, tables: [] };
}

const T = {
  mBounds: "Tables!$A$2:$A$7",
  mRates: "Tables!$B$2:$B$8",
  mQuick: "Tables!$C$2:$C$8",
  aBounds: "Tables!$E$2:$E$7",
  aRates: "Tables!$F$2:$F$8",
  aQuick: "Tables!$G$2:$G$8",
  holidays: `Tables!$I$2:$I$${HOLIDAYS.length + 1}`,
  makeUp: `Tables!$J$2:$J$${MAKEUP.length + 1}`,
  dCat: `Tables!$L$2:$L$${DEDUCTIONS.entries.length + 1}`,
  dFrom: `Tables!$M$2:$M$${DEDUCTIONS.entries.length + 1}`,
  dTo: `Tables!$N$2:$N$${DEDUCTIONS.entries.length + 1}`,
  dAmount: `Tables!$O$2:$O$${DEDUCTIONS.entries.length + 1}`,
};

function sheet(key: string, name: string, rows: CellSpec[][]): SheetSpec {
  return { key, name, cells: rows.flatMap((r) => r), tables: [] };
}

const spec: WorkbookSpec = {
  names: [],
  sheets: [
    tablesSheet(),
    sheet("bonus", "Bonus", BONUSES.map((b, i) => [{ at: `A${i + 1}`, value: n(b) }, { at: `B${i + 1}`, formula: F.separateBonusTaxFormula(`A${i + 1}`, T.mBounds, T.mRates, T.mQuick) }])),
    sheet("merged", "Merged", MERGED.map((c, i) => { const r = i + 1; return [{ at: `A${r}`, value: n(c.bonus) }, { at: `B${r}`, value: n(c.taxable) }, { at: `C${r}`, value: n(c.withheld) }, { at: `D${r}`, formula: F.mergedBonusExtraFormula(`A${r}`, `B${r}`, `C${r}`, T.aBounds, T.aRates, T.aQuick) }]; })),
    sheet("basic", "Basic", BASIC.map((c, i) => { const r = i + 1; return [{ at: `A${r}`, value: c.under60k }, { at: `B${r}`, value: c.firstJob }, { at: `C${r}`, value: c.monthNumber }, { at: `D${r}`, value: c.months }, { at: `E${r}`, formula: F.basicDeductionFormula(`A${r}`, `B${r}`, `C${r}`, `D${r}`, "5000", "60000") }]; })),
    sheet("overtime", "Overtime", OVERTIME.map((c, i) => { const r = i + 1; return [{ at: `A${r}`, value: n(c.base) }, { at: `B${r}`, value: n(c.wd) }, { at: `C${r}`, value: n(c.rd) }, { at: `D${r}`, value: n(c.hol) }, { at: `E${r}`, formula: F.overtimePayFormula(`A${r}`, `B${r}`, `C${r}`, `D${r}`, "21.75") }]; })),
    sheet("leave", "Leave", LEAVE.map((c, i) => { const r = i + 1; return [{ at: `A${r}`, value: n(c.base) }, { at: `B${r}`, value: n(c.unpaid) }, { at: `C${r}`, value: n(c.sick) }, { at: `D${r}`, value: n(c.rate) }, { at: `E${r}`, value: n(c.minimumWage) }, { at: `F${r}`, formula: F.leaveDeductionFormula(`A${r}`, `B${r}`, `C${r}`, `D${r}`, `E${r}`, "21.75") }]; })),
    sheet("contrib", "Contrib", CONTRIB.map((c, i) => { const r = i + 1; return [{ at: `A${r}`, value: n(c.wage) }, { at: `B${r}`, value: n(c.floor) }, { at: `C${r}`, value: n(c.ceiling) }, { at: `D${r}`, value: n(c.rate) }, { at: `E${r}`, value: c.how }, { at: `F${r}`, formula: F.contributionFormula(`A${r}`, `B${r}`, `C${r}`, `D${r}`, c.how) }]; })),
    sheet("workdays", "Workdays", SPANS.map((c, i) => { const r = i + 1; return [{ at: `A${r}`, value: { date: c.from } }, { at: `B${r}`, value: { date: c.to } }, { at: `C${r}`, formula: F.workdaysFormula(`A${r}`, `B${r}`, T.holidays, T.makeUp) }]; })),
    sheet("deductions", "Deductions", monthsOfYearTo("2026-12").map((m, i) => { const r = i + 1; return [{ at: `A${r}`, value: { date: `${m}-01` } }, ...DEDUCTION_CATEGORIES.map((c, j) => ({ at: `${String.fromCharCode(66 + j)}${r}`, formula: F.monthDeductionFormula(`"${c}"`, T.dCat, T.dFrom, T.dTo, T.dAmount, `$A${r}`) }))]; })),
    sheet("penalty", "Penalty", PENALTIES.map((c, i) => { const r = i + 1; return [{ at: `A${r}`, value: n(c.penalty) }, { at: `B${r}`, value: n(c.pay) }, { at: `C${r}`, formula: F.penaltyOverCapFormula(`A${r}`, `B${r}`) }]; })),
  ],
};

// ---------------------------------------------------------------- run once, compare

const dir = mkdtempSync(join(tmpdir(), "shopsheet-rules-oracle-"));
const file = join(dir, "rules.xlsx");
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  findSoffice();
  expect(DEDUCTIONS.problems).toEqual([]);
  await writeXlsx(spec, file);
  wb = (await recalculate([file])).get(file)!;
}, 180_000);

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await disposeOracle();
});

/** The sheet's number as money text, for a comparison to the fen that a binary float cannot blur. */
const money = (sheetName: string, at: string) => new Decimal(readCell(wb, sheetName, at) as number).toFixed(2);
const s2 = (x: Dec) => x.toFixed(2);

describe("LibreOffice computes the issue-13 formulas as core does, to the fen", () => {
  test("no error values", () => {
    expect(errorCells(wb)).toEqual([]);
  });

  test("separate bonus tax, including every cliff edge", () => {
    expect(BONUSES.map((_, i) => money("Bonus", `B${i + 1}`))).toEqual(BONUSES.map((b) => s2(separateBonusTax(d(b)))));
    expect(money("Bonus", "B2")).toBe("1080.00");
    expect(money("Bonus", "B4")).toBe("3390.10");
  });

  test("merged bonus: the month's extra withholding", () => {
    expect(MERGED.map((_, i) => money("Merged", `D${i + 1}`))).toEqual(MERGED.map((c) => s2(mergedBonusTax(d(c.bonus), d(c.taxable), annual, d(c.withheld)).extraWithholding)));
  });

  test("cumulative basic deduction of special taxpayers", () => {
    const expected = BASIC.map((c) => s2(cumulativeBasicDeduction({ monthNumber: c.monthNumber, monthsEmployed: c.months, taxpayer: { previousYearUnder60k: c.under60k, firstJobThisYear: c.firstJob }, monthly: d(5000), annual: d(60000) })));
    expect(BASIC.map((_, i) => money("Basic", `E${i + 1}`))).toEqual(expected);
    expect(expected).toEqual(["60000.00", "35000.00", "20000.00", "60000.00"]);
  });

  test("overtime pay, one rounding (an exact half fen included)", () => {
    expect(OVERTIME.map((_, i) => money("Overtime", `E${i + 1}`))).toEqual(OVERTIME.map((c) => s2(overtimePay(d(c.base), { workday: d(c.wd), restDay: d(c.rd), holiday: d(c.hol) }, DAYS))));
    expect(OVERTIME.slice(0, 4).map((_, i) => money("Overtime", `E${i + 1}`))).toEqual(["86.21", "114.94", "689.66", "1.01"]);
  });

  test("leave deduction with the sick-pay floor", () => {
    expect(LEAVE.map((_, i) => money("Leave", `F${i + 1}`))).toEqual(LEAVE.map((c) => s2(leaveDeduction(d(c.base), { unpaid: d(c.unpaid), sick: d(c.sick) }, { rate: d(c.rate), minimumWage: d(c.minimumWage) }, DAYS))));
  });

  test("contributions on a clamped base, rounded each city's way (a whole jiao stays put)", () => {
    expect(CONTRIB.map((_, i) => money("Contrib", `F${i + 1}`))).toEqual(CONTRIB.map((c) => s2(roundContribution(clamp(d(c.wage), d(c.floor), d(c.ceiling)).times(c.rate), c.how))));
    expect(money("Contrib", "F1")).toBe("149.20");
  });

  test("workdays: NETWORKDAYS with holidays, plus make-up days", () => {
    expect(SPANS.map((_, i) => readCell(wb, "Workdays", `C${i + 1}`))).toEqual(SPANS.map((s) => workdaysBetween(cal, s.from, s.to)));
  });

  test("a month's deduction per category (open-ended entries included)", () => {
    const months = monthsOfYearTo("2026-12");
    const got = months.map((_, i) => DEDUCTION_CATEGORIES.map((_, j) => money("Deductions", `${String.fromCharCode(66 + j)}${i + 1}`)));
    expect(got).toEqual(months.map((m) => DEDUCTION_CATEGORIES.map((c) => s2(monthDeductions(DEDUCTIONS.entries, m).byCategory[c]))));
  });

  test("the penalty check fires where core's does", () => {
    expect(PENALTIES.map((_, i) => readCell(wb, "Penalty", `C${i + 1}`))).toEqual(PENALTIES.map((c) => checkPenalty({ penalty: d(c.penalty), monthPay: d(c.pay), monthlyMinimum: null, where: "w", params: {} }).length > 0));
  });
});
