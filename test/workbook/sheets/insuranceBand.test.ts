import { defaultEngineSettings } from "../../../src/core/defaults";
import { exampleProfiles } from "../../../src/core/insurance/select";
import { payFormulas } from "../../../src/workbook/sheets/payrollFormulas";
import { bandCell, clampedBase, contributionPart, insuranceBandCells } from "../../../src/workbook/sheets/insuranceBand";
import { isFormulaCell, type CellSpec } from "../../../src/workbook/spec";

const at = (cells: CellSpec[], address: string) => cells.find((c) => c.at === address)!;

describe("the payroll's band of the month's contribution limits", () => {
  it("stands in H3:O6, a type a column, skipping L (the bonus's column, folded in a month without one)", () => {
    expect(["pension", "medical", "unemployment", "injury", "maternity", "housingFund"].map((t) => bandCell(t as never, "floor"))).toEqual(["$I$4", "$J$4", "$K$4", "$M$4", "$N$4", "$O$4"]);
    const cells = insuranceBandCells("zh-CN");
    expect(cells.some((c) => c.at.startsWith("L"))).toBe(false);
    expect((at(cells, "H3") as { value: unknown }).value).toBe("本月基数");
  });

  it("caches core's limits: Shanghai's example period, or Settings' single ones (a blank floor as \"\") and 到分", () => {
    const settings = defaultEngineSettings();
    const shanghai = exampleProfiles().find((p) => p.id === "shanghai")!.periods[0]!;
    const cells = insuranceBandCells("zh-CN", { settings, period: shanghai });
    expect([at(cells, "I4"), at(cells, "I5"), at(cells, "I6"), at(cells, "O4"), at(cells, "O6")].map((c) => (c as { result?: unknown }).result)).toEqual([7384, 36921, "见分进角", 2690, "到元"]);
    const none = insuranceBandCells("en-US", { settings, period: null });
    expect([at(none, "I4"), at(none, "O5"), at(none, "O6")].map((c) => (c as { result?: unknown }).result)).toEqual([4462, 38390, "fen"]);
    const beijing = exampleProfiles().find((p) => p.id === "beijing")!.periods[0]!;
    expect((at(insuranceBandCells("zh-CN", { settings, period: beijing }), "O4") as { result?: unknown }).result).toBe("");
  });

  it("looks the month's row up once per sheet: no row of the payroll makes a lookup for its contributions (issue 15)", () => {
    const f = payFormulas("zh-CN");
    for (const key of ["pension", "medical", "unemployment", "housingFund", "employerSocialInsurance", "employerHousingFund"] as const) {
      expect([key, /SUMPRODUCT|MATCH|LOOKUP|INDEX|InsuranceBases/.test(f[key].formula)]).toEqual([key, false]);
    }
    expect(f.pension.formula).toContain(contributionPart("pension", "SI_EE_Pension", "zh-CN"));
    expect(clampedBase("housingFund")).toBe("MIN($O$5,MAX($O$4,[@contributionBase]))");
    // The band's own formulas are the lookups.
    expect(insuranceBandCells("zh-CN").filter(isFormulaCell).every((c) => c.formula.includes("InsuranceBases["))).toBe(true);
  });

  it("one rounding formula for the four ways, chosen by the band's word", () => {
    const part = contributionPart("medical", "SI_EE_Medical", "zh-CN");
    expect(part).toBe(
      'CEILING(ROUND(ROUND(MIN($J$5,MAX($J$4,[@contributionBase]))*SI_EE_Medical,IF($J$6="到角",1,IF($J$6="到元",0,2)))*100,0),IF($J$6="见分进角",10,1))/100',
    );
  });
});
