/**
 * The compliance checks of a month's payroll (src/core/payroll/compliance.ts), through computePayroll:
 * each fires strictly past its threshold, with its place, and the check column's words follow the
 * warnings. Thresholds by hand: the example minimum wage is 2,690 a month and 24 an hour (Shanghai from
 * 2023-07-01), 21.75 paid days a month; 工资支付暂行规定 第十六条 caps a month's deduction at 20% of the
 * month's pay; 法释〔2025〕12号 第十九条 applies from 2025-09-01.
 */
import fc from "fast-check";
import { computePayroll } from "../../../src/core/payroll";
import { complianceChecksOf, complianceMayWarn, complianceWarnings } from "../../../src/core/payroll/compliance";
import { laneFen } from "../../../src/core/payroll/fenLane";
import { monthPay } from "../../../src/core/payroll/month";
import type { Staff } from "../../../src/core/types";
import { config, d, entry, monthInput, role, staff } from "./fixtures";

const roles = [role("plain"), role("cash", { insured: false })];
const month = (m: string, people: Staff[], entries: ReturnType<typeof entry>[] = []) =>
  computePayroll(config({ roles, staff: people, months: [monthInput(m, { entries })] }), m);
const codes = (r: ReturnType<typeof month>) => r.warnings.filter((w) => w.code.startsWith("compliance.") || w.code === "payroll.penaltyAboveLimit").map((w) => [w.code, w.where]);
const fen = fc.integer({ min: 1, max: 1_000_000 }).map((n) => d(n).div(100));

describe("the minimum wage (最低工资规定 第十二条)", () => {
  it("fires for a full month's base one fen below 2,690, not at it", () => {
    expect(codes(month("2026-11", [staff("A", "plain", { base: d("2690") })]))).toEqual([]);
    expect(codes(month("2026-11", [staff("B", "plain", { base: d("2689.99") })]))).toEqual([["compliance.belowMinimumWage", "staff[0].base"]]);
  });

  it("leaves overtime out: 2,600 + 224.14 of overtime is still below", () => {
    // 2,600 × 1.5 × 10 ÷ 174 = 224.137… → 224.14; gross 2,824.14, pay for normal hours 2,600.00.
    const r = month("2026-11", [staff("A", "plain", { base: d(2600) })], [entry("A", { overtimeHours: { workday: d(10), restDay: d(0), holiday: d(0) } })]);
    expect(r.employees[0]!.gross.toFixed(2)).toBe("2824.14");
    expect(codes(r)).toEqual([["compliance.belowMinimumWage", "staff[0].base"]]);
  });

  it("prorates by the days worked, leave days out: 3,000 with 10 paid days of which 2 unpaid", () => {
    // Paid base 3,000 × 10 ÷ 21.75 = 1,379.31; leave 2 × 3,000 ÷ 21.75 = 275.86; pay 1,103.45.
    // Days worked 8: floor ROUND(2,690 × 8 ÷ 21.75, 2) = 989.43 → not below.
    const e = entry("A", { paidDays: d(10), leaveDays: { unpaid: d(2), sick: d(0) } });
    expect(codes(month("2026-11", [staff("A", "plain", { base: d(3000) })], [e]))).toEqual([]);
    // With 4 unpaid days: pay 1,379.31 − 551.72 = 827.59, days worked 6, floor 742.07 → not below either;
    // base 2,000 for 10 days with no leave: 919.54 < ROUND(2,690 × 10 ÷ 21.75, 2) = 1,236.78 → below.
    expect(codes(month("2026-11", [staff("A", "plain", { base: d(2000) })], [entry("A", { paidDays: d(10) })]))).toEqual([["compliance.belowMinimumWage", "staff[0].base"]]);
  });

  it("reads fractional paid days as work by the hour: 10.5 days = 84 hours × 24 = 2,016.00", () => {
    // 2,690 × 10.5 ÷ 21.75 = 1,298.6206… → 1,298.62: not below the prorated monthly floor (1,298.62), below 2,016.00.
    const r = month("2026-11", [staff("A", "plain", { base: d(2690) })], [entry("A", { paidDays: d("10.5") })]);
    expect(codes(r)).toEqual([["compliance.belowHourlyMinimum", "staff[0].base"]]);
    expect(r.warnings.find((w) => w.code === "compliance.belowHourlyMinimum")!.params).toMatchObject({ hours: "84", perHour: "15.46", hourlyMinimum: "24.00" });
    // Whole typed days are held to the monthly minimum only.
    expect(codes(month("2026-11", [staff("A", "plain", { base: d(2690) })], [entry("A", { paidDays: d(10) })]))).toEqual([]);
  });

  it("fires exactly below the full month's minimum (property)", () => {
    fc.assert(
      fc.property(fen, (base) => {
        const fired = codes(month("2026-11", [staff("A", "plain", { base })])).some(([c]) => c === "compliance.belowMinimumWage");
        expect(fired).toBe(base.lessThan(2690));
      }),
      { numRuns: 150 },
    );
  });
});

describe("deductions above 20% (工资支付暂行规定 第十六条) and social insurance", () => {
  it("fires exactly when the penalty is above a fifth of the pay before it (property)", () => {
    fc.assert(
      fc.property(fen, fen, (base, penalty) => {
        fc.pre(penalty.lessThanOrEqualTo(base));
        const r = month("2026-11", [staff("A", "plain", { base })], [entry("A", { penalty })]);
        const fired = codes(r).some(([c]) => c === "payroll.penaltyAboveLimit");
        expect(fired).toBe(penalty.times(5).greaterThan(base));
        expect(complianceChecksOf(r.warnings, "A").includes("penaltyAboveLimit")).toBe(fired);
      }),
      { numRuns: 150 },
    );
  });

  it("flags a role without insurance every month, saying from 2025-09 that a waiver is void", () => {
    const people = [staff("C", "cash", { base: d(6000) })];
    expect(codes(month("2025-08", people))).toEqual([["compliance.uninsured", "roles[1].insured"]]);
    expect(codes(month("2025-09", people))).toEqual([["compliance.uninsuredWaiverVoid", "roles[1].insured"]]);
    // A role not in the catalogue is computed without insurance too: said at the person's role.
    expect(codes(month("2026-11", [staff("X", "intern", { base: d(6000) })]))).toEqual([["compliance.uninsuredWaiverVoid", "staff[0].role"]]);
  });

  it("flags a late joiner whose insurance is more than half the gross, not one who joins on the 1st", () => {
    // Joins Thursday 2026-10-29: 2 paid days, 3,000 × 2 ÷ 21.75 = 275.86; insurance at the floors 468.51 + 150.00.
    const late = month("2026-10", [staff("L", "plain", { base: d(3000), startDate: "2026-10-29" })]);
    expect(codes(late)).toEqual([["compliance.lateJoinerInsurance", "staff[0].startDate"]]);
    expect(complianceChecksOf(late.warnings, "L")).toEqual(["lateJoinerInsurance"]);
    expect(codes(month("2026-10", [staff("F", "plain", { base: d(3000), startDate: "2026-10-01" })]))).toEqual([]);
    // Joining 2026-10-05 (Monday): 20 paid days, 2,758.62; 618.51 is less than half: no flag.
    expect(codes(month("2026-10", [staff("M", "plain", { base: d(3000), startDate: "2026-10-05" })]))).toEqual([]);
  });

  it("fires for a late joiner exactly when 2 × (insurance + housing fund) > gross (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 31 }), fen, (day, base) => {
        const r = month("2026-10", [staff("L", "plain", { base, startDate: `2026-10-${String(day).padStart(2, "0")}` })]);
        const l = r.employees[0]!;
        const fired = codes(r).some(([c]) => c === "compliance.lateJoinerInsurance");
        expect(fired).toBe(l.socialInsurance.plus(l.housingFund).times(2).greaterThan(l.gross) && l.socialInsurance.plus(l.housingFund).greaterThan(0));
      }),
      { numRuns: 100 },
    );
  });

  it("lists a person's checks in the column's order, each once", () => {
    const r = month("2026-10", [staff("Z", "cash", { base: d(1000), startDate: "2026-10-29" })], [entry("Z", { penalty: d(20), paidDays: d("1.5") })]);
    expect(complianceChecksOf(r.warnings, "Z")).toEqual(["belowMinimumWage", "belowHourlyMinimum", "penaltyAboveLimit", "uninsured"]);
    expect(complianceChecksOf(r.warnings, "nobody")).toEqual([]);
  });
});

describe("complianceMayWarn, the gate before the checks (issue 15)", () => {
  // Pays around the 2,690 minimum (and beyond the lane, and with parts of a fen), insured or not, joiners of
  // the month or earlier, with an entry or none (paid days with a fraction: by the hour), leave and overtime.
  const amount = fc.oneof(fc.integer({ min: 0, max: 600_000 }).map((n) => d(n).div(100)), fc.integer({ min: 1, max: 999 }).map((n) => d(2690).plus(d(n).div(1000))), fc.constant(d("5629499534213.13")));
  const caseArb = fc.record({
    base: amount,
    commission: amount,
    insured: fc.boolean(),
    startDate: fc.constantFrom(null, "2026-01-15", "2026-02-01", "2026-02-20"),
    entry: fc.option(
      fc.record({ paidDays: fc.constantFrom(null, d(10), d("12.5"), d("21.75")), unpaid: fc.constantFrom(d(0), d(2)), workday: fc.constantFrom(d(0), d(10), d(40)) }),
      // Half the cases without an entry: a gate that may skip the checks needs one (with fast-check's default of
      // one in six, 500 runs once drew no case the gate clears, and the count below failed in CI).
      { nil: undefined, freq: 1 },
    ),
  });

  it("clears an insured earlier joiner without an entry paid above the minimum, and only that", () => {
    const settings = config().settings;
    const minimumFen = laneFen(settings.minimumWage.monthly);
    const fullOrWorked = { paidDays: settings.paidDaysPerMonth, derived: false, span: { from: "2026-02-01", to: "2026-02-28" } };
    const gate = (insured: boolean, base: string, startDate: string | null, e?: ReturnType<typeof entry>) => {
      const r = role("r", { insured });
      const person = staff("A", "r", { base: d(base), startDate });
      const { pay } = monthPay({ staff: person, staffIndex: 0, role: r, month: "2026-02", entry: e, entryWhere: null, fullOrWorked, commission: d(0), settings });
      return complianceMayWarn(pay, person, r, "2026-02", e, minimumFen, settings.paidDaysPerMonth);
    };
    // 2,690 is the example settings' monthly minimum: at it the pay clears, a fen under it does not.
    expect(gate(true, "2690", "2026-01-15")).toBe(false);
    expect(gate(true, "2689.99", "2026-01-15")).toBe(true);
    expect(gate(false, "5000", "2026-01-15")).toBe(true); // uninsured: its own check
    expect(gate(true, "5000", "2026-02-20")).toBe(true); // a joiner of the month
    expect(gate(true, "5000", null, entry("A", { penalty: d(10) }))).toBe(true); // an entry
  });

  it("false only where complianceWarnings says nothing", () => {
    const settings = config().settings;
    const minimumFen = laneFen(settings.minimumWage.monthly);
    let silent = 0;
    fc.assert(
      fc.property(caseArb, (c) => {
        const r = role("r", { insured: c.insured });
        const person = staff("A", "r", { base: c.base, startDate: c.startDate });
        const e = c.entry === undefined ? undefined : entry("A", { paidDays: c.entry.paidDays, leaveDays: { unpaid: c.entry.unpaid, sick: d(0) }, overtimeHours: { workday: c.entry.workday, restDay: d(0), holiday: d(0) } });
        const fullOrWorked = { paidDays: settings.paidDaysPerMonth, derived: false, span: { from: "2026-02-01", to: "2026-02-28" } };
        const { pay } = monthPay({ staff: person, staffIndex: 0, role: r, month: "2026-02", entry: e, entryWhere: null, fullOrWorked, commission: c.commission, settings });
        const said = complianceWarnings({ pay, staff: person, staffIndex: 0, role: r, roleIndex: 0, month: "2026-02", entry: e, entryWhere: null, settings, who: { id: "A", name: "A", month: "2026-02" } });
        if (!complianceMayWarn(pay, person, r, "2026-02", e, minimumFen, settings.paidDaysPerMonth)) {
          silent++;
          expect(said).toEqual([]);
        }
      }),
      { numRuns: 500 },
    );
    expect(silent).toBeGreaterThan(0); // the gate is exercised, not always true
  });
});
