/**
 * How a city rounds a contribution. 上海's social insurance: 精确到角，见分进角 — any fen left after
 * rounding to the fen takes it up to the next jiao; 上海's housing fund: to the yuan, 四舍五入. The
 * default is Excel's ROUND to the fen, half away from zero. Expected figures worked by hand.
 */
import { CONTRIBUTION_ROUNDINGS, isContributionRounding, roundContribution } from "../../../src/core/insurance/rounding";

const r = (x: string, how: Parameters<typeof roundContribution>[1]) => roundContribution(x, how).toFixed();

test("to the fen, half away from zero (as Excel's ROUND)", () => {
  expect(["123.455", "123.454", "0.005", "-0.005", "100"].map((x) => r(x, "fen"))).toEqual(["123.46", "123.45", "0.01", "-0.01", "100"]);
});

test("to the jiao, half up", () => {
  expect(["123.45", "123.44", "0.05", "7"].map((x) => r(x, "jiao"))).toEqual(["123.5", "123.4", "0.1", "7"]);
});

test("见分进角: a fen (after rounding to the fen) goes up to the next jiao; a whole jiao stays", () => {
  expect(["123.40", "123.401", "123.41", "123.405", "123.49", "0.001"].map((x) => r(x, "jiaoUp"))).toEqual(["123.4", "123.4", "123.5", "123.5", "123.5", "0"]);
});

test("to the yuan, half up", () => {
  expect(["123.5", "123.49", "0.5"].map((x) => r(x, "yuan"))).toEqual(["124", "123", "1"]);
});

test("the ways a config may name, and nothing else", () => {
  expect(CONTRIBUTION_ROUNDINGS.every(isContributionRounding)).toBe(true);
  expect(["Fen", "cent", "", null, 1].filter(isContributionRounding)).toEqual([]);
});
