import fc from "fast-check";
import { D, mulDivFloor, mulDivRound } from "../../src/core/money";
import { Q } from "../oracle/model/rational";

const s2 = (x: InstanceType<typeof D>) => x.toFixed(2);

describe("mulDivRound: ROUND(a × b ÷ c, 2) as an exact fraction", () => {
  test("an exact half fen goes away from zero, on both sides of zero", () => {
    expect(s2(mulDivRound("1800.03", "0.375", "21.75"))).toBe("31.04"); // 31.035
    expect(s2(mulDivRound("-1800.03", "0.375", "21.75"))).toBe("-31.04");
    expect(s2(mulDivRound("1800.03", "0.375", "-21.75"))).toBe("-31.04");
    expect(s2(mulDivRound("1", "1", "3"))).toBe("0.33");
    expect(s2(mulDivRound("-0.004", "1", "1"))).toBe("0.00"); // no "-0.00"
  });

  test("stays exact past decimal.js's 40 significant digits", () => {
    // (10³⁸ + 0.375) × 1 ÷ 0.5 = 2 × 10³⁸ + 0.75 → …0.75 exactly (42 digits)
    expect(mulDivRound("100000000000000000000000000000000000000.375", "1", "0.5").toFixed(2)).toBe("200000000000000000000000000000000000000.75");
  });

  test("agrees with BigInt fractions", () => {
    const dec = fc.tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 6 })).map(([n, k]) => new D(n.toString()).dividedBy(10 ** k).toString());
    fc.assert(
      fc.property(dec, dec, dec, (a, b, c) => {
        fc.pre(!new D(c).isZero());
        expect(s2(mulDivRound(a, b, c))).toBe(Q.of(a).mul(Q.of(b)).div(Q.of(c)).roundFen().toMoney());
      }),
      { numRuns: 2000 },
    );
  });
});

describe("mulDivFloor: the fen at or below a × b ÷ c", () => {
  test("never rounds up, even from a half or from 0.999…", () => {
    expect(s2(mulDivFloor("100.01", "0.5", 1))).toBe("50.00");
    expect(s2(mulDivFloor("100.01", "0.5", 3))).toBe("16.66");
    expect(s2(mulDivFloor("0.03", "1", 3))).toBe("0.01");
  });

  test("agrees with BigInt fractions", () => {
    const dec = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 6 })).map(([n, k]) => new D(n.toString()).dividedBy(10 ** k).toString());
    fc.assert(
      fc.property(dec, dec, fc.integer({ min: 1, max: 10000 }), (a, b, c) => {
        expect(s2(mulDivFloor(a, b, c))).toBe(Q.of(a).mul(Q.of(b)).div(Q.of(String(c))).floorFen().toMoney());
      }),
      { numRuns: 2000 },
    );
  });
});
