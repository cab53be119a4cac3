import fc from "fast-check";
import { D, type Dec } from "../../../src/core/money";
import { checkInsured, checkLateJoinerInsurance, WAIVER_VOID_FROM } from "../../../src/core/compliance/insurance";
import { checkMinimumWage } from "../../../src/core/compliance/minimumWage";
import { checkOvertimeLimit } from "../../../src/core/compliance/overtimeLimit";
import { checkPenalty } from "../../../src/core/compliance/penalties";

const d = (x: string | number): Dec => new D(x);
const who = { id: "s1", name: "王五", month: "2026-11" };
const FEN = d("0.01");
const fenArb = (max: number) => fc.integer({ min: 0, max }).map((n) => new D(n).div(100));
const codes = (ws: { code: string }[]) => ws.map((w) => w.code);

describe("minimum wage (最低工资规定 第十二条)", () => {
  const base = { monthlyMinimum: d(2690), paidDays: d("21.75"), paidDaysPerMonth: d("21.75"), where: "staff[0]", params: who };

  it("fires one fen below the minimum, not at it", () => {
    expect(codes(checkMinimumWage({ ...base, pay: d("2689.99") }))).toEqual(["compliance.belowMinimumWage"]);
    expect(checkMinimumWage({ ...base, pay: d(2690) })).toEqual([]);
  });

  it("prorates the minimum for a part month: 10.875 of 21.75 paid days → 1345", () => {
    expect(checkMinimumWage({ ...base, paidDays: d("10.875"), pay: d(1345) })).toEqual([]);
    const [w] = checkMinimumWage({ ...base, paidDays: d("10.875"), pay: d("1344.99") });
    expect(w?.params).toMatchObject({ pay: "1344.99", minimum: "1345.00", monthlyMinimum: "2690.00" });
  });

  it("checks the hourly minimum for an hourly worker: 80 hours at 24 = 1920 against 24/h", () => {
    const part = { ...base, monthlyMinimum: d(0), hourlyMinimum: d(24), hours: d(80) };
    expect(checkMinimumWage({ ...part, pay: d(1920) })).toEqual([]);
    expect(codes(checkMinimumWage({ ...part, pay: d("1919.99") }))).toEqual(["compliance.belowHourlyMinimum"]);
  });

  it("fires exactly when pay < minimum × paid share (property)", () => {
    fc.assert(
      fc.property(fenArb(1_000_000), fenArb(500_000), fc.integer({ min: 1, max: 2175 }).map((n) => new D(n).div(100)), (pay, min, days) => {
        const fired = checkMinimumWage({ ...base, pay, monthlyMinimum: min, paidDays: days }).length > 0;
        expect(fired).toBe(pay.times(21.75).lessThan(min.times(days)));
      }),
      { numRuns: 300 },
    );
  });
});

describe("penalties (工资支付暂行规定 第十六条)", () => {
  const base = { monthlyMinimum: null, where: "months[0].entries[1].penalty", params: who };

  it("fires above 20% of the month's pay, not at 20%", () => {
    expect(checkPenalty({ ...base, penalty: d(1000), monthPay: d(5000) })).toEqual([]);
    const [w] = checkPenalty({ ...base, penalty: d("1000.01"), monthPay: d(5000) });
    expect(w).toEqual({ code: "compliance.penaltyOver20", params: { ...who, penalty: "1000.01", pay: "5000.00", limit: "1000.00", share: "20" }, where: "months[0].entries[1].penalty" });
  });

  it("fires when what is left is below the local minimum wage", () => {
    expect(codes(checkPenalty({ ...base, monthlyMinimum: d(2690), penalty: d(500), monthPay: d("3189.99") }))).toEqual(["compliance.penaltyBelowMinimum"]);
    expect(checkPenalty({ ...base, monthlyMinimum: d(2690), penalty: d(500), monthPay: d(3190) })).toEqual([]);
  });

  it("fires exactly when penalty > 20% × pay (property)", () => {
    fc.assert(
      fc.property(fenArb(200_000), fenArb(5_000_000), (penalty, pay) => {
        const fired = codes(checkPenalty({ ...base, penalty, monthPay: pay })).includes("compliance.penaltyOver20");
        expect(fired).toBe(penalty.times(5).greaterThan(pay));
      }),
      { numRuns: 300 },
    );
  });
});

describe("social insurance (法释〔2025〕12号 第十九条)", () => {
  const params = { ...who, roleZh: "客服", roleEn: "Customer service" };

  it("flags an uninsured person every month; from 2025-09 with the waiver-is-void message", () => {
    expect(WAIVER_VOID_FROM).toBe("2025-09");
    expect(codes(checkInsured({ month: "2025-08", insured: false, where: "staff[1]", params }))).toEqual(["compliance.uninsured"]);
    expect(codes(checkInsured({ month: "2025-09", insured: false, where: "staff[1]", params }))).toEqual(["compliance.uninsuredWaiverVoid"]);
    expect(checkInsured({ month: "2026-11", insured: true, where: "staff[1]", params })).toEqual([]);
  });

  it("late joiner: fires when insurance is more than half of a part month's gross, not at half", () => {
    const base = { month: "2026-11", startDate: "2026-11-24", where: "staff[4]", params: who };
    // joined on the 24th: 5 working days of 4,350 = 1000 gross; a full month on the floor base 4462 × 10.5% = 468.51
    expect(checkLateJoinerInsurance({ ...base, gross: d(1000), employeeInsurance: d("468.51") })).toEqual([]);
    expect(checkLateJoinerInsurance({ ...base, gross: d(900), employeeInsurance: d(450) })).toEqual([]);
    expect(codes(checkLateJoinerInsurance({ ...base, gross: d(900), employeeInsurance: d("450.01") }))).toEqual(["compliance.lateJoinerInsurance"]);
    // not a late joiner: started on the 1st, or in another month
    expect(checkLateJoinerInsurance({ ...base, startDate: "2026-11-01", gross: d(100), employeeInsurance: d(468) })).toEqual([]);
    expect(checkLateJoinerInsurance({ ...base, startDate: "2026-10-24", gross: d(100), employeeInsurance: d(468) })).toEqual([]);
  });

  it("fires exactly when insurance > share × gross for a joiner (property)", () => {
    fc.assert(
      fc.property(fenArb(2_000_000), fenArb(500_000), fc.integer({ min: 2, max: 30 }), (gross, insurance, day) => {
        const startDate = `2026-11-${String(day).padStart(2, "0")}`;
        const fired = checkLateJoinerInsurance({ month: "2026-11", startDate, gross, employeeInsurance: insurance, where: "w", params: who }).length > 0;
        expect(fired).toBe(insurance.greaterThan(0) && insurance.times(2).greaterThan(gross));
      }),
      { numRuns: 300 },
    );
  });
});

describe("overtime limit (劳动法 第四十一条)", () => {
  it("fires above 36 hours a month, not at 36", () => {
    expect(checkOvertimeLimit(d(36), "w", who)).toEqual([]);
    expect(codes(checkOvertimeLimit(d(36).plus(FEN), "w", who))).toEqual(["compliance.overtimeOver36"]);
  });
});
