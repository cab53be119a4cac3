import fc from "fast-check";
import { D, sum, type Dec } from "../../../src/core/money";
import { largestRemainder } from "../../../src/core/targets";
import { d, fen, times } from "./helpers";

describe("largestRemainder, by hand", () => {
  it("30 equal weights of 1000.00: 33.33 × 30 = 999.90, so the 10 missing fens go to the first 10", () => {
    const parts = largestRemainder(d("1000.00"), times(30, d(1)));
    expect(fen(parts)).toEqual([...times(10, "33.34"), ...times(20, "33.33")]);
    expect(sum(parts).toFixed(2)).toBe("1000.00");
  });

  it("gives the missing fen to the largest remainder, not to the earliest part", () => {
    // 100.00 by 1:1:1:3 → 16.666…, 16.666…, 16.666…, 50 → floors 16.66 × 3 + 50.00 = 99.98;
    // remainders 0.666… fen each for the first three, 0 for the fourth → the first two get a fen.
    expect(fen(largestRemainder(d(100), [d(1), d(1), d(1), d(3)]))).toEqual(["16.67", "16.67", "16.66", "50.00"]);
    // 0.05 by 1:2:2 → 0.01, 0.02, 0.02 exactly; by 2:1:2 → the same amounts, moved.
    expect(fen(largestRemainder(d("0.05"), [d(2), d(1), d(2)]))).toEqual(["0.02", "0.01", "0.02"]);
    // 0.10 by 1:2 → 3.333… and 6.666… fen: floors 3 + 6 = 9, the fen goes to the later, larger remainder.
    expect(fen(largestRemainder(d("0.10"), [d(1), d(2)]))).toEqual(["0.03", "0.07"]);
  });

  it("gives a zero weight nothing, even when fens are left over", () => {
    expect(fen(largestRemainder(d("0.05"), [d(0), d(1), d(0), d(1)]))).toEqual(["0.00", "0.03", "0.00", "0.02"]);
  });

  it("splits evenly when no weight is positive, and counts negative or NaN weights as 0", () => {
    expect(fen(largestRemainder(d("1.00"), [d(0), d(0), d(0)]))).toEqual(["0.34", "0.33", "0.33"]);
    expect(fen(largestRemainder(d("1.00"), [d(-5), d(1), new D(NaN)]))).toEqual(["0.00", "1.00", "0.00"]);
  });

  it("rounds the total to the fen first, and mirrors a negative total", () => {
    expect(fen(largestRemainder(d("0.035"), [d(1), d(1)]))).toEqual(["0.02", "0.02"]);
    expect(fen(largestRemainder(d("-0.05"), [d(1), d(1)]))).toEqual(["-0.03", "-0.02"]);
    expect(largestRemainder(d("-0.01"), [d(1), d(1)]).map((x) => x.isNegative())).toEqual([true, false]); // no -0
  });

  it("has nothing to split into without weights, and splits a non-number as 0", () => {
    expect(largestRemainder(d(100), [])).toEqual([]);
    expect(fen(largestRemainder(new D(Infinity), [d(1), d(1)]))).toEqual(["0.00", "0.00"]);
  });

  it("compares remainders exactly where a 40-digit division would not", () => {
    // Weights that differ only in the 45th digit (a Decimal keeps every digit it is made from): the
    // heavier one must get the fen, not the earlier one.
    const heavier = d("1.00000000000000000000000000000000000000000001");
    expect(fen(largestRemainder(d("0.01"), [d(1), heavier]))).toEqual(["0.00", "0.01"]);
  });
});

/** A fen amount up to 10^9 yuan. */
const fens = fc.integer({ min: 0, max: 100_000_000_000 }).map((n) => new D(n).dividedBy(100));
/** A weight with up to 3 decimals, zero one time in five. */
const weight = fc.oneof(
  { weight: 1, arbitrary: fc.constant(new D(0)) },
  { weight: 4, arbitrary: fc.tuple(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 3 })).map(([n, dp]) => new D(n).dividedBy(10 ** dp)) },
);
const weights = fc.array(weight, { minLength: 1, maxLength: 40 });

function exactShares(total: Dec, ws: readonly Dec[]): Dec[] {
  const sumW = sum(ws);
  return sumW.isZero() ? ws.map(() => total.dividedBy(ws.length)) : ws.map((w) => total.times(w).dividedBy(sumW));
}

describe("largestRemainder, properties", () => {
  const numRuns = 200;

  it("adds up to the total exactly, in whole fens, never below zero", () => {
    fc.assert(
      fc.property(fens, weights, (total, ws) => {
        const parts = largestRemainder(total, ws);
        expect(parts).toHaveLength(ws.length);
        expect(sum(parts).equals(total)).toBe(true);
        for (const p of parts) {
          expect(p.isNegative()).toBe(false);
          expect(p.decimalPlaces()).toBeLessThanOrEqual(2);
        }
      }),
      { numRuns },
    );
  });

  it("keeps each part within one fen of its exact share, and zero weights at 0", () => {
    fc.assert(
      fc.property(fens, weights, (total, ws) => {
        const parts = largestRemainder(total, ws);
        const shares = exactShares(total, ws);
        const anyPositive = ws.some((w) => w.greaterThan(0));
        parts.forEach((p, i) => {
          expect(p.minus(shares[i]!).abs().lessThan("0.01")).toBe(true);
          if (anyPositive && ws[i]!.isZero()) expect(p.isZero()).toBe(true);
        });
      }),
      { numRuns },
    );
  });

  it("never gives a heavier weight less than a lighter one, nor a later equal weight more", () => {
    fc.assert(
      fc.property(fens, weights, (total, ws) => {
        const parts = largestRemainder(total, ws);
        for (let i = 0; i < ws.length; i++) {
          for (let j = i + 1; j < ws.length; j++) {
            const [wi, wj, pi, pj] = [ws[i]!, ws[j]!, parts[i]!, parts[j]!];
            if (wi.greaterThanOrEqualTo(wj)) expect(pi.greaterThanOrEqualTo(pj)).toBe(true);
            if (wj.greaterThan(wi)) expect(pj.greaterThanOrEqualTo(pi)).toBe(true);
          }
        }
      }),
      { numRuns },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(fens, weights, (total, ws) => {
        expect(fen(largestRemainder(total, ws))).toEqual(fen(largestRemainder(new D(total), ws.map((w) => new D(w)))));
      }),
      { numRuns },
    );
  });

  it("splits a negative total as the mirror image of the positive one", () => {
    fc.assert(
      fc.property(fens, weights, (total, ws) => {
        expect(fen(largestRemainder(total.negated(), ws))).toEqual(fen(largestRemainder(total, ws).map((p) => p.negated())));
      }),
      { numRuns: 50 },
    );
  });
});
