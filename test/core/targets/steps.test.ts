/**
 * The split's steps (the Targets sheet's helper columns) and the month's progress, from core. The
 * expected figures below are worked by hand in the comments.
 */
import fc from "fast-check";
import { D } from "../../../src/core/money";
import { dayProgress, eventFactor, eventKey, monthProgress, spreadTarget, splitSteps } from "../../../src/core/targets";
import { d, event, flatSettings } from "./helpers";

const s = (x: { toString(): string } | null) => (x === null ? null : x.toString());

describe("splitSteps", () => {
  // November 2026, 30 flat days, 1000.00: T = 100000 fen, U = 10000 each, ΣU = 300000.
  const plan = spreadTarget({ month: "2026-11", target: d("1000"), settings: flatSettings() });
  const steps = splitSteps(plan);

  test("floor = ⌊T·U/ΣU⌋ = 3333, remainder = T·U − ΣU·floor = 100000, the 10 missing fen to the first 10 days", () => {
    expect(s(steps.targetFen)).toBe("100000");
    expect(steps.days.map((x) => [s(x.units), s(x.floor), s(x.remainder)])).toEqual(Array.from({ length: 30 }, () => ["10000", "3333", "100000"]));
    expect(steps.days.map((x) => x.extra)).toEqual([...Array.from({ length: 10 }, () => 1), ...Array.from({ length: 20 }, () => 0)]);
    expect(plan.days.slice(9, 11).map((x) => x.target.toFixed(2))).toEqual(["33.34", "33.33"]);
  });

  test("without actuals nothing is re-spread but everything: the re-spread is the split", () => {
    expect(s(steps.remainingFen)).toBe("100000");
    expect(steps.days.every((x) => x.respread !== null && x.respread.floor.equals(x.floor) && x.respread.extra === x.extra)).toBe(true);
  });

  test("with an actual of 50.00 on day 1: R = 95000 over 29 days, floor 3275, remainder 250000, 25 extra fen to days 2-26", () => {
    const withActual = spreadTarget({ month: "2026-11", target: d("1000"), settings: flatSettings(), actuals: new Map([["2026-11-01", d("50")]]) });
    const st = splitSteps(withActual);
    expect([s(st.actualFen), s(st.remainingFen)]).toEqual(["5000", "95000"]);
    expect(st.days[0]!.respread).toBeNull();
    const open = st.days.slice(1).map((x) => x.respread!);
    expect(open.map((r) => [s(r.units), s(r.floor), s(r.remainder)])).toEqual(Array.from({ length: 29 }, () => ["10000", "3275", "250000"]));
    expect(open.map((r) => r.extra).join("")).toBe("1".repeat(25) + "0".repeat(4));
  });

  test("no positive weight: every day counts one unit (the even split)", () => {
    const zero = spreadTarget({ month: "2026-02", target: d("1"), settings: flatSettings({ weekdayWeights: Array.from({ length: 7 }, () => d(0)) }) });
    expect(splitSteps(zero).days.map((x) => s(x.units))).toEqual(Array.from({ length: 28 }, () => "1"));
  });

  test("property: floor + extra is the plan's day target in fen, and the re-spread's is its revised target", () => {
    const arb = fc.record({
      fen: fc.integer({ min: 0, max: 1_000_000_000 }),
      weights: fc.array(fc.integer({ min: 0, max: 500 }).map((n) => d(n).div(100)), { minLength: 7, maxLength: 7 }),
      actualDays: fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { maxLength: 30 }),
      actualFen: fc.integer({ min: 0, max: 10_000_000 }),
    });
    fc.assert(
      fc.property(arb, ({ fen, weights, actualDays, actualFen }) => {
        const actuals = new Map(actualDays.map((n) => [`2026-11-${String(n).padStart(2, "0")}`, new D(actualFen).div(100)]));
        const plan = spreadTarget({ month: "2026-11", target: new D(fen).div(100), settings: flatSettings({ weekdayWeights: weights }), actuals });
        const st = splitSteps(plan);
        plan.days.forEach((day, i) => {
          const x = st.days[i]!;
          expect(x.floor.plus(x.extra).div(100).toFixed(2)).toBe(day.target.toFixed(2));
          if (day.actual === null) expect(x.respread!.floor.plus(x.respread!.extra).div(100).toFixed(2)).toBe(day.revisedTarget.toFixed(2));
          else expect(x.respread).toBeNull();
        });
      }),
      { numRuns: 60 },
    );
  });
});

describe("progress", () => {
  // Day 1: target 33.34 (see above), actual 50.00.
  const plan = spreadTarget({ month: "2026-11", target: d("1000"), settings: flatSettings(), actuals: new Map([["2026-11-01", d("50")]]) });

  test("a day with an actual: variance 50 − 33.34 = 16.66, attainment 50 ÷ 33.34; a day without: blanks, the target still adds up", () => {
    const [one, two] = dayProgress(plan);
    expect([s(one!.variance), s(one!.cumTarget), s(one!.cumActual)]).toEqual(["16.66", "33.34", "50"]);
    expect(one!.attainment!.toNumber()).toBeCloseTo(50 / 33.34, 12);
    expect([s(two!.variance), s(two!.cumTarget), s(two!.cumActual), s(two!.attainment)]).toEqual([null, "66.68", null, null]);
  });

  test("the month: actual 50, remaining 950, attainment 5%; a zero target has no attainment", () => {
    const m = monthProgress(plan);
    expect([s(m.actual), s(m.remaining), s(m.attainment)]).toEqual(["50", "950", "0.05"]);
    expect(monthProgress(spreadTarget({ month: "2026-11", target: d(0), settings: flatSettings() })).attainment).toBeNull();
  });
});

describe("events", () => {
  test("eventFactor multiplies every event of the day; an unusable factor counts as 1; none is 1", () => {
    const events = [event("11-11", "3"), event("2026-11-11", "1.5"), event("11-12", "-2"), event("2025-11-13", "4")];
    expect(["2026-11-11", "2026-11-12", "2026-11-13"].map((x) => eventFactor(x, events).toString())).toEqual(["4.5", "1", "1"]);
    const plan = spreadTarget({ month: "2026-11", target: d(100), settings: flatSettings({ events }) });
    expect(plan.days[10]!.eventFactor.toString()).toBe("4.5");
  });

  test("eventKey: MM-DD → MMDD, YYYY-MM-DD → YYYYMMDD; not an event date → null", () => {
    expect(["11-11", "2026-11-11", "02-29", "13-01", "11-31", "abc", "2026-2-1"].map(eventKey)).toEqual([1111, 20261111, 229, null, null, null, null]);
  });
});
