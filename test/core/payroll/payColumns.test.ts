import fc from "fast-check";
import { ENTRY_FIELDS } from "../../../src/core/config/tableFields";
import { computePayrollYear, MONEY_KEYS, PAY_COLUMNS, payColumnsWhere } from "../../../src/core/payroll";
import { formatMessage } from "../../../src/data/messages";
import { shopArb } from "./arbitraries";

describe("the pay-column list", () => {
  it("has one column per key, each labelled in both languages", () => {
    const keys = PAY_COLUMNS.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const c of PAY_COLUMNS) for (const lang of ["zh-CN", "en-US"] as const) expect(formatMessage(c.label, {}, lang)).not.toMatch(/^wb\./);
  });

  it("gives the money columns in 工资表 order: the items of pay, 应发合计, the gross after the penalty (the tax's base), the deductions with the penalty last, their total before the net (issue 12)", () => {
    expect(MONEY_KEYS).toEqual([
      "paidBase", "commission", "reward", "overtimePay", "leaveDeduction", "allowances", "annualBonus", "earningsTotal", "gross", "pension", "medical", "unemployment", "socialInsurance",
      "housingFund", "specialAdditionalDeduction", "cumulativeTaxable", "cumulativeTax", "iit", "annualBonusTax", "penalty", "deductionTotal", "net", "employerSocialInsurance", "employerHousingFund", "employerCost",
    ]);
  });

  it("puts on the slip every item of a 工资条 (the insurance by kind, the bonus and its tax, the deductions' total); in the CLI's table and the pane's totals what each showed before", () => {
    expect(payColumnsWhere("slip").map((c) => c.key)).toEqual(["id", "name", "role", "paidDays", "paidBase", "commission", "reward", "overtimePay", "leaveDeduction", "allowances", "annualBonus", "earningsTotal", "pension", "medical", "unemployment", "housingFund", "iit", "annualBonusTax", "penalty", "deductionTotal", "net"]);
    expect(payColumnsWhere("cliText").map((c) => c.key)).toEqual(["paidBase", "commission", "reward", "overtimePay", "leaveDeduction", "allowances", "annualBonus", "earningsTotal", "socialInsurance", "housingFund", "iit", "annualBonusTax", "penalty", "net", "employerCost"]);
    expect(payColumnsWhere("paneTotal").map((c) => c.key)).toEqual(["paidBase", "commission", "reward", "overtimePay", "leaveDeduction", "allowances", "annualBonus", "earningsTotal", "socialInsurance", "housingFund", "iit", "annualBonusTax", "penalty", "net", "employerSocialInsurance", "employerHousingFund", "employerCost"]);
  });

  it("takes the typed columns from a month's entries, which declare them", () => {
    const entryPaths = ENTRY_FIELDS.map((f) => f.path as string);
    for (const c of PAY_COLUMNS) if ("entry" in c) expect([c.key, entryPaths.includes(c.key)]).toEqual([c.key, true]);
  });

  it("is what every pay line has: text where the column is text, a decimal elsewhere (random teams)", () => {
    fc.assert(
      fc.property(shopArb, ({ config, month }) => {
        for (const r of computePayrollYear(config, month)) {
          for (const line of r.employees) {
            for (const c of PAY_COLUMNS) {
              const v = line[c.key];
              expect([c.key, c.kind === "text" ? typeof v === "string" : typeof v === "object" && "toFixed" in v]).toEqual([c.key, true]);
            }
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
