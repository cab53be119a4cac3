import Decimal from "decimal.js";
import { D, round2, type Dec } from "../money";

/**
 * How a city rounds a contribution (base × rate), as data: to the fen (the default, half away from zero),
 * to the jiao, UP to the jiao (上海: 精确到角，见分进角 — any fen goes up to the next jiao, after rounding
 * to the fen), or to the yuan (上海公积金: 精确到元，四舍五入).
 */
export const CONTRIBUTION_ROUNDINGS = ["fen", "jiao", "jiaoUp", "yuan"] as const;
export type ContributionRounding = (typeof CONTRIBUTION_ROUNDINGS)[number];

export function isContributionRounding(x: unknown): x is ContributionRounding {
  return typeof x === "string" && (CONTRIBUTION_ROUNDINGS as readonly string[]).includes(x);
}

export function roundContribution(x: Decimal.Value, how: ContributionRounding): Dec {
  const v = new D(x);
  switch (how) {
    case "fen":
      return round2(v);
    case "jiao":
      return v.toDecimalPlaces(1, Decimal.ROUND_HALF_UP);
    case "jiaoUp": {
      // Toward +infinity, as the sheet's CEILING (a negative goes toward zero there): contributions are
      // never negative in practice, and core and sheet agree either way.
      const fen = round2(v);
      return fen.toDecimalPlaces(1, Decimal.ROUND_CEIL);
    }
    case "yuan":
      return v.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  }
}
