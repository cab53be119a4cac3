import { D, type Dec } from "../../../src/core/money";
import { contribution, contributionBase, loadProfiles, parseInsuranceProfile, periodFor, profileForMonth } from "../../../src/core/insurance/profiles";
import { roundContribution } from "../../../src/core/insurance/rounding";
import { exampleInsuranceProfiles } from "../../../src/data/rules/insuranceProfiles";

const d = (x: string | number): Dec => new D(x);
const s2 = (x: Dec) => x.toFixed(2);
const profiles = loadProfiles(exampleInsuranceProfiles);
const byId = (id: string) => profiles.find((p) => p.id === id)!;

describe("roundContribution", () => {
  it("fen, jiao, up to the jiao (见分进角) and yuan (四舍五入)", () => {
    expect(s2(roundContribution("590.7249", "fen"))).toBe("590.72");
    expect(s2(roundContribution("590.75", "jiao"))).toBe("590.80");
    expect(s2(roundContribution("590.72", "jiaoUp"))).toBe("590.80");
    expect(s2(roundContribution("590.70", "jiaoUp"))).toBe("590.70"); // no fen: stays
    expect(s2(roundContribution("590.7049", "jiaoUp"))).toBe("590.70"); // rounds to the fen first: 590.70
    expect(s2(roundContribution("590.705", "jiaoUp"))).toBe("590.80"); // 590.71 → 590.80
    expect(s2(roundContribution("188.3", "yuan"))).toBe("188.00");
    expect(s2(roundContribution("188.5", "yuan"))).toBe("189.00");
  });
});

describe("the shipped example profiles", () => {
  it("are all labelled examples, with a source on every period", () => {
    for (const p of profiles) {
      expect(p.example).toBe(true);
      expect(p.nameEn).toMatch(/example — check your city/);
      expect(p.nameZh).toMatch(/示例/);
      for (const period of p.periods) expect(period.source).not.toBe("");
    }
  });

  /**
   * Shanghai, July 2024 – June 2025 (figures as compiled by github.com/jiabin-xu/salary-calculator; rounding as
   * github.com/zhaiyz/salarycalculator describes it: 养老、医疗、失业保险精确到角，见分进角；公积金精确到元，四舍五入).
   * A wage of 5,000 is below the floor 7,384: pension 8% = 590.72 → 590.80; medical 2% = 147.68 → 147.70;
   * unemployment 0.5% = 36.92 → 37.00; housing fund 7% of 5,000 (floor 2,690) = 350.00 → 350.
   * A wage of 50,000 is above the ceiling 36,921: pension 8% = 2953.68 → 2953.70; housing fund 7% = 2584.47 → 2584.
   */
  it("Shanghai: floors, ceilings and its rounding, by hand", () => {
    const sh = byId("shanghai");
    const p = periodFor(sh, "2025-03")!;
    expect(s2(contributionBase(d(5000), "pension", p))).toBe("7384.00");
    expect(s2(contribution(d(5000), d("0.08"), "pension", p))).toBe("590.80");
    expect(s2(contribution(d(5000), d("0.02"), "medical", p))).toBe("147.70");
    expect(s2(contribution(d(5000), d("0.005"), "unemployment", p))).toBe("37.00");
    expect(s2(contribution(d(5000), d("0.07"), "housingFund", p))).toBe("350.00");
    expect(s2(contribution(d(50000), d("0.08"), "pension", p))).toBe("2953.70");
    expect(s2(contribution(d(50000), d("0.07"), "housingFund", p))).toBe("2584.00");
  });

  it("Beijing 2021: a floor per insurance type", () => {
    const p = periodFor(byId("beijing"), "2021-06")!;
    expect(["pension", "medical", "unemployment", "injury", "maternity"].map((t) => s2(contributionBase(d(3000), t as "pension", p)))).toEqual(["3613.00", "5360.00", "3613.00", "4713.00", "5360.00"]);
    expect(s2(contributionBase(d(3000), "housingFund", p))).toBe("3000.00"); // the source gives no housing-fund floor
  });

  it("the period in effect for a month, and a warning for a month no period covers", () => {
    const bj = byId("beijing");
    expect(periodFor(bj, "2025-07")?.from).toBe("2025-01");
    expect(periodFor(bj, "2023-05")).toBeNull();
    const { period, warnings } = profileForMonth(bj, "2023-05", "settings.insuranceProfile");
    expect(period).toBeNull();
    expect(warnings).toEqual([
      { code: "insurance.monthNotCovered", params: expect.objectContaining({ profile: "beijing", month: "2023-05", covered: "2021-01–2021-12, 2025-01–2025-12" }), where: "settings.insuranceProfile" },
    ]);
    // Shanghai's year turns in July
    expect(periodFor(byId("shanghai"), "2024-06")).toBeNull();
    expect(periodFor(byId("shanghai"), "2024-07")).not.toBeNull();
  });
});

describe("parseInsuranceProfile: a user's own city", () => {
  const mine = {
    id: "suzhou",
    nameZh: "苏州",
    periods: [
      { from: "2025-07", to: "2026-06", bases: { pension: { floor: "4,879", ceiling: 24396 }, housingFund: { floor: 2280, ceiling: 29300 } }, rounding: { socialInsurance: "fen", housingFund: "yuan" } },
      { from: "2026-07", bases: { pension: { floor: 5000, ceiling: 25000 } } },
    ],
  };

  it("reads amounts with commas, defaults the rounding to the fen, leaves the last period open", () => {
    const { profile, problems } = parseInsuranceProfile(mine, "insuranceProfiles[0]");
    expect(problems).toEqual([]);
    expect(profile!.nameEn).toBe("suzhou");
    expect(s2(contributionBase(d(3000), "pension", periodFor(profile!, "2025-12")!))).toBe("4879.00");
    expect(periodFor(profile!, "2030-01")?.rounding).toEqual({ socialInsurance: "fen", housingFund: "fen" });
  });

  it("says what and where for each problem", () => {
    const bad = {
      id: "x",
      periods: [
        { from: "2025-07", to: "2026-07", bases: { pension: { floor: 9000, ceiling: 8000 }, pets: { floor: 1 } }, rounding: { socialInsurance: "up" } },
        { from: "2026-07", bases: { medical: { floor: "abc" } } },
        { from: "2026-13" },
      ],
    };
    const { profile, problems } = parseInsuranceProfile(bad, "insuranceProfiles[1]");
    expect(profile).toBeNull();
    expect(problems.map((p) => [p.code, p.where])).toEqual([
      ["insurance.floorAboveCeiling", "insuranceProfiles[1].periods[0].bases.pension"],
      ["insurance.typeUnknown", "insuranceProfiles[1].periods[0].bases.pets"],
      ["insurance.roundingUnknown", "insuranceProfiles[1].periods[0].rounding.socialInsurance"],
      ["insurance.amountInvalid", "insuranceProfiles[1].periods[1].bases.medical.floor"],
      ["insurance.monthInvalid", "insuranceProfiles[1].periods[2].from"],
    ]);
    const overlap = parseInsuranceProfile({ id: "y", periods: [{ from: "2025-01", to: "2025-12" }, { from: "2025-07" }] }, "p");
    expect(overlap.problems.map((p) => p.code)).toEqual(["insurance.periodsOverlap"]);
    expect(parseInsuranceProfile("shanghai", "p").problems.map((p) => p.code)).toEqual(["insurance.profileInvalid"]);
  });
});
