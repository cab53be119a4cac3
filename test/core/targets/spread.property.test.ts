import fc from "fast-check";
import { isoWeekday, lastDay, monthDates, type IsoDate, type Month } from "../../../src/core/calendar";
import { D, max, sum, ZERO, type Dec } from "../../../src/core/money";
import type { SalesEvent, TargetSettings } from "../../../src/core/types";
import { dayWeights, spreadTarget, type DayPlan } from "../../../src/core/targets";

const numRuns = 200;

const month: fc.Arbitrary<Month> = fc
  .tuple(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }))
  .map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`);

/** A fen amount from 0 to 10^9 yuan. */
const amount = fc.integer({ min: 0, max: 100_000_000_000 }).map((n) => new D(n).dividedBy(100));

/** A decimal ≥ 0 with up to `dp` decimals, at most `top`. */
const decimal = (top: number, dp: number) =>
  fc.tuple(fc.integer({ min: 0, max: top * 10 ** dp }), fc.integer({ min: 0, max: dp })).map(([n, k]) => new D(n).dividedBy(10 ** dp).toDecimalPlaces(k, D.ROUND_DOWN));

const weekdayWeights = fc.array(decimal(10, 3), { minLength: 7, maxLength: 7 }).filter((ws) => ws.some((w) => w.greaterThan(0)));

/** Events on a day of `m` (recurring or one-off), or anywhere in the year; a factor of 0 now and then. */
const events = (m: Month): fc.Arbitrary<SalesEvent[]> => {
  const days = monthDates(m);
  const onDay = fc.integer({ min: 0, max: days.length - 1 }).map((i) => days[i]!);
  const date = fc.oneof(onDay.map((x) => x.slice(5)), onDay, fc.constantFrom("01-01", "06-18", "11-11", "12-12", "02-29"));
  return fc.array(fc.record({ date, factor: decimal(5, 2), name: fc.constantFrom("活动", "event") }), { maxLength: 6 });
};

const settings = (m: Month): fc.Arbitrary<TargetSettings> =>
  fc.record({
    aov: fc.option(decimal(500, 2).filter((x) => x.greaterThan(0)), { nil: null }),
    cvr: fc.option(decimal(1, 3).filter((x) => x.greaterThan(0)), { nil: null }),
    weekdayWeights,
    events: events(m),
    holidayFactor: decimal(5, 2),
  });

/** Actual sales on some days of `m`: around a day's share of the target, sometimes far above. */
const actuals = (m: Month, target: Dec): fc.Arbitrary<Map<IsoDate, Dec>> => {
  const days = monthDates(m);
  const perDay = target.dividedBy(days.length).times(100).ceil().toNumber();
  const fens = fc.oneof(fc.integer({ min: 0, max: 2 * perDay }), fc.integer({ min: 0, max: 20 * perDay + 100 }));
  return fc
    .array(fc.tuple(fc.integer({ min: 0, max: days.length - 1 }), fens), { maxLength: days.length })
    .map((xs) => new Map(xs.map(([i, f]) => [days[i]!, new D(f).dividedBy(100)])));
};

const input = month.chain((m) =>
  amount.chain((target) => fc.record({ month: fc.constant(m), target: fc.constant(target), settings: settings(m), actuals: actuals(m, target) })),
);

/** T × w / Σw, or T / n when no weight is positive: what each day should get before rounding. */
function exactShares(total: Dec, weights: readonly Dec[]): Dec[] {
  const sumW = sum(weights);
  return sumW.isZero() ? weights.map(() => total.dividedBy(weights.length)) : weights.map((w) => total.times(w).dividedBy(sumW));
}

const withinAFen = (a: Dec, b: Dec) => a.minus(b).abs().lessThan("0.01");

describe("spreadTarget, properties", () => {
  it("days add up to the month target exactly, each within a fen of T × w / Σw, in whole fens ≥ 0", () => {
    fc.assert(
      fc.property(input, ({ month: m, target, settings: s }) => {
        const plan = spreadTarget({ month: m, target, settings: s });
        expect(plan.days.map((x) => x.date)).toEqual(monthDates(m));
        expect(sum(plan.days.map((x) => x.target)).equals(target)).toBe(true);
        const shares = exactShares(target, plan.days.map((x) => x.weight));
        plan.days.forEach((x, i) => {
          expect(withinAFen(x.target, shares[i]!)).toBe(true);
          expect(x.target.isNegative()).toBe(false);
          expect(x.target.decimalPlaces()).toBeLessThanOrEqual(2);
        });
      }),
      { numRuns },
    );
  });

  it("each week is the sum of its days, Monday to Sunday clipped to the month, and the weeks add up to the month", () => {
    fc.assert(
      fc.property(input, ({ month: m, target, settings: s, actuals: a }) => {
        const plan = spreadTarget({ month: m, target, settings: s, actuals: a });
        expect(plan.weeks.map((w) => w.week)).toEqual(plan.weeks.map((_, i) => i + 1));
        for (const w of plan.weeks) {
          const days = plan.days.filter((x) => x.week === w.week);
          expect(days.map((x) => x.date)).toEqual(plan.days.filter((x) => x.date >= w.start && x.date <= w.end).map((x) => x.date));
          expect(w.start === `${m}-01` || isoWeekday(w.start) === 1).toBe(true);
          expect(w.end === lastDay(m) || isoWeekday(w.end) === 7).toBe(true);
          expect(w.target.equals(sum(days.map((x) => x.target)))).toBe(true);
          expect(w.actual.equals(sum(days.map((x) => x.actual ?? ZERO)))).toBe(true);
          expect(w.revisedTarget.equals(sum(days.map((x) => x.revisedTarget)))).toBe(true);
        }
        expect(sum(plan.weeks.map((w) => w.target)).equals(target)).toBe(true);
        expect(sum(plan.weeks.map((w) => w.revisedTarget)).equals(sum(plan.days.map((x) => x.revisedTarget)))).toBe(true);
      }),
      { numRuns },
    );
  });

  it("re-spread: the days without an actual share MAX(0, target − Σ actuals) exactly, by the same weights", () => {
    fc.assert(
      fc.property(input, ({ month: m, target, settings: s, actuals: a }) => {
        const plan = spreadTarget({ month: m, target, settings: s, actuals: a });
        const withActual = plan.days.filter((x) => x.actual !== null);
        const open = plan.days.filter((x) => x.actual === null);
        expect(withActual.map((x) => x.date)).toEqual([...a.keys()].sort());
        for (const x of withActual) expect(x.revisedTarget.equals(a.get(x.date)!)).toBe(true);

        const actualTotal = sum([...a.values()]);
        const remaining = max(ZERO, target.minus(actualTotal));
        if (open.length > 0) {
          expect(sum(open.map((x) => x.revisedTarget)).equals(remaining)).toBe(true);
          const shares = exactShares(remaining, open.map((x) => x.weight));
          open.forEach((x, i) => expect(withinAFen(x.revisedTarget, shares[i]!)).toBe(true));
          expect(sum(plan.days.map((x) => x.revisedTarget)).equals(max(target, actualTotal))).toBe(true);
        }
        expect(plan.warnings.some((w) => w.code === "targets.aboveTarget")).toBe(actualTotal.greaterThan(target));
        if (a.size === 0) expect(plan.days.every((x) => x.revisedTarget.equals(x.target))).toBe(true);
      }),
      { numRuns },
    );
  });

  it("orders and visitors are the smallest whole numbers that reach the day's target", () => {
    fc.assert(
      fc.property(input, ({ month: m, target, settings: s }) => {
        const plan = spreadTarget({ month: m, target, settings: s });
        for (const x of plan.days as DayPlan[]) {
          if (s.aov === null) {
            expect(x.orders).toBeNull();
          } else {
            const orders = x.orders!;
            expect(s.aov.times(orders).greaterThanOrEqualTo(x.target)).toBe(true);
            expect(orders === 0 || s.aov.times(orders - 1).lessThan(x.target)).toBe(true);
          }
          if (s.aov === null || s.cvr === null) {
            expect(x.visitors).toBeNull();
          } else {
            const visitors = x.visitors!;
            expect(s.cvr.times(visitors).greaterThanOrEqualTo(x.orders!)).toBe(true);
            expect(visitors === 0 || s.cvr.times(visitors - 1).lessThan(x.orders!)).toBe(true);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it("weights come from dayWeights, and a day's weight is zero only if some setting made it so", () => {
    fc.assert(
      fc.property(input, ({ month: m, target, settings: s }) => {
        const plan = spreadTarget({ month: m, target, settings: s });
        expect(plan.days.map((x) => x.weight.toString())).toEqual(dayWeights(m, s).map((x) => x.weight.toString()));
        for (const x of plan.days) {
          if (x.weight.isZero() && plan.days.some((y) => !y.weight.isZero())) expect(x.target.isZero()).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});
