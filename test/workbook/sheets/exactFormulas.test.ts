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
  test("a person's year to date is looked up by taxpayer: on the previous sheet, then every earlier month newest first, then the opening balance", () => {
    // The month: the previous sheet's row first (prevRow), then November … January, newest first.
    const month = formula("ytdMonth");
    expect(month.startsWith("IF([@prevRow]>0,11,")).toBe(true);
    const order = monthsOfYearTo("2026-10").reverse().map((m) => month.indexOf(`Payroll_${m.replace("-", "_")}[person]`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order); // October first, January last
    // The figure: read by INDEX from that month's column (CHOOSE by month number), else the opening balance
    // (the income's: in wagesToDate since the year-end bonus, grossToDate adding a merged one).
    const f = formula("wagesToDate");
    const columns = monthsOfYearTo("2026-11").map((m) => `Payroll_${m.replace("-", "_")}[grossToDate]`);
    expect(f).toContain(`INDEX(CHOOSE([@ytdMonth],${columns.join(",")}),[@ytdRow])`);
    expect(f).toContain("IF([@ytdMonth]=0,N(IFERROR(INDEX(Staff[openingGross],[@openingRow]),0))");
    expect(formula("openingRow")).toContain("MATCH([@person],Staff[id],0)"); // the first record's opening balance
    // Still far inside Excel's 8192 characters and 64 nesting levels.
    for (const c of december.columns) expect(c.formula?.length ?? 0).toBeLessThan(8192);
  });

  test("each row searches once, in a helper holding a row number, and reads everything else by INDEX", () => {
    const searches = (f: string) => (f.match(/MATCH\(|COUNTIF\(/g) ?? []).length;
    const helpers = new Set(["staffRow", "roleRow", "openingRow", "roleHolders", "prevRow", "ytdMonth", "ytdRow", "holders"]);
    for (const c of december.columns) if (c.formula && !helpers.has(c.key)) expect([c.key, searches(c.formula.replace(/COUNTIF\(TaxTable\[upTo\]/g, ""))]).toEqual([c.key, 0]);
    expect(formula("name")).toBe('IFERROR(INDEX(Staff[name],[@staffRow]),"")');
    expect(formula("share")).toBe('N(IFERROR(INDEX(Roles[share],[@roleRow]),""))');
    // Holders are counted once per role (the k-th row counts the k-th role), not once per row.
    expect(formula("roleHolders")).toBe('IF([@tableRow]<=ROWS(Roles[id]),COUNTIF([role],INDEX(Roles[id],[@tableRow])),"")');
    expect(formula("holders")).toBe("IFERROR(INDEX([roleHolders],[@roleRow]),COUNTIF([role],[@role]))");
  });

  test("the taxpayer is the Staff row's sameAs, else its own id", () => {
    expect(formula("person")).toBe('IF(IFERROR(INDEX(Staff[sameAs],[@staffRow]),"")&""="",[@id],IFERROR(INDEX(Staff[sameAs],[@staffRow]),""))');
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
