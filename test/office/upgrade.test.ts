/**
 * Issue 10 §3: a workbook made by the release before layout versions (ShopSheet 9b02c3d, kept in
 * test/fixtures/layout-v1) is upgraded in place by any command — the payroll helper headers get their
 * names, the version is recorded — and keeps every input typed into it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { exampleTeamConfig } from "../../src/data/exampleTeam";
import { buildWorkbook } from "../../src/workbook/build";
import { LAYOUT_VERSION, layoutVersionName } from "../../src/workbook/layoutVersion";
import { SHEET } from "../../src/workbook/names";
import { wbText } from "../../src/workbook/text";
import type { CodeSuffix } from "../../src/data/messages";
import { toBuffer } from "../../src/xlsx/render";
import { addNextMonth, planMonth, refreshTargets, runPayroll, setUpRolesAndStaff, type CommandResult } from "../../src/office";
import { FakeExcel, loadState, loadXlsx, type FakeSheet, type WorkbookState } from "./fake";
import { parsed, sheetOf, snapshot } from "./helpers";

const FIXTURES = join(__dirname, "../fixtures/layout-v1");

function officeV1(): FakeExcel {
  const fake = new FakeExcel();
  fake.install();
  loadState(fake, JSON.parse(readFileSync(join(FIXTURES, "office-zh.json"), "utf8")) as WorkbookState);
  return fake;
}

/** What the user typed into the fixture (test/fixtures/layout-v1/make.ts), where they typed it. */
const TYPED: [key: string, address: string, value: string | number][] = [
  [SHEET.targets("2026-11"), "J13", 12000],
  [SHEET.targets("2026-11"), "J14", 9000.5],
  [SHEET.payroll("2026-11"), "D10", 300],
  [SHEET.payroll("2026-11"), "E11", 50],
  [SHEET.payroll("2026-10"), "F12", 10.5],
  [SHEET.staff, "F7", 2000],
  [SHEET.roles, "M6", "我们自己的备注"],
  [SHEET.payroll("2026-10"), "B3", 90000],
  [SHEET.payroll("2026-11"), "B3", 120000],
  [SHEET.targets("2026-11"), "D3", 300000],
];

function typedStill(fake: FakeExcel): void {
  for (const [key, address, value] of TYPED) {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    const ws: FakeSheet = sheetOf(fake, key);
    expect([key, address, ws.value(Number(m[2]), m[1]!.charCodeAt(0) - 64)]).toEqual([key, address, value]);
  }
}

const helperHeader = (key: CodeSuffix<"wb.col.">, lang: "zh-CN" | "en-US") => wbText("wb.col.helper", lang, { what: wbText(`wb.col.${key}`, lang) });

function must(r: CommandResult): CommandResult {
  if (!r.ok) throw new Error(r.messages.map((m) => m.text).join("\n"));
  return r;
}

describe("a workbook the add-in made before layout versions", () => {
  test("the fixture is what that release wrote: no version name, the helper headers showing message keys", () => {
    const fake = officeV1();
    expect([...fake.names.keys()].filter((n) => n.startsWith("shopsheetlayout"))).toEqual([]);
    expect(fake.headers(fake.table("Payroll_2026_11")!)).toContain("辅助：wb.col.siBase {}");
    expect(sheetOf(fake, SHEET.payroll("2026-11")).protected).toBe(true);
  });

  test("runPayroll upgrades it in place: the helper columns renamed (formulas with them), the version recorded, every input kept", async () => {
    const fake = officeV1();
    const r = must(await runPayroll("2026-11", { lang: "zh-CN" }));
    expect(r.messages.map((m) => m.code)).toContain("office.note.upgraded");
    for (const month of ["2026-10", "2026-11"]) {
      const headers = fake.headers(fake.table(`Payroll_${month.replace("-", "_")}`)!);
      expect(headers).toEqual(expect.arrayContaining([helperHeader("siBase", "zh-CN"), helperHeader("hfBase", "zh-CN")]));
      expect(headers.join("|")).not.toContain("wb.col");
    }
    const formulas = [...sheetOf(fake, SHEET.payroll("2026-11")).cells.values()].flatMap((c) => (c.f ? [c.f] : []));
    expect(formulas.some((f) => f.includes(helperHeader("siBase", "zh-CN")))).toBe(true);
    expect(formulas.some((f) => f.includes("wb.col"))).toBe(false);
    expect(fake.names.get(layoutVersionName().toLowerCase())?.sheet).toBe(sheetOf(fake, SHEET.settings));
    typedStill(fake);
    // The protected month stays protected; the renamed slips tab keeps its name.
    expect(sheetOf(fake, SHEET.payroll("2026-11")).protected).toBe(true);
    expect(sheetOf(fake, SHEET.slips("2026-11")).name).toBe("十一月工资条");
    // Once upgraded, the same command again changes nothing and says nothing of upgrading.
    const once = snapshot(fake);
    const again = must(await runPayroll("2026-11", { lang: "zh-CN" }));
    expect(again.messages.map((m) => m.code)).not.toContain("office.note.upgraded");
    expect(snapshot(fake)).toEqual(once);
  });

  test("a command that does not write the payroll sheets upgrades them all the same, the protected one opened and closed again", async () => {
    const fake = officeV1();
    must(await planMonth("2026-11", undefined, { lang: "zh-CN" }));
    expect(fake.headers(fake.table("Payroll_2026_11")!)).toContain(helperHeader("siBase", "zh-CN"));
    expect(sheetOf(fake, SHEET.payroll("2026-11")).protected).toBe(true);
    expect(fake.names.has(layoutVersionName().toLowerCase())).toBe(true);
    typedStill(fake);
  });

  test("every command works on it and keeps what was typed", async () => {
    for (const command of [
      () => setUpRolesAndStaff({ lang: "zh-CN" }),
      () => planMonth("2026-11", undefined, { lang: "zh-CN" }),
      () => refreshTargets("2026-11", { lang: "zh-CN" }),
      () => runPayroll("2026-10", { lang: "zh-CN" }),
      () => addNextMonth({ lang: "zh-CN", after: "2026-11" }),
    ]) {
      const fake = officeV1();
      must(await command());
      typedStill(fake);
      expect(fake.names.has(layoutVersionName().toLowerCase())).toBe(true);
    }
  });

  test("an upgrade a failed command left half done (one column renamed) is finished by the next", async () => {
    const fake = officeV1();
    const t = fake.table("Payroll_2026_10")!;
    t.sheet.protected = false;
    fake.renameColumn(t, fake.headers(t).indexOf("辅助：wb.col.siBase {}"), helperHeader("siBase", "zh-CN"));
    t.sheet.protected = true;
    must(await runPayroll("2026-11", { lang: "zh-CN" }));
    expect(fake.headers(t)).toContain(helperHeader("hfBase", "zh-CN"));
    typedStill(fake);
  });
});

test("the shopsheet command's .xlsx of that release: opened in the add-in, upgraded, the config's inputs kept", async () => {
  const fake = new FakeExcel();
  fake.install();
  await loadXlsx(fake, readFileSync(join(FIXTURES, "cli-en.xlsx")));
  expect(fake.headers(fake.table("Payroll_2026_11")!)).toContain("Helper: wb.col.siBase {}");
  const payroll = () => sheetOf(fake, SHEET.payroll("2026-11"));
  const reward = () => payroll().value(10, 4); // E01's reward, from cli-en.config.json
  expect(reward()).toBe(300);
  must(await runPayroll("2026-11", { lang: "en-US" }));
  expect(fake.headers(fake.table("Payroll_2026_11")!)).toContain(helperHeader("siBase", "en-US"));
  expect(reward()).toBe(300);
  expect(payroll().value(11, 5)).toBe(""); // E02: no penalty
  expect(payroll().value(12, 5)).toBe(50); // E03's penalty
  expect(sheetOf(fake, SHEET.payroll("2026-10")).value(11, 6)).toBe(10.5); // E02's paid days in October
  expect(fake.names.has(layoutVersionName().toLowerCase())).toBe(true);
});

test("a workbook of a newer layout than this add-in knows is left alone, with a message", async () => {
  const fake = officeV1();
  fake.addName(`ShopSheetLayout.v${LAYOUT_VERSION + 1}`, sheetOf(fake, SHEET.settings), { top: 1, bottom: 1, left: 1, right: 1 });
  const before = snapshot(fake);
  const r = await runPayroll("2026-11", { lang: "en-US" });
  expect(r.ok).toBe(false);
  expect(r.messages[0]!.code).toBe("office.conflict.newerLayout");
  expect(snapshot(fake)).toEqual(before);
});

test("both renderers record the current layout version: a workbook from `shopsheet workbook` today needs no upgrade", async () => {
  const fake = new FakeExcel();
  fake.install();
  await loadXlsx(fake, await toBuffer(buildWorkbook(parsed(exampleTeamConfig("2026-11")), "2026-11", "zh-CN").spec));
  expect(fake.names.get(layoutVersionName().toLowerCase())?.sheet?.name).toBe("设置");
  const r = must(await runPayroll("2026-11", { lang: "zh-CN" }));
  expect(r.messages.map((m) => m.code)).not.toContain("office.note.upgraded");
  expect(fake.headers(fake.table("Payroll_2026_11")!)).toContain(helperHeader("siBase", "zh-CN"));
});
