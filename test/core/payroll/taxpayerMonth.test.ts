import fc from "fast-check";
import { defaultEngineSettings } from "../../../src/core/defaults";
import { computePayrollYear } from "../../../src/core/payroll";
import { taxpayerMonth } from "../../../src/core/payroll/taxpayerMonth";
import { DEDUCTION_CATEGORIES, type DeductionEntry } from "../../../src/core/tax/deductions";
import { parseDeductions } from "../../../src/core/tax/deductionEntries";
import { ZERO, sum } from "../../../src/core/money";
import type { Staff } from "../../../src/core/types";
import { config, d, monthInput, role, s2, staff } from "./fixtures";

/**
 * Issue 13's special taxpayers wired through the whole engine (computePayrollYear): the basic deduction
 * by STA 2020 No. 19 and No. 13, and the special additional deductions by category. Every expected figure
 * is worked by hand in the comment beside it.
 */

const MONTHS_2026 = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"];

/** One uninsured person (no insurance, no commission): taxable = gross − deductions, figures easy by hand. */
function onePerson(over: Partial<Staff>, months = MONTHS_2026) {
  return config({
    roles: [role("plain", { share: d(0), insured: false })],
    staff: [staff("e1", "plain", { name: "王小明", startDate: "2020-01-01", ...over })],
    months: months.map((m) => monthInput(m)),
  });
}

const iits = (c: ReturnType<typeof onePerson>, to: string) => computePayrollYear(c, to).map((r) => s2(r.employees[0]!.iit));

describe("STA 2020 No. 19: paid here every month last year, at most 60,000 → 60,000 from January", () => {
  /**
   * The announcement: 在纳税人累计收入不超过6万元的月份，暂不预扣预缴个人所得税；在其累计收入超过6万元的当月及年内后续月份，
   * 再预扣预缴个人所得税. 8,000 a month: January–July 56,000 ≤ 60,000 → nothing; August 64,000 − 60,000 = 4,000 ×
   * 3% = 120; September 12,000 × 3% = 360 − 120 = 240; ordinary rule: (8,000 − 5,000) × 3% = 90 every month.
   */
  it("8,000 a month: nothing January to July, 120 in August, 240 in September", () => {
    const flagged = onePerson({ base: d(8000), iit: { previousYearUnder60k: true, firstJobThisYear: false } });
    expect(iits(flagged, "2026-09")).toEqual(["0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "120.00", "240.00"]);
    const line = computePayrollYear(flagged, "2026-09").at(-1)!.employees[0]!;
    expect(line.iitDeductions.rule).toBe("previousYearUnder60k");
    expect(s2(line.iitDeductions.basicToDate)).toBe("60000.00");
    expect(s2(line.cumulativeTaxable)).toBe("12000.00"); // 72,000 − 60,000
    expect(iits(onePerson({ base: d(8000) }), "2026-03")).toEqual(["90.00", "90.00", "90.00"]);
  });

  it("warns when the person started here this year (the announcement needs every month of last year here)", () => {
    const c = onePerson({ base: d(8000), startDate: "2026-02-01", iit: { previousYearUnder60k: true, firstJobThisYear: false } });
    const march = computePayrollYear(c, "2026-03").at(-1)!;
    expect(march.warnings.filter((w) => w.code.startsWith("iit.")).map((w) => [w.code, w.where])).toEqual([["iit.under60kButNew", "staff[0].iit.previousYearUnder60k"]]);
  });
});

describe("STA 2020 No. 13: first job this year → 5,000 × the month number", () => {
  /**
   * A graduate's first job from July at 15,000, no insurance. No. 13: cumulative deduction 5,000 × month number:
   *   Jul 15,000 − 35,000 < 0 → 0; Aug 30,000 − 40,000 → 0; Sep 45,000 − 45,000 = 0 → 0;
   *   Oct 60,000 − 50,000 = 10,000 × 3% = 300; Nov 20,000 × 3% = 600 − 300 = 300; Dec 30,000 → 900 − 600 = 300.
   * Ordinary: 10,000 a month taxable: Jul–Sep 300 each (30,000 × 3% = 900 by September); October's 40,000 is
   * in the 10% bracket: 4,000 − 2,520 = 1,480 − 900 = 580; Nov 50,000 → 2,480 − 1,480 = 1,000; Dec 60,000 → 1,000.
   */
  it("joins in July at 15,000: 0, 0, 0, 300, 300, 300 (ordinary: 300, 300, 300, 580, 1,000, 1,000)", () => {
    const months = MONTHS_2026.slice(6);
    const first = onePerson({ base: d(15000), startDate: "2026-07-01", iit: { previousYearUnder60k: false, firstJobThisYear: true } }, months);
    expect(iits(first, "2026-12")).toEqual(["0.00", "0.00", "0.00", "300.00", "300.00", "300.00"]);
    const july = computePayrollYear(first, "2026-07")[0]!.employees[0]!;
    expect([july.iitDeductions.rule, july.iitDeductions.basicMonths, s2(july.iitDeductions.basicToDate), july.yearToDate.after.months]).toEqual(["firstJobThisYear", 7, "35000.00", 1]);
    expect(iits(onePerson({ base: d(15000), startDate: "2026-07-01" }, months), "2026-12")).toEqual(["300.00", "300.00", "300.00", "580.00", "1000.00", "1000.00"]);
  });

  it("both flags: No. 19 applies, and a warning says the two cannot both be true", () => {
    const both = onePerson({ base: d(8000), iit: { previousYearUnder60k: true, firstJobThisYear: true } }, ["2026-03"]);
    const r = computePayrollYear(both, "2026-03").at(-1)!;
    expect(s2(r.employees[0]!.iitDeductions.basicToDate)).toBe("60000.00");
    expect(r.warnings.filter((w) => w.code === "iit.flagsConflict").map((w) => w.where)).toEqual(["staff[0].iit"]);
  });
});

function deductions(input: unknown): DeductionEntry[] {
  const r = parseDeductions(input, "staff[0].deductions");
  expect(r.problems).toEqual([]);
  return r.entries;
}

describe("special additional deductions by category, through the engine", () => {
  /**
   * The State Taxation Administration's example 2 of announcement 2018 No. 61 (quoted in
   * test/core/tax/cnIit.test.ts): 2019, wages 30,000, 三险一金 4,500, 子女教育、赡养老人两项专项附加扣除共计2000元 —
   * here by category: one child (1,000 in 2019) and elderly support shared (1,000, the 2019 cap) — withholds
   * 555, 625, 1,850; the insurance comes to 4,500 as in test/core/payroll/month.officialExample.test.ts.
   */
  it("example 2 by category: 555, 625, 1,850, and 3,000 + 3,000 to date by March", () => {
    const settings = defaultEngineSettings();
    settings.socialInsurance.baseCeiling = d(40000);
    settings.housingFund.employeeRate = d("0.045");
    settings.housingFund.baseCeiling = d(40000);
    const c = config({
      settings,
      roles: [role("staff", { share: d(0) })],
      staff: [staff("e1", "staff", { base: d(30000), startDate: "2015-03-01", deductions: deductions([{ category: "childEducation", from: "2019-01" }, { category: "elderlySupport", from: "2019-01", shared: true }]) })],
      months: ["2019-01", "2019-02", "2019-03"].map((m) => monthInput(m)),
    });
    const lines = computePayrollYear(c, "2019-03").map((r) => r.employees[0]!);
    expect(lines.map((l) => s2(l.iit))).toEqual(["555.00", "625.00", "1850.00"]);
    expect(lines.map((l) => s2(l.specialAdditionalDeduction))).toEqual(["2000.00", "2000.00", "2000.00"]);
    const march = lines[2]!.iitDeductions.categories!;
    expect([s2(march.toDate.childEducation), s2(march.toDate.elderlySupport), s2(march.month.childEducation)]).toEqual(["3000.00", "3000.00", "1000.00"]);
  });

  /**
   * 2026, 10,000 a month, no insurance. Child education 2,000 from March; rent 1,500 January–April, then housing
   * loan interest 1,000 from May; a certificate (3,600) in June. Month by month the deduction is
   *   Jan 1,500; Feb 1,500; Mar 3,500; Apr 3,500; May 3,000; Jun 6,600.
   * Taxable to date (10,000 × m − 5,000 × m − deductions to date): Jan 3,500 → 105; Feb 7,000 → 210 − 105 = 105;
   * Mar 8,500 → 255 − 210 = 45; Apr 10,000 → 300 − 255 = 45; May 12,000 → 360 − 300 = 60; Jun 10,400 → 312 < 360 → 0.
   */
  it("categories start and stop in their months; a certificate's lump can make the month's tax 0", () => {
    const c = onePerson({
      base: d(10000),
      deductions: deductions([
        { category: "childEducation", from: "2026-03" },
        { category: "housingRent", from: "2026-01", to: "2026-04", amount: 1500 },
        { category: "housingLoanInterest", from: "2026-05" },
        { category: "continuingEducationCertificate", from: "2026-06" },
      ]),
    });
    const lines = computePayrollYear(c, "2026-06").map((r) => r.employees[0]!);
    expect(lines.map((l) => s2(l.specialAdditionalDeduction))).toEqual(["1500.00", "1500.00", "3500.00", "3500.00", "3000.00", "6600.00"]);
    expect(lines.map((l) => s2(l.iit))).toEqual(["105.00", "105.00", "45.00", "45.00", "60.00", "0.00"]);
    const june = lines[5]!.iitDeductions.categories!.toDate;
    expect(Object.fromEntries(DEDUCTION_CATEGORIES.map((k) => [k, s2(june[k])]))).toEqual({
      childEducation: "8000.00", // Mar–Jun: 4 × 2,000
      infantCare: "0.00",
      elderlySupport: "0.00",
      housingLoanInterest: "2000.00", // May, Jun
      housingRent: "6000.00", // Jan–Apr: 4 × 1,500
      continuingEducationDegree: "0.00",
      continuingEducationCertificate: "3600.00",
      personalPension: "0.00",
    });
  });

  it("with both the monthly figure and categories, the categories win and a warning says so, where the figure is", () => {
    const c = onePerson({ base: d(10000), specialAdditionalDeduction: d(1000), deductions: deductions([{ category: "childEducation", from: "2026-01" }]) }, ["2026-01"]);
    const r = computePayrollYear(c, "2026-01")[0]!;
    expect(s2(r.employees[0]!.specialAdditionalDeduction)).toBe("2000.00");
    expect(r.warnings.filter((w) => w.code === "payroll.deductionsFlatIgnored").map((w) => [w.where, w.params.flat, w.params.total])).toEqual([["staff[0].specialAdditionalDeduction", "1000.00", "2000.00"]]);
  });

  it("without categories the monthly figure applies as before, and the line has no categories", () => {
    const line = computePayrollYear(onePerson({ base: d(10000), specialAdditionalDeduction: d(1000) }, ["2026-01"]), "2026-01")[0]!.employees[0]!;
    expect(s2(line.specialAdditionalDeduction)).toBe("1000.00");
    expect(line.iitDeductions.categories).toBeNull();
    expect([line.iitDeductions.rule, line.iitDeductions.basicMonths]).toEqual(["monthsEmployed", 1]);
  });

  /**
   * A re-hire is one taxpayer: the second record's months take the first record's flags and categories, and
   * the categories' year to date runs on across the gap (only the months employed here count): child education
   * 2,000 × (Jan, Feb, then Jun) = 6,000 by June.
   */
  it("a re-hire takes the first record's flags and deductions; the gap's months are not deducted", () => {
    const c = config({
      roles: [role("plain", { share: d(0), insured: false })],
      staff: [
        staff("a", "plain", { base: d(9000), startDate: "2020-01-01", endDate: "2026-02-28", iit: { previousYearUnder60k: true, firstJobThisYear: false }, deductions: deductions([{ category: "childEducation", from: "2025-01" }]) }),
        staff("a2", "plain", { base: d(9000), startDate: "2026-06-01", sameAs: "a" }),
      ],
      months: MONTHS_2026.slice(0, 6).map((m) => monthInput(m)),
    });
    const june = computePayrollYear(c, "2026-06").at(-1)!.employees[0]!;
    expect(june.id).toBe("a2");
    expect(s2(june.iitDeductions.basicToDate)).toBe("60000.00");
    expect(s2(june.iitDeductions.categories!.toDate.childEducation)).toBe("6000.00");
    expect(s2(june.yearToDate.after.specialAdditionalDeduction)).toBe("6000.00");
  });
});

describe("properties", () => {
  const monthArb = fc.tuple(fc.integer({ min: 2023, max: 2027 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`);
  const itemArb = fc.record(
    {
      category: fc.constantFrom(...DEDUCTION_CATEGORIES),
      from: monthArb,
      span: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
      amount: fc.option(fc.constantFrom(100, 400, 800, 1000, 1100, 1500, 2000, "123.45"), { nil: undefined }),
      share: fc.option(fc.constantFrom("full", "half"), { nil: undefined }),
      shared: fc.option(fc.boolean(), { nil: undefined }),
    },
    { requiredKeys: ["category", "from"] },
  );
  const toOf = (from: string, span: number | undefined) => {
    if (span === undefined) return undefined;
    const n = Number(from.slice(0, 4)) * 12 + Number(from.slice(5)) - 1 + span;
    return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`;
  };

  it("a month's deduction by categories adds up to the month's total, and the year to date to the categories' to date", () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 8 }), fc.integer({ min: 1, max: 12 }), (items, last) => {
        // The items the checks read (a refused one is an error the user sees, never part of a payroll).
        const raw = items.map(({ span, ...i }) => ({ ...i, ...(toOf(i.from, span) ? { to: toOf(i.from, span) } : {}) }));
        const entries = parseDeductions(raw, "staff[0].deductions").entries;
        const months = MONTHS_2026.slice(0, last);
        const lines = computePayrollYear(onePerson({ base: d(20000), deductions: entries }, months), months.at(-1)!).map((r) => r.employees[0]!);
        for (const l of lines) {
          const c = l.iitDeductions.categories;
          if (entries.length === 0) {
            expect(c).toBeNull();
            continue;
          }
          expect(s2(sum(DEDUCTION_CATEGORIES.map((k) => c!.month[k])))).toBe(s2(l.specialAdditionalDeduction));
          expect(s2(sum(DEDUCTION_CATEGORIES.map((k) => c!.toDate[k])))).toBe(s2(l.yearToDate.after.specialAdditionalDeduction));
        }
      }),
      { numRuns: 150 },
    );
  });

  it("the 60,000 rule deducts at least as much as the month-number rule, which deducts at least the months employed — and withholds no more", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 8_000_000 }), (month, joined, fen) => {
        const start = Math.min(month, joined);
        const months = MONTHS_2026.slice(start - 1, month);
        const base = d(fen).div(100);
        const run = (iit: Staff["iit"]) => computePayrollYear(onePerson({ base, startDate: `${MONTHS_2026[start - 1]}-01`, iit }, months), months.at(-1)!).at(-1)!.employees[0]!;
        const [u60, first, plain] = [run({ previousYearUnder60k: true, firstJobThisYear: false }), run({ previousYearUnder60k: false, firstJobThisYear: true }), run(undefined)];
        expect(u60.iitDeductions.basicToDate.greaterThanOrEqualTo(first.iitDeductions.basicToDate)).toBe(true);
        expect(first.iitDeductions.basicToDate.greaterThanOrEqualTo(plain.iitDeductions.basicToDate)).toBe(true);
        expect(u60.yearToDate.after.taxWithheld.lessThanOrEqualTo(first.yearToDate.after.taxWithheld)).toBe(true);
        expect(first.yearToDate.after.taxWithheld.lessThanOrEqualTo(plain.yearToDate.after.taxWithheld)).toBe(true);
      }),
      { numRuns: 120 },
    );
  });

  it("taxpayerMonth alone: the month number rule equals the months rule for someone here since January", () => {
    const t = (m: number) => taxpayerMonth({ taxpayer: staff("x", "plain", { iit: { previousYearUnder60k: false, firstJobThisYear: true } }), taxpayerIndex: 0, record: { id: "x", name: "x" }, month: MONTHS_2026[m - 1]!, monthsEmployed: m });
    for (let m = 1; m <= 12; m++) expect(t(m).basicMonths).toBe(m);
    expect(t(3).special).toEqual(ZERO);
  });
});
