/**
 * The Targets sheet spec, as data: structure, names, formulas on every computed column, input cells,
 * both languages. That the formulas compute core's numbers is proved in test/oracle/targets.oracle.test.ts.
 */
import { monthDates } from "../../../src/core/calendar";
import { defaultEngineSettings } from "../../../src/core/defaults";
import { D } from "../../../src/core/money";
import { spreadTarget } from "../../../src/core/targets";
import type { TargetSettings } from "../../../src/core/types";
import { LANGS, type Lang } from "../../../src/data/lang";
import { workbookTargetMessages } from "../../../src/data/messages/workbookTargets";
import { forbiddenFunctions, resolveStructuredRefs, tableDirectory } from "../../../src/workbook/formula";
import { SHEET, TABLE, targetsTable, weeksTable } from "../../../src/workbook/names";
import { settingsSheet } from "../../../src/workbook/sheets/settings";
import { DAILY_KEYS, isHelperColumn, TARGETS_LAYOUT, targetsSheet, targetsSheetName, WEEKLY_KEYS, type TargetsSheetInput } from "../../../src/workbook/sheets/targets";
import { isFormulaCell, type SheetSpec, type TableSpec, type WorkbookSpec } from "../../../src/workbook/spec";
import { validSheetName } from "../../../src/workbook/sheetIdentity";
import { validateWorkbook } from "../../../src/workbook/validate";
import { toBufferFast as toBuffer } from "../../../src/xlsx/writer";

const d = (x: string) => new D(x);

function settings(): TargetSettings {
  return { ...defaultEngineSettings().targets, aov: d("88.8"), cvr: d("0.035") };
}

function input(month = "2026-11", lang: Lang = "zh-CN", extra: Partial<TargetsSheetInput> = {}): TargetsSheetInput {
  const target = d("1000000");
  return { month, target, plan: spreadTarget({ month, target, settings: settings() }), lang, events: settings().events, ...extra };
}

const daily = (s: SheetSpec): TableSpec => s.tables.find((t) => t.name.startsWith("Targets_"))!;
const weekly = (s: SheetSpec): TableSpec => s.tables.find((t) => t.name.startsWith("Weeks_"))!;

function workbook(sheet: SheetSpec, lang: Lang): WorkbookSpec {
  const st = settingsSheet(defaultEngineSettings(), lang);
  return { sheets: [st.sheet, sheet], names: st.names };
}

/** Every formula of the sheet: cells and table columns. */
function formulas(s: SheetSpec): string[] {
  return [...s.cells.filter(isFormulaCell).map((c) => c.formula), ...s.tables.flatMap((t) => t.columns.flatMap((c) => (c.formula ? [c.formula] : [])))];
}

describe("targetsSheet", () => {
  test.each(LANGS)("key, name and tables (%s)", (lang) => {
    const s = targetsSheet(input("2026-11", lang));
    expect(s.key).toBe(SHEET.targets("2026-11"));
    expect(s.name).toBe(lang === "zh-CN" ? "目标 2026-11" : "Targets 2026-11");
    expect(validSheetName(s.name)).toBe(true);
    expect(s.tables.map((t) => t.name).sort()).toEqual([targetsTable("2026-11"), weeksTable("2026-11")].sort());
    expect(daily(s).name).toBe("Targets_2026_11");
    expect(weekly(s).name).toBe("Weeks_2026_11");
    expect(daily(s).columns.map((c) => c.key)).toEqual([...DAILY_KEYS]);
    expect(weekly(s).columns.map((c) => c.key)).toEqual([...WEEKLY_KEYS]);
  });

  test("the chart prints from a page of its own, below every day of the longest month (it was cut in two by the page break)", () => {
    const s = targetsSheet(input("2026-12"));
    const chartRow = Number(s.charts![0]!.at.slice(1));
    const lastDay = Number(daily(s).at.slice(1)) + daily(s).rows.length + 1; // the header, 31 days, the totals
    expect(chartRow).toBeGreaterThan(lastDay);
    expect(s.page!.rowBreaks).toEqual([chartRow - 1]);
  });

  test("one daily row per day with its date and official holiday as values; weeks from core", () => {
    const i = input("2026-10");
    const s = targetsSheet(i);
    expect(daily(s).rows.map((r) => r.date)).toEqual(monthDates("2026-10").map((date) => ({ date })));
    expect(daily(s).rows.map((r) => r.holiday ?? null)).toEqual(i.plan.days.map((x) => x.holiday));
    expect(daily(s).rows[0]!.holiday).toBe("国庆节");
    expect(weekly(s).rows.map(({ week, start, end }) => ({ week, start, end }))).toEqual(i.plan.weeks.map((w) => ({ week: w.week, start: { date: w.start }, end: { date: w.end } })));
  });

  test("every column but date, holiday and the actuals is a live formula; a row's other entries are those formulas' cached results", () => {
    const s = targetsSheet(input());
    const values = new Set(["date", "holiday", "actual", "actualOrders", "actualVisitors"]);
    const formulas = new Set(daily(s).columns.filter((c) => c.formula !== undefined).map((c) => c.key));
    for (const c of daily(s).columns) expect([c.key, c.formula !== undefined]).toEqual([c.key, !values.has(c.key)]);
    for (const r of daily(s).rows) for (const k of Object.keys(r)) expect([k, values.has(k) || formulas.has(k)]).toEqual([k, true]);
    // Every formula of a day has its cached result.
    for (const r of daily(s).rows) expect(Object.keys(r).filter((k) => formulas.has(k)).sort()).toEqual([...formulas].sort());
    for (const c of weekly(s).columns) expect([c.key, c.formula !== undefined]).toEqual([c.key, !["week", "start", "end"].includes(c.key)]);
    const cells = new Map(s.cells.map((c) => [c.at, c]));
    for (const at of ["D4", "D5", "D6", "W7", "W8", "W9"]) expect(isFormulaCell(cells.get(at)!)).toBe(true);
  });

  test("the target cell and the actual columns (sales, orders, visitors) are the only inputs, styled as input; helpers are notes", () => {
    const s = targetsSheet(input());
    const target = s.cells.find((c) => c.at === TARGETS_LAYOUT.targetCell)!;
    // It reads back as the month's sales target (src/workbook/read).
    expect(target).toEqual({ at: "D3", value: 1000000, style: ["input", "money"], reads: { path: "salesTarget", nullable: true } });
    const inputCells = s.cells.filter((c) => c.style === "input" || (Array.isArray(c.style) && c.style.includes("input")));
    expect(inputCells.map((c) => c.at)).toEqual(["D3"]);
    expect(daily(s).columns.filter((c) => c.input).map((c) => c.key)).toEqual(["actual", "actualOrders", "actualVisitors"]);
    expect(daily(s).columns.find((c) => c.key === "actual")).toMatchObject({ style: "money", validation: { kind: "decimal" } });
    for (const k of ["actualOrders", "actualVisitors"]) expect(daily(s).columns.find((c) => c.key === k)).toMatchObject({ style: "integer", validation: { kind: "whole", min: 0 } });
    expect(weekly(s).columns.some((c) => c.input)).toBe(false);
    for (const c of daily(s).columns) expect([c.key, c.style === "note"]).toEqual([c.key, isHelperColumn(c.key)]);
    expect(daily(s).columns.filter((c) => isHelperColumn(c.key)).every((c) => (c.width ?? 99) <= 12)).toBe(true);
    expect(s.validations?.[0]).toMatchObject({ target: "D3", rule: { kind: "decimal", min: 0 } });
  });

  test("money, date, percent and integer formats where they belong", () => {
    const s = targetsSheet(input());
    const style = new Map(daily(s).columns.map((c) => [c.key, c.style]));
    for (const k of ["target", "actual", "variance", "cumTarget", "cumActual", "revisedTarget"]) expect([k, style.get(k)]).toEqual([k, "money"]);
    expect(style.get("date")).toBe("date");
    for (const k of ["attainment", "ordersAttainment", "visitorsAttainment"]) expect([k, style.get(k)]).toEqual([k, "percent"]);
    expect(style.get("orders")).toBe("integer");
    expect(style.get("visitors")).toBe("integer");
    expect(weekly(s).columns.map((c) => c.style)).toEqual(["integer", "date", "date", "money", "integer", "integer", "money", "money"]);
  });

  test.each(LANGS)("every header is translated (%s): not the key, unique, allowed in structured references", (lang) => {
    const s = targetsSheet(input("2026-11", lang));
    for (const t of s.tables) {
      for (const c of t.columns) {
        expect(c.header.toLowerCase()).not.toBe(c.key.toLowerCase());
        expect(c.header).not.toMatch(/^wb\./);
        expect(c.header).not.toMatch(/[[\]#']/);
      }
      expect(new Set(t.columns.map((c) => c.header.toLowerCase())).size).toBe(t.columns.length);
    }
    if (lang === "zh-CN") for (const c of daily(s).columns) expect(c.header).toMatch(/[\u4e00-\u9fff]/);
  });

  test("headers and texts differ between the languages; every wb.targets message exists in both", () => {
    const zh = targetsSheet(input("2026-11", "zh-CN"));
    const en = targetsSheet(input("2026-11", "en-US"));
    for (const [a, b] of [[daily(zh), daily(en)], [weekly(zh), weekly(en)]] as const) {
      a.columns.forEach((c, i) => expect([c.key, c.header]).not.toEqual([c.key, b.columns[i]!.header]));
    }
    for (const [key, m] of Object.entries(workbookTargetMessages)) {
      expect(key).toMatch(/^wb\.targets\./);
      expect(m["zh-CN"].trim()).not.toBe("");
      expect(m["en-US"].trim()).not.toBe("");
      expect([key, m["zh-CN"]]).not.toEqual([key, m["en-US"]]);
    }
    // No unresolved message key anywhere in the sheet.
    for (const s of [zh, en]) {
      const texts = [
        ...s.cells.flatMap((c) => ("value" in c && typeof c.value === "string" ? [c.value] : [])),
        ...s.tables.flatMap((t) => [t.totalsLabel ?? "", ...t.columns.map((c) => c.header)]),
        ...(s.charts ?? []).map((c) => c.title),
        ...(s.validations ?? []).flatMap((v) => [v.rule.error ?? "", v.rule.prompt ?? ""]),
      ];
      for (const x of texts) expect(x).not.toMatch(/wb\.targets\./);
    }
  });

  test("sheet names stay within Excel's 31 characters for every month", () => {
    for (const lang of LANGS) expect(validSheetName(targetsSheetName("2026-12", lang))).toBe(true);
  });

  test("formulas: no '=', no forbidden function, every structured reference resolves, under Excel's 8192 characters", () => {
    for (const lang of LANGS) {
      const s = targetsSheet(input("2026-11", lang));
      const wb = workbook(s, lang);
      expect(() => validateWorkbook(wb)).not.toThrow();
      const dir = tableDirectory(wb);
      for (const f of formulas(s)) {
        expect(f.startsWith("=")).toBe(false);
        expect([f, forbiddenFunctions(f)]).toEqual([f, []]);
        expect(resolveStructuredRefs(f, dir, daily(s).name).length).toBeLessThan(8192);
      }
    }
  });

  test("formulas read the Settings sheet's names and tables (so editing Settings recalculates)", () => {
    const all = formulas(targetsSheet(input())).join("\n");
    for (const name of ["Target_AOV", "Target_CVR", "Target_HolidayFactor", `${TABLE.weekdayWeights}[weight]`, `${TABLE.events}[factor]`, `${TABLE.events}[key]`]) {
      expect(all).toContain(name);
    }
    expect(all).toContain(TARGETS_LAYOUT.cells.targetFen);
    expect(all).toContain(TARGETS_LAYOUT.cells.remainingFen);
  });

  test("typed actuals are written into the actual column; dates outside the month are ignored", () => {
    const actuals = new Map([["2026-11-03", d("1234.5")], ["2026-11-30", d("0")], ["2026-12-01", d("99")]]);
    const s = targetsSheet(input("2026-11", "en-US", { actuals }));
    const rows = daily(s).rows;
    expect(rows.filter((r) => r.actual !== undefined).map((r) => [r.date, r.actual])).toEqual([
      [{ date: "2026-11-03" }, 1234.5],
      [{ date: "2026-11-30" }, 0],
    ]);
  });

  test("cached results only when the plan is the spread of what the sheet holds: a plan made without the typed actuals gets formulas alone", () => {
    const month = "2026-11";
    const target = d("1000");
    const actuals = new Map([["2026-11-02", d("50.25")]]);
    const stale = targetsSheet({ month, target, plan: spreadTarget({ month, target, settings: settings() }), lang: "zh-CN", actuals });
    expect(daily(stale).rows.every((r) => r.target === undefined)).toBe(true);
    expect(daily(stale).totalsResults).toBeUndefined();
    expect(stale.cells.filter((c) => isFormulaCell(c) && c.result !== undefined)).toEqual([]);
    const plan = spreadTarget({ month, target, settings: settings(), actuals });
    const fresh = targetsSheet({ month, target, plan, lang: "zh-CN", actuals });
    // 1000 − 50.25 = 949.75 left for the 29 other days; day 2's revised target is its actual, its variance actual − target.
    expect(daily(fresh).rows[1]).toMatchObject({ actual: 50.25, revisedTarget: 50.25, variance: d("50.25").minus(plan.days[1]!.target).toNumber(), rUnits: "" });
    expect(fresh.cells.find((c) => c.at === "D5")).toMatchObject({ result: 949.75 });
  });

  test("without input.actuals, the plan's actuals are written", () => {
    const month = "2026-11";
    const target = d("1000");
    const plan = spreadTarget({ month, target, settings: settings(), actuals: new Map([["2026-11-02", d("50.25")]]) });
    const rows = daily(targetsSheet({ month, target, plan, lang: "zh-CN" })).rows;
    expect(rows.filter((r) => r.actual !== undefined).map(({ date, actual }) => ({ date, actual }))).toEqual([{ date: { date: "2026-11-02" }, actual: 50.25 }]);
  });

  test("layout: frozen through the daily header, no overlap, weeks above the days, chart over the daily table's columns", () => {
    const s = targetsSheet(input("2026-03")); // 2026-03 spans six Monday-start weeks
    expect(weekly(s).rows).toHaveLength(6);
    expect(s.freeze).toEqual({ rows: 12, cols: 1 });
    expect(daily(s).at).toBe("A12");
    expect(() => validateWorkbook(workbook(s, "zh-CN"))).not.toThrow();
    const chart = s.charts![0]!;
    expect(chart).toMatchObject({ kind: "line", table: daily(s).name, x: "date", series: ["cumTarget", "cumActual"] });
    for (const k of [chart.x, ...chart.series]) expect(daily(s).columns.some((c) => c.key === k)).toBe(true);
    expect(daily(s).totalsLabel).toBe("合计");
    expect(daily(s).columns.filter((c) => c.total).map((c) => c.key)).toEqual(["target", "orders", "visitors", "actual", "actualOrders", "actualVisitors", "revisedTarget"]);
  });

  test("renders to .xlsx with the Settings sheet", async () => {
    const buf = await toBuffer(workbook(targetsSheet(input("2026-02", "en-US")), "en-US"));
    expect(buf.length).toBeGreaterThan(1000);
  });

  test("refuses a plan of another month or a month that is not YYYY-MM", () => {
    expect(() => targetsSheet({ ...input("2026-11"), month: "2026-10" })).toThrow(/plan/);
    expect(() => targetsSheet({ ...input("2026-11"), month: "2026-13" })).toThrow(/month/);
  });
});
