import { defaultEngineSettings } from "../../../src/core/defaults";
import {
  contributionBase,
  contributions,
  employeeSocialInsurance,
  employerSocialInsurance,
} from "../../../src/core/payroll/contributions";
import { d, s2 } from "./fixtures";

// The default (example) city: social insurance base 4462–22311, housing fund base 2490–38390, 5% each side.
const { socialInsurance: si, housingFund: hf } = defaultEngineSettings();

const strings = (c: ReturnType<typeof contributions>) => ({
  pension: s2(c.pension),
  medical: s2(c.medical),
  unemployment: s2(c.unemployment),
  socialInsurance: s2(c.socialInsurance),
  housingFund: s2(c.housingFund),
  employerSocialInsurance: s2(c.employerSocialInsurance),
  employerHousingFund: s2(c.employerHousingFund),
});

describe("contributionBase", () => {
  it("clamps to the floor and the ceiling", () => {
    expect(s2(contributionBase(d(1800), si.baseFloor, si.baseCeiling))).toBe("4462.00");
    expect(s2(contributionBase(d(30000), si.baseFloor, si.baseCeiling))).toBe("22311.00");
    expect(s2(contributionBase(d(8000), si.baseFloor, si.baseCeiling))).toBe("8000.00");
  });
});

describe("social insurance", () => {
  it("at the floor: each component rounded, then summed", () => {
    // employee: 4462 × 8% = 356.96, × 2% = 89.24, × 0.5% = 22.31 → 468.51
    expect(s2(employeeSocialInsurance(d(4462), si.employee))).toBe("468.51");
    // employer: 4462 × 16% = 713.92, × 9.5% = 423.89, × 0.5% = 22.31, × 0.2% = 8.924 → 8.92 → 1169.04
    expect(s2(employerSocialInsurance(d(4462), si.employer))).toBe("1169.04");
  });

  it("above the ceiling: the base stops at 22311, and half a fen rounds away from zero", () => {
    // employee: 22311 × 8% = 1784.88, × 2% = 446.22, × 0.5% = 111.555 → 111.56 → 2342.66
    expect(s2(employeeSocialInsurance(d(22311), si.employee))).toBe("2342.66");
    // employer: 3569.76 + 2119.545 → 2119.55 + 111.555 → 111.56 + 44.622 → 44.62 = 5845.49
    expect(s2(employerSocialInsurance(d(22311), si.employer))).toBe("5845.49");
  });

  it("sums the rounded parts, not a rounded sum of the rates", () => {
    // employer at 4463: 714.08 + 423.985 → 423.99 + 22.315 → 22.32 + 8.926 → 8.93 = 1169.32
    // (ROUND(4463 × 26.2%, 2) = ROUND(1169.306, 2) = 1169.31 would be a fen short of the printed parts)
    expect(s2(employerSocialInsurance(d(4463), si.employer))).toBe("1169.32");
    // employee at 4462.05: 356.964 → 356.96 + 89.241 → 89.24 + 22.31025 → 22.31 = 468.51 (not ROUND(468.51525) = 468.52)
    expect(s2(employeeSocialInsurance(d("4462.05"), si.employee))).toBe("468.51");
  });
});

describe("contributions", () => {
  it("lifts a customer service base of 1800 to both floors", () => {
    // social insurance as above; housing fund base 2490 × 5% = 124.50 each side
    expect(strings(contributions({ base: d(1800), contributionBase: null }, true, si, hf))).toEqual({
      pension: "356.96",
      medical: "89.24",
      unemployment: "22.31",
      socialInsurance: "468.51",
      housingFund: "124.50",
      employerSocialInsurance: "1169.04",
      employerHousingFund: "124.50",
    });
  });

  it("caps a base of 30000 at the social insurance ceiling but not the housing fund's (38390)", () => {
    // housing fund 30000 × 5% = 1500.00 each side
    expect(strings(contributions({ base: d(30000), contributionBase: null }, true, si, hf))).toEqual({
      pension: "1784.88",
      medical: "446.22",
      unemployment: "111.56",
      socialInsurance: "2342.66",
      housingFund: "1500.00",
      employerSocialInsurance: "5845.49",
      employerHousingFund: "1500.00",
    });
  });

  it("uses the declared contribution base over the base pay", () => {
    // 5000 × 8% = 400, × 2% = 100, × 0.5% = 25 → 525.00; housing fund 250.00
    const c = contributions({ base: d(30000), contributionBase: d(5000) }, true, si, hf);
    expect(s2(c.socialInsurance)).toBe("525.00");
    expect(s2(c.housingFund)).toBe("250.00");
  });

  it("contributes at the floors when no base is known at all", () => {
    expect(s2(contributions({ base: null, contributionBase: null }, true, si, hf).socialInsurance)).toBe("468.51");
  });

  it("is nothing for a role without insurance", () => {
    expect(strings(contributions({ base: d(8000), contributionBase: null }, false, si, hf))).toEqual({
      pension: "0.00",
      medical: "0.00",
      unemployment: "0.00",
      socialInsurance: "0.00",
      housingFund: "0.00",
      employerSocialInsurance: "0.00",
      employerHousingFund: "0.00",
    });
  });
});
