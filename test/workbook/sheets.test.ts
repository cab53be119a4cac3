import { parseConfig } from "../../src/core/config";
import type { Config } from "../../src/core/types";
import { computePayrollYear } from "../../src/core/payroll";
import { exampleTeamConfig } from "../../src/data/exampleTeam";
import { settingsSheet } from "../../src/workbook/sheets/settings";
import { rolesSheet } from "../../src/workbook/sheets/roles";
import { staffSheet } from "../../src/workbook/sheets/staff";
import { payrollSheet } from "../../src/workbook/sheets/payroll";
import { slipsSheet } from "../../src/workbook/sheets/slips";
import { roleSheet, roleSheetName } from "../../src/workbook/sheets/roleSheet";
import { NAME, TABLE } from "../../src/workbook/names";
import { forbiddenFunctions } from "../../src/workbook/formula";
import { isFormulaCell, validSheetName, type SheetSpec, type TableSpec } from "../../src/workbook/spec";
import { buildWorkbook } from "../../src/workbook/build";

function config(): Config {
  const parsed = parseConfig(exampleTeamConfig("2026-11"));
  if (!parsed.ok) throw new Error("example refused");
  return parsed.config;
}

function everyFormula(sheet: SheetSpec): string[] {
  return [...sheet.cells.filter(isFormulaCell).map((c) => c.formula), ...sheet.tables.flatMap((t) => t.columns.flatMap((c) => (c.formula ? [c.formula] : [])))];
}

const col = (t: TableSpec, key: string) => t.columns.find((c) => c.key === key);

describe("settings sheet", () => {
  test("names every single setting and keeps the lists as tables", () => {
    const { sheet, names } = settingsSheet(config().settings, "zh-CN");
    expect(names.map((n) => n.name).sort()).toEqual(Object.values(NAME).sort());
    expect(sheet.tables.map((t) => t.name)).toEqual([TABLE.taxTable, TABLE.weekdayWeights, TABLE.events]);
    expect(sheet.tables[0]!.rows).toHaveLength(7);
    expect(sheet.tables[0]!.rows[6]).toEqual({ upTo: null, rate: 0.45, quickDeduction: 181920 });
    // Each named cell is an input holding the setting's value.
    const poolRate = names.find((n) => n.name === NAME.poolRate)!;
    const cell = sheet.cells.find((c) => c.at === poolRate.range)!;
    expect(cell).toMatchObject({ value: 0.4, style: ["input", "percent"] });
  });

  test("the social insurance figures are labelled as an example in both languages", () => {
    const zh = settingsSheet(config().settings, "zh-CN").sheet.cells.map((c) => ("value" in c ? c.value : null));
    const en = settingsSheet(config().settings, "en-US").sheet.cells.map((c) => ("value" in c ? c.value : null));
    expect(zh).toContain("社会保险（示例，请按所在城市当年标准核对）");
    expect(en).toContain("Social insurance (example — check your city's current rates)");
  });
});

describe("roles and staff sheets", () => {
  test("Roles says a missing share and base needs input (never 0) and flags them", () => {
    const sheet = rolesSheet(config().roles, "zh-CN");
    const table = sheet.tables[0]!;
    const shipping = table.rows.find((r) => r.id === "shipping")!;
    // Issue 12: the shipping row's empty base and share only coloured; they say 待填写 (read back as blank).
    expect(shipping.share).toBe("待填写");
    expect(shipping.baseMin).toBe("待填写");
    expect(String(shipping.notes)).toContain("缺");
    expect(sheet.conditionalFormats!.map((c) => c.style)).toEqual(["needsInput", "needsInput", "warning"]);
    expect(col(table, "holders")!.formula).toContain("Staff[role]");
  });

  test("Roles shows a role's basis and flags as words in the workbook's language, with helper columns holding the codes", () => {
    const zh = rolesSheet(config().roles, "zh-CN").tables[0]!;
    const en = rolesSheet(config().roles, "en-US").tables[0]!;
    expect(zh.rows.map((r) => [r.basis, r.roomAndBoard, r.insurance])[0]).toEqual(["每人", "否", "是"]);
    expect(en.rows.map((r) => [r.basis, r.roomAndBoard, r.insurance])[0]).toEqual(["per person", false, true]);
    // The codes the payroll's formulas read, by the keys they have always read.
    expect(col(zh, "shareBasis")!.formula).toContain('"平分"');
    expect(col(zh, "insured")!.formula).toContain('"是"');
  });

  test("Staff: inputs are marked, the role is a drop-down from Roles, the check is a formula", () => {
    const table = staffSheet(config().staff, "en-US").tables[0]!;
    expect(table.columns.filter((c) => !c.input).map((c) => c.key)).toEqual(["check"]);
    expect(col(table, "role")!.validation).toMatchObject({ kind: "listFrom", source: { table: "Roles", column: "id" } });
    expect(table.rows[7]).toMatchObject({ id: "E08", role: "shipping", base: 2200 });
    expect(table.rows[6]).toMatchObject({ startDate: { date: "2026-03-16" } });
  });

  test("Staff in Chinese names each role by its Chinese name, and offers the Roles table's names", () => {
    const c = config();
    const table = staffSheet(c.staff, "zh-CN", c.roles).tables[0]!;
    expect(table.rows.map((r) => r.role)).toEqual(["电商部经理", "推广策划和实施专员", "推广策划和实施专员", "美工编辑", "客服人员", "客服人员", "客服人员", "发货人员"]);
    expect(col(table, "role")!.validation).toMatchObject({ kind: "listFrom", source: { table: "Roles", column: "nameZh" } });
  });
});

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
    // Issue 12: in a 工资表's order, the paid days typed before the pay; reward and penalty among the pay items.
    expect(table.columns.filter((k) => k.input).map((k) => k.key)).toEqual(["paidDaysInput", "reward", "penalty"]);
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
      "ID", "Name", "Role ID", "Paid base", "Commission", "Reward", "Penalty", "Gross", "Social insurance", "Housing fund", "Special additional deduction", "Cumulative taxable", "Cumulative tax", "IIT", "Net pay", "Employer social insurance", "Employer housing fund", "Employer cost",
    ]);
  });

  test("the year to date comes from last month's sheet, or from the opening balances in January", () => {
    const jan = col(sheet(0).tables[0]!, "grossToDate")!.formula!;
    const nov = col(sheet(10).tables[0]!, "grossToDate")!.formula!;
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

describe("role sheets", () => {
  test("the duties of the source, numbered, and the live pay rule from Roles", () => {
    const c = config();
    const service = roleSheet(c.roles.find((r) => r.id === "service")!, ["E05", "E06", "E07"], "2026-11", "zh-CN");
    const numbers = service.cells.filter((x) => "value" in x && typeof x.value === "number" && x.at.startsWith("A")).map((x) => ("value" in x ? x.value : null));
    expect(numbers).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(service.cells.some((x) => "value" in x && x.value === "疑难快递处理及发货部对接关系处理")).toBe(true);
    expect(service.tables[0]!.rows).toEqual([{ id: "E05" }, { id: "E06" }, { id: "E07" }]);
    const shipping = roleSheet(c.roles.find((r) => r.id === "shipping")!, [], "2026-11", "en-US");
    expect(shipping.cells.find((x) => x.at === "A6")).toMatchObject({ style: ["needsInput", "wrap"] });
  });

  test("a role's tab name is cleaned of the characters Excel refuses and cut to 31", () => {
    const name = roleSheetName({ id: "x", nameZh: "a/b:c*d?e[f]", nameEn: "A".repeat(40), headcount: 1, baseMin: null, baseMax: null, share: null, shareBasis: "perPerson", roomAndBoard: false, insured: true }, "zh-CN");
    expect(validSheetName(name)).toBe(true);
    expect(roleSheetName({ id: "x", nameZh: "", nameEn: "A".repeat(40), headcount: 1, baseMin: null, baseMax: null, share: null, shareBasis: "perPerson", roomAndBoard: false, insured: true }, "en-US")).toHaveLength(31);
  });
});

describe("cached results from the engine", () => {
  test("the whole workbook: every formula cell, every formula column's data cell and every total carries the engine's value", () => {
    const built = buildWorkbook(config(), "2026-11", "en-US");
    const missing: string[] = [];
    for (const s of built.spec.sheets) {
      for (const c of s.cells) if (isFormulaCell(c) && c.result === undefined) missing.push(`${s.key}!${c.at}`);
      for (const t of s.tables) {
        for (const c of t.columns) {
          if (c.formula !== undefined) t.rows.forEach((r, i) => r[c.key] === undefined && missing.push(`${t.name}[${c.key}] row ${i + 1}`));
          if (c.total !== undefined && t.totalsResults?.[c.key] === undefined) missing.push(`${t.name}[${c.key}] total`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  test("the payroll rows are core's pay lines: net pay, the year to date, the contribution bases", () => {
    const built = buildWorkbook(config(), "2026-11", "zh-CN");
    const nov = built.payroll[built.payroll.length - 1]!;
    const table = built.spec.sheets.find((s) => s.key === "payroll:2026-11")!.tables[0]!;
    const e04 = nov.employees.findIndex((e) => e.id === "E04");
    expect(table.rows[e04]).toMatchObject({ id: "E04", net: nov.employees[e04]!.net.toNumber(), contributionBase: 5000, siBase: 5000, monthsToDate: 11 });
    expect(table.totalsResults).toMatchObject({ net: nov.totals.net.toNumber(), gross: nov.totals.gross.toNumber() });
  });

  test("without the engine's figures (the Office.js templates), rows hold the inputs alone", () => {
    const t = payrollSheet({ month: "2026-11", ids: ["E01"], input: undefined, earlier: [], lang: "zh-CN" }).tables[0]!;
    expect(t.rows).toEqual([{ id: "E01", reward: null, penalty: null, paidDaysInput: null }]);
    expect(t.totalsResults).toBeUndefined();
  });
});
