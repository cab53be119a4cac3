/**
 * toDouble (the workbook's cached values): the same double as decimal.js's toNumber, which parses the
 * decimal's exact string — for whole fen (its shortcut, fen ÷ 100) and for everything else.
 */
import fc from "fast-check";
import { D, toDouble } from "../../src/core/money";

/** Whole fen of every size up to the safe integers, as the engine's figures are. */
const wholeFen = fc.oneof(fc.integer({ min: -1_000_000_00, max: 1_000_000_00 }), fc.bigInt({ min: -(2n ** 53n - 1n), max: 2n ** 53n - 1n }).map((n) => new D(n.toString()).div(100)));
/** Any decimal: up to 22 digits and 9 decimals, either sign (rates, shares, paid days). */
const decimal = fc.tuple(fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n }), fc.integer({ min: 0, max: 9 })).map(([n, k]) => new D(`${n}e-${k}`));

test("a whole number of fen converts to the double toNumber gives", () => {
  fc.assert(
    fc.property(wholeFen, (v) => {
      const x = typeof v === "number" ? new D(v).div(100) : v;
      expect(Object.is(toDouble(x), x.toNumber())).toBe(true);
    }),
    { numRuns: 20_000 },
  );
});

test("any other decimal converts to the double toNumber gives", () => {
  fc.assert(fc.property(decimal, (x) => expect(Object.is(toDouble(x), x.toNumber())).toBe(true)), { numRuns: 20_000 });
});

test("known cases: halves of a fen, the largest fen, zero", () => {
  // Worked by hand: 0.1 + 0.2 style values whose doubles are not their decimal's; 9007199254740.99 is
  // (2⁵³ − 1) fen; 0.005 is not whole fen (toNumber's own path).
  for (const s of ["0.07", "1234.56", "-0.01", "9007199254740.99", "0.005", "0", "-0", "21.75"]) expect([s, toDouble(new D(s))]).toEqual([s, Number(s)]);
});
