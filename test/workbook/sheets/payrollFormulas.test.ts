import { PAY_COLUMNS } from "../../../src/core/payroll";
import { payrollTableSpec } from "../../../src/workbook/sheets/payroll";
import { helperFormulas, payFormulas, type PayFormulas } from "../../../src/workbook/sheets/payrollFormulas";

describe("the payroll table's formulas", () => {
  it("exist for every computed pay column — and a list without one does not compile", () => {
    const formulas = payFormulas();
    for (const c of PAY_COLUMNS) {
      if (c.key === "id" || "entry" in c) continue;
      expect([c.key, formulas[c.key].formula.length > 0]).toEqual([c.key, true]);
    }
    // @ts-expect-error net has no formula
    const missing: PayFormulas = { ...formulas, net: undefined };
    expect(missing.net).toBeUndefined();
  });

  it("lay the table out as every earlier version did: id, name, role, the entries, the pay, the compliance check, the helpers", () => {
    const t = payrollTableSpec({ month: "2026-11", ids: [], input: undefined, earlier: [], lang: "en-US" });
    expect(t.columns.map((c) => c.key)).toEqual([
      "id", "name", "role", "reward", "penalty", "paidDaysInput", "overtimeWorkday", "overtimeRestDay", "overtimeHoliday", "unpaidLeave", "sickLeave", "allowancesTaxable", "allowancesExempt",
      "paidDays", "paidBase", "commission", "overtimePay", "leaveDeduction", "allowances", "gross",
      "socialInsurance", "housingFund", "specialAdditionalDeduction", "cumulativeTaxable", "cumulativeTax", "iit", "net",
      "employerSocialInsurance", "employerHousingFund", "employerCost", "complianceCheck",
      ...helperFormulas([]).map((h) => h.key),
    ]);
    expect(t.columns.filter((c) => c.input).map((c) => c.key)).toEqual(["reward", "penalty", "paidDaysInput", "overtimeWorkday", "overtimeRestDay", "overtimeHoliday", "unpaidLeave", "sickLeave", "allowancesTaxable", "allowancesExempt"]);
    expect(t.columns.filter((c) => c.total === "sum").map((c) => c.key)).toEqual([
      "reward", "penalty", "paidBase", "commission", "overtimePay", "leaveDeduction", "allowances", "gross", "socialInsurance", "housingFund", "specialAdditionalDeduction",
      "cumulativeTaxable", "cumulativeTax", "iit", "net", "employerSocialInsurance", "employerHousingFund", "employerCost",
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
