/**
 * The pane's own workbook access (readSetup, saveSetup and readPayroll of src/office/commands, as src/taskpane/officeBridge.ts hands them to the pane) against the fake Excel of
 * test/office: what the Set up view reads is what the workbook holds, its edits land in the tables
 * (rows added and removed), a bad edit changes nothing, and the payroll figures are the engine's.
 */
import { parseConfig } from "../../src/core/config";
import { computePayroll } from "../../src/core/payroll";
import { money } from "../../src/core/money";
import { planMonth, runPayroll, setUpRolesAndStaff } from "../../src/office";
import { readPayroll } from "../../src/office/commands/payroll";
import { readSetup, saveSetup } from "../../src/office/commands/setUp";
import { SHEET } from "../../src/workbook/names";
import { draftFromSections, draftToSections } from "../../src/taskpane/draft";
import { freshExcel, sheetOf, snapshot, teamInput } from "../office/helpers";

describe("readSetup / saveSetup", () => {
  test("a new workbook: nothing to read; saving the pane's draft creates Settings, Roles and Staff (setUpRolesAndStaff)", async () => {
    const fake = freshExcel();
    const empty = await readSetup({ lang: "en-US" });
    expect(empty.ok && empty.sections).toEqual({});

    const draft = draftFromSections(null);
    draft.staff.push(
      { uid: "x", id: "E01", name: "Wang", role: "manager", base: "8000", contributionBase: "", specialAdditionalDeduction: "", "iit.previousYearUnder60k": "", "iit.firstJobThisYear": "", startDate: "2026-01-01", endDate: "", nickname: "" },
      // Blank base, catalogue designer (fixed at 2500): the role's base is written, as a config file would have it.
      { uid: "y", id: "E02", name: "Chen", role: "designer", base: "", contributionBase: "", specialAdditionalDeduction: "", "iit.previousYearUnder60k": "", "iit.firstJobThisYear": "", startDate: "", endDate: "", nickname: "" },
    );
    draft.roles[4]!.share = "5%";
    draft.settings.values["targets.aov"] = "128";
    const r = await saveSetup(draftToSections(draft), { lang: "en-US" });
    expect(r.ok).toBe(true);
    // The Contents sheet first (issue 12: a first sheet linking every sheet, with the steps to take); the
    // Special deductions sheet beside Staff (issue 13, layout 11: a person's items are typed there).
    expect(fake.sheets.map((s) => s.name)).toEqual(["Contents", "Settings", "Roles", "Staff", "Special deductions"]);

    const back = await readSetup({ lang: "en-US" });
    if (!back.ok) throw new Error(JSON.stringify(back.messages));
    expect(back.sections.staff).toEqual([
      // The special-taxpayer flags (layout 10) read back as no where the sheet shows FALSE.
      { id: "E01", name: "Wang", role: "manager", sameAs: null, base: 8000, contributionBase: null, specialAdditionalDeduction: 0, iit: { previousYearUnder60k: false, firstJobThisYear: false }, startDate: "2026-01-01", endDate: null },
      { id: "E02", name: "Chen", role: "designer", sameAs: null, base: 2500, contributionBase: null, specialAdditionalDeduction: 0, iit: { previousYearUnder60k: false, firstJobThisYear: false }, startDate: null, endDate: null },
    ]);
    expect(back.sections.roles).toHaveLength(5);
    expect(back.sections.roles![4]).toMatchObject({ id: "shipping", share: 0.05, baseMin: null });
    expect(back.sections.settings).toMatchObject({ poolRate: 0.4, targets: { aov: 128, cvr: null } });
    // Read back into the pane, the draft shows what was typed.
    const again = draftFromSections(back.sections);
    expect(again.roles[4]!.share).toBe("5%");
    expect(again.staff[0]).toMatchObject({ id: "E01", name: "Wang", base: "8000", startDate: "2026-01-01" });
  });

  test("a city profile (issue 13): the user's own, chosen in the pane, lands in Settings' table and reads back; choosing an example keeps it", async () => {
    const fake = freshExcel();
    expect((await setUpRolesAndStaff({ lang: "zh-CN", ...teamInput(2) })).ok).toBe(true);
    const own = { id: "苏州", periods: [{ from: "2025-01", to: null, bases: { pension: { floor: "4494", ceiling: "24042" } }, rounding: { socialInsurance: "jiao", housingFund: "fen" }, source: "" }] };
    const read = await readSetup({ lang: "zh-CN" });
    if (!read.ok) throw new Error("read");
    const draft = draftFromSections({ ...read.sections, insuranceProfiles: [own] });
    draft.settings.values.insuranceProfile = "苏州";
    const saved = await saveSetup(draftToSections(draft), { lang: "zh-CN" });
    if (!saved.ok) throw new Error(JSON.stringify(saved.messages));
    const back = await readSetup({ lang: "zh-CN" });
    if (!back.ok) throw new Error("read");
    expect(back.sections.settings).toMatchObject({ insuranceProfile: "苏州" });
    expect(back.sections.insuranceProfiles).toEqual([{ id: "苏州", nameZh: "苏州", nameEn: "苏州", example: false, periods: [{ from: "2025-01", to: null, bases: { pension: { floor: 4494, ceiling: 24042 } }, rounding: { socialInsurance: "jiao" }, source: "" }] }]);
    // The Settings sheet names it as typed, in the zh workbook's words.
    const texts = snapshot(fake).sheets.find((s) => s.name === "设置")!.cells.map(([, c]) => c.v);
    expect(texts).toEqual(expect.arrayContaining(["苏州", "养老", "到角"]));

    // Now the Shanghai example: the user's city stays in the table (nothing lost), the example comes in by its name.
    const next = draftFromSections(back.sections);
    next.settings.values.insuranceProfile = "shanghai";
    const again = await saveSetup(draftToSections(next), { lang: "zh-CN" });
    if (!again.ok) throw new Error(JSON.stringify(again.messages));
    const last = await readSetup({ lang: "zh-CN" });
    if (!last.ok) throw new Error("read");
    expect(last.sections.settings).toMatchObject({ insuranceProfile: "shanghai" });
    expect((last.sections.insuranceProfiles as { id: string }[]).map((p) => p.id)).toEqual(["苏州"]);
  });

  test("edits land in the existing tables: values, added and removed rows, settings cells; formulas are refreshed", async () => {
    const fake = freshExcel();
    expect((await setUpRolesAndStaff({ lang: "zh-CN", ...teamInput(3) })).ok).toBe(true);
    const read = await readSetup({ lang: "en-US" });
    if (!read.ok) throw new Error("read");
    expect(read.workbookLang).toBe("zh-CN");
    const draft = draftFromSections(read.sections);
    expect(draft.staff).toHaveLength(3);

    draft.roles[4]!.share = "6%";
    draft.roles[4]!.baseMin = "2200";
    draft.roles[4]!.baseMax = "2600";
    draft.staff[1]!.base = "3100";
    draft.staff.push(
      { uid: "a", id: "N1", name: "=HYPERLINK(\"x\")", role: "shipping", base: "2400", contributionBase: "", specialAdditionalDeduction: "", "iit.previousYearUnder60k": "", "iit.firstJobThisYear": "", startDate: "2026-02-01", endDate: "", nickname: "" },
      { uid: "b", id: "N2", name: "Li", role: "service", base: "", contributionBase: "5000", specialAdditionalDeduction: "1000", "iit.previousYearUnder60k": "", "iit.firstJobThisYear": "", startDate: "", endDate: "", nickname: "" },
    );
    draft.settings.values.poolRate = "35%";
    draft.settings.weekdayWeights[5] = "1.5";
    draft.settings.events = draft.settings.events.slice(0, 2);
    const saved = await saveSetup(draftToSections(draft), { lang: "en-US" });
    if (!saved.ok) throw new Error(JSON.stringify(saved.messages));
    expect(saved.messages.map((m) => m.code)).not.toContain("office.note.kept");

    const back = await readSetup({ lang: "en-US" });
    if (!back.ok) throw new Error("read back");
    expect(back.sections.staff!.map((p) => (p as { id: string }).id)).toEqual(["P1", "P2", "P3", "N1", "N2"]);
    expect(back.sections.staff![1]).toMatchObject({ base: 3100 });
    // A name that looks like a formula stays text.
    expect(back.sections.staff![3]).toMatchObject({ name: "=HYPERLINK(\"x\")", role: "shipping", base: 2400, startDate: "2026-02-01" });
    // A blank base stays blank: this team's roles have ranges, not a fixed base (the pane warns).
    expect(back.sections.staff![4]).toMatchObject({ base: null, contributionBase: 5000, specialAdditionalDeduction: 1000 });
    expect(back.sections.roles![4]).toMatchObject({ share: 0.06, baseMin: 2200, baseMax: 2600 });
    expect(back.sections.settings).toMatchObject({ poolRate: 0.35 });
    const targets = (back.sections.settings as { targets: { weekdayWeights: unknown[]; events: unknown[] } }).targets;
    expect(targets.weekdayWeights).toEqual([1, 1, 1, 1, 1, 1.5, 1]);
    expect(targets.events).toHaveLength(2);

    // The Staff table grew by two rows and its Check formula covers them (refreshed by setUpRolesAndStaff).
    const staff = fake.table("Staff")!;
    expect(staff.lastData - staff.top).toBe(5);
    // The Check column (before the personal columns at the table's right end) is filled down to the new last row.
    const check = staff.left + fake.headers(staff).indexOf("检查");
    expect(sheetOf(fake, SHEET.staff).get(staff.lastData, check)?.f).toMatch(/^=IF\(.*ISNA\(MATCH/);

    // Fewer people: rows go.
    const fewer = draftFromSections(back.sections);
    fewer.staff = fewer.staff.slice(0, 1);
    expect((await saveSetup(draftToSections(fewer), { lang: "en-US" })).ok).toBe(true);
    expect(fake.table("Staff")!.lastData - fake.table("Staff")!.top).toBe(1);
    const last = await readSetup({ lang: "en-US" });
    expect(last.ok && last.sections.staff!.map((p) => (p as { id: string }).id)).toEqual(["P1"]);
  });

  test("sections the engine refuses change nothing, and say where", async () => {
    const fake = freshExcel();
    expect((await setUpRolesAndStaff({ lang: "en-US", ...teamInput(2) })).ok).toBe(true);
    const before = JSON.stringify(snapshot(fake));
    const r = await saveSetup({ staff: [{ id: "X", name: "X", role: "astronaut" }] }, { lang: "en-US" });
    expect(r.ok).toBe(false);
    expect(r.messages[0]!.text).toContain('staff[0].role: "astronaut" is not a role');
    expect(JSON.stringify(snapshot(fake))).toBe(before);
  });

  test("a renamed column stops the write before anything is changed", async () => {
    const fake = freshExcel();
    expect((await setUpRolesAndStaff({ lang: "en-US", ...teamInput(2) })).ok).toBe(true);
    const staffSheet = sheetOf(fake, SHEET.staff);
    const t = fake.table("Staff")!;
    staffSheet.cell(t.top, t.left + 3).v = "Salary";
    const before = JSON.stringify(snapshot(fake));
    const read = await readSetup({ lang: "en-US" });
    const r = await saveSetup(draftToSections(draftFromSections(read.ok ? read.sections : {})), { lang: "en-US" });
    expect(r.ok).toBe(false);
    expect(r.messages.map((m) => m.code)).toContain("office.conflict.header");
    expect(JSON.stringify(snapshot(fake))).toBe(before);
  });

  test("outside Excel: an error result, never a throw", async () => {
    const g = globalThis as { Excel?: unknown };
    const saved = g.Excel;
    delete g.Excel;
    try {
      const r = await readSetup({ lang: "en-US" });
      expect(r).toMatchObject({ ok: false, messages: [{ code: "office.noExcel" }] });
      expect((await readPayroll("2026-11", { lang: "zh-CN" })).ok).toBe(false);
    } finally {
      g.Excel = saved;
    }
  });
});

describe("readPayroll", () => {
  test("the month's totals and pool, as the engine computes them from the workbook", async () => {
    freshExcel();
    const raw = teamInput(8);
    expect((await setUpRolesAndStaff({ lang: "zh-CN", ...raw })).ok).toBe(true);
    expect((await runPayroll("2026-11", { grossMargin: 168000 })).ok).toBe(true);
    const r = await readPayroll("2026-11", { lang: "en-US" });
    if (!r.ok) throw new Error(JSON.stringify(r.messages));
    const parsed = parseConfig({ ...raw, months: [{ month: "2026-11", grossMargin: 168000 }] });
    if (!parsed.ok) throw new Error("config");
    const want = computePayroll(parsed.config, "2026-11");
    expect(r.figures.pool).toMatchObject({ grossMargin: "168000.00", pool: "67200.00", allocated: money(want.pool.allocated) });
    expect(r.figures.people).toBe(want.employees.length);
    expect(r.figures.totals.gross).toBe(money(want.totals.gross));
    expect(r.figures.totals.net).toBe(money(want.totals.net));
  });

  test("a month without a payroll sheet is said so", async () => {
    freshExcel();
    expect((await setUpRolesAndStaff({ lang: "en-US", ...teamInput(2) })).ok).toBe(true);
    expect((await planMonth("2026-11", 1000)).ok).toBe(true);
    const r = await readPayroll("2026-11", { lang: "en-US" });
    expect(r).toMatchObject({ ok: false, messages: [{ code: "tp.payroll.noSheet", text: "There is no payroll sheet for 2026-11 yet." }] });
  });
});
