/** The pane's figures as a person reads them: ¥ with thousands commas and two decimals, percents, whole counts. */
import { D } from "../../src/core/money";
import { percent, whole, yuan } from "../../src/taskpane/format";

test("yuan: grouped by thousands, to the fen half away from zero, the sign before ¥", () => {
  expect(yuan("1234567.8")).toBe("¥1,234,567.80");
  expect(yuan(new D("999.995"))).toBe("¥1,000.00");
  expect(yuan("-1234.5")).toBe("-¥1,234.50");
  expect(yuan("0")).toBe("¥0.00");
  expect(yuan("-0.004")).toBe("¥0.00"); // rounds to zero: no "-¥0.00"
  expect(yuan("12")).toBe("¥12.00");
});

test("percent: a fraction times 100, at most two decimals", () => {
  expect(["0.4", "1.18", "0", "0.005", "0.123456"].map((x) => percent(x))).toEqual(["40%", "118%", "0%", "0.5%", "12.35%"]);
  expect(percent(new D("0.08"))).toBe("8%");
});

test("whole: thousands commas", () => {
  expect([0, 999, 1000, 1234567].map(whole)).toEqual(["0", "999", "1,000", "1,234,567"]);
});
