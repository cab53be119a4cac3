/**
 * Each command against the fake Excel: what it writes equals the sheet specs (built here, directly
 * from the builders, with the same inputs), strings stay text, formulas carry no _xlfn. prefix, and
 * the extras (names, validation, conditional formats, freeze, widths, chart, page, protection) are
 * there.
 */
import { D } from "../../src/core/money";
import { spreadTarget } from "../../src/core/targets";
import { parseA1 } from "../../src/workbook/address";
import { buildWorkbook, CHINESE_FONT } from "../../src/workbook/build";
import { SHEET } from "../../src/workbook/names";
import { tableTemplate } from "../../src/workbook/templates";

/** A payroll column's number (the table starts in column A), by its key. */
const payrollCol = (key: string) => tableTemplate("Payroll_2026_11", "zh-CN")!.columns.findIndex((c) => c.key === key) + 1;
import { settingsSheet } from "../../src/workbook/sheets/settings";
import { targetsSheet } from "../../src/workbook/sheets/targets";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { sheetKeyName } from "../../src/workbook/sheetIdentity";
import { addNextMonth, planMonth, refreshTargets, runPayroll, setUpRolesAndStaff } from "../../src/office";
import type { FakeExcel } from "./fake";
import { freshExcel, parsed, payCol, payColNo, sheetOf, specMismatches, teamInput } from "./helpers";

const MONTH = "2026-11";

function targetsSpec(raw: ReturnType<typeof teamInput>, month: string, target: number, lang: "zh-CN" | "en-US" = "zh-CN"): WorkbookSpec {
  const config = parsed({ settings: raw.settings });
  const settings = settingsSheet(config.settings, lang);
  const plan = spreadTarget({ month, target: new D(target), settings: config.settings.targets });
  return { sheets: [settings.sheet, targetsSheet({ month, target: new D(target), plan, lang })], names: settings.names };
}

function everyFormula(fake: FakeExcel): string[] {
  return fake.sheets.flatMap((s) => [...s.cells.values()].flatMap((c) => (c.f ? [c.f] : [])));
}

describe("setUpRolesAndStaff", () => {
  test("writes Settings, Roles and Staff exactly as their specs, with names, validation and looks", async () => {
    const fake = freshExcel();
    const raw = teamInput(8);
    const r = await setUpRolesAndStaff({ lang: "zh-CN", ...raw });
    expect(r.ok).toBe(true);
    const spec = buildWorkbook(parsed(raw), MONTH, "zh-CN").spec;
    expect(specMismatches(fake, spec, [SHEET.settings, SHEET.roles, SHEET.staff, SHEET.deductions])).toEqual([]);
    // The contents first (issue 12), then what was set up.
    expect(fake.sheets.map((s) => s.name)).toEqual(["目录", "设置", "岗位", "员工", "专项附加扣除"]);
    for (const key of [SHEET.settings, SHEET.roles, SHEET.staff]) expect(fake.names.get(sheetKeyName(key).toLowerCase())?.range).toBe("A1");

    const staff = sheetOf(fake, SHEET.staff);
    expect(staff.freeze).toEqual({ rows: 5, cols: 2 });
    // The role drop-down lists the Roles table's Chinese names as the table stands (issue 12: a fixed
    // $A$6:$A$10 missed a sixth role), the column by its name.
    const roleList = staff.validations.find((v) => (v.rule as { list?: { source: string } }).list?.source.includes("Roles"));
    expect((roleList!.rule as { list: { source: string } }).list.source).toBe('=INDIRECT("Roles[中文名称]")');
    // A missing base or share says 待填写: highlighted while it is no number.
    expect(sheetOf(fake, SHEET.roles).conditionalFormats.map((c) => c.formula)).toEqual(["=NOT(ISNUMBER($E6))", "=NOT(ISNUMBER($G6))", "=M4>0"]);
    // Input columns are unlocked and yellow; widths are in points.
    expect(staff.get(6, 4)?.fmt).toMatchObject({ fill: "#FFF2CC", locked: false });
    expect(staff.widths.get(1)).toBeCloseTo((8 * 7 + 5) * 0.75);
    expect(r.ok && r.summary).toContain("8 名员工");
  });

  test("a name or id that looks like a formula or a number is written as text", async () => {
    const fake = freshExcel();
    const raw = teamInput(3);
    raw.staff[0] = { ...(raw.staff[0] as object), id: "00123", name: "=HYPERLINK(\"http://x\",\"y\")" };
    raw.staff[1] = { ...(raw.staff[1] as object), name: "+1" };
    raw.staff[2] = { ...(raw.staff[2] as object), name: "11-11" };
    expect((await setUpRolesAndStaff({ lang: "en-US", ...raw })).ok).toBe(true);
    const staff = sheetOf(fake, SHEET.staff);
    expect(staff.get(6, 1)).toMatchObject({ v: "00123", q: true });
    expect(staff.get(6, 2)).toMatchObject({ v: "=HYPERLINK(\"http://x\",\"y\")", q: true });
    expect(staff.get(6, 2)?.f).toBeUndefined();
    expect(staff.get(7, 2)?.f).toBeUndefined();
    expect(staff.get(8, 2)?.v).toBe("11-11");
  });

  test("without a payroll yet, role sheets wait for the first one (their members are a month's)", async () => {
    freshExcel();
    const r = await setUpRolesAndStaff({ lang: "en-US", ...teamInput(3) });
    expect(r.ok && r.messages.map((m) => m.code)).toEqual(["office.note.roleSheetsLater"]);
  });
});

test("the spec check itself sees a changed formula, value, header or number format", async () => {
  const fake = freshExcel();
  const raw = teamInput(3);
  await setUpRolesAndStaff({ lang: "en-US", ...raw });
  const spec = buildWorkbook(parsed(raw), MONTH, "en-US").spec;
  const keys = [SHEET.settings, SHEET.roles, SHEET.staff];
  expect(specMismatches(fake, spec, keys)).toEqual([]);
  const staff = sheetOf(fake, SHEET.staff);
  const roles = sheetOf(fake, SHEET.roles);
  const saved = [staff.get(6, 14)!.f, staff.get(7, 2)!.v, roles.get(5, 3)!.v, staff.get(6, 4)!.nf];
  staff.get(6, 14)!.f = "=1";
  staff.get(7, 2)!.v = "someone else";
  roles.get(5, 3)!.v = "Renamed";
  staff.get(6, 4)!.nf = "General";
  expect(specMismatches(fake, spec, keys)).toHaveLength(4);
  [staff.get(6, 14)!.f, staff.get(7, 2)!.v, roles.get(5, 3)!.v, staff.get(6, 4)!.nf] = saved as [string, string, string, string];
  expect(specMismatches(fake, spec, keys)).toEqual([]);
});

test("the spec check sees a changed look: a strip filled down must carry the first strip's bold, fill, alignment and lines", async () => {
  const fake = freshExcel();
  const raw = teamInput(3);
  await setUpRolesAndStaff({ lang: "zh-CN", ...raw });
  await runPayroll(MONTH, { lang: "zh-CN", grossMargin: 100000 });
  const spec = buildWorkbook(parsed({ ...raw, months: [{ month: MONTH, grossMargin: 100000 }] }), MONTH, "zh-CN").spec;
  expect(specMismatches(fake, spec, [SHEET.slips(MONTH)])).toEqual([]);
  const slips = sheetOf(fake, SHEET.slips(MONTH));
  // The third strip (rows 13–17): its title, its first caption (centred across its group), a label's box.
  const title = slips.get(13, 1)!;
  const caption = slips.get(14, 5)!;
  const label = slips.get(15, 2)!;
  title.fmt = { ...title.fmt, bold: false };
  caption.fmt = { ...caption.fmt, align: "Center" };
  label.fmt = { ...label.fmt, borders: { ...label.fmt?.borders, left: { style: "Dash" } } };
  expect(specMismatches(fake, spec, [SHEET.slips(MONTH)])).toEqual([
    expect.stringContaining("A13: bold"),
    expect.stringContaining("B15: left line"),
    expect.stringContaining("E14: alignment"),
  ]);
});

describe("planMonth and refreshTargets", () => {
  test("the Targets sheet equals its spec, with the chart, validation and page setup", async () => {
    const fake = freshExcel();
    const raw = teamInput(8);
    await setUpRolesAndStaff({ lang: "zh-CN", ...raw });
    const r = await planMonth(MONTH, 560000, { lang: "zh-CN" });
    expect(r.ok).toBe(true);
    expect(specMismatches(fake, targetsSpec(raw, MONTH, 560000), [SHEET.targets(MONTH)])).toEqual([]);
    const ws = sheetOf(fake, SHEET.targets(MONTH));
    expect(ws.charts).toHaveLength(1);
    // Below the days (issue 12: the weeks table fills F:M now); the cumulative target in P (after the day's actual orders and visitors).
    expect(ws.charts[0]).toMatchObject({ name: "ShopSheet Targets_2026_11 1", type: "Line", source: "P12:P42", categories: "A13:A42", from: "A47", to: "J62" });
    const daily = targetsSpec(raw, MONTH, 560000).sheets[1]!.tables[1]!;
    const header = (k: string) => daily.columns.find((c) => c.key === k)!.header;
    expect(ws.charts[0]!.series.map((s) => s.name)).toEqual([header("cumTarget"), header("cumActual")]);
    expect(ws.charts[0]!.series[1]!.values).toBe("Q13:Q42");
    expect(ws.page).toMatchObject({ orientation: "Landscape", paperSize: "A4", printTitleRows: "$12:$12" });
    expect(ws.validations.some((v) => (v.rule as { decimal?: unknown }).decimal && v.range.top === 3)).toBe(true);
    expect(r.ok && r.summary).toContain("30 天");
  });

  test("refreshTargets keeps the actuals typed and reports the re-spread", async () => {
    const fake = freshExcel();
    const raw = teamInput(8);
    await setUpRolesAndStaff({ lang: "en-US", ...raw });
    await planMonth(MONTH, 300000, { lang: "en-US" });
    const ws = sheetOf(fake, SHEET.targets(MONTH));
    // The actual column: L (the days' weekday and event names stand before it).
    ws.type("L13", 12000);
    ws.type("L14", 9000.5);
    const r = await refreshTargets(MONTH, { lang: "en-US" });
    expect(r.ok).toBe(true);
    expect(ws.value(13, 12)).toBe(12000);
    expect(ws.value(14, 12)).toBe(9000.5);
    expect(r.ok && r.summary).toContain("¥21,000.50");
    expect(r.ok && r.summary).toContain("28 days");
    // The sheet still equals the spec, the actuals being the user's.
    expect(specMismatches(fake, targetsSpec(raw, MONTH, 300000, "en-US"), [SHEET.targets(MONTH)], { skipInputs: true })).toEqual([]);
  });

  test("refreshTargets needs a planned month", async () => {
    freshExcel();
    await setUpRolesAndStaff({ lang: "en-US", ...teamInput(2) });
    const r = await refreshTargets("2026-05", { lang: "en-US" });
    expect(!r.ok && r.messages[0]!.code).toBe("office.needsPlan");
  });
});

describe("runPayroll and addNextMonth", () => {
  test("runPayroll writes the payroll, the slips and the role sheets exactly as their specs", async () => {
    const fake = freshExcel();
    const raw = teamInput(8);
    await setUpRolesAndStaff({ lang: "zh-CN", ...raw });
    const r = await runPayroll(MONTH, { lang: "zh-CN", grossMargin: 168000 });
    expect(r.ok).toBe(true);
    const spec = buildWorkbook(parsed({ ...raw, months: [{ month: MONTH, grossMargin: 168000 }] }), MONTH, "zh-CN").spec;
    const keys = spec.sheets.map((s) => s.key).filter((k) => /^(payroll|slips|role):/.test(k));
    expect(keys).toHaveLength(7);
    expect(r.ok && r.stats.sheetsWritten).toEqual([SHEET.contents, ...keys]);
    expect(specMismatches(fake, spec, keys)).toEqual([]);
    expect(sheetOf(fake, SHEET.payroll(MONTH)).value(3, 2)).toBe(168000);
    // One page wide; pages tall enough never to be the limit (both fit values, as documented).
    const slipsPage = sheetOf(fake, SHEET.slips(MONTH)).page;
    expect(slipsPage).toMatchObject({ orientation: "Landscape", zoom: { horizontalFitToPages: 1 } });
    // 8 strips end on row 42: two A4 landscape pages; allowing 4 tall leaves the width in charge.
    expect((slipsPage.zoom as Excel.PageLayoutZoomOptions).verticalFitToPages).toBe(4);
    expect(r.ok && r.summary).toContain("8 人");
    // Each strip boxed in thin lines with a dashed cut line below it (RangeBorder style "Continuous" /
    // "Dash"), as the .xlsx writers draw it; a sheet the add-in adds to a Chinese workbook is in 等线.
    const slips = spec.sheets.find((s) => s.key === SHEET.slips(MONTH))!;
    const styled = (name: string) => slips.cells.filter((c) => (Array.isArray(c.style) ? c.style.includes(name as never) : c.style === name));
    const fmtAt = (at: string) => sheetOf(fake, SHEET.slips(MONTH)).get(parseA1(at).row, parseA1(at).col)?.fmt;
    expect(styled("box").length).toBeGreaterThan(8 * 10);
    for (const c of styled("box")) expect([c.at, fmtAt(c.at)?.borders?.top?.style, fmtAt(c.at)?.borders?.left?.style]).toEqual([c.at, "Continuous", "Continuous"]);
    expect(styled("cut").length).toBeGreaterThan(0);
    for (const c of styled("cut")) expect([c.at, fmtAt(c.at)?.borders?.bottom?.style]).toEqual([c.at, "Dash"]);
    for (const key of [SHEET.contents, ...keys]) expect([key, sheetOf(fake, key).font]).toEqual([key, CHINESE_FONT.name]);
  });

  test("a later month carries the year to date: the chain is written, earlier inputs kept", async () => {
    const fake = freshExcel();
    const raw = teamInput(5);
    await setUpRolesAndStaff({ lang: "en-US", ...raw });
    await runPayroll("2026-09", { lang: "en-US", grossMargin: 100000 });
    sheetOf(fake, SHEET.payroll("2026-09")).type(`${payCol("reward")}10`, 300); // a reward for P1
    const r = await runPayroll(MONTH, { lang: "en-US", grossMargin: 168000 });
    expect(r.ok).toBe(true);
    const config = parsed({ ...raw, months: [{ month: "2026-09", grossMargin: 100000, entries: [{ staff: "P1", reward: 300 }] }, { month: MONTH, grossMargin: 168000 }] });
    const spec = buildWorkbook(config, MONTH, "en-US").spec;
    const keys = ["payroll:2026-09", "payroll:2026-10", "payroll:2026-11", "slips:2026-11"];
    expect(spec.sheets.map((s) => s.key)).toEqual(expect.arrayContaining(keys));
    expect(specMismatches(fake, spec, keys)).toEqual([]);
  });

  test("addNextMonth adds targets, payroll (chained to the month before), slips and role sheets", async () => {
    const fake = freshExcel();
    const raw = teamInput(8);
    await setUpRolesAndStaff({ lang: "zh-CN", ...raw });
    await runPayroll(MONTH, { lang: "zh-CN", grossMargin: 168000 });
    const r = await addNextMonth({ lang: "zh-CN" });
    expect(r.ok).toBe(true);
    const spec = buildWorkbook(parsed({ ...raw, months: [{ month: MONTH, grossMargin: 168000 }, { month: "2026-12" }] }), "2026-12", "zh-CN").spec;
    const keys = spec.sheets.map((s) => s.key).filter((k) => /^(payroll|slips|role|targets):/.test(k));
    expect(keys).toEqual(expect.arrayContaining(["targets:2026-12", "payroll:2026-11", "payroll:2026-12", "slips:2026-12"]));
    expect(specMismatches(fake, spec, keys)).toEqual([]);
    // December's year to date looks up November's table.
    expect(sheetOf(fake, SHEET.payroll("2026-12")).formula(10, payrollCol("monthsToDate"))).toContain("Payroll_2026_11");
  });

  test("addNextMonth after December starts a new tax year", async () => {
    const fake = freshExcel();
    const raw = teamInput(3);
    await setUpRolesAndStaff({ lang: "en-US", ...raw });
    await runPayroll("2026-12", { lang: "en-US" });
    const r = await addNextMonth({ lang: "en-US" });
    expect(r.ok).toBe(true);
    const spec = buildWorkbook(parsed({ ...raw, months: [{ month: "2027-01" }] }), "2027-01", "en-US").spec;
    expect(specMismatches(fake, spec, ["payroll:2027-01", "targets:2027-01"])).toEqual([]);
    expect(sheetOf(fake, SHEET.payroll("2027-01")).formula(10, payColNo("grossToDate"))).not.toContain("Payroll_2026_12");
  });

  test("runPayroll and addNextMonth need Settings, Roles and Staff", async () => {
    freshExcel();
    const r = await runPayroll(MONTH, { lang: "en-US" });
    expect(!r.ok && r.messages[0]!.code).toBe("office.needsSetup");
    const n = await addNextMonth({ lang: "en-US" });
    expect(!n.ok && n.messages[0]!.code).toBe("office.needsSetup");
  });

  test("no formula anywhere carries an _xlfn. prefix, and protection leaves input cells open", async () => {
    const fake = freshExcel();
    await setUpRolesAndStaff({ lang: "zh-CN", ...teamInput(4) });
    await planMonth(MONTH, 100000);
    await runPayroll(MONTH, { grossMargin: 50000, protect: true });
    await addNextMonth();
    expect(everyFormula(fake).length).toBeGreaterThan(100);
    expect(everyFormula(fake).filter((f) => f.toLowerCase().includes("_xlfn"))).toEqual([]);
    const payroll = sheetOf(fake, SHEET.payroll(MONTH));
    expect(payroll.protected).toBe(true);
    expect(payroll.protectOptions).toMatchObject({ allowSort: true, allowAutoFilter: true });
    expect(payroll.locked(10, payrollCol("reward"))).toBe(false);
    expect(payroll.locked(10, payrollCol("gross"))).toBe(true);
    // Settings, Roles and Staff stay open: the user adds rows to their tables.
    expect(sheetOf(fake, SHEET.staff).protected).toBe(false);
    // The next month was protected too, since the workbook's month sheets are.
    expect(sheetOf(fake, SHEET.payroll("2026-12")).protected).toBe(true);
  });
});
