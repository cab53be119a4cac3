import { computePayroll, computePayrollYear } from "../../../src/core/payroll";
import { chainMonths, yearToDateIncomplete } from "../../../src/core/payroll/yearToDate";
import type { OpeningBalance, Staff } from "../../../src/core/types";
import { config, d, entry, monthInput, role, s2, staff } from "./fixtures";

const months = (...ms: string[]) => ms.map((m) => ({ month: m }));

describe("chainMonths", () => {
  it("runs from the year's first entered month up to the month asked for", () => {
    expect(chainMonths(months("2025-12", "2026-02", "2026-04"), "2026-03")).toEqual(["2026-02", "2026-03"]);
    expect(chainMonths(months("2025-12", "2026-02", "2026-04"), "2026-05")).toEqual(["2026-02", "2026-03", "2026-04", "2026-05"]);
  });

  it("is the month alone when nothing earlier in its year was entered", () => {
    expect(chainMonths(months("2025-12", "2026-04"), "2026-03")).toEqual(["2026-03"]);
    expect(chainMonths([], "2026-07")).toEqual(["2026-07"]);
  });
});

describe("yearToDateIncomplete", () => {
  const opening: OpeningBalance = { months: 1, gross: d(1), insurance: d(0), specialAdditionalDeduction: d(0), taxWithheld: d(0) };
  const who = (startDate: string | null, endDate: string | null = null, o: OpeningBalance | null = null) => ({ startDate, endDate, opening: o });

  it("is true for someone employed earlier in the year than the chain, without an opening balance", () => {
    expect(yearToDateIncomplete(who(null), "2026-04")).toBe(true);
    expect(yearToDateIncomplete(who("2026-03-31"), "2026-04")).toBe(true);
  });

  it("is false with an opening balance, for a chain from January, or for someone who joined since", () => {
    expect(yearToDateIncomplete(who(null, null, opening), "2026-04")).toBe(false);
    expect(yearToDateIncomplete(who(null), "2026-01")).toBe(false);
    expect(yearToDateIncomplete(who("2026-04-01"), "2026-04")).toBe(false);
    expect(yearToDateIncomplete(who("2024-01-01", "2025-12-31"), "2026-04")).toBe(false); // left last year
  });
});

/**
 * A manager on a base of 22000 with a special additional deduction of 1500, insured at the default rates:
 *   SI 22000 × (8% + 2% + 0.5%) = 1760 + 440 + 110 = 2310.00; HF 22000 × 5% = 1100.00
 *   monthly taxable = 22000 − 5000 − 3410 − 1500 = 12090
 */
const manager = (over: Partial<Staff> = {}) => staff("m1", "manager", { base: d(22000), specialAdditionalDeduction: d(1500), startDate: "2025-06-01", ...over });

describe("the cumulative chain", () => {
  it("crosses into the 10% bracket in month 3, worked by hand", () => {
    // Jan: 12090 × 3% = 362.70
    // Feb: 24180 × 3% = 725.40 − 362.70 = 362.70
    // Mar (reward 500, gross 22500): 36770 × 10% − 2520 = 1157.00 − 725.40 = 431.60
    //      net = 22500 − 2310 − 1100 − 431.60 = 18658.40
    const c = config({
      staff: [manager()],
      months: [monthInput("2026-01"), monthInput("2026-02"), monthInput("2026-03", { entries: [entry("m1", { reward: d(500) })] })],
    });
    const year = computePayrollYear(c, "2026-03");
    expect(year.map((r) => r.month)).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(year.map((r) => s2(r.employees[0]!.cumulativeTaxable))).toEqual(["12090.00", "24180.00", "36770.00"]);
    expect(year.map((r) => s2(r.employees[0]!.cumulativeTax))).toEqual(["362.70", "725.40", "1157.00"]);
    expect(year.map((r) => s2(r.employees[0]!.iit))).toEqual(["362.70", "362.70", "431.60"]);
    expect(s2(year[2]!.employees[0]!.net)).toBe("18658.40");
    expect(computePayroll(c, "2026-03")).toEqual(year[2]);
    expect(year.flatMap((r) => r.warnings)).toEqual([]);
  });

  it("continues from an opening balance carried from another payroll system", () => {
    // Jan–Mar elsewhere: gross 66000, insurance 3 × 3410 = 10230, special 4500, withheld 362.70 + 362.70 + 381.60 = 1107.00
    // Apr: taxable 88000 − 20000 − 13640 − 6000 = 48360 → × 10% − 2520 = 2316.00 → withhold 2316.00 − 1107.00 = 1209.00
    const opening = { months: 3, gross: d(66000), insurance: d(10230), specialAdditionalDeduction: d(4500), taxWithheld: d(1107) };
    const r = computePayroll(config({ staff: [manager({ opening })], months: [monthInput("2026-04")] }), "2026-04");
    expect([r.employees[0]!.cumulativeTaxable, r.employees[0]!.cumulativeTax, r.employees[0]!.iit].map(s2)).toEqual(["48360.00", "2316.00", "1209.00"]);
    expect(r.warnings).toEqual([]);
  });

  it("warns when someone worked here earlier in the year and no opening balance carries it", () => {
    // Without the opening balance April restarts the year: 12090 × 3% = 362.70, far below 1209.00
    const r = computePayroll(config({ staff: [manager()], months: [monthInput("2026-04")] }), "2026-04");
    expect(s2(r.employees[0]!.iit)).toBe("362.70");
    expect(r.warnings).toEqual([
      { code: "history.ytdIncomplete", params: { id: "m1", name: "m1", month: "2026-04", from: "2026-04" }, where: "staff[0].opening" },
    ]);
  });

  it("computes a month missing from the chain with defaults and says so on every later month", () => {
    // January and March entered, February not: February is computed (no margin, no entries, full month)
    // and its tax counts, so March withholds 381.60 as if February had been entered.
    const c = config({ staff: [manager()], months: [monthInput("2026-01"), monthInput("2026-03")] });
    const year = computePayrollYear(c, "2026-03");
    const missing = { code: "history.monthMissing", params: { month: "2026-02" }, where: "months[2026-02]" };
    expect(year.map((r) => r.month)).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(year.map((r) => s2(r.employees[0]!.iit))).toEqual(["362.70", "362.70", "381.60"]);
    expect(year[0]!.warnings).toEqual([]);
    expect(year[1]!.warnings).toEqual([missing]); // not also pool.marginMissing: one gap, one warning
    expect(year[2]!.warnings).toEqual([missing]);
    expect(year[1]!.pool.grossMargin).toBeNull();
  });

  it("ignores entered months after the one asked for", () => {
    const c = config({ staff: [manager()], months: ["2026-01", "2026-02", "2026-03", "2026-04"].map((m) => monthInput(m)) });
    expect(computePayrollYear(c, "2026-02").map((r) => r.month)).toEqual(["2026-01", "2026-02"]);
  });

  it("does not refund within the year when the cumulative tax falls", () => {
    // Uninsured role, base 10000, no special deduction.
    // Jan reward 40000: gross 50000; taxable 45000 → × 10% − 2520 = 1980.00, withhold 1980.00
    // Feb penalty 9000: gross 1000; taxable 51000 − 10000 = 41000 → 1580.00 < 1980.00 → withhold 0.00 (not −400)
    // Mar: gross 10000; taxable 61000 − 15000 = 46000 → 2080.00 → withhold 2080.00 − 1980.00 = 100.00
    const roles = [role("clerk", { insured: false, share: d(0) })];
    const c = config({
      roles,
      staff: [staff("k1", "clerk", { base: d(10000), startDate: "2026-01-01" })],
      months: [
        monthInput("2026-01", { entries: [entry("k1", { reward: d(40000) })] }),
        monthInput("2026-02", { entries: [entry("k1", { penalty: d(9000) })] }),
        monthInput("2026-03"),
      ],
    });
    const year = computePayrollYear(c, "2026-03");
    expect(year.map((r) => s2(r.employees[0]!.cumulativeTax))).toEqual(["1980.00", "1580.00", "2080.00"]);
    expect(year.map((r) => s2(r.employees[0]!.iit))).toEqual(["1980.00", "0.00", "100.00"]);
  });

  it("skips the months someone was not employed, and drops a leaver from later months", () => {
    // k1 leaves 2026-02-13 (Friday): February pays the weekdays 2–6 and 9–13 = 10 (Feb 1st is a Sunday)
    // 10000 × 10 / 21.75 = 4597.70; March has no line for k1.
    // k2 joins 2026-03-02: January and February do not count towards k2's months (1 month × 5000 in March).
    const roles = [role("clerk", { insured: false, share: d(0) })];
    const c = config({
      roles,
      staff: [staff("k1", "clerk", { base: d(10000), startDate: "2025-01-01", endDate: "2026-02-13" }), staff("k2", "clerk", { base: d(10000), startDate: "2026-03-02" })],
      months: [monthInput("2026-01"), monthInput("2026-02"), monthInput("2026-03", { entries: [entry("k2", { paidDays: d("21.75") })] })],
    });
    const year = computePayrollYear(c, "2026-03");
    expect(year.map((r) => r.employees.map((l) => l.id))).toEqual([["k1"], ["k1"], ["k2"]]);
    expect(s2(year[1]!.employees[0]!.paidBase)).toBe("4597.70");
    // k2 in March: 10000 − 5000 = 5000 taxable, the first month of its year
    expect(s2(year[2]!.employees[0]!.cumulativeTaxable)).toBe("5000.00");
  });

  it("reports each month's own warnings once, not the earlier months' again", () => {
    const c = config({
      staff: [staff("c1", "service", { base: null, startDate: "2026-01-01" })],
      months: ["2026-01", "2026-02", "2026-03"].map((m) => monthInput(m)),
    });
    const r = computePayroll(c, "2026-03");
    expect(r.warnings.filter((w) => w.code === "payroll.baseMissing")).toEqual([
      { code: "payroll.baseMissing", params: { id: "c1", name: "c1", month: "2026-03" }, where: "staff[0].base" },
    ]);
  });
});
