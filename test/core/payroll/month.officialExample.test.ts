import { defaultEngineSettings } from "../../../src/core/defaults";
import { computePayrollYear } from "../../../src/core/payroll";
import { config, d, monthInput, role, s2, staff } from "./fixtures";

/**
 * The State Taxation Administration's two worked examples of cumulative withholding, from its
 * interpretation (解读) of announcement 2018 No. 61 (《个人所得税扣缴申报管理办法（试行）》), run through the
 * whole payroll engine. The text and where it was found are quoted in test/core/tax/cnIit.test.ts.
 *
 * To make the engine's "三险一金" (employee social insurance + housing fund) come to exactly the example's
 * 15% of pay (1500 of 10000, 4500 of 30000), the city is set to pension 8%, medical 2%,
 * unemployment 0.5% and housing fund 4.5%, with ceilings above 30000:
 *   10000: 800 + 200 + 50 + 450 = 1500;  30000: 2400 + 600 + 150 + 1350 = 4500.
 * No commission (margin 0), no rewards or penalties: gross = 应发工资.
 */
function employee2015(base: number, special: number) {
  const settings = defaultEngineSettings();
  settings.socialInsurance.baseCeiling = d(40000);
  settings.housingFund.employeeRate = d("0.045");
  settings.housingFund.baseCeiling = d(40000);
  return config({
    settings,
    roles: [role("staff", { share: d(0) })],
    staff: [staff("e1", "staff", { base: d(base), specialAdditionalDeduction: d(special), startDate: "2015-03-01" })],
    months: ["2019-01", "2019-02", "2019-03"].map((m) => monthInput(m)),
  });
}

describe("the State Taxation Administration's examples, through computePayrollYear", () => {
  it("example 1: pay 10000, 三险一金 1500, children's education 1000 → 75, 75, 75", () => {
    const year = computePayrollYear(employee2015(10000, 1000), "2019-03");
    const lines = year.map((r) => r.employees[0]!);
    expect(lines.map((l) => s2(l.socialInsurance.plus(l.housingFund)))).toEqual(["1500.00", "1500.00", "1500.00"]);
    // (10000 − 5000 − 1500 − 1000) × 3% = 75; × 2 months − 75 = 75; × 3 months − 150 = 75
    expect(lines.map((l) => s2(l.iit))).toEqual(["75.00", "75.00", "75.00"]);
    expect(year.flatMap((r) => r.warnings)).toEqual([]);
  });

  it("example 2: pay 30000, 三险一金 4500, two special deductions 2000 → 555, 625, 1850", () => {
    const year = computePayrollYear(employee2015(30000, 2000), "2019-03");
    const lines = year.map((r) => r.employees[0]!);
    expect(lines.map((l) => s2(l.socialInsurance.plus(l.housingFund)))).toEqual(["4500.00", "4500.00", "4500.00"]);
    // 1月 (30000 − 5000 − 4500 − 2000) × 3% = 555
    // 2月 (30000×2 − 5000×2 − 4500×2 − 2000×2) × 10% − 2520 − 555 = 625   (cumulative taxable 37000)
    // 3月 (30000×3 − 5000×3 − 4500×3 − 2000×3) × 10% − 2520 − 555 − 625 = 1850
    expect(lines.map((l) => s2(l.cumulativeTaxable))).toEqual(["18500.00", "37000.00", "55500.00"]);
    expect(lines.map((l) => s2(l.iit))).toEqual(["555.00", "625.00", "1850.00"]);
    // and the pay itself: net = 30000 − 4500 − tax
    expect(lines.map((l) => s2(l.net))).toEqual(["24945.00", "24875.00", "23650.00"]);
  });
});
