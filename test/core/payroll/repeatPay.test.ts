/**
 * A person's month without an entry made from the month before's (src/core/payroll/repeatPay.ts, issue 15):
 * runMonth with the payroll year's kept months must give what it gives computing every month afresh (an
 * empty `kept`), must take this month's commission, and must compute the month again when anything else it
 * reads has changed. Each case below changes one input between January and February; a kept pay that
 * ignored it would carry January's figure into February.
 */
import fc from "fast-check";
import type { Month } from "../../../src/core/calendar";
import { D, type Dec } from "../../../src/core/money";
import type { InsuranceProfile, ProfilePeriod } from "../../../src/core/insurance/profiles";
import { runMonth } from "../../../src/core/payroll/monthRun";
import { keepPay, repeatedPay, type RepeatedPays } from "../../../src/core/payroll/repeatPay";
import { monthPay } from "../../../src/core/payroll/month";
import { laneFen } from "../../../src/core/payroll/fenLane";
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
  test("a month without entries has the month before's figures in a MonthPay of its own", () => {
    const c = config({ roles, staff: team, months: ["2026-01", "2026-02"].map((m) => monthInput(m, { grossMargin: d(10000) })) });
    const [jan, feb] = bothWays(c, "2026-02");
    // Its own objects: a later month's pay never reaches an earlier month's result.
    expect(feb!.repeated.people[0]).not.toBe(jan!.repeated.people[0]);
    expect(feb!.repeated.people[0]!.fen).not.toBe(jan!.repeated.people[0]!.fen);
    expect(JSON.stringify(feb!.repeated)).toBe(JSON.stringify(feb!.afresh));
    expect(JSON.stringify(feb!.repeated.people)).toBe(JSON.stringify(jan!.repeated.people));
    // 10000 × 40% = 4000 pool, 10% split over two holders: 200.00 each.
    expect(s2(feb!.repeated.people[1]!.commission)).toBe("200.00");
  });

  test("a new margin makes a new commission and gross, in whole fen and as Decimals; January's pay is unchanged", () => {
    const c = config({ roles, staff: team, months: [monthInput("2026-01", { grossMargin: d(10000) }), monthInput("2026-02", { grossMargin: d(20000) })] });
    const [jan, feb] = bothWays(c, "2026-02");
    // 20000 × 40% × 10% ÷ 2 = 400.00; gross 6000 + 400.
    expect(s2(feb!.repeated.people[0]!.commission)).toBe("400.00");
    expect(s2(feb!.repeated.people[0]!.gross)).toBe("6400.00");
    expect([feb!.repeated.people[0]!.fen.commission, feb!.repeated.people[0]!.fen.gross]).toEqual([40000, 640000]);
    // 10000 × 40% × 10% ÷ 2 = 200.00 in January, still.
    expect([s2(jan!.repeated.people[0]!.gross), jan!.repeated.people[0]!.fen.gross]).toEqual(["6200.00", 620000]);
    expect(JSON.stringify(feb!.repeated)).toBe(JSON.stringify(feb!.afresh));
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
    expect(s2(mar!.repeated.people[1]!.gross)).toBe(s2(jan!.repeated.people[1]!.gross)); // b had no entry in any month
    expect(JSON.stringify(mar!.repeated)).toBe(JSON.stringify(mar!.afresh));
  });

  test("a month with a message is computed again, with its message", () => {
    const c = config({ roles, staff: [staff("x", "nobody", { base: d(3000) })], months: ["2026-01", "2026-02"].map((m) => monthInput(m)) });
    const [, feb] = bothWays(c, "2026-02");
    expect(feb!.repeated.warnings.filter((w) => w.code === "payroll.unknownRole").map((w) => w.params.month)).toEqual(["2026-02"]);
  });

  test("a new insurance period makes new contributions", () => {
    const limits = (floor: string): ProfilePeriod["bases"] => ({ pension: { floor: d(floor), ceiling: null }, medical: { floor: d(floor), ceiling: null }, unemployment: { floor: d(floor), ceiling: null }, injury: { floor: d(floor), ceiling: null }, housingFund: { floor: d(floor), ceiling: null } });
    const period = (from: Month, to: Month, floor: string): ProfilePeriod => ({ from, to, bases: limits(floor), rounding: { socialInsurance: "fen", housingFund: "fen" }, source: "test" });
    const profile: InsuranceProfile = { id: "test", nameZh: "测试", nameEn: "test", example: false, periods: [period("2026-01", "2026-01", "5000"), period("2026-02", "2026-12", "7000")] };
    const base = config({ roles, staff: [team[0]!], months: ["2026-01", "2026-02"].map((m) => monthInput(m)) });
    const c: Config = { ...base, settings: { ...base.settings, insuranceProfile: "test" }, insuranceProfiles: [profile] };
    const [jan, feb] = bothWays(c, "2026-02");
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

describe("repeatedPay against monthPay (the decimal.js rule) at the lane's edges", () => {
  // A commission as the pool never makes it too: beyond the lane (2⁴⁹ fen), with a part of a fen, negative, or 0.
  const commissionArb = fc.oneof(
    fc.integer({ min: 0, max: 2_000_000_00 }).map((n) => new D(n).div(100)),
    fc.integer({ min: -2_000_000_00, max: -1 }).map((n) => new D(n).div(100)),
    fc.integer({ min: 1, max: 999 }).map((n) => new D(n).div(1000)),
    fc.bigInt({ min: 2n ** 49n - 3n, max: 2n ** 49n + 3n }).map((n) => new D(n.toString()).div(100)),
    fc.constant(new D(0)),
    fc.constant(new D(-0)),
  );
  // A base in whole fen, or beyond the lane; paid days whole, half or an hour (0.125), which prorate to parts of a fen.
  const baseArb = fc.oneof(
    fc.integer({ min: 0, max: 10_000_000 }).map((n) => new D(n).div(100)),
    fc.bigInt({ min: 2n ** 49n - 3n, max: 2n ** 49n + 3n }).map((n) => new D(n.toString()).div(100)),
  );
  const paidDaysArb = fc.integer({ min: 0, max: 2400 }).map((n) => new D(n).div(8).toDecimalPlaces(3));

  test("it gives monthPay's MonthPay for the new commission, or leaves the month to monthPay; never silent where monthPay speaks", () => {
    const settings = config().settings;
    const r = role("r", { share: d("0.1") });
    fc.assert(
      fc.property(baseArb, paidDaysArb, commissionArb, commissionArb, (base, days, before, now) => {
        const person = staff("p", "r", { base });
        const fullOrWorked = { paidDays: days, derived: false, span: { from: "2026-01-01", to: "2026-01-31" } };
        const compute = (commission: Dec, month: Month) =>
          monthPay({ staff: person, staffIndex: 0, role: r, month, entry: undefined, entryWhere: null, fullOrWorked, commission, commissionFen: laneFen(commission), settings, insurancePeriod: null });
        const jan = compute(before, "2026-01");
        const kept: RepeatedPays = [];
        keepPay(kept, 0, jan.warnings.length === 0 && jan.errors.length === 0 ? jan.pay : null, days, r, null, base);
        const repeated = repeatedPay(kept, 0, days, r, now, laneFen(now), null, base);
        const feb = compute(now, "2026-02");
        if (repeated !== undefined) {
          expect(feb.errors).toEqual([]);
          expect(feb.warnings).toEqual([]);
          expect(JSON.stringify(repeated)).toBe(JSON.stringify(feb.pay));
          expect(repeated.commission).toBe(now); // the sign of a zero included
        } else if (kept[0] !== undefined) {
          // Left to monthPay only where the lane cannot add it or monthPay has an error to say.
          expect(Number.isNaN(laneFen(now)) || Number.isNaN(feb.pay.fen.gross) || feb.errors.length > 0).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  test("a change of paid days, role, insurance period or the month's base leaves the month to monthPay", () => {
    const settings = config().settings;
    const r = role("r", { share: d("0.1") });
    const person = staff("p", "r", { base: d(6000) });
    const days = d("21.75");
    const jan = monthPay({ staff: person, staffIndex: 0, role: r, month: "2026-01", entry: undefined, entryWhere: null, fullOrWorked: { paidDays: days, derived: false, span: { from: "2026-01-01", to: "2026-01-31" } }, commission: d(100), settings });
    const kept: RepeatedPays = [];
    keepPay(kept, 0, jan.pay, days, r, null, person.base);
    expect(repeatedPay(kept, 0, days, r, d(200), 20000, null, person.base)?.gross.toFixed(2)).toBe("6200.00");
    expect(repeatedPay(kept, 0, d("21.75"), r, d(200), 20000, null, person.base)).toBeUndefined(); // another Decimal: not known to be the same days
    expect(repeatedPay(kept, 0, days, { ...r }, d(200), 20000, null, person.base)).toBeUndefined();
    // Issue 15: a closed month's base of another value (an entry's) is not the kept month's; an equal one is.
    expect(repeatedPay(kept, 0, days, r, d(200), 20000, null, d(5000))).toBeUndefined();
    expect(repeatedPay(kept, 0, days, r, d(200), 20000, null, d("6000.00"))?.gross.toFixed(2)).toBe("6200.00");
    const period = { from: "2026-01", to: "2026-12", bases: {}, rounding: { socialInsurance: "fen", housingFund: "fen" }, source: "t" } as unknown as ProfilePeriod;
    expect(repeatedPay(kept, 0, days, r, d(200), 20000, period, person.base)).toBeUndefined();
  });
});
