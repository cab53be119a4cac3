import fc from "fast-check";
import { D, type Dec } from "../../../src/core/money";
import { defaultEngineSettings } from "../../../src/core/defaults";
import { parseConfig } from "../../../src/core/config";
import { computePayroll } from "../../../src/core/payroll";
import { contributions } from "../../../src/core/payroll/contributions";
import { availableProfiles, monthProfile, profileInUse, readProfiles } from "../../../src/core/insurance/select";
import { INSURANCE_TYPES, parseInsuranceProfile } from "../../../src/core/insurance/profiles";
import type { Settings } from "../../../src/core/types";

const d = (x: string | number): Dec => new D(x);
const s2 = (x: Dec) => x.toFixed(2);
const withProfile = (id: string | null): Settings => ({ ...defaultEngineSettings(), insuranceProfile: id });
const person = (base: string) => ({ base: d(base), contributionBase: null });

/**
 * The Shanghai example (src/data/rules/insuranceProfiles.ts): 2024-07 to 2025-06, every insurance 7,384–36,921,
 * housing fund 2,690–36,921; social insurance 精确到角，见分进角 (any fen up to the jiao, after rounding to the fen),
 * housing fund 精确到元，四舍五入 (to the yuan). Rates: Settings' defaults (employee 8% / 2% / 0.5%, employer 16% /
 * 9.5% / 0.5% / 0.2%, housing fund 5% each side). Worked by hand for a base of 12,345.67 in 2025-03:
 *   employee pension      12,345.67 × 8%    =   987.6536  → 987.65  → 987.70
 *   employee medical                × 2%    =   246.9134  → 246.91  → 247.00
 *   unemployment (each side)        × 0.5%  =    61.72835 →  61.73  →  61.80
 *   employee total  987.70 + 247.00 + 61.80 = 1,296.50   (to the fen, as without a profile: 1,296.29)
 *   housing fund (each side)        × 5%    =   617.2835  → 617.00
 *   employer pension                × 16%   = 1,975.3072  → 1,975.31 → 1,975.40
 *   employer medical                × 9.5%  = 1,172.83865 → 1,172.84 → 1,172.90
 *   injury                          × 0.2%  =    24.69134 →  24.69  →  24.70
 *   employer total  1,975.40 + 1,172.90 + 61.80 + 24.70 = 3,234.80
 */
describe("a city profile's contributions", () => {
  it("Shanghai: its bases and its rounding, per part (worked by hand above)", () => {
    const s = withProfile("shanghai");
    const { period, warnings } = monthProfile({ settings: s }, "2025-03");
    expect(period?.from).toBe("2024-07");
    expect(warnings.map((w) => [w.code, w.where])).toEqual([["insurance.exampleInUse", "settings.insuranceProfile"]]);
    const c = contributions(person("12345.67"), true, s.socialInsurance, s.housingFund, period);
    expect([c.socialInsurance, c.housingFund, c.employerSocialInsurance, c.employerHousingFund].map(s2)).toEqual(["1296.50", "617.00", "3234.80", "617.00"]);
    expect([c.pension, c.medical, c.unemployment, c.housingFund].map(s2)).toEqual(["987.70", "247.00", "61.80", "617.00"]);
    // Without the profile: Settings' single limits, to the fen.
    const plain = contributions(person("12345.67"), true, s.socialInsurance, s.housingFund, null);
    expect(s2(plain.socialInsurance)).toBe("1296.29");
  });

  /**
   * Beijing's 2021 example has a floor per type: pension and unemployment 3,613, injury 4,713, medical and
   * maternity 5,360, ceiling 25,401; the housing fund no floor. A base of 4,000 in 2021-06:
   *   employee 4,000 × 8% = 320.00; medical on 5,360 × 2% = 107.20; unemployment 4,000 × 0.5% = 20.00 → 447.20
   *   employer 640.00 + 5,360 × 9.5% = 509.20 + 20.00 + injury 4,713 × 0.2% = 9.426 → 9.43 → 1,178.63
   *   housing fund 4,000 × 5% = 200.00 each side (no floor; Settings' 2,490 would not lift it either)
   */
  it("Beijing 2021: a floor per insurance type (worked by hand above)", () => {
    const s = withProfile("beijing");
    const { period } = monthProfile({ settings: s }, "2021-06");
    const c = contributions(person("4000"), true, s.socialInsurance, s.housingFund, period);
    expect([c.socialInsurance, c.housingFund, c.employerSocialInsurance, c.employerHousingFund].map(s2)).toEqual(["447.20", "200.00", "1178.63", "200.00"]);
  });

  it("a month outside the profile's periods is said, and computed with Settings' single limits", () => {
    const s = withProfile("hangzhou");
    const { period, warnings } = monthProfile({ settings: s }, "2026-03");
    expect(period).toBeNull();
    expect(warnings).toEqual([expect.objectContaining({ code: "insurance.monthNotCovered", where: "settings.insuranceProfile" })]);
    expect(monthProfile({ settings: withProfile(null) }, "2026-03")).toEqual({ period: null, warnings: [] });
  });

  it("a profile that repeats Settings' single limits, to the fen, gives exactly the contributions without one (any base and rates)", () => {
    const s = defaultEngineSettings();
    const bases = Object.fromEntries(
      INSURANCE_TYPES.map((t) => [t, t === "housingFund" ? { floor: s.housingFund.baseFloor.toString(), ceiling: s.housingFund.baseCeiling.toString() } : { floor: s.socialInsurance.baseFloor.toString(), ceiling: s.socialInsurance.baseCeiling.toString() }]),
    );
    const { profile } = parseInsuranceProfile({ id: "same", periods: [{ from: "2020-01", bases, rounding: { socialInsurance: "fen", housingFund: "fen" } }] }, "p");
    const period = profile!.periods[0]!;
    const rate = fc.integer({ min: 0, max: 2000 }).map((n) => d(n).div(10000));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), rate, rate, rate, rate, (fen, r1, r2, r3, r4) => {
        const si = { ...s.socialInsurance, employee: { pension: r1, medical: r2, unemployment: r3 }, employer: { ...s.socialInsurance.employer, injury: r4 } };
        const hf = { ...s.housingFund, employeeRate: r2 };
        const staff = { base: d(fen).div(100), contributionBase: null };
        const a = contributions(staff, true, si, hf, period);
        const b = contributions({ ...staff }, true, si, hf, null);
        expect([a.socialInsurance, a.housingFund, a.employerSocialInsurance, a.employerHousingFund].map(s2)).toEqual([b.socialInsurance, b.housingFund, b.employerSocialInsurance, b.employerHousingFund].map(s2));
      }),
      { numRuns: 200 },
    );
  });
});

describe("the user's own profiles", () => {
  const own = { id: "suzhou", nameZh: "苏州（自填）", nameEn: "Suzhou (mine)", periods: [{ from: "2026-07", bases: { pension: { floor: "4880", ceiling: "24396" } }, rounding: { socialInsurance: "jiao", housingFund: "yuan" }, source: "苏州市人社局通知（用户自填）" }] };

  it("are read with every problem placed, beside the examples; one with an example's id replaces it", () => {
    const { profiles, problems } = readProfiles([own, { ...own, id: "shanghai" }], "suzhou");
    expect(problems).toEqual([]);
    expect(availableProfiles(profiles).map((p) => p.id)).toEqual(["suzhou", "shanghai", "beijing", "hangzhou"]);
    expect(availableProfiles(profiles).find((p) => p.id === "shanghai")!.example).toBe(false);
    expect(profileInUse({ settings: withProfile("suzhou"), insuranceProfiles: profiles })?.nameZh).toBe("苏州（自填）");
  });

  it("a bad profile, an id twice and a profile nobody has are refused, each with its place", () => {
    const bad = { ...own, periods: [{ from: "2026-07", bases: { pension: { floor: "9000", ceiling: "100" } } }] };
    const { problems } = readProfiles([own, own, bad], "wuxi");
    expect(problems.map((p) => [p.code, p.where])).toEqual([
      ["insurance.profileTwice", "insuranceProfiles[1].id"],
      ["insurance.floorAboveCeiling", "insuranceProfiles[2].periods[0].bases.pension"],
      ["insurance.profileUnknown", "settings.insuranceProfile"],
    ]);
  });

  it("through the config: settings.insuranceProfile and insuranceProfiles, and the payroll that uses them", () => {
    const parsed = parseConfig({
      settings: { insuranceProfile: "shanghai" },
      staff: [{ id: "E1", name: "王五", role: "manager", base: "12345.67" }],
      months: [{ month: "2025-03", grossMargin: "0" }],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const r = computePayroll(parsed.config, "2025-03");
    expect([r.employees[0]!.socialInsurance, r.employees[0]!.housingFund, r.employees[0]!.employerSocialInsurance].map(s2)).toEqual(["1296.50", "617.00", "3234.80"]);
    // Once a month, not once a person (and February, computed for the year to date, says its own).
    expect(r.warnings.filter((w) => w.code === "insurance.exampleInUse").map((w) => w.params.month)).toEqual(["2025-03"]);

    const refused = parseConfig({ settings: { insuranceProfile: "nowhere" }, insuranceProfiles: [{ id: "x", periods: [{ from: "2026-13" }] }] });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors.map((e) => [e.code, e.where])).toEqual([
      ["insurance.monthInvalid", "insuranceProfiles[0].periods[0].from"],
      ["insurance.profileUnknown", "settings.insuranceProfile"],
    ]);
  });
});
