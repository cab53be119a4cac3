import fc from "fast-check";
import { D, type Dec } from "../../../src/core/money";
import { checkInsured, checkLateJoinerInsurance, WAIVER_VOID_FROM } from "../../../src/core/compliance/insurance";

/** The setting's default (compliance.lateJoinerShare). */
const HALF = new D("0.5");

const d = (x: string | number): Dec => new D(x);
const who = { id: "s1", name: "王五", month: "2026-11" };
const fenArb = (max: number) => fc.integer({ min: 0, max }).map((n) => new D(n).div(100));
const codes = (ws: { code: string }[]) => ws.map((w) => w.code);

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
    expect(checkLateJoinerInsurance({ ...base, gross: d(1000), employeeInsurance: d("468.51") }, HALF)).toEqual([]);
    expect(checkLateJoinerInsurance({ ...base, gross: d(900), employeeInsurance: d(450) }, HALF)).toEqual([]);
    expect(codes(checkLateJoinerInsurance({ ...base, gross: d(900), employeeInsurance: d("450.01") }, HALF))).toEqual(["compliance.lateJoinerInsurance"]);
    // not a late joiner: started on the 1st, or in another month
    expect(checkLateJoinerInsurance({ ...base, startDate: "2026-11-01", gross: d(100), employeeInsurance: d(468) }, HALF)).toEqual([]);
    expect(checkLateJoinerInsurance({ ...base, startDate: "2026-10-24", gross: d(100), employeeInsurance: d(468) }, HALF)).toEqual([]);
  });

  it("fires exactly when insurance > share × gross for a joiner (property)", () => {
    fc.assert(
      fc.property(fenArb(2_000_000), fenArb(500_000), fc.integer({ min: 2, max: 30 }), (gross, insurance, day) => {
        const startDate = `2026-11-${String(day).padStart(2, "0")}`;
        const fired = checkLateJoinerInsurance({ month: "2026-11", startDate, gross, employeeInsurance: insurance, where: "w", params: who }, HALF).length > 0;
        expect(fired).toBe(insurance.greaterThan(0) && insurance.times(2).greaterThan(gross));
      }),
      { numRuns: 300 },
    );
  });

  it("a share set by the user (compliance.lateJoinerShare): at share × gross no flag, one fen above a flag (property)", () => {
    // Shares with up to 4 decimals (a percent with 2), as the payroll sheet compares them exactly (payrollFormulas.ts).
    fc.assert(
      fc.property(fenArb(2_000_000), fc.integer({ min: 1, max: 10_000 }), (gross, units) => {
        const share = d(units).div(10_000);
        const at = gross.times(share);
        const input = { month: "2026-11", startDate: "2026-11-20", gross, where: "w", params: who };
        if (at.decimalPlaces() <= 2 && at.greaterThan(0)) expect(checkLateJoinerInsurance({ ...input, employeeInsurance: at }, share)).toEqual([]);
        const above = at.toDecimalPlaces(2, D.ROUND_FLOOR).plus("0.01");
        expect(checkLateJoinerInsurance({ ...input, employeeInsurance: above }, share)).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });
});
