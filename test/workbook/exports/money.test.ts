/** Amounts for the exports: to the fen, never negative, never a guess — a problem placed where it is. */
import { D } from "../../../src/core/money";
import type { Warning } from "../../../src/core/types";
import { exportAmount } from "../../../src/workbook/exports/money";

const run = (v: Parameters<typeof exportAmount>[0]) => {
  const problems: Warning[] = [];
  const amount = exportAmount(v, "staff[0].net", problems);
  return { amount: amount?.toFixed(2) ?? null, problems };
};

test("a Decimal or text, rounded to the fen half away from zero", () => {
  expect(run(new D("1234.505")).amount).toBe("1234.51");
  expect(run("1,234.50").amount).toBe("1234.50");
  expect(run("0").amount).toBe("0.00");
  expect(run(new D("-0")).amount).toBe("0.00");
});

test("text that is no amount, and a negative, are problems at their place", () => {
  expect(run("12 元")).toEqual({ amount: null, problems: [{ code: "value.notAmount", params: { value: "12 元" }, where: "staff[0].net" }] });
  expect(run(new D("-0.01"))).toEqual({ amount: null, problems: [{ code: "value.negative", params: { value: "-0.01" }, where: "staff[0].net" }] });
  expect(run(new D(Number.NaN)).problems.map((p) => p.code)).toEqual(["value.notAmount"]);
});
