import fc from "fast-check";
import { D, ZERO, type Dec } from "../../../src/core/money";
import {
  allowanceTotals,
  hourlyRate,
  leaveDeduction,
  overtimePay,
  parseAllowances,
  parseLeaveDays,
  parseOvertimeHours,
  sickPay,
  sickPayFloored,
  type OvertimeHours,
} from "../../../src/core/pay/attendance";

const d = (x: string | number): Dec => new D(x);
const s2 = (x: Dec) => x.toFixed(2);
const DAYS = d("21.75");
const hours = (workday: number | string, restDay: number | string = 0, holiday: number | string = 0): OvertimeHours => ({ workday: d(workday), restDay: d(restDay), holiday: d(holiday) });

describe("hourly rate: base ÷ 21.75 ÷ 8 (劳社部发〔2008〕3号)", () => {
  it("is exact: 21.75 × 8 = 174, so 5,220 a month is 30 an hour", () => {
    expect(DAYS.times(8).toString()).toBe("174");
    expect(hourlyRate(d(5220), DAYS).toString()).toBe("30");
  });
});

/**
 * https://www.getst.net/2021/07/overtime-payment-and-statutory-holiday.html works three cases on a 5,000 salary
 * (劳动法 第四十四条): 2 hours on a Monday "2*1.5*5000/21.75/8=86.20", 2 hours on a Saturday "2*2*5000/21.75/8=114.94",
 * a full day on Labour Day "3*5000/21.75=689.65". The exact quotients are 15000/174 = 86.2068…, 20000/174 =
 * 114.9425…, 15000/21.75 = 689.6551…: rounded once, to the fen, they are 86.21, 114.94 and 689.66 — the page
 * cut the first and the last down (it rounds the daily wage, 229.88, on the way). We pay what the law's
 * formula gives, rounded once.
 */
describe("overtimePay: one rounding, at the end", () => {
  it("the page's three cases, exactly", () => {
    expect(s2(overtimePay(d(5000), hours(2), DAYS))).toBe("86.21");
    expect(s2(overtimePay(d(5000), hours(0, 2), DAYS))).toBe("114.94");
    expect(s2(overtimePay(d(5000), hours(0, 0, 8), DAYS))).toBe("689.66");
  });

  it("adds the three kinds before rounding: 3 + 4 + 8 hours on 6,000", () => {
    // 6000 × (4.5 + 8 + 24) ÷ 174 = 219000 ÷ 174 = 1258.6206… → 1258.62
    expect(s2(overtimePay(d(6000), hours(3, 4, 8), DAYS))).toBe("1258.62");
  });

  it("rounds an exact half fen up: 116.58 × 1.5 ÷ 174 = 1.005", () => {
    expect(s2(overtimePay(d("116.58"), hours(1), DAYS))).toBe("1.01");
  });

  it("is linear in hours up to the final rounding, and never decreases as hours grow (properties)", () => {
    const base = fc.integer({ min: 0, max: 10_000_000 }).map((n) => new D(n).div(100));
    const h = fc.integer({ min: 0, max: 2000 }).map((n) => new D(n).div(10)); // tenths of an hour
    const kind = fc.record({ workday: h, restDay: h, holiday: h });
    fc.assert(
      fc.property(base, kind, kind, (b, x, y) => {
        const sum = { workday: x.workday.plus(y.workday), restDay: x.restDay.plus(y.restDay), holiday: x.holiday.plus(y.holiday) };
        const apart = overtimePay(b, x, DAYS).plus(overtimePay(b, y, DAYS));
        // each of the two roundings is at most half a fen off
        expect(overtimePay(b, sum, DAYS).minus(apart).abs().lessThanOrEqualTo("0.01")).toBe(true);
        expect(overtimePay(b, sum, DAYS).greaterThanOrEqualTo(overtimePay(b, x, DAYS))).toBe(true);
        // 3 hours of holiday pay what 6 hours on a workday do: 3 × 3 = 6 × 1.5
        expect(overtimePay(b, hours(0, 0, 3), DAYS).equals(overtimePay(b, hours(6), DAYS))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("leave", () => {
  const sick = { rate: d("0.6"), minimumWage: d(2690) };

  it("unpaid days cost base ÷ 21.75 a day: 2 days on 4,350 = 400", () => {
    expect(s2(leaveDeduction(d(4350), { unpaid: d(2), sick: ZERO }, sick, DAYS))).toBe("400.00");
  });

  it("sick days are paid at the rate, unless 80% of the minimum wage is more (劳部发〔1995〕309号 第59条)", () => {
    // base 6000 × 60% = 3600 > 0.8 × 2690 = 2152: 5 sick days lose (6000 − 3600) × 5 ÷ 21.75 = 551.724… → 551.72
    expect(sickPayFloored(d(6000), sick)).toBe(false);
    expect(s2(leaveDeduction(d(6000), { unpaid: ZERO, sick: d(5) }, sick, DAYS))).toBe("551.72");
    expect(s2(sickPay(d(6000), d(5), sick, DAYS))).toBe("827.59"); // 3600 × 5 ÷ 21.75 = 827.586…
    // base 3000 × 60% = 1800 < 2152: the floor. (3000 − 2152) × 5 ÷ 21.75 = 194.942… → 194.94
    expect(sickPayFloored(d(3000), sick)).toBe(true);
    expect(s2(leaveDeduction(d(3000), { unpaid: ZERO, sick: d(5) }, sick, DAYS))).toBe("194.94");
    expect(s2(sickPay(d(3000), d(5), sick, DAYS))).toBe("494.71"); // 2152 × 5 ÷ 21.75 = 494.712…
  });

  it("a whole month sick pays at least 80% of the minimum wage, to the fen", () => {
    const base = d(2000);
    const paid = base.minus(leaveDeduction(base, { unpaid: ZERO, sick: DAYS }, sick, DAYS));
    expect(s2(paid)).toBe("2152.00"); // above the base: the floor tops it up, never silently lost
  });

  it("unpaid and sick days together, one rounding: (5000 × 1 + (5000 − 3000) × 2) ÷ 21.75 = 413.79", () => {
    expect(s2(leaveDeduction(d(5000), { unpaid: d(1), sick: d(2) }, sick, DAYS))).toBe("413.79");
  });
});

describe("allowances (津贴/补贴)", () => {
  it("sums taxable and exempt apart", () => {
    const t = allowanceTotals([
      { name: "岗位津贴", amount: d(300), taxable: true },
      { name: "误餐补助", amount: d("150.50"), taxable: false },
      { name: "高温津贴", amount: d(200), taxable: true },
    ]);
    expect([s2(t.taxable), s2(t.exempt), s2(t.total)]).toEqual(["500.00", "150.50", "650.50"]);
  });

  it("reads the config shape and says what and where", () => {
    const r = parseAllowances(
      [
        { name: "岗位津贴", amount: "1,200", taxable: true },
        { name: "交通补贴", amount: 300 },
        { name: "=HYPERLINK(1)", amount: "x", taxable: true },
        { name: "", amount: 5, taxable: false },
        { name: "误餐补助", amount: 100, taxable: "no" },
      ],
      "months[0].entries[3].allowances",
    );
    expect(r.allowances.map((a) => [a.name, s2(a.amount), a.taxable])).toEqual([
      ["岗位津贴", "1200.00", true],
      ["交通补贴", "300.00", true],
    ]);
    expect(r.problems.map((p) => [p.code, p.where])).toEqual([
      ["allowance.taxableAssumed", "months[0].entries[3].allowances[1].taxable"],
      ["allowance.amountInvalid", "months[0].entries[3].allowances[2].amount"],
      ["allowance.nameMissing", "months[0].entries[3].allowances[3].name"],
      ["allowance.taxableInvalid", "months[0].entries[3].allowances[4].taxable"],
    ]);
  });
});

describe("reading overtimeHours and leaveDays", () => {
  it("missing parts are 0; bad ones are said where", () => {
    const o = parseOvertimeHours({ workday: "2.5", holiday: -1 }, "months[1].entries[0].overtimeHours");
    expect([s2(o.hours.workday), s2(o.hours.restDay), s2(o.hours.holiday)]).toEqual(["2.50", "0.00", "0.00"]);
    expect(o.problems.map((p) => [p.code, p.where])).toEqual([["attendance.numberInvalid", "months[1].entries[0].overtimeHours.holiday"]]);
    const l = parseLeaveDays({ unpaid: 1, sick: "x" }, "months[1].entries[0].leaveDays");
    expect(l.problems.map((p) => p.where)).toEqual(["months[1].entries[0].leaveDays.sick"]);
    expect(parseOvertimeHours(7, "o").problems.map((p) => p.code)).toEqual(["attendance.objectExpected"]);
    expect(parseLeaveDays(undefined, "l").problems).toEqual([]);
  });
});
