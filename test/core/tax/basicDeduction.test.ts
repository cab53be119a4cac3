import { defaultEngineSettings } from "../../../src/core/defaults";
import { D, ZERO, type Dec } from "../../../src/core/money";
import { basicDeductionRule, checkSpecialTaxpayer, cumulativeBasicDeduction, NOT_SPECIAL, type SpecialTaxpayer } from "../../../src/core/tax/basicDeduction";
import { cumulativeTax, withholding } from "../../../src/core/tax/cnIit";

const d = (x: string | number): Dec => new D(x);
const s2 = (x: Dec) => x.toFixed(2);
const table = defaultEngineSettings().taxTable;
const MONTHLY = d(5000);
const under60k: SpecialTaxpayer = { previousYearUnder60k: true, firstJobThisYear: false };
const firstJob: SpecialTaxpayer = { previousYearUnder60k: false, firstJobThisYear: true };

describe("cumulativeBasicDeduction", () => {
  it("ordinary: 5,000 × months employed here this year (STA 2018 No. 61 art. 6)", () => {
    expect(s2(cumulativeBasicDeduction({ monthNumber: 9, monthsEmployed: 3, taxpayer: NOT_SPECIAL, monthly: MONTHLY }))).toBe("15000.00");
  });

  it("STA 2020 No. 13, first job this year: 5,000 × the month number, counted from January", () => {
    // The announcement: 可按照5000元/月乘以纳税人当年截至本月月份数计算累计减除费用. A graduate whose first job
    // starts in July: 7 × 5000 = 35000 in July, although employed one month.
    expect(s2(cumulativeBasicDeduction({ monthNumber: 7, monthsEmployed: 1, taxpayer: firstJob, monthly: MONTHLY }))).toBe("35000.00");
    expect(s2(cumulativeBasicDeduction({ monthNumber: 12, monthsEmployed: 6, taxpayer: firstJob, monthly: MONTHLY }))).toBe("60000.00");
  });

  it("STA 2020 No. 19, paid here every month last year and at most 60,000: 60,000 in every month", () => {
    for (let m = 1; m <= 12; m++) {
      expect(s2(cumulativeBasicDeduction({ monthNumber: m, monthsEmployed: m, taxpayer: under60k, monthly: MONTHLY, annual: d(60000) }))).toBe("60000.00");
    }
    // without an explicit annual figure: 12 × the monthly one
    expect(s2(cumulativeBasicDeduction({ monthNumber: 1, monthsEmployed: 1, taxpayer: under60k, monthly: MONTHLY }))).toBe("60000.00");
  });

  /**
   * No. 19's own rule, worked by hand: 在纳税人累计收入不超过6万元的月份，暂不预扣预缴个人所得税；在其累计收入超过6万元
   * 的当月及年内后续月份，再预扣预缴个人所得税. Wages of 8,000 a month, no insurance or other deductions:
   *   Jan–Jul: cumulative income 8000 × 7 = 56000 ≤ 60000 → no tax;
   *   Aug: 64000 − 60000 = 4000 × 3% = 120;  Sep: 12000 × 3% = 360 − 120 = 240.
   * The ordinary rule would withhold (8000 − 5000) × 3% = 90 from January on.
   */
  it("No. 19 with 8,000 a month: nothing withheld January to July, 120 in August, 240 in September", () => {
    let withheld = ZERO;
    const iits: string[] = [];
    for (let m = 1; m <= 9; m++) {
      const taxable = d(8000).times(m).minus(cumulativeBasicDeduction({ monthNumber: m, monthsEmployed: m, taxpayer: under60k, monthly: MONTHLY, annual: d(60000) }));
      const iit = withholding(cumulativeTax(taxable, table), withheld);
      withheld = withheld.plus(iit);
      iits.push(s2(iit));
    }
    expect(iits).toEqual(["0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "120.00", "240.00"]);
  });

  it("No. 19 wins when both flags are set (and checkSpecialTaxpayer says so)", () => {
    expect(basicDeductionRule({ previousYearUnder60k: true, firstJobThisYear: true })).toBe("previousYearUnder60k");
  });
});

describe("checkSpecialTaxpayer", () => {
  const who = { id: "s1", name: "李四" };

  it("flags both flags at once, where the flags are", () => {
    expect(checkSpecialTaxpayer({ previousYearUnder60k: true, firstJobThisYear: true }, null, 2026, "staff[2]", who)).toEqual([
      { code: "iit.flagsConflict", params: who, where: "staff[2].iit" },
    ]);
  });

  it("flags No. 19 for someone who started this year, not for someone who started before", () => {
    expect(checkSpecialTaxpayer(under60k, "2026-03-01", 2026, "staff[0]", who).map((w) => [w.code, w.where])).toEqual([["iit.under60kButNew", "staff[0].iit.previousYearUnder60k"]]);
    expect(checkSpecialTaxpayer(under60k, "2024-12-31", 2026, "staff[0]", who)).toEqual([]);
    expect(checkSpecialTaxpayer(NOT_SPECIAL, "2026-03-01", 2026, "staff[0]", who)).toEqual([]);
  });
});
