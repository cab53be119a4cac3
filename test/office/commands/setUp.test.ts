/**
 * Issue 10 §3: a workbook made by the release before layout versions (ShopSheet 9b02c3d, kept in
 * test/fixtures/layout-v1) is upgraded in place by any command — the columns version 2 added are
 * inserted where they belong (Staff's sameAs in the middle of the user's table, the helper columns at
 * the end of the payroll and targets tables), the payroll helper headers get their names, the version
 * is recorded once every sheet holding ShopSheet's older formulas is written again — and it keeps
 * every input typed into it, in its row and column.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { exampleTeamConfig } from "../../../src/data/exampleTeam";
import { readSetup, saveSetup } from "../../../src/office/commands/setUp";
import { sheetTemplate, tableTemplate } from "../../../src/workbook/templates";
import { acceptedHeaders } from "../../../src/workbook/layoutUpgrades";
import { buildWorkbook } from "../../../src/workbook/build";
import { LAYOUT_VERSION, layoutVersionName, UNVERSIONED } from "../../../src/workbook/layoutVersion";
import { SHEET, TABLE } from "../../../src/workbook/names";
import { catalogueIdShownAs } from "../../../src/workbook/roleIds";
import { wbText } from "../../../src/workbook/text";
import type { CodeSuffix } from "../../../src/data/messages";
import { toBufferFast as toBuffer } from "../../../src/xlsx/writer";
import { addNextMonth, planMonth, refreshTargets, runPayroll, setUpRolesAndStaff, type CommandResult } from "../../../src/office";
import { FakeExcel, loadState, loadXlsx, type FakeSheet, type FakeTable, type Value, type WorkbookState } from "../fake";
import { parsed, sheetOf, snapshot, specMismatches, teamInput } from "../helpers";

const FIXTURES = join(__dirname, "../../fixtures/layout-v1");

function officeV1(): FakeExcel {
  const fake = new FakeExcel();
  fake.install();
  loadState(fake, JSON.parse(readFileSync(join(FIXTURES, "office-zh.json"), "utf8")) as WorkbookState);
  return fake;
}

async function cliV1(): Promise<FakeExcel> {
  const fake = new FakeExcel();
  fake.install();
  await loadXlsx(fake, readFileSync(join(FIXTURES, "cli-en.xlsx")));
  return fake;
}

/** What the user typed into the fixture (test/fixtures/layout-v1/make.ts), where it is once upgraded
 *  (version 1 had the actual sales in J, the reward in D, the penalty in E, the paid days in F). */
const TYPED: [key: string, address: string, value: string | number][] = [
  [SHEET.targets("2026-11"), "L13", 12000],
  [SHEET.targets("2026-11"), "L14", 9000.5],
  [SHEET.payroll("2026-11"), "H10", 300],
  [SHEET.payroll("2026-11"), "T11", 50], // T: the penalty among the deductions, after the taxes (R, S)
  [SHEET.payroll("2026-10"), "X12", 10.5], // X: the year-end bonus and its tax (layout 9) print left of it
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

/**
 * In the version-1 Staff table (A5:N11; opening balances in I–M, the check in N), more of what a user
 * types: opening balances right of where sameAs goes in, and a column of the user's own at the table's
 * right end (Excel's "insert table column to the right").
 */
function typeMore(fake: FakeExcel, lang: "zh-CN" | "en-US", ownColumn = true): void {
  const staff = sheetOf(fake, SHEET.staff);
  // (An .xlsx read by the double keeps no style of an empty cell: the input cells typed into are
  // unlocked, as in Excel.)
  const ws = (address: string, v: Value) => {
    staff.type(address, v);
    const m = /^([A-Z])(\d+)$/.exec(address)!;
    const c = staff.cell(Number(m[2]), m[1]!.charCodeAt(0) - 64);
    c.fmt = { ...c.fmt, locked: false };
  };
  if (fake.table("Staff")!.lastData < 10) throw new Error("the fixture's Staff table has fewer rows than expected");
  // Row 8 and row 10: the third and fifth person. I: months, J: gross, K: insurance, L: deductions, M: tax.
  ws("I8", 3);
  ws("J8", 15000.5);
  ws("K8", 1200);
  ws("L8", 3000);
  ws("M8", 450.25);
  ws("I10", 9);
  ws("J10", 40000);
  ws("M10", 1000);
  if (!ownColumn) return;
  // (Not "银行账号": version 4 has a column of that name, which a column of the user's so named becomes —
  // tested on its own below.)
  fake.userInsertColumn("Staff", 14, lang === "zh-CN" ? "备注" : "Notes");
  staff.type("O7", "'6222 0000 1111");
  staff.type("O10", "'6222 0000 2222");
}

const OWN_COLUMNS = ["备注", "Notes"];

/**
 * Every input the workbook holds, found without ShopSheet's code: cells in ShopSheet's input style
 * (unlocked) that hold something, and the cells of the user's own columns. A cell of a table is named
 * by table, row (its first column's value) and column header — so a value that moved with its row and
 * column keeps its name, and one left behind or shifted into another column does not; any other cell
 * by its sheet's key and address.
 */
function typedInputs(fake: FakeExcel): Map<string, Value> {
  const out = new Map<string, Value>();
  for (const n of fake.names.values()) {
    if (!n.name.startsWith("ShopSheet.") || !n.sheet) continue;
    const key = n.name.slice("ShopSheet.".length);
    const s = n.sheet;
    const tableRow = new Map<FakeTable, Map<number, string>>();
    const rowName = (t: FakeTable, row: number) => {
      let names = tableRow.get(t);
      if (!names) {
        names = new Map();
        const seen = new Map<string, number>();
        for (let r = t.top + 1; r <= t.lastData; r++) {
          const k = String(asRead(t, s.value(r, t.left)));
          seen.set(k, (seen.get(k) ?? 0) + 1);
          names.set(r, `${k}#${seen.get(k)}`);
        }
        tableRow.set(t, names);
      }
      return names.get(row);
    };
    for (const [k, c] of s.cells) {
      if (c.f !== undefined || c.v === "") continue;
      const { row, col } = { row: Math.floor(k / 16_385), col: k % 16_385 };
      const t = s.tableAt(row, col);
      const header = t ? currentHeader(t.name, String(s.value(t.top, col))) : "";
      const own = t !== undefined && OWN_COLUMNS.includes(header) && row > t.top;
      if (c.fmt?.locked !== false && !own) continue;
      const where = t && row > t.top && row <= t.lastData ? `${t.name}|${rowName(t, row)}|${header}` : `${key}!${String.fromCharCode(64 + col)}${row}`;
      out.set(where, t && col === t.left ? asRead(t, c.v) : c.v);
    }
  }
  return out;
}

/** A Roles id as it reads back: layout 14 shows a catalogue role's id in a Chinese workbook as its Chinese name
 *  (src/workbook/roleIds.ts) — the same id (test/office/index.upgrade14.test.ts checks the cells themselves). */
function asRead(t: FakeTable, v: Value): Value {
  return t.name === TABLE.roles && typeof v === "string" ? (catalogueIdShownAs(v) ?? v) : v;
}

/** A column's header as today's layout names it (the upgrades rename some), so that a value in a
 *  renamed column keeps its name. */
function currentHeader(table: string, header: string): string {
  for (const lang of ["zh-CN", "en-US"] as const) {
    const t = tableTemplate(table, lang);
    const c = t?.columns.find((c) => acceptedHeaders(table, c.key, c.header, UNVERSIONED, lang).includes(header));
    if (c) return c.header;
  }
  return header;
}

/**
 * The Settings cells of the settings added since layout 1 (issue 13: sick pay rate, minimum wage monthly and
 * hourly; issue 12: the pay date; issue 13: the year-end bonus's separate taxation's end, the city profile in use, the late
 * joiner's share): an older workbook lacks them, and a command writes them with their defaults.
 */
const SETTINGS_ADDED_SINCE_V1 = ["settings!B32", "settings!B33", "settings!B34", "settings!B38", "settings!B41", "settings!B44", "settings!B47"];
/** The Holidays table layout 13 adds to Settings, pre-filled with the year's days (issue 13), and the InsuranceBases table
 *  of layout 12, pre-filled with the shipped example city profiles (src/workbook/sheets/insuranceBases.ts profilesShown):
 *  ShopSheet's rows, not the user's. */
const TABLES_ADDED_SINCE_V1 = ["Holidays|", "InsuranceBases|"];

/** Every input typed before is still there, in its row and column; new ones only on sheets made now (and new settings). */
function sameInputs(before: Map<string, Value>, after: Map<string, Value>, newSheets: readonly string[] = []): void {
  const missing = [...before].filter(([k, v]) => after.get(k) !== v).map(([k, v]) => `${k}: ${JSON.stringify(v)} → ${JSON.stringify(after.get(k))}`);
  const added = [...after.keys()].filter((k) => !before.has(k) && !newSheets.some((s) => k.includes(s)) && !SETTINGS_ADDED_SINCE_V1.includes(k) && !TABLES_ADDED_SINCE_V1.some((t) => k.startsWith(t)));
  expect({ missing, added }).toEqual({ missing: [], added: [] });
}

const helperHeader = (key: CodeSuffix<"wb.col.">, lang: "zh-CN" | "en-US") => wbText("wb.col.helper", lang, { what: wbText(`wb.col.${key}`, lang) });
const templateHeaders = (key: string, table: string, lang: "zh-CN" | "en-US") => sheetTemplate(key, lang)!.tables.find((t) => t.name === table)!.columns.map((c) => c.header);
const hasVersion = (fake: FakeExcel) => fake.names.has(layoutVersionName().toLowerCase());
const olderMarks = (fake: FakeExcel) => [...fake.names.values()].map((n) => n.name).filter((n) => n.startsWith("ShopSheetOlder.")).sort();
const codes = (r: CommandResult) => r.messages.map((m) => m.code);

function must(r: CommandResult): CommandResult {
  if (!r.ok) throw new Error(r.messages.map((m) => m.text).join("\n"));
  return r;
}

describe("a workbook the add-in made before layout versions", () => {
  test("the fixture is what that release wrote: no version name, no sameAs, no helper columns for exact commissions, the helper headers showing message keys", () => {
    const fake = officeV1();
    expect([...fake.names.keys()].filter((n) => n.startsWith("shopsheetlayout"))).toEqual([]);
    expect(fake.headers(fake.table("Payroll_2026_11")!)).toContain("辅助：wb.col.siBase {}");
    expect(fake.headers(fake.table("Payroll_2026_11")!)).toHaveLength(37);
    expect(fake.headers(fake.table("Staff")!).slice(7, 10)).toEqual(["离职日期", "期初 月数", "期初 收入"]);
    expect(fake.headers(fake.table("Targets_2026_11")!)).toHaveLength(23);
    expect(sheetOf(fake, SHEET.payroll("2026-11")).protected).toBe(true);
  });

  test("runPayroll inserts the new columns where they belong everywhere, names the helper columns, keeps every input in its row and column, records the version", async () => {
    const fake = officeV1();
    typeMore(fake, "zh-CN");
    const before = typedInputs(fake);
    const r = must(await runPayroll("2026-11", { lang: "zh-CN" }));
    expect(codes(r)).toContain("office.note.upgraded");
    for (const month of ["2026-10", "2026-11"]) {
      expect(fake.headers(fake.table(`Payroll_${month.replace("-", "_")}`)!)).toEqual(templateHeaders(SHEET.payroll(month), `Payroll_${month.replace("-", "_")}`, "zh-CN"));
    }
    // Staff: sameAs in the middle, the user's own column still last; Targets: the check column at the end.
    expect(fake.headers(fake.table("Staff")!)).toEqual([...templateHeaders(SHEET.staff, "Staff", "zh-CN"), "备注"]);
    expect(fake.headers(fake.table("Targets_2026_11")!)).toEqual(templateHeaders(SHEET.targets("2026-11"), "Targets_2026_11", "zh-CN"));
    sameInputs(before, typedInputs(fake));
    typedStill(fake);
    const formulas = [...sheetOf(fake, SHEET.payroll("2026-11")).cells.values()].flatMap((c) => (c.f ? [c.f] : []));
    // The contributions read the helper column of the declared base (since layout 12 they clamp it in the
    // band's limits, no longer through siBase, which the sheet still shows under its renamed header).
    expect(formulas.some((f) => f.includes(helperHeader("contributionBase", "zh-CN")))).toBe(true);
    expect(fake.headers(fake.table("Payroll_2026_11")!)).toContain(helperHeader("siBase", "zh-CN"));
    expect(formulas.some((f) => f.includes("wb.col"))).toBe(false);
    expect(fake.names.get(layoutVersionName().toLowerCase())?.sheet).toBe(sheetOf(fake, SHEET.settings));
    // Staff, Targets and October's slips, not written, still hold ShopSheet's version-1 formulas and
    // notes: marked so, and the note names them. (Roles is written: its new helper columns hold the codes
    // the payroll formulas read; Settings too: it gains the city profiles' table the payroll's band reads and the Holidays table the paid days read.)
    expect(olderMarks(fake)).toEqual(["ShopSheetOlder.v1.slips.2026_10", "ShopSheetOlder.v1.staff", "ShopSheetOlder.v1.targets.2026_11"]);
    expect(fake.table(TABLE.holidays)).toBeDefined();
    const pending = r.messages.find((m) => m.code === "office.note.upgradePending")!.text;
    expect(pending).toContain("员工");
    expect(pending).toContain("目标 2026-11");
    expect(pending).not.toContain("工资 2026-11");
    expect(codes(r)).not.toContain("office.note.keptText");
    // The protected month stays protected, the renamed slips tab keeps its name.
    expect(sheetOf(fake, SHEET.payroll("2026-11")).protected).toBe(true);
    expect(sheetOf(fake, SHEET.slips("2026-11")).name).toBe("十一月工资条");

    // Set up and the month's targets write the rest: ShopSheet's older formulas and notes there are
    // its own (not kept as the user's, not taken for edits), and the marks go.
    const setUp = must(await setUpRolesAndStaff({ lang: "zh-CN" }));
    expect(codes(setUp).filter((c) => c.startsWith("office.note"))).toEqual([]);
    expect(olderMarks(fake)).toEqual(["ShopSheetOlder.v1.slips.2026_10", "ShopSheetOlder.v1.targets.2026_11"]);
    const refresh = must(await refreshTargets("2026-11", { lang: "zh-CN" }));
    expect(codes(refresh).filter((c) => c.startsWith("office.note"))).toEqual([]);
    expect(olderMarks(fake)).toEqual(["ShopSheetOlder.v1.slips.2026_10"]);
    // October's slips are written by October's payroll.
    must(await runPayroll("2026-10", { lang: "zh-CN" }));
    expect(olderMarks(fake)).toEqual([]);
    sameInputs(before, typedInputs(fake));

    // Once upgraded, every command works and says nothing of upgrading; the same command twice
    // changes nothing.
    for (const command of [() => setUpRolesAndStaff({ lang: "zh-CN" }), () => planMonth("2026-11", undefined, { lang: "zh-CN" }), () => runPayroll("2026-11", { lang: "zh-CN" })]) {
      const again = must(await command());
      expect(codes(again).filter((c) => c.startsWith("office.note"))).toEqual([]);
    }
    const once = snapshot(fake);
    must(await runPayroll("2026-11", { lang: "zh-CN" }));
    expect(snapshot(fake)).toEqual(once);
    sameInputs(before, typedInputs(fake));
  });

  test("a sheet left with ShopSheet's older formulas is checked as of them: a value typed over one there still stops the command", async () => {
    const fake = officeV1();
    must(await runPayroll("2026-11", { lang: "zh-CN" }));
    expect(olderMarks(fake)).toContain("ShopSheetOlder.v1.staff");
    sheetOf(fake, SHEET.staff).type("Q8", 1); // the check column, now Q (sameAs, then layout 10's two flags)
    const r = await setUpRolesAndStaff({ lang: "zh-CN" });
    expect(r.ok).toBe(false);
    expect(r.messages[0]!.code).toBe("office.conflict.computedEdited");
    expect(r.messages[0]!.where).toEqual({ sheet: "员工", address: "Q8" });
  });

  test("upgraded, the sheets are what ShopSheet makes today from the same inputs (formulas, headers, looks), the opening balances read from their columns", async () => {
    const fake = officeV1();
    typeMore(fake, "zh-CN", false);
    // The pane reads Staff before any upgrade: the opening balances from their version-1 columns.
    const read = await readSetup({ lang: "zh-CN" });
    expect(read.ok).toBe(true);
    const staffBefore = read.ok ? read.sections.staff : null;
    expect((staffBefore as Record<string, unknown>[])[2]).toEqual(expect.objectContaining({ id: "P3", opening: { months: 3, gross: 15000.5, insurance: 1200, specialAdditionalDeduction: 3000, taxWithheld: 450.25 } }));
    expect((staffBefore as Record<string, unknown>[])[4]).toEqual(expect.objectContaining({ id: "P5", opening: { months: 9, gross: 40000, taxWithheld: 1000 } }));
    must(await setUpRolesAndStaff({ lang: "zh-CN" }));
    must(await planMonth("2026-11", undefined, { lang: "zh-CN" }));
    must(await runPayroll("2026-11", { lang: "zh-CN" }));
    expect(hasVersion(fake)).toBe(true);
    const after = await readSetup({ lang: "zh-CN" });
    expect(after.ok && after.sections.staff).toEqual(staffBefore);

    // The same team and inputs, by hand (make.ts and typeMore above), built by today's ShopSheet.
    const team = teamInput(6);
    const staff = (team.staff as Record<string, unknown>[]).map((p) => ({ ...p }));
    staff[1]!.specialAdditionalDeduction = 2000;
    staff[2]!.opening = { months: 3, gross: 15000.5, insurance: 1200, specialAdditionalDeduction: 3000, taxWithheld: 450.25 };
    staff[4]!.opening = { months: 9, gross: 40000, taxWithheld: 1000 };
    const config = parsed({
      ...team,
      staff,
      months: [
        { month: "2026-10", grossMargin: 90000, entries: [{ staff: "P3", paidDays: 10.5 }] },
        { month: "2026-11", grossMargin: 120000, entries: [{ staff: "P1", reward: 300 }, { staff: "P2", penalty: 50 }] },
      ],
    });
    const spec = buildWorkbook(config, "2026-11", "zh-CN", { protect: true }).spec;
    expect(specMismatches(fake, spec, [SHEET.staff, SHEET.payroll("2026-10"), SHEET.payroll("2026-11")], { skipInputs: true })).toEqual([]);
    // Excel moved the version-1 warning on the base column (it named the check column by A1) with the
    // cells; the write put today's back: one rule on the base column, naming the check column (Q).
    const staffSheet = sheetOf(fake, SHEET.staff);
    expect(staffSheet.conditionalFormats.filter((c) => c.range.left === 4).map((c) => c.formula)).toEqual(['=$Q6<>""']);
    // The new columns have ShopSheet's looks: sameAs an input (unlocked), the helpers computed.
    expect(staffSheet.get(6, 11)?.fmt?.locked).toBe(false);
  });

  test("every command works on it and keeps every input in its row and column", async () => {
    for (const [name, command, made] of [
      ["setUpRolesAndStaff", () => setUpRolesAndStaff({ lang: "zh-CN" }), []],
      ["planMonth", () => planMonth("2026-11", undefined, { lang: "zh-CN" }), []],
      ["refreshTargets", () => refreshTargets("2026-11", { lang: "zh-CN" }), []],
      ["runPayroll 2026-10", () => runPayroll("2026-10", { lang: "zh-CN" }), []],
      ["addNextMonth", () => addNextMonth({ lang: "zh-CN", after: "2026-11" }), ["2026_12"]],
    ] as [string, () => Promise<CommandResult>, string[]][]) {
      const fake = officeV1();
      typeMore(fake, "zh-CN");
      const before = typedInputs(fake);
      const r = must(await command());
      expect([name, r.stats.syncs <= 8]).toEqual([name, true]);
      sameInputs(before, typedInputs(fake), made);
      typedStill(fake);
      // The columns are in every table of ours whichever sheets the command writes.
      expect([name, fake.headers(fake.table("Staff")!)[10]]).toEqual([name, wbText("wb.col.sameAs", "zh-CN")]);
      expect([name, fake.headers(fake.table("Payroll_2026_10")!).length]).toEqual([name, templateHeaders(SHEET.payroll("2026-10"), "Payroll_2026_10", "zh-CN").length]);
      expect([name, sheetOf(fake, SHEET.payroll("2026-11")).protected]).toEqual([name, true]);
      expect([name, hasVersion(fake)]).toEqual([name, true]);
    }
  });

  test("ShopSheet's own version-1 formulas are not taken for edits; a value typed over one still stops the command, named where it is before the upgrade", async () => {
    const fake = officeV1();
    // N7 is the version-1 check column of Staff (O once sameAs is in).
    sheetOf(fake, SHEET.staff).type("N7", "fine");
    const before = snapshot(fake);
    const r = await setUpRolesAndStaff({ lang: "zh-CN" });
    expect(r.ok).toBe(false);
    expect(r.messages[0]!.code).toBe("office.conflict.computedEdited");
    expect(r.messages[0]!.where).toEqual({ sheet: "员工", address: "N7" });
    expect(snapshot(fake)).toEqual(before);
  });

  test("an input the engine refuses is named at its cell before the upgrade moves it", async () => {
    const fake = officeV1();
    sheetOf(fake, SHEET.staff).type("J8", "lots"); // P3's opening gross, version-1 column J
    const r = await runPayroll("2026-11", { lang: "zh-CN" });
    expect(r.ok).toBe(false);
    expect(r.messages.map((m) => m.where?.address)).toContain("J8");
  });

  test("an upgrade a failed command left half done (a column inserted, one renamed) is finished by the next", async () => {
    const fake = officeV1();
    const t = fake.table("Payroll_2026_10")!;
    t.sheet.protected = false;
    fake.renameColumn(t, fake.headers(t).indexOf("辅助：wb.col.siBase {}"), helperHeader("siBase", "zh-CN"));
    fake.insertColumn(t, null, helperHeader("person", "zh-CN"));
    t.sheet.protected = true;
    fake.insertColumn(fake.table("Staff")!, 8, wbText("wb.col.sameAs", "zh-CN"));
    must(await runPayroll("2026-11", { lang: "zh-CN" }));
    expect(fake.headers(t)).toEqual(templateHeaders(SHEET.payroll("2026-10"), "Payroll_2026_10", "zh-CN"));
    expect(fake.headers(fake.table("Staff")!)).toEqual(templateHeaders(SHEET.staff, "Staff", "zh-CN"));
    typedStill(fake);
  });
});

test("the shopsheet command's .xlsx of that release: opened in the add-in, upgraded, every input kept in its row and column", async () => {
  const fake = await cliV1();
  typeMore(fake, "en-US");
  expect(fake.headers(fake.table("Payroll_2026_11")!)).toContain("Helper: wb.col.siBase {}");
  const before = typedInputs(fake);
  const payroll = () => sheetOf(fake, SHEET.payroll("2026-11"));
  expect(payroll().value(10, 4)).toBe(300); // E01's reward, from cli-en.config.json (version 1: column D)
  for (const command of [() => runPayroll("2026-11", { lang: "en-US" }), () => setUpRolesAndStaff({ lang: "en-US" }), () => refreshTargets("2026-11", { lang: "en-US" })]) {
    must(await command());
    sameInputs(before, typedInputs(fake));
  }
  expect(fake.headers(fake.table("Payroll_2026_11")!)).toEqual(templateHeaders(SHEET.payroll("2026-11"), "Payroll_2026_11", "en-US"));
  expect(fake.headers(fake.table("Staff")!)).toEqual([...templateHeaders(SHEET.staff, "Staff", "en-US"), "Notes"]);
  // The settings this release lacked (issue 13) are there with their defaults, which the formulas name.
  const settings = sheetOf(fake, SHEET.settings);
  expect([settings.value(32, 2), settings.value(33, 2), settings.value(34, 2)]).toEqual([0.6, 2690, 24]);
  // …and the year-end bonus's separate taxation's end (layout 9, after the company's group), as text, which the
  // payroll's bonus formulas read digit by digit.
  expect(settings.value(41, 2)).toBe("2027-12-31");
  expect(settings.value(40, 1)).toBe("Year-end one-off bonus");
  // The reward moved among the items of pay (H), the penalty among the deductions (T, after the taxes), the
  // paid days typed beside the printed block (X: the year-end bonus and its tax print before it).
  expect(payroll().value(10, 8)).toBe(300);
  expect(payroll().value(9, 20)).toBe("Penalty");
  expect(payroll().value(11, 20)).toBe(""); // E02: no penalty
  expect(payroll().value(12, 20)).toBe(50); // E03's penalty
  expect(sheetOf(fake, SHEET.payroll("2026-10")).value(11, 24)).toBe(10.5); // E02's paid days in October
  // E03's opening balances (row 8), three columns right of where they were typed (sameAs, then layout 10's two flags).
  expect([8, 9, 10, 11, 12, 13].map((c) => sheetOf(fake, SHEET.staff).value(8, c + 3))).toEqual(["", 3, 15000.5, 1200, 3000, 450.25]);
  expect(hasVersion(fake)).toBe(true);
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
  // On Settings, as the add-in puts it (not on the first sheet, the Contents, which a user may delete).
  expect(fake.names.get(layoutVersionName().toLowerCase())?.sheet?.name).toBe("设置");
  const r = must(await runPayroll("2026-11", { lang: "zh-CN" }));
  expect(codes(r)).not.toContain("office.note.upgraded");
  expect(codes(r)).not.toContain("office.note.upgradePending");
  expect(fake.headers(fake.table("Payroll_2026_11")!)).toContain(helperHeader("siBase", "zh-CN"));
});

test("the pane's Save on a version-1 workbook brings Staff to today's layout first, then writes the edits into their columns", async () => {
  const fake = officeV1();
  typeMore(fake, "zh-CN", false);
  const read = await readSetup({ lang: "zh-CN" });
  if (!read.ok) throw new Error(read.messages.map((m) => m.text).join("\n"));
  const staff = (read.sections.staff as Record<string, unknown>[]).map((p) => ({ ...p }));
  // P4 comes back in the year as P7, the same person (sameAs, the new column); P3's opening tax changes.
  staff[3]!.endDate = "2026-06-30";
  staff.push({ ...staff[3], id: "P7", sameAs: "P4", startDate: "2026-11-15", endDate: null });
  staff[2]!.opening = { ...(staff[2]!.opening as object), taxWithheld: 500 };
  const r = await saveSetup({ ...read.sections, staff }, { lang: "zh-CN" });
  if (!r.ok) throw new Error(r.messages.map((m) => m.text).join("\n"));
  const ws = sheetOf(fake, SHEET.staff);
  expect(fake.headers(fake.table("Staff")!)).toEqual(templateHeaders(SHEET.staff, "Staff", "zh-CN"));
  // Row 8 is P3: opening months … tax in L–P; row 12 is P7, sameAs in K (layout 10's two flags stand in H and I).
  expect([12, 13, 14, 15, 16].map((c) => ws.value(8, c))).toEqual([3, 15000.5, 1200, 3000, 500]);
  expect([ws.value(12, 1), ws.value(12, 11)]).toEqual(["P7", "P4"]);
  typedStill(fake);
});
