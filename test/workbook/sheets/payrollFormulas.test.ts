import { PAY_COLUMNS } from "../../../src/core/payroll";
import { payrollTableSpec } from "../../../src/workbook/sheets/payroll";
import { helperFormulas, payFormulas, type PayFormulas } from "../../../src/workbook/sheets/payrollFormulas";

describe("the payroll table's formulas", () => {
  it("exist for every computed pay column — and a list without one does not compile", () => {
    const formulas = payFormulas("en-US");
    for (const c of PAY_COLUMNS) {
      if (c.key === "id" || "entry" in c) continue;
      expect([c.key, formulas[c.key].formula.length > 0]).toEqual([c.key, true]);
    }
    // @ts-expect-error net has no formula
    const missing: PayFormulas = { ...formulas, net: undefined };
    expect(missing.net).toBeUndefined();
  });

  it("lay the table out as a Chinese 工资表: who, the pay items, 应发合计, each deduction, 扣款合计, 实发, 签字; then the employer's costs, the tax's workings, the helpers (issue 12)", () => {
    const t = payrollTableSpec({ month: "2026-11", ids: [], input: undefined, earlier: [], lang: "en-US" });
    expect(t.columns.map((c) => c.key)).toEqual([
      "id", "name", "roleName", "role", "paidDays", "paidBase", "commission", "reward", "overtimePay", "leaveDeduction", "allowances", "annualBonus", "earningsTotal",
      "pension", "medical", "unemployment", "housingFund", "iit", "annualBonusTax", "penalty", "deductionTotal", "net", "signature",
      "paidDaysInput", "overtimeWorkday", "overtimeRestDay", "overtimeHoliday", "unpaidLeave", "sickLeave", "allowancesTaxable", "allowancesExempt", "annualBonusTaxationInput",
      "employerSocialInsurance", "employerHousingFund", "employerCost", "complianceCheck",
      "gross", "socialInsurance", "specialAdditionalDeduction", "cumulativeTaxable", "cumulativeTax", "annualBonusTaxation",
      ...helperFormulas([]).map((h) => h.key),
    ]);
    expect(t.columns.filter((c) => c.input).map((c) => c.key)).toEqual(["reward", "annualBonus", "penalty", "paidDaysInput", "overtimeWorkday", "overtimeRestDay", "overtimeHoliday", "unpaidLeave", "sickLeave", "allowancesTaxable", "allowancesExempt", "annualBonusTaxationInput"]);
    // Totals only for what adds up: not the year-to-date figures.
    expect(t.columns.filter((c) => c.total === "sum").map((c) => c.key)).toEqual([
      "paidBase", "commission", "reward", "overtimePay", "leaveDeduction", "allowances", "annualBonus", "earningsTotal", "pension", "medical", "unemployment", "housingFund", "iit", "annualBonusTax", "penalty", "deductionTotal", "net",
      "employerSocialInsurance", "employerHousingFund", "employerCost", "gross", "socialInsurance", "specialAdditionalDeduction",
    ]);
  });

  it("look a person's year to date up in the latest earlier month of the chain the person was paid in, newest first", () => {
    const h = helperFormulas(["2026-01", "2026-02", "2026-03"]).find((x) => x.key === "ytdMonth")!;
    expect(h.formula.startsWith("IF([@prevRow]>0,3,")).toBe(true);
    expect(h.formula.indexOf("Payroll_2026_02")).toBeLessThan(h.formula.indexOf("Payroll_2026_01"));
    expect(helperFormulas(["2026-01", "2026-02"]).find((x) => x.key === "prevRow")!.formula).toContain("Payroll_2026_02[staffRow]");
    expect(helperFormulas([]).find((x) => x.key === "grossToDate")!.formula).not.toContain("Payroll_");
  });
});
