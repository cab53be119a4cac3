/**
 * Reading beside writing: every sheet the workbook builds reads back into the config it was built
 * from — build → read → the same engine inputs — and what the user changes in an input cell is read,
 * placed on its cell when it is wrong.
 */
import { computePayroll, MONEY_KEYS } from "../../../src/core/payroll";
import type { Config, MonthInput } from "../../../src/core/types";
import type { Lang } from "../../../src/data/lang";
import { buildWorkbook } from "../../../src/workbook/build";
import { describeReadProblem, parseRead, readConfig, workbookMonths, type ReadResult } from "../../../src/workbook/read";
import { shownEventName } from "../../../src/workbook/eventNames";
import { specGrid } from "./specGrid";
import Decimal from "decimal.js";
import { parsed } from "./parsedConfig";

/** A team with something in every input the workbook has: settings off their defaults, a custom
 *  role, opening balances, a re-hire, dates, paid days, rewards and penalties over three months. */
const RAW = {
  settings: {
    poolRate: "0.35",
    basicDeduction: "5000",
    socialInsurance: { baseFloor: "4000", employee: { medical: "0.021" }, employer: { injury: "0.004" } },
    housingFund: { employeeRate: "0.07", baseCeiling: "30000" },
    taxTable: [
      { upTo: "36000", rate: "0.03", quickDeduction: "0" },
      { upTo: "144000", rate: "0.10", quickDeduction: "2520" },
      { upTo: null, rate: "0.20", quickDeduction: "16920" },
    ],
    targets: {
      aov: "99.5",
      cvr: null,
      holidayFactor: "1.5",
      weekdayWeights: ["1", "1", "1", "1", "1.2", "1.5", "1.5"],
      events: [
        { date: "11-11", factor: "3", name: "双十一 / Singles' Day" },
        { date: "2026-03-08", factor: "1.25", name: "女王节" },
      ],
    },
  },
  roles: [
    { id: "manager", nameZh: "经理", nameEn: "Manager", headcount: 1, baseMin: "3000", baseMax: "50000", share: "0.3", shareBasis: "splitRole", roomAndBoard: true, insured: true },
    { id: "客服", nameZh: "客服", nameEn: "Service", headcount: 3, baseMin: "2500", baseMax: "2500", share: "0.08", shareBasis: "perPerson", roomAndBoard: false, insured: true },
    { id: "temp", nameZh: "临时工", nameEn: "Temp", headcount: 2, baseMin: null, baseMax: null, share: null, insured: false },
  ],
  staff: [
    { id: "E01", name: "王经理", role: "manager", base: "8000", specialAdditionalDeduction: "2000", startDate: "2024-03-01", opening: { months: 0, gross: "0" },
      nickname: "小店:王总", idNumber: "11010519491231002X", bank: "中国工商银行", bankAccount: "6222021234567890123" },
    { id: "E02", name: "=HYPERLINK(\"x\")", role: "客服", contributionBase: "5000", startDate: "2026-01-05", endDate: "2026-02-10", idNumber: "440524188001010014" },
    // The same person as E02: the same ID number is fine (GB 11643's second example, checked by hand: Σ = 195, 195 mod 11 = 8, check 4).
    { id: "E02-2", name: "赵六", role: "客服", startDate: "2026-03-02", sameAs: "E02", idType: "居民身份证", idNumber: "440524188001010014" },
    { id: "T1", name: "临时", role: "temp", base: "1800", opening: { months: 2, gross: "3600.5", insurance: "0", specialAdditionalDeduction: "0", taxWithheld: "0" } },
  ],
  months: [
    {
      month: "2026-01",
      grossMargin: "98000",
      entries: [
        { staff: "E01", reward: "300", overtimeHours: { workday: "2.5", holiday: "8" }, leaveDays: { sick: "1" }, allowanceTotals: { taxable: "100", exempt: "50.5" } },
        { staff: "T1", paidDays: "10.5", leaveDays: { unpaid: "0.5" } },
      ],
    },
    { month: "2026-02", grossMargin: "-1200.5", entries: [{ staff: "E02", penalty: "50", paidDays: "6" }] },
    { month: "2026-03", grossMargin: null, salesTarget: "340000", entries: [{ staff: "E02-2", reward: "120.35" }] },
  ],
};


/** Plain JSON of engine inputs (Decimals as strings), entries that carry nothing left out: a payroll
 *  row with nothing typed is no entry. */
function plain(c: Config, withTargets: boolean): unknown {
  const month = (m: MonthInput) => ({
    ...m,
    salesTarget: withTargets ? m.salesTarget : null,
    entries: m.entries.filter((e) => e.base !== null || !e.reward.isZero() || !e.penalty.isZero() || e.paidDays !== null || e.allowances.length > 0 || [...Object.values(e.overtimeHours), ...Object.values(e.leaveDays)].some((x) => !x.isZero())),
  });
  return JSON.parse(JSON.stringify({ ...c, months: c.months.map(month) }));
}

/**
 * Issue 15: the months before the workbook's (2026-03) are closed — each person on their payroll reads back
 * with an entry carrying the base the month was paid with. By hand from RAW: E01 8000; E02 no base, so the
 * role 客服's fixed 2500 (baseMin = baseMax); T1 1800; E02-2 joins in March (on no closed month).
 */
const CLOSED_BASES: Record<string, Record<string, string>> = {
  "2026-01": { E01: "8000", E02: "2500", T1: "1800" },
  "2026-02": { E01: "8000", E02: "2500", T1: "1800" },
};

/** `c`'s months with the closed months' bases as entries, in the payroll rows' (staff) order. */
function withClosedBases(c: Config): Config {
  const order = c.staff.map((p) => p.id);
  const blank = (staff: string) => ({ staff, reward: D0, penalty: D0, paidDays: null, overtimeHours: { workday: D0, restDay: D0, holiday: D0 }, leaveDays: { unpaid: D0, sick: D0 }, allowances: [], annualBonus: D0, annualBonusTaxation: null, base: null });
  return {
    ...c,
    months: c.months.map((m) => {
      const bases = CLOSED_BASES[m.month];
      if (!bases) return m;
      const ids = [...new Set([...m.entries.map((e) => e.staff), ...Object.keys(bases)])].sort((a, b) => order.indexOf(a) - order.indexOf(b));
      return { ...m, entries: ids.map((id) => ({ ...(m.entries.find((e) => e.staff === id) ?? blank(id)), base: new Decimal(bases[id]!) })) };
    }),
  };
}
const D0 = new Decimal(0);

function readBack(lang: Lang, edit?: Parameters<typeof specGrid>[1]): ReadResult {
  const built = buildWorkbook(parsed(RAW), "2026-03", lang);
  const grid = specGrid(built.spec, edit);
  const keys = built.spec.sheets.map((s) => s.key);
  return readConfig(grid, lang, { months: workbookMonths(keys), salesTargets: true });
}

describe.each(["zh-CN", "en-US"] as const)("a %s workbook read back", (lang) => {
  const read = readBack(lang);
  const back = parseRead(read);
  // Issue 12: an event's bilingual name ("双十一 / Singles' Day") shows in the workbook's language alone,
  // and is read back so.
  const config = parsed(RAW);
  const shown = { ...config, settings: { ...config.settings, targets: { ...config.settings.targets, events: config.settings.targets.events.map((e) => ({ ...e, name: shownEventName(e.name, lang) })) } } };
  const original = plain(withClosedBases(shown), true) as Record<string, unknown>;
  const got = back.ok ? (plain(back.config, true) as Record<string, unknown>) : back.problems.map((p) => describeReadProblem(p, "en-US"));

  it("reads without a problem", () => {
    expect(read.problems).toEqual([]);
    expect(back.ok).toBe(true);
  });

  it.each(["settings", "roles", "staff", "months"])("gives the same %s as the config it was built from", (section) => {
    expect((got as Record<string, unknown>)[section]).toEqual(original[section]);
  });
});

describe("an entry's overtime, leave and allowances (issue 13) read back", () => {
  it("a named list of allowances comes back as its two sums, and every figure of the payroll is the same", () => {
    const raw = {
      ...RAW,
      months: [
        RAW.months[0],
        RAW.months[1],
        { ...RAW.months[2], entries: [{ staff: "E02-2", overtimeHours: { restDay: "4" }, allowances: [{ name: "交通补贴", amount: "300", taxable: true }, { name: "误餐补助", amount: "200.5", taxable: false }, { name: "高温", amount: "1" }] }] },
      ],
    };
    const config = parsed(raw);
    const built = buildWorkbook(config, "2026-03", "zh-CN");
    const read = readConfig(specGrid(built.spec), "zh-CN", { months: workbookMonths(built.spec.sheets.map((s) => s.key)), salesTargets: true });
    const back = parseRead(read);
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.config.months[2]!.entries[0]!.allowances).toEqual([
      { name: "allowanceTotals.taxable", amount: expect.anything(), taxable: true },
      { name: "allowanceTotals.exempt", amount: expect.anything(), taxable: false },
    ]);
    expect(back.config.months[2]!.entries[0]!.allowances.map((a) => a.amount.toFixed(2))).toEqual(["301.00", "200.50"]);
    const figures = (c: Config) => computePayroll(c, "2026-03").employees.map((e) => ({ id: e.id, ...Object.fromEntries(MONEY_KEYS.map((k) => [k, e[k].toFixed(2)])) }));
    expect(figures(back.config)).toEqual(figures(config));
    // 4 rest-day hours of the role's 2,500 ÷ 174 × 2 = 114.942… → 114.94; allowances 300 + 200.5 + 1 = 501.50.
    expect(figures(config).find((e) => e.id === "E02-2")).toMatchObject({ allowances: "501.50", overtimePay: "114.94" });
  });
});

describe("what the user typed, read from its cell", () => {
  it("a changed setting, rate, share and reward are read; a blank id is placed on its cell", () => {
    const read = readBack("en-US", ({ cells, tables }) => {
      cells.set("settings!B5", "38%");
      tables.get("Roles")![2]!.share = 0.05;
      tables.get("Staff")![3]!.id = "";
      tables.get("Payroll_2026_02")!.find((r) => r.id === "E01")!.reward = "1,000";
    });
    expect(read.raw.settings?.poolRate).toBe("38%");
    expect((read.raw.roles![2] as { share: number }).share).toBe(0.05);
    expect(read.problems.map((p) => describeReadProblem(p, "en-US"))).toEqual([expect.stringMatching(/^Staff, row 9, column “ID” \(A9\).*required/)]);
    expect((read.raw.months[1]!.entries as { staff: string; reward?: string }[]).find((e) => e.staff === "E01")?.reward).toBe("1,000");
  });

  it("a wrong value is placed on the cell it came from, in the workbook's words", () => {
    const read = readBack("zh-CN", ({ cells, tables }) => {
      cells.set("settings!B6", "lots");
      tables.get("Staff")![1]!.base = "abc";
    });
    const r = parseRead(read);
    expect(r.ok ? [] : r.problems.map((p) => describeReadProblem(p, "zh-CN"))).toEqual([
      "“设置”表 B6：“lots”不是金额",
      expect.stringMatching(/^“员工”.*第 7 行.*底薪.*abc/),
    ]);
  });

  it("a blank required setting is missing, a blank nullable one is none", () => {
    const read = readBack("en-US", ({ cells }) => {
      cells.set("settings!B7", "");
      cells.set("settings!B27", "");
    });
    expect(read.problems.map((p) => [p.code, p.path, p.place?.address])).toEqual([["config.required", "settings.basicDeduction", "B7"]]);
    expect((read.raw.settings?.targets as { aov: unknown }).aov).toBeNull();
  });
});

describe("personal data on Staff", () => {
  it("a wrong check digit is placed on its cell, the number masked", () => {
    const read = readBack("zh-CN", ({ tables }) => {
      tables.get("Staff")![0]!.idNumber = "110105194912310021";
    });
    const r = parseRead(read);
    const said = r.ok ? [] : r.problems.map((p) => describeReadProblem(p, "zh-CN"));
    expect(said).toEqual([expect.stringMatching(/^“员工”.*第 6 行.*证件号码.*1101\*{10}0021.*校验位/)]);
    expect(said.join()).not.toContain("110105194912310021");
  });

  it("a number typed into the ID column (its last digits lost) is refused; a masked one too", () => {
    const read = readBack("en-US", ({ tables }) => {
      tables.get("Staff")![0]!.idNumber = 110105194912310000;
      tables.get("Staff")![1]!.bankAccount = "6222***********0123";
    });
    const r = parseRead(read);
    expect(r.ok ? [] : r.problems.map((p) => [p.code, p.place?.address])).toEqual([
      // (Staff's two special-taxpayer flags, layout 10, stand left of these columns.)
      ["idNumber.notText", "T6"],
      ["bankAccount.masked", "V7"],
    ]);
  });

  it("the ID and account columns stand after Check at the table's right end, as text cells", () => {
    const staff = buildWorkbook(parsed(RAW), "2026-03", "en-US").spec.sheets.find((s) => s.key === "staff")!.tables[0]!;
    const keys = staff.columns.map((c) => c.key);
    expect(keys.slice(keys.indexOf("check"))).toEqual(["check", "nickname", "idType", "idNumber", "bank", "bankAccount"]);
    for (const k of ["idNumber", "bankAccount"]) expect(staff.columns.find((c) => c.key === k)).toMatchObject({ input: true, style: "text" });
    expect(staff.rows[0]).toMatchObject({ idType: "居民身份证", idNumber: "11010519491231002X", bankAccount: "6222021234567890123" });
  });
});
