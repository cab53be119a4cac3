/**
 * Whole-fen helpers (issue 15's fast paths) against decimal.js and BigInt on random values: a fen
 * value is either exactly the amount × 100 or null, never a rounded one.
 */
import fc from "fast-check";
import { D, FEN_LIMIT, fenOf, fromFen, money, round2, roundPow10, scaledRate } from "../../src/core/money";

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Random decimals: up to 22 digits, 0 to 9 decimals, either sign — most of them not whole fen. */
const decimal = fc
  .tuple(fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n }), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 4 }))
  .map(([n, k, trailingZeros]) => new D(`${n}e-${k}`).times(10 ** trailingZeros));
/** Random whole-fen amounts of every size up to the safe integers, as the engine meets them. */
const wholeFen = fc.oneof(fc.integer({ min: -1_000_000_00, max: 1_000_000_00 }), fc.bigInt({ min: -MAX_SAFE, max: MAX_SAFE }).map(Number));

/** The fen of x the slow way: x × 100 when that is a whole number within the safe integers. */
function referenceFen(x: InstanceType<typeof D>): number | null {
  const f = x.times(100);
  if (!f.isInteger() || f.abs().greaterThan(Number.MAX_SAFE_INTEGER)) return null;
  return Number(f.toFixed(0));
}

describe("fenOf: an amount in whole fen, or null", () => {
  test("examples", () => {
    expect(fenOf(new D("1234.56"))).toBe(123456);
    expect(fenOf(new D("-0.01"))).toBe(-1);
    expect(fenOf(new D("1800"))).toBe(180000);
    expect(fenOf(new D("1234.5"))).toBe(123450);
    expect(fenOf(new D("0.001"))).toBeNull(); // a tenth of a fen
    expect(fenOf(new D("1e30"))).toBeNull(); // beyond the safe integers
    expect(fenOf(new D(0))).toBe(0);
    expect(Object.is(fenOf(new D("-0")), 0)).toBe(true); // no negative zero
    expect(fenOf(new D(NaN))).toBeNull();
    expect(fenOf(new D(Infinity))).toBeNull();
    expect(fenOf(new D("90071992547409.91"))).toBe(Number.MAX_SAFE_INTEGER);
    expect(fenOf(new D("90071992547409.92"))).toBeNull();
  });

  test("equals x × 100 in decimal.js on random decimals", () => {
    fc.assert(fc.property(decimal, (x) => expect(fenOf(x)).toBe(referenceFen(x))), { numRuns: 5000 });
  });

  // fenOf hands a 32-bit result back as a small integer (money.ts smallInteger): the value must not change at the edge.
  test("at the edges of the 32-bit integers, the value is the amount × 100", () => {
    for (const [x, fen] of [["21474836.47", 2147483647], ["21474836.48", 2147483648], ["-21474836.48", -2147483648], ["-21474836.49", -2147483649], ["42949672.96", 4294967296], ["42949672.97", 4294967297]] as const) {
      expect(fenOf(new D(x))).toBe(fen);
    }
    const nearEdge = fc.integer({ min: -5000, max: 5000 }).chain((d) => fc.constantFrom(2 ** 31 + d, -(2 ** 31) + d, 2 ** 32 + d, -(2 ** 32) + d));
    fc.assert(fc.property(nearEdge, (fen) => expect(fenOf(new D(fen).div(100))).toBe(fen)), { numRuns: 2000 });
  });

  test("reads back every whole-fen amount it is given, whatever decimal.js operation made it", () => {
    fc.assert(
      fc.property(wholeFen, fc.integer({ min: 1, max: 9 }), (f, m) => {
        const viaString = new D(`${f}e-2`);
        const viaDivision = new D(f * m).div(100 * m); // the same value through another path
        expect(fenOf(viaString)).toBe(f === 0 ? 0 : f);
        if (Number.isSafeInteger(f * m)) expect(fenOf(viaDivision)).toBe(f === 0 ? 0 : f);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("fenOf's one- and two-word shortcut (figures from 0.01 to 10⁷ yuan and a little beyond)", () => {
  /** Amounts of up to 14 digits with 0 to 4 decimals: one or two decimal.js words, on both sides of the fen. */
  const short = fc
    .tuple(fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), fc.integer({ min: 0, max: 4 }))
    .map(([n, k]) => new D(`${n}e-${k}`));

  test("at the edges of the words and of the fen", () => {
    for (const s of ["0.01", "0.1", "0.005", "0.015", "9999999", "9999999.99", "10000000", "10000000.01", "10000000.001", "12345678.9", "99999999999999.99", "100000000000000", "1234567.1234567"]) {
      for (const x of [new D(s), new D(s).negated()]) expect(fenOf(x)).toBe(referenceFen(x));
    }
  });

  test("equals x × 100 in decimal.js", () => {
    fc.assert(fc.property(short, (x) => expect(fenOf(x)).toBe(referenceFen(x))), { numRuns: 5000 });
  });
});

describe("money: the text of an amount, rounded to the fen", () => {
  const reference = (x: InstanceType<typeof D>) => {
    const r = round2(x);
    return (r.isZero() ? new D(0) : r).toFixed(2);
  };

  test("examples", () => {
    expect(money(new D("1234.5"))).toBe("1234.50");
    expect(money(new D("-0.05"))).toBe("-0.05");
    expect(money(new D("-0.004"))).toBe("0.00");
    expect(money(new D("-0"))).toBe("0.00");
    expect(money(new D("2.345"))).toBe("2.35");
    expect(money("7")).toBe("7.00");
  });

  test("a whole number of fen written from the integer is the text decimal.js writes", () => {
    fc.assert(fc.property(decimal, (x) => expect(money(x)).toBe(reference(x))), { numRuns: 3000 });
    fc.assert(fc.property(wholeFen, (f) => expect(money(new D(`${f}e-2`))).toBe(reference(new D(`${f}e-2`)))), { numRuns: 3000 });
  });
});

describe("fromFen: the Decimal of a whole number of fen", () => {
  test("examples", () => {
    expect(fromFen(123456).toFixed(2)).toBe("1234.56");
    expect(fromFen(-5).toFixed(2)).toBe("-0.05");
    expect(fromFen(-100).toString()).toBe("-1");
    expect(fromFen(0).isNegative()).toBe(false);
    expect(() => fromFen(0.5)).toThrow(/not a safe whole number/);
    expect(() => fromFen(2 ** 53)).toThrow(/not a safe whole number/);
  });

  test("equals the fen ÷ 100 in decimal.js and reads back, cached or not", () => {
    fc.assert(
      fc.property(wholeFen, (f) => {
        for (let twice = 0; twice < 2; twice++) {
          const x = fromFen(f);
          expect(x.equals(new D(f).div(100))).toBe(true);
          expect(fenOf(x)).toBe(f === 0 ? 0 : f);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe("roundPow10: n ÷ 10^k rounded half away from zero", () => {
  test("examples: halves go away from zero", () => {
    expect(roundPow10(125, 1)).toBe(13);
    expect(roundPow10(-125, 1)).toBe(-13);
    expect(roundPow10(124, 1)).toBe(12);
    expect(roundPow10(5, 1)).toBe(1);
    expect(roundPow10(4999, 4)).toBe(0);
    expect(roundPow10(7, 0)).toBe(7);
    // Around the 32-bit integers (the result comes back a small integer where it is one: money.ts smallInteger).
    expect(roundPow10(21474836475, 1)).toBe(2147483648);
    expect(roundPow10(21474836465, 1)).toBe(2147483647);
    expect(roundPow10(-21474836485, 1)).toBe(-2147483649);
    expect(roundPow10(-21474836475, 1)).toBe(-2147483648);
    expect(() => roundPow10(FEN_LIMIT * 2, 2)).toThrow(/outside whole-fen arithmetic/);
  });

  test("equals decimal.js ROUND_HALF_UP on random safe inputs", () => {
    const n = fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: -FEN_LIMIT, max: FEN_LIMIT }));
    fc.assert(
      fc.property(n, fc.integer({ min: 0, max: 15 }), (x, k) => {
        expect(roundPow10(x, k)).toBe(new D(x).div(10 ** k).toDecimalPlaces(0, D.ROUND_HALF_UP).toNumber() || 0);
      }),
      { numRuns: 5000 },
    );
  });
});

describe("scaledRate: a rate as a whole number over a power of ten", () => {
  test("examples", () => {
    expect(scaledRate(new D("0.08"))).toEqual({ units: 8, decimals: 2 });
    expect(scaledRate(new D("0.45"))).toEqual({ units: 45, decimals: 2 });
    expect(scaledRate(new D("0.005"))).toEqual({ units: 5, decimals: 3 });
    expect(scaledRate(new D(1))).toEqual({ units: 1, decimals: 0 });
    expect(scaledRate(new D("0.123456789"))).toBeNull(); // more than 8 decimals
  });

  test("units ÷ 10^decimals is the rate, on random rates", () => {
    fc.assert(
      fc.property(decimal, (r) => {
        const s = scaledRate(r);
        if (s !== null) expect(new D(s.units).div(10 ** s.decimals).equals(r)).toBe(true);
        else expect(r.decimalPlaces() > 8 || !r.times(10 ** r.decimalPlaces()).abs().lessThanOrEqualTo(Number.MAX_SAFE_INTEGER)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
