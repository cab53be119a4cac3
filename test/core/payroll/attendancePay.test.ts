/**
 * Overtime, leave and allowances in the month's pay (issue 13), through the whole engine: the entry's
 * hours, days and allowances → overtime pay, leave deduction, allowances → gross → income tax → net.
 *
 * Sources of the rules (src/core/pay/attendance.ts cites each):
 * - 劳社部发〔2008〕3号: 月计薪天数 21.75, 小时工资 = 月工资 ÷ 21.75 ÷ 8 (so 8,700 a month is 50.00 an hour);
 * - 劳动法 第四十四条: overtime at ≥150% (workday), ≥200% (rest day), ≥300% (statutory holiday);
 * - 劳部发〔1995〕309号 第59条: sick pay never below 80% of the minimum wage;
 * - 国税发〔1994〕89号 第二条: 误餐补助 and the like are not wages (exempt); 个人所得税法实施条例 第六条: other
 *   津贴、补贴 are wages (taxable).
 * Every figure below is worked by hand in its comment.
 */
import fc from "fast-check";
import { computePayroll, type PayLine } from "../../../src/core/payroll";
import type { MonthEntry, Staff } from "../../../src/core/types";
import { config, d, entry, monthInput, role, s2, staff } from "./fixtures";

/** A role without share and without insurance: the pay is the base and the issue-13 items alone. */
const plain = role("plain", { share: null, insured: false });

function march(people: Staff[], entries: MonthEntry[]) {
  return computePayroll(config({ roles: [plain], staff: people, months: [monthInput("2026-03", { entries })] }), "2026-03");
}

const figures = (l: PayLine) => ({
  paidBase: s2(l.paidBase),
  overtimePay: s2(l.overtimePay),
  leaveDeduction: s2(l.leaveDeduction),
  allowances: s2(l.allowances),
  gross: s2(l.gross),
  cumulativeTaxable: s2(l.cumulativeTaxable),
  iit: s2(l.iit),
  net: s2(l.net),
});

describe("overtime, leave and allowances in a month's pay", () => {
  it("a worked month: 8,700 base, overtime of each kind, unpaid and sick leave, a taxable and an exempt allowance", () => {
    // Hourly 8,700 ÷ 21.75 ÷ 8 = 50.00. Overtime 10 h × 1.5 × 50 = 750 + 8 h × 2 × 50 = 800 + 8 h × 3 × 50 = 1,200 → 2,750.00.
    // Leave: unpaid 2 days × 8,700 ÷ 21.75 = 800; sick pay 60% of 8,700 = 5,220 a month (above 80% × 2,690 = 2,152),
    // so a sick day loses (8,700 − 5,220) ÷ 21.75 = 160, × 3 days = 480 → 1,280.00.
    // Allowances: 交通补贴 300 (taxable) + 误餐补助 200 (exempt) = 500.00.
    // Gross = 8,700 + 2,750 − 1,280 + 500 = 10,670.00. Taxable income = 10,670 − 200 = 10,470, less 5,000 = 5,470.00;
    // tax 3% = 164.10; net = 10,670 − 164.10 = 10,505.90 (no insurance in this role).
    const r = march(
      [staff("A", "plain", { base: d(8700) })],
      [
        entry("A", {
          overtimeHours: { workday: d(10), restDay: d(8), holiday: d(8) },
          leaveDays: { unpaid: d(2), sick: d(3) },
          allowances: [
            { name: "交通补贴", amount: d(300), taxable: true },
            { name: "误餐补助", amount: d(200), taxable: false },
          ],
        }),
      ],
    );
    expect(r.employees.map(figures)).toEqual([
      { paidBase: "8700.00", overtimePay: "2750.00", leaveDeduction: "1280.00", allowances: "500.00", gross: "10670.00", cumulativeTaxable: "5470.00", iit: "164.10", net: "10505.90" },
    ]);
  });

  it("sick pay on a low base is held up to 80% of the minimum wage (劳部发〔1995〕309号 第59条)", () => {
    // Base 2,500: 60% = 1,500 is below 80% × 2,690 = 2,152, so sick days are paid at 2,152 a month:
    // 2 sick days lose (2,500 − 2,152) × 2 ÷ 21.75 = 696 ÷ 21.75 = 32.00.
    const r = march([staff("B", "plain", { base: d(2500) })], [entry("B", { leaveDays: { unpaid: d(0), sick: d(2) } })]);
    expect(s2(r.employees[0]!.leaveDeduction)).toBe("32.00");
    expect(s2(r.employees[0]!.gross)).toBe("2468.00");
  });

  it("an exempt allowance is paid but not taxed; the same amount taxable is taxed at the marginal rate", () => {
    // Base 10,000: taxable income 5,000 → 150.00 tax. A 1,000 exempt allowance: tax unchanged, net + 1,000.
    // The same 1,000 taxable: taxable income 6,000 → 180.00 (3%), net + 970.
    const base = march([staff("C", "plain", { base: d(10000) })], []).employees[0]!;
    const exempt = march([staff("C", "plain", { base: d(10000) })], [entry("C", { allowances: [{ name: "独生子女补贴", amount: d(1000), taxable: false }] })]).employees[0]!;
    const taxable = march([staff("C", "plain", { base: d(10000) })], [entry("C", { allowances: [{ name: "岗位津贴", amount: d(1000), taxable: true }] })]).employees[0]!;
    expect([s2(base.iit), s2(exempt.iit), s2(taxable.iit)]).toEqual(["150.00", "150.00", "180.00"]);
    expect([s2(exempt.net.minus(base.net)), s2(taxable.net.minus(base.net))]).toEqual(["1000.00", "970.00"]);
    expect([s2(exempt.gross), s2(taxable.gross)]).toEqual(["11000.00", "11000.00"]);
  });

  it("an allowance whose taxability is not said is taxed, and a warning says where", () => {
    const r = march([staff("D", "plain", { base: d(5000) })], [entry("D", { allowances: [{ name: "高温补贴", amount: d(300), taxable: true, taxableAssumed: true }] })]);
    expect(r.warnings.filter((w) => w.code === "allowance.taxableAssumed")).toEqual([
      { code: "allowance.taxableAssumed", params: expect.objectContaining({ name: "高温补贴", id: "D" }), where: "months[0].entries[0].allowances[0].taxable" },
    ]);
  });

  it("leave that takes more than the month's pay is an error placed on the leave days, not on the penalty", () => {
    // 2,175 ÷ 21.75 = 100 a day; 31 unpaid days = 3,100 > 2,175: gross −925.00.
    const r = march([staff("G", "plain", { base: d(2175) })], [entry("G", { leaveDays: { unpaid: d(31), sick: d(0) } })]);
    expect(r.errors).toEqual([
      { code: "payroll.leaveAbovePay", params: expect.objectContaining({ id: "G", leave: "3100.00", pay: "2175.00", gross: "-925.00" }), where: "months[0].entries[0].leaveDays" },
    ]);
    // With a penalty that alone would not make it negative, the leave is still the cause.
    const both = march([staff("G", "plain", { base: d(2175) })], [entry("G", { penalty: d(10), leaveDays: { unpaid: d(31), sick: d(0) } })]);
    expect(both.errors.map((e) => e.code)).toEqual(["payroll.leaveAbovePay"]);
    // A penalty that makes a positive pay negative is the penalty's error, as before: 2,175 − 100 − 2,100 = −25.00.
    const penalty = march([staff("G", "plain", { base: d(2175) })], [entry("G", { penalty: d(2100), leaveDays: { unpaid: d(1), sick: d(0) } })]);
    expect(penalty.errors.map((e) => [e.code, e.where])).toEqual([["payroll.negativeGross", "months[0].entries[0].penalty"]]);
  });

  const hours = fc.integer({ min: 0, max: 4000 }).map((n) => d(n).dividedBy(4)); // quarter hours up to 1,000
  const base = fc.integer({ min: 0, max: 5_000_000 }).map((n) => d(n).dividedBy(100)); // up to 50,000.00

  it("overtime pay is linear in the hours: the hours of two entries together pay the sum, to within the two roundings", () => {
    fc.assert(
      fc.property(base, hours, hours, hours, hours, (b, w1, w2, r1, h1) => {
        const pay = (workday: typeof w1, restDay: typeof w1, holiday: typeof w1) =>
          march([staff("E", "plain", { base: b })], [entry("E", { overtimeHours: { workday, restDay, holiday } })]).employees[0]!.overtimePay;
        const a = pay(w1, r1, d(0));
        const c = pay(w2, d(0), h1);
        const both = pay(w1.plus(w2), r1, h1);
        // Each figure is rounded once to the fen: the sum of two is within a fen of the whole.
        expect(both.minus(a.plus(c)).abs().lessThanOrEqualTo("0.01")).toBe(true);
        // Double the hours, double the unrounded pay: within a fen and a half of twice the rounded one.
        expect(pay(w1.times(2), r1.times(2), d(0)).minus(a.times(2)).abs().lessThanOrEqualTo("0.015")).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("gross rises by exactly the overtime pay and the allowances, and falls by exactly the leave deduction", () => {
    fc.assert(
      fc.property(base, hours, fc.integer({ min: 0, max: 40 }).map((n) => d(n).dividedBy(2)), fc.integer({ min: 0, max: 100_000 }).map((n) => d(n).dividedBy(100)), (b, h, days, allowance) => {
        const without = march([staff("F", "plain", { base: b })], []).employees[0]!;
        const withAll = march(
          [staff("F", "plain", { base: b })],
          [entry("F", { overtimeHours: { workday: h, restDay: d(0), holiday: d(0) }, leaveDays: { unpaid: days, sick: d(0) }, allowances: [{ name: "x", amount: allowance, taxable: true }] })],
        ).employees[0]!;
        expect(s2(withAll.gross.minus(without.gross))).toBe(s2(withAll.overtimePay.minus(withAll.leaveDeduction).plus(withAll.allowances)));
      }),
      { numRuns: 200 },
    );
  });
});
