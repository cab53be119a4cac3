/**
 * City social-insurance profiles: EXAMPLES — check your city. Each city sets a floor and a ceiling for the
 * contribution base of each insurance (and of the housing fund), changes them every year (several in July),
 * and rounds contributions its own way. These figures are as compiled by the third-party sources named on
 * each period (open-source salary calculators), not read from the cities' own notices: the search corpora
 * this project may use did not hold the notices. A user adds their own city in the same shape
 * (`insuranceProfiles: [...]` in the config; see src/core/insurance/profiles.ts parseInsuranceProfile).
 *
 * Every number is a string (no binary floats); a floor of null means the source gives none.
 */
export interface InsuranceProfileData {
  id: string;
  nameZh: string;
  nameEn: string;
  example: boolean;
  periods: {
    from: string;
    to: string | null;
    bases: Record<string, { floor: string | null; ceiling: string | null }>;
    rounding: { socialInsurance: string; housingFund: string };
    source: string;
  }[];
}

const same = (floor: string, ceiling: string) => ({
  pension: { floor, ceiling },
  medical: { floor, ceiling },
  unemployment: { floor, ceiling },
  injury: { floor, ceiling },
  maternity: { floor, ceiling },
});

export const exampleInsuranceProfiles: readonly InsuranceProfileData[] = [
  {
    id: "shanghai",
    nameZh: "上海（示例，请核对本市标准）",
    nameEn: "Shanghai (example — check your city)",
    example: true,
    periods: [
      {
        // Shanghai's contribution year runs July to June.
        from: "2024-07",
        to: "2025-06",
        bases: { ...same("7384", "36921"), housingFund: { floor: "2690", ceiling: "36921" } },
        // 养老、医疗、失业保险精确到角，见分进角；公积金精确到元，四舍五入 (github.com/zhaiyz/salarycalculator README)
        rounding: { socialInsurance: "jiaoUp", housingFund: "yuan" },
        // Reviewed 2026-12-07: the cited file (commit b68b652a) gives 上海 7384–36921 and 公积金 2690–36921 without a
        // date; July 2024 – June 2025 is when Shanghai used them, by the earlier engineer's reading.
        source: "github.com/jiabin-xu/salary-calculator src/data/provice.ts (上海 7384–36921, 公积金 2690–36921; undated there); rounding: github.com/zhaiyz/salarycalculator README",
      },
    ],
  },
  {
    id: "beijing",
    nameZh: "北京（示例，请核对本市标准）",
    nameEn: "Beijing (example — check your city)",
    example: true,
    periods: [
      {
        // Per insurance type: pension and unemployment, injury, medical and maternity each their own floor.
        from: "2021-01",
        to: "2021-12",
        bases: {
          pension: { floor: "3613", ceiling: "25401" },
          medical: { floor: "5360", ceiling: "25401" },
          unemployment: { floor: "3613", ceiling: "25401" },
          injury: { floor: "4713", ceiling: "25401" },
          maternity: { floor: "5360", ceiling: "25401" },
          housingFund: { floor: null, ceiling: "25401" },
        },
        rounding: { socialInsurance: "fen", housingFund: "fen" },
        // Reviewed 2026-12-07 against the cited file (commit 7d676cad): pension and unemployment 3613, medical and
        // maternity 5360, injury 4713, all to 25401, housing fund 0–25401. The same author's later
        // src/tool/tax/insurances.js gives 北京2021 as 5360–28221 for every type: the sources disagree.
        source: "github.com/linianhui/blog src/tool/salary-calculator/insurances.js (北京2021社保基数, commit 7d676cad); period as the source labels it",
      },
      {
        from: "2025-01",
        to: "2025-12",
        bases: { ...same("7162", "35811"), housingFund: { floor: null, ceiling: "35811" } },
        rounding: { socialInsurance: "fen", housingFund: "fen" },
        // Reviewed 2026-12-07 (issue 13): "北京2025社保基数" is NOT in the copies of this file the project's search
        // holds (those read give 北京2021 and 北京2022 only); the figures are the earlier engineer's reading,
        // unverified. Beijing's year runs July to June since 2024, so a calendar-year period is doubtful too.
        source: "github.com/linianhui/blog src/tool/tax/insurances.js (北京2025社保基数, as read before; unverified — check 北京市人力资源和社会保障局's notice); period as the source labels it",
      },
    ],
  },
  {
    id: "hangzhou",
    nameZh: "杭州（示例，请核对本市标准）",
    nameEn: "Hangzhou (example — check your city)",
    example: true,
    periods: [
      {
        from: "2021-01",
        to: "2021-12",
        bases: { ...same("3321.6", "17880.75"), housingFund: { floor: null, ceiling: "17880.75" } },
        rounding: { socialInsurance: "fen", housingFund: "fen" },
        source: "github.com/linianhui/blog src/tool/salary-calculator/insurances.js (杭州2021社保基数); period as the source labels it",
      },
    ],
  },
];
