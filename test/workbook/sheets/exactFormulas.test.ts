import { monthsOfYearTo } from "../../../src/core/calendar";
import { defaultEngineSettings } from "../../../src/core/defaults";
import { ZERO } from "../../../src/core/money";
import { spreadTarget } from "../../../src/core/targets";
import { payrollTableSpec } from "../../../src/workbook/sheets/payroll";
import { staffTable } from "../../../src/workbook/sheets/staff";
import { TARGETS_LAYOUT, targetsSheet } from "../../../src/workbook/sheets/targets";
import { forbiddenFunctions } from "../../../src/workbook/formula";

/**
 * The shape of the formulas that make the workbook exact; that they compute core's figures to the fen is
 * proved by the LibreOffice oracles (test/oracle/payroll.oracle.test.ts, targets.oracle.test.ts).
 */

const december = payrollTableSpec({ month: "2026-12", ids: ["A"], input: undefined, earlier: monthsOfYearTo("2026-11"), lang: "zh-CN" });
const formula = (key: string) => december.columns.find((c) => c.key === key)!.formula!;

describe("the payroll sheet", () => {
  test("a person's year to date is looked up by taxpayer in every earlier month, newest first, then the opening balance", () => {
    const f = formula("grossToDate");
    const order = monthsOfYearTo("2026-11").reverse().map((m) => f.indexOf(`Payroll_${m.replace("-", "_")}[person]`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order); // November first, January last
    expect(f.indexOf("Staff[openingGross]")).toBeGreaterThan(order[order.length - 1]!);
    expect(f).toContain("MATCH([@person],Staff[id],0)"); // the first record's opening balance
    // Eleven lookups deep, still far inside Excel's 8192 characters and 64 nesting levels.
    for (const c of december.columns) expect(c.formula?.length ?? 0).toBeLessThan(8192);
  });

  test("the taxpayer is the Staff row's sameAs, else its own id", () => {
    expect(formula("person")).toBe('IF(IFERROR(INDEX(Staff[sameAs],MATCH([@id],Staff[id],0)),"")&""="",[@id],IFERROR(INDEX(Staff[sameAs],MATCH([@id],Staff[id],0)),""))');
  });

  test("the paid base multiplies before it divides; the commission is a floor in whole numbers, never ROUND", () => {
    expect(formula("paidBase")).toBe("ROUND(IF([@paidDays]>=PaidDaysPerMonth,[@base],[@base]*[@paidDays]/PaidDaysPerMonth),2)");
    expect(formula("commission")).not.toContain("ROUND");
    expect(formula("commission")).toMatch(/^\(\[@commissionHigh\]\+INT\(/);
    expect(formula("shareUnits")).toBe("ROUND([@share]*1000000,0)");
    for (const c of december.columns) expect(forbiddenFunctions(c.formula ?? "")).toEqual([]);
  });
});

describe("the Staff sheet", () => {
  test("has the re-hire link as an input column, and its Check says when it names no row", () => {
    const t = staffTable([], "en-US");
    const sameAs = t.columns.find((c) => c.key === "sameAs")!;
    expect(sameAs).toMatchObject({ input: true, header: "Same person as (re-hire: first row ID)" });
    expect(t.columns.find((c) => c.key === "check")!.formula).toContain('"""Same person as"" names no row"'); // quotes doubled in a formula
  });
});

describe("the Targets sheet", () => {
  test("counts each day's decimals and says when any day has more than 4, in the workbook's language", () => {
    const targets = defaultEngineSettings().targets;
    const plan = spreadTarget({ month: "2026-11", target: ZERO, settings: targets });
    for (const lang of ["zh-CN", "en-US"] as const) {
      const sheet = targetsSheet({ month: "2026-11", target: ZERO, plan, lang });
      const check = sheet.cells.find((c) => c.at === TARGETS_LAYOUT.weightCheckCell);
      expect(check && "formula" in check ? check.formula : "").toMatch(/^IF\(COUNTIF\(Targets_2026_11\[decimals\],">4"\)=0,"",/);
      expect(sheet.conditionalFormats!.map((c) => c.expression)).toEqual(expect.arrayContaining([expect.stringMatching(/>4$/), `${TARGETS_LAYOUT.weightCheckCell}<>""`]));
    }
  });
});
