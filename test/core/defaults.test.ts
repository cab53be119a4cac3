import { defaultEngineSettings, defaultSettingsRaw } from "../../src/core/defaults";
import { parseConfig } from "../../src/core/config";

/**
 * The defaults, written out by hand from their sources: the pool rate from the source document
 * ("公司提供约毛利40%为销售部门的利润分成"), 21.75 paid days (劳社部发〔2008〕3号), the 5,000 yuan basic
 * deduction and the annual table of 个人所得税预扣率表一; the social insurance and housing fund figures
 * are the example the README and the Settings sheet say to check against one's city. No company name
 * (the user's own); wages paid on the 15th of the following month, a common pay day the user changes.
 */
const EXPECTED = {
  poolRate: "0.4",
  paidDaysPerMonth: "21.75",
  basicDeduction: "5000",
  companyName: null,
  payDate: "15",
  socialInsurance: {
    baseFloor: "4462",
    baseCeiling: "22311",
    employee: { pension: "0.08", medical: "0.02", unemployment: "0.005" },
    employer: { pension: "0.16", medical: "0.095", unemployment: "0.005", injury: "0.002" },
  },
  housingFund: { employeeRate: "0.05", employerRate: "0.05", baseFloor: "2490", baseCeiling: "38390" },
  // Issue 13, an example to check locally: sick pay 60% of the base; Shanghai's minimum wage from 2023-07-01.
  sickPay: { rate: "0.6" },
  minimumWage: { monthly: "2690", hourly: "24" },
  // 财政部 税务总局公告2023年第30号 art. 3: the year-end bonus's separate taxation runs to 2027-12-31.
  annualBonus: { separateTaxationUntil: "2027-12-31" },
  // 劳动法 has no figure: ShopSheet flags a late joiner whose insurance is over half the wages (issue 13: "a setting, default one half").
  compliance: { lateJoinerShare: "0.5" },
  // Issue 13: no city profile by default — the single floors and ceilings above, to the fen.
  insuranceProfile: null,
  taxTable: [
    { upTo: "36000", rate: "0.03", quickDeduction: "0" },
    { upTo: "144000", rate: "0.1", quickDeduction: "2520" },
    { upTo: "300000", rate: "0.2", quickDeduction: "16920" },
    { upTo: "420000", rate: "0.25", quickDeduction: "31920" },
    { upTo: "660000", rate: "0.3", quickDeduction: "52920" },
    { upTo: "960000", rate: "0.35", quickDeduction: "85920" },
    { upTo: null, rate: "0.45", quickDeduction: "181920" },
  ],
  targets: {
    aov: null,
    cvr: null,
    holidayFactor: "1",
    weekdayWeights: ["1", "1", "1", "1", "1", "1", "1"],
    events: [
      { date: "06-18", factor: "2", name: "618 年中大促 / 618 mid-year sale" },
      { date: "11-11", factor: "3", name: "双十一 / Singles' Day" },
      { date: "12-12", factor: "2", name: "双十二 / Double 12" },
    ],
  },
};

/** Decimals as their strings, for comparing with the figures above. */
const plain = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

describe("default settings", () => {
  it("are the figures of their sources, as engine values", () => {
    expect(plain(defaultEngineSettings())).toEqual(EXPECTED);
  });

  it("as a config file gives them, read back to the same engine values", () => {
    const parsed = parseConfig({ settings: defaultSettingsRaw() });
    expect(parsed.ok && plain(parsed.config.settings)).toEqual(EXPECTED);
  });

  it("are a fresh object each call, so a caller's change stays its own", () => {
    const a = defaultEngineSettings();
    a.targets.weekdayWeights.pop();
    (defaultSettingsRaw().taxTable as unknown[]).pop();
    expect(defaultEngineSettings().targets.weekdayWeights).toHaveLength(7);
    expect(defaultSettingsRaw().taxTable).toHaveLength(7);
  });
});
