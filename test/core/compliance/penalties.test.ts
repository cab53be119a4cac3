import fc from "fast-check";
import { D, type Dec } from "../../../src/core/money";
import { checkPenalty } from "../../../src/core/compliance/penalties";

const d = (x: string | number): Dec => new D(x);
const who = { id: "s1", name: "王五", month: "2026-11" };
const fenArb = (max: number) => fc.integer({ min: 0, max }).map((n) => new D(n).div(100));
const codes = (ws: { code: string }[]) => ws.map((w) => w.code);

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
