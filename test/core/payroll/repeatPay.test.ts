/**
 * A person's month repeated (src/core/payroll/repeatPay.ts, issue 15): runMonth with the payroll year's
 * kept months must give what it gives computing every month afresh (an empty `kept`), and must repeat a
 * MonthPay only while nothing it reads has changed. Each case below changes one input between January
 * and February; a kept pay that ignored it would carry January's figure into February.
 */
import fc from "fast-check";
import type { Month } from "../../../src/core/calendar";
import { D } from "../../../src/core/money";
import type { InsuranceProfile, ProfilePeriod } from "../../../src/core/insurance/profiles";
import { runMonth } from "../../../src/core/payroll/monthRun";
import type { RepeatedPays } from "../../../src/core/payroll/repeatPay";
import { chainMonths } from "../../../src/core/payroll/yearToDate";
import type { Config } from "../../../src/core/types";
import { shopArb } from "./arbitraries";
import { config, d, entry, monthInput, role, s2, staff } from "./fixtures";

/** Every month of the chain to `month`, run with one `kept` for the year (as computePayrollYear does) and each afresh. */
function bothWays(c: Config, month: Month) {
  const kept: RepeatedPays = [];
  return chainMonths(c.months, month).map((m) => ({ repeated: runMonth(c, m, kept), afresh: runMonth(c, m) }));
}

const team = [staff("a", "r", { base: d(6000) }), staff("b", "r", { base: d(8000), contributionBase: d(9000) })];
const roles = [role("r", { share: d("0.1"), shareBasis: "splitRole" })];

describe("runMonth with the year's kept months", () => {
  test("a month without entries repeats the month before's pay: the same object, the same figures", () => {
    const c = config({ roles, staff: team, months: ["2026-01", "2026-02"].map((m) => monthInput(m, { grossMargin: d(10000) })) });
    const [jan, feb] = bothWays(c, "2026-02");
    expect(feb!.repeated.people[0]).toBe(jan!.repeated.people[0]);
    expect(JSON.stringify(feb!.repeated)).toBe(JSON.stringify(feb!.afresh));
    // 10000 × 40% = 4000 pool, 10% split over two holders: 200.00 each.
    expect(s2(feb!.repeated.people[1]!.commission)).toBe("200.00");
  });

  test("a new margin makes a new commission: February is computed again", () => {
    const c = config({ roles, staff: team, months: [monthInput("2026-01", { grossMargin: d(10000) }), monthInput("2026-02", { grossMargin: d(20000) })] });
    const [jan, feb] = bothWays(c, "2026-02");
    expect(feb!.repeated.people[0]).not.toBe(jan!.repeated.people[0]);
    // 20000 × 40% × 10% ÷ 2 = 400.00; gross 6000 + 400.
    expect(s2(feb!.repeated.people[0]!.commission)).toBe("400.00");
    expect(s2(feb!.repeated.people[0]!.gross)).toBe("6400.00");
  });

  test("an entry in February is computed, and March after it is computed again, not January's repeated", () => {
    const months = [
      monthInput("2026-01", { grossMargin: d(10000) }),
      monthInput("2026-02", { grossMargin: d(10000), entries: [entry("a", { reward: d(500) })] }),
      monthInput("2026-03", { grossMargin: d(10000) }),
    ];
    const [jan, feb, mar] = bothWays(config({ roles, staff: team, months }), "2026-03");
    expect(s2(feb!.repeated.people[0]!.gross)).toBe("6700.00"); // 6000 + 200 + 500
    expect(s2(mar!.repeated.people[0]!.gross)).toBe("6200.00");
    expect(mar!.repeated.people[0]).not.toBe(jan!.repeated.people[0]);
    expect(mar!.repeated.people[1]).toBe(jan!.repeated.people[1]); // b had no entry in any month
  });

  test("a month with a message is computed again, with its message", () => {
    const c = config({ roles, staff: [staff("x", "nobody", { base: d(3000) })], months: ["2026-01", "2026-02"].map((m) => monthInput(m)) });
    const [jan, feb] = bothWays(c, "2026-02");
    expect(feb!.repeated.people[0]).not.toBe(jan!.repeated.people[0]);
    expect(feb!.repeated.warnings.filter((w) => w.code === "payroll.unknownRole").map((w) => w.params.month)).toEqual(["2026-02"]);
  });

  test("a new insurance period makes new contributions", () => {
    const limits = (floor: string): ProfilePeriod["bases"] => ({ pension: { floor: d(floor), ceiling: null }, medical: { floor: d(floor), ceiling: null }, unemployment: { floor: d(floor), ceiling: null }, injury: { floor: d(floor), ceiling: null }, housingFund: { floor: d(floor), ceiling: null } });
    const period = (from: Month, to: Month, floor: string): ProfilePeriod => ({ from, to, bases: limits(floor), rounding: { socialInsurance: "fen", housingFund: "fen" }, source: "test" });
    const profile: InsuranceProfile = { id: "test", nameZh: "测试", nameEn: "test", example: false, periods: [period("2026-01", "2026-01", "5000"), period("2026-02", "2026-12", "7000")] };
    const base = config({ roles, staff: [team[0]!], months: ["2026-01", "2026-02"].map((m) => monthInput(m)) });
    const c: Config = { ...base, settings: { ...base.settings, insuranceProfile: "test" }, insuranceProfiles: [profile] };
    const [jan, feb] = bothWays(c, "2026-02");
    expect(feb!.repeated.people[0]).not.toBe(jan!.repeated.people[0]);
    // The pension at the default 8% of the base: 6000 in January (above the floor), the 7000 floor in February.
    expect([s2(jan!.repeated.people[0]!.pension), s2(feb!.repeated.people[0]!.pension)]).toEqual(["480.00", "560.00"]);
  });

  test("a joiner's month, by dates, is not the next month's", () => {
    const c = config({ roles, staff: [staff("j", "r", { base: d(6000), startDate: "2026-01-19" })], months: ["2026-01", "2026-02"].map((m) => monthInput(m)) });
    const [jan, feb] = bothWays(c, "2026-02");
    expect(feb!.repeated.people[0]!.paidDays.toString()).toBe("21.75");
    expect(jan!.repeated.people[0]!.paidDays.lessThan(new D("21.75"))).toBe(true);
  });

  test("random shops: every month with the kept months is the month computed afresh", () => {
    fc.assert(
      fc.property(shopArb, ({ config: c, month }) => {
        for (const { repeated, afresh } of bothWays(c, month)) expect(JSON.stringify(repeated)).toBe(JSON.stringify(afresh));
      }),
      { numRuns: 150 },
    );
  });
});
