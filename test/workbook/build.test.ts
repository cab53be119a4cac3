import { parseConfig } from "../../src/core/config";
import type { Config } from "../../src/core/types";
import { exampleTeamConfig } from "../../src/data/exampleTeam";
import { payrollSheet } from "../../src/workbook/sheets/payroll";
import { isFormulaCell } from "../../src/workbook/spec";
import { buildWorkbook } from "../../src/workbook/build";

function config(): Config {
  const parsed = parseConfig(exampleTeamConfig("2026-11"));
  if (!parsed.ok) throw new Error("example refused");
  return parsed.config;
}

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
    expect(t.rows).toEqual([
      { id: "E01", reward: null, penalty: null, paidDaysInput: null, overtimeWorkday: null, overtimeRestDay: null, overtimeHoliday: null, unpaidLeave: null, sickLeave: null, allowancesTaxable: null, allowancesExempt: null, annualBonus: null, annualBonusTaxationInput: null },
    ]);
    expect(t.totalsResults).toBeUndefined();
  });
});

describe("the holiday calendar (issue 13)", () => {
  test("the Targets sheet's holiday column carries the config's own years (a MADE-UP 2027: the notice was not found)", () => {
    const raw = { ...exampleTeamConfig("2027-10"), calendar: [{ year: 2027, holidays: [{ date: "2027-10-01", name: "国庆节" }, "2027-10-04"] }] };
    const parsed = parseConfig(raw);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const holidays = (c: Config) => {
      const table = buildWorkbook(c, "2027-10", "zh-CN").spec.sheets.find((s) => s.key === "targets:2027-10")!.tables.find((t) => t.name === "Targets_2027_10")!;
      return table.rows.flatMap((r, i) => (r.holiday ? [[i + 1, r.holiday]] : []));
    };
    // A date given alone is named "节假日", so the column (blank: no holiday) shows it.
    expect(holidays(parsed.config)).toEqual([[1, "国庆节"], [4, "节假日"]]);
    const without = parseConfig(exampleTeamConfig("2027-10"));
    if (!without.ok) throw new Error("example refused");
    expect(holidays(without.config)).toEqual([]);
  });
});
