/**
 * Issue 10 §1: Excel resolves a formula's tables, columns, names and sheets when it is entered, so
 * every command must create them first — across sheets. The double refuses a formula that names
 * anything missing at that moment (test/office/fake.test.ts pins that), so each command succeeding on
 * it is the proof; the counts say how many references it checked.
 */
import { SHEET, TABLE } from "../../src/workbook/names";
import { addNextMonth, planMonth, refreshTargets, runPayroll, setUpRolesAndStaff, type CommandResult } from "../../src/office";
import { emptyCounts, type CheckCounts } from "./fake";
import { freshExcel, sheetOf, snapshot, teamInput, must } from "./helpers";

test("every command enters each formula after the tables, columns, names and sheets it names (counted per command)", async () => {
  const fake = freshExcel();
  const counts: [string, CheckCounts][] = [];
  const step = async (name: string, f: () => Promise<CommandResult>) => {
    fake.checked = emptyCounts();
    must(await f());
    counts.push([name, fake.checked]);
  };
  await step("setUpRolesAndStaff", () => setUpRolesAndStaff({ lang: "zh-CN", ...teamInput(8) }));
  await step("planMonth", () => planMonth("2026-11", 560000, { lang: "zh-CN" }));
  await step("runPayroll", () => runPayroll("2026-11", { lang: "zh-CN", grossMargin: 168000 }));
  await step("refreshTargets", () => refreshTargets("2026-11", { lang: "zh-CN" }));
  await step("addNextMonth", () => addNextMonth({ lang: "zh-CN" }));
  await step("setUpRolesAndStaff again", () => setUpRolesAndStaff({ lang: "zh-CN" }));
  console.log(
    counts
      .map(([n, c]) => `references checked ${n}: ${c.formulas} formula cells; ${c.tables} table, ${c.columns} column, ${c.names} name, ${c.sheets} sheet references; ${c.functions} function calls`)
      .join("\n"),
  );
  // The ones issue 10 names: the Roles "holders" formula over Staff, the Weeks table over Targets.
  for (const [, c] of counts) expect(c.columns).toBeGreaterThan(0);
  expect(sheetOf(fake, SHEET.roles).get(6, 11)?.f).toContain("Staff[");
  expect(sheetOf(fake, SHEET.targets("2026-11")).get(5, 9)?.f).toContain("Targets_2026_11[");
});

test("a table a formula needs that the user deleted stops the command before anything is written", async () => {
  const fake = freshExcel();
  must(await setUpRolesAndStaff({ lang: "en-US", ...teamInput(3) }));
  const settings = sheetOf(fake, SHEET.settings);
  // "Convert to range": the cells stay, the table is gone.
  settings.tables = settings.tables.filter((t) => t.name !== TABLE.events);
  fake.tablesChanged();
  const before = snapshot(fake);
  const r = await planMonth("2026-11", 100000, { lang: "en-US" });
  expect(r.ok).toBe(false);
  expect(r.messages.map((m) => m.code)).toContain("office.conflict.referenceMissing");
  expect(r.messages.find((m) => m.code === "office.conflict.referenceMissing")!.text).toContain("Events");
  expect(snapshot(fake)).toEqual(before);
});

test("a defined name a formula needs that the user deleted is put back before the formula is entered", async () => {
  const fake = freshExcel();
  must(await setUpRolesAndStaff({ lang: "en-US", ...teamInput(3) }));
  const where = fake.names.get("target_aov")!.range;
  fake.names.delete("target_aov");
  must(await planMonth("2026-11", 100000, { lang: "en-US" }));
  expect(fake.names.get("target_aov")).toMatchObject({ name: "Target_AOV", range: where, sheet: sheetOf(fake, SHEET.settings) });
});
