import { parseConfig } from "../../../src/core/config";
import type { Config } from "../../../src/core/types";
import { computePayrollYear } from "../../../src/core/payroll";
import { exampleTeamConfig } from "../../../src/data/exampleTeam";
import { payrollSheet } from "../../../src/workbook/sheets/payroll";
import { slipsSheet } from "../../../src/workbook/sheets/slips";
import { roleSheet } from "../../../src/workbook/sheets/roleSheet";
import { forbiddenFunctions } from "../../../src/workbook/formula";
import { isFormulaCell, type SheetSpec, type TableSpec } from "../../../src/workbook/spec";
import { validSheetName } from "../../../src/workbook/sheetIdentity";
import { columnLetter } from "../../../src/workbook/layout";
import { D } from "../../../src/core/money";

function config(): Config {
  const parsed = parseConfig(exampleTeamConfig("2026-11"));
  if (!parsed.ok) throw new Error("example refused");
  return parsed.config;
}

function everyFormula(sheet: SheetSpec): string[] {
  return [...sheet.cells.filter(isFormulaCell).map((c) => c.formula), ...sheet.tables.flatMap((t) => t.columns.flatMap((c) => (c.formula ? [c.formula] : [])))];
}

const col = (t: TableSpec, key: string) => t.columns.find((c) => c.key === key);

describe("payroll sheet", () => {
  const c = config();
  const year = computePayrollYear(c, "2026-11");
  const inputs = new Map(c.months.map((m) => [m.month, m]));
  const sheet = (i: number, lang: "zh-CN" | "en-US" = "en-US") =>
    payrollSheet({ month: year[i]!.month, ids: year[i]!.employees.map((e) => e.id), input: inputs.get(year[i]!.month), earlier: year.slice(0, i).map((r) => r.month), lang });

  test("one row per person on the month's payroll, inputs typed in, everything else a formula", () => {
    const table = sheet(10).tables[0]!;
    expect(table.name).toBe("Payroll_2026_11");
    expect(table.rows.map((r) => r.id)).toEqual(["E01", "E02", "E03", "E04", "E05", "E06", "E07", "E08"]);
    // Issue 12: in a 工资表's order, the reward and the year-end bonus among the pay items, the penalty among
    // the deductions; the paid days, hours, leave days and allowances (and the bonus's taxation) typed beside
    // the printed block.
    expect(table.columns.filter((k) => k.input).map((k) => k.key)).toEqual(["reward", "annualBonus", "penalty", "paidDaysInput", "overtimeWorkday", "overtimeRestDay", "overtimeHoliday", "unpaidLeave", "sickLeave", "allowancesTaxable", "allowancesExempt", "annualBonusTaxationInput"]);
    // The signature column is blank, to sign on paper.
    for (const k of table.columns) if (!k.input && k.key !== "id" && k.key !== "signature") expect([k.key, typeof k.formula]).toEqual([k.key, "string"]);
    expect(col(table, "signature")).toMatchObject({ header: "Signature" });
    expect(table.rows.every((r) => r.signature === undefined)).toBe(true);
    expect(table.rows[1]).toMatchObject({ reward: 300 });
    expect(table.rows[5]).toMatchObject({ penalty: 100 });
  });

  test("the en-US headers of the core's figures are the payroll --json keys in words", () => {
    const headers = Object.fromEntries(sheet(10).tables[0]!.columns.map((k) => [k.key, k.header]));
    expect([headers.id, headers.name, headers.role, headers.paidBase, headers.commission, headers.reward, headers.penalty, headers.gross, headers.socialInsurance, headers.housingFund, headers.specialAdditionalDeduction, headers.cumulativeTaxable, headers.cumulativeTax, headers.iit, headers.net, headers.employerSocialInsurance, headers.employerHousingFund, headers.employerCost]).toEqual([
      "ID", "Name", "Role ID", "Paid base", "Commission", "Reward", "Penalty", "Pay before tax (after penalty)", "Social insurance", "Housing fund", "Special additional deduction", "Cumulative taxable", "Cumulative tax", "IIT", "Net pay", "Employer social insurance", "Employer housing fund", "Employer cost",
    ]);
  });

  test("the penalty is a deduction: 应发合计 sums the items of pay, 扣款合计 takes the penalty, 实发 is their difference; the gross after the penalty, the tax's base, is out of print (issue 12)", () => {
    const table = sheet(10, "zh-CN").tables[0]!;
    const keys = table.columns.map((k) => k.key);
    expect(col(table, "earningsTotal")).toMatchObject({ header: "应发合计" });
    expect(col(table, "gross")).toMatchObject({ header: "税前工资（扣罚后）" });
    expect(col(table, "earningsTotal")!.formula).not.toContain("[@penalty]");
    expect(col(table, "deductionTotal")!.formula).toContain("[@penalty]");
    expect(col(table, "net")!.formula).toBe("ROUND([@earningsTotal]-[@deductionTotal],2)");
    // In 工资表 order: the penalty after the taxes, before 扣款合计; the gross beside the tax's workings.
    expect(keys.slice(keys.indexOf("iit"), keys.indexOf("net") + 1)).toEqual(["iit", "annualBonusTax", "penalty", "deductionTotal", "net"]);
    expect(keys.indexOf("gross")).toBe(keys.indexOf("socialInsurance") - 1);
    expect(keys.indexOf("gross")).toBeGreaterThan(keys.indexOf("signature"));
  });

  test("the year-end bonus and its tax fold away (out of print) in a month nobody has one, and show in a month someone has; a note says where it is typed (issue 12)", () => {
    const month = year[10]!.month;
    const input = inputs.get(month)!;
    const withBonus = { ...input, entries: input.entries.map((e, i) => (i === 0 ? { ...e, annualBonus: new D("5000") } : e)) };
    const of = (s: SheetSpec) => {
      const t = s.tables[0]!;
      const letters = [columnLetter(t, "annualBonus"), columnLetter(t, "annualBonusTax")];
      return letters.map((l) => s.columnGroups!.find((g) => g.from === l && g.to === l)?.collapsed);
    };
    const plain = sheet(10, "zh-CN");
    const paid = payrollSheet({ month, ids: year[10]!.employees.map((e) => e.id), input: withBonus, earlier: year.slice(0, 10).map((r) => r.month), lang: "zh-CN" });
    expect(of(plain)).toEqual([true, true]);
    expect(of(paid)).toEqual([false, false]);
    // L and S: after the allowances (K), after the wages' tax (R).
    expect(plain.cells.find((c) => c.at === "A8")).toMatchObject({ value: expect.stringContaining("年终奖在 L 列填写（年终奖个税在 S 列）") });
  });

  test("the year to date comes from last month's sheet, or from the opening balances in January", () => {
    const jan = col(sheet(0).tables[0]!, "wagesToDate")!.formula!;
    const nov = col(sheet(10).tables[0]!, "wagesToDate")!.formula!;
    expect(jan).not.toContain("Payroll_");
    expect(jan).toContain("Staff[openingGross]");
    expect(nov).toContain("Payroll_2026_10[grossToDate]");
  });

  test("no forbidden (dynamic-array) functions anywhere; sheet names are valid", () => {
    const sheets = [sheet(10), sheet(10, "zh-CN"), slipsSheet("2026-11", ["E01"], "zh-CN"), ...c.roles.map((r) => roleSheet(r, [], "2026-11", "zh-CN"))];
    for (const s of sheets) {
      expect(validSheetName(s.name)).toBe(true);
      for (const f of everyFormula(s)) expect(forbiddenFunctions(f)).toEqual([]);
    }
  });
});
