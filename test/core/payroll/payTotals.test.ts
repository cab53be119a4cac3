/**
 * The running fen totals (fenTotals, addFen, finishTotals: summed as each line is made, issue 15)
 * against payTotals over the finished lines: the same Decimals on random lines, whether every figure is a
 * whole number of fen, some carry a fraction of a fen or lie beyond the lane's 2⁴⁹ fen, or a column's sum
 * leaves the safe integers. Each line's fen figures are what the lane makes of its Decimals (laneFen).
 */
import fc from "fast-check";
import { D } from "../../../src/core/money";
import { laneFen } from "../../../src/core/payroll/fenLane";
import { MONEY_KEYS, type PayLine } from "../../../src/core/payroll/payLine";
import { addFen, fenTotals, finishTotals, payTotals } from "../../../src/core/payroll/payTotals";

/** A line with only its money columns: all the totals read. */
const line = (figure: fc.Arbitrary<InstanceType<typeof D>>) =>
  fc.tuple(...MONEY_KEYS.map(() => figure)).map((xs) => Object.fromEntries(MONEY_KEYS.map((k, i) => [k, xs[i]])) as unknown as PayLine);

const wholeFen = fc.integer({ min: -1_000_000_00, max: 1_000_000_00 }).map((f) => new D(f).div(100));
const anyFigure = fc.oneof(
  wholeFen,
  fc.integer({ min: -10_000_000, max: 10_000_000 }).map((f) => new D(f).div(1000)), // a tenth of a fen, sometimes
  fc.constantFrom(new D(0), new D("-0"), new D("90071992547409.91"), new D("-90071992547409.91")), // a safe integer's edge
  // The lane's own edge, 2⁴⁹ fen, ± 3 fen: inside it a figure is summed in fen, past it in decimal.js.
  fc.integer({ min: -3, max: 3 }).chain((d) => fc.constantFrom(new D(2 ** 49 + d).div(100), new D(-(2 ** 49) - d).div(100))),
);

function builtTotals(lines: PayLine[]) {
  const totals = fenTotals();
  for (const l of lines) MONEY_KEYS.forEach((k, i) => addFen(totals, i, laneFen(l[k])));
  return finishTotals(totals, lines);
}

function sameTotals(lines: PayLine[]) {
  const expected = payTotals(lines);
  const built = builtTotals(lines);
  for (const k of MONEY_KEYS) expect(built[k].toString()).toBe(expected[k].toString());
}

describe("fen totals: the column sums, built as the lines are made", () => {
  test("equal payTotals on lines of whole fen", () => {
    fc.assert(fc.property(fc.array(line(wholeFen), { maxLength: 30 }), sameTotals), { numRuns: 300 });
  });

  test("equal payTotals when figures carry a fraction of a fen or sums pass the safe integers", () => {
    fc.assert(fc.property(fc.array(line(anyFigure), { maxLength: 30 }), sameTotals), { numRuns: 300 });
  });

  test("examples: a column past the safe integers and one with a tenth of a fen", () => {
    const big = new D("90071992547409.91");
    const lines = [big, big, new D("0.001")].map((x) => Object.fromEntries(MONEY_KEYS.map((k) => [k, k === "net" ? new D("0.001") : x])) as unknown as PayLine);
    const totals = builtTotals(lines);
    expect(totals.gross.toString()).toBe("180143985094819.821");
    expect(totals.net.toString()).toBe("0.003");
    expect(builtTotals([]).gross.toString()).toBe("0");
  });
});
