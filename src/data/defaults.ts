/**
 * The default lists of the settings, as data (strings for every number so nothing passes through a
 * binary float). The single settings' defaults are declared with each setting, in
 * src/core/config/settingFields.ts.
 */
export const defaultLists = {
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
    weekdayWeights: ["1", "1", "1", "1", "1", "1", "1"],
    /** The big shopping festivals; "MM-DD" recurs every year. The user edits the factors. */
    events: [
      { date: "06-18", factor: "2", name: "618 年中大促 / 618 mid-year sale" },
      { date: "11-11", factor: "3", name: "双十一 / Singles' Day" },
      { date: "12-12", factor: "2", name: "双十二 / Double 12" },
    ],
  },
} as const;
