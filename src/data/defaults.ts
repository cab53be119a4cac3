/**
 * Default settings, as data (strings for every number so nothing passes through a binary float).
 * The social insurance and housing fund figures are an EXAMPLE: each city sets its own and changes them
 * every year, so the workbook labels them "example — check your city's current rates".
 */
export const defaultSettings = {
  poolRate: "0.40",
  paidDaysPerMonth: "21.75",
  basicDeduction: "5000",
  socialInsurance: {
    baseFloor: "4462",
    baseCeiling: "22311",
    employee: { pension: "0.08", medical: "0.02", unemployment: "0.005" },
    employer: { pension: "0.16", medical: "0.095", unemployment: "0.005", injury: "0.002" },
  },
  housingFund: {
    employeeRate: "0.05",
    employerRate: "0.05",
    baseFloor: "2490",
    baseCeiling: "38390",
  },
  /** The annual table of 个人所得税预扣率表一 (comprehensive income, cumulative withholding). */
  taxTable: [
    { upTo: "36000", rate: "0.03", quickDeduction: "0" },
    { upTo: "144000", rate: "0.10", quickDeduction: "2520" },
    { upTo: "300000", rate: "0.20", quickDeduction: "16920" },
    { upTo: "420000", rate: "0.25", quickDeduction: "31920" },
    { upTo: "660000", rate: "0.30", quickDeduction: "52920" },
    { upTo: "960000", rate: "0.35", quickDeduction: "85920" },
    { upTo: null, rate: "0.45", quickDeduction: "181920" },
  ],
  targets: {
    aov: null as string | null,
    cvr: null as string | null,
    weekdayWeights: ["1", "1", "1", "1", "1", "1", "1"],
    /** The big shopping festivals; "MM-DD" recurs every year. The user edits the factors. */
    events: [
      { date: "06-18", factor: "2", name: "618 年中大促 / 618 mid-year sale" },
      { date: "11-11", factor: "3", name: "双十一 / Singles' Day" },
      { date: "12-12", factor: "2", name: "双十二 / Double 12" },
    ],
    holidayFactor: "1",
  },
} as const;

export type DefaultSettings = typeof defaultSettings;
