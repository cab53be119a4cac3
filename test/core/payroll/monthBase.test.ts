/**
 * Issue 15, closed months: a month's entry may carry the base the month is paid on (MonthEntry.base); null
 * is the person's Staff base. Expected figures below are worked by hand from the rules in
 * docs/design/ARCHITECTURE.md (base pay prorated by paid days ÷ 21.75, contributions on the base where no
 * contribution base is declared), not taken from the engine.
 */
import fc from "fast-check";
import { monthsOfYearTo } from "../../../src/core/calendar";
import { parseConfig } from "../../../src/core/config";
import { D } from "../../../src/core/money";
import { computePayrollYear, MONEY_KEYS, type PayrollResult } from "../../../src/core/payroll";
import { monthStaff, onlyBase } from "../../../src/core/payroll/monthBase";
import type { Config, MonthEntry, Warning } from "../../../src/core/types";
import { fen, shopArb } from "./arbitraries";
import { config, d, entry, monthInput, role, staff } from "./fixtures";

/** The figures of every line of every month, as text: what "the same pay" means here. */
const figures = (year: PayrollResult[]) => year.map((r) => ({ month: r.month, lines: r.employees.map((l) => [l.id, ...MONEY_KEYS.map((k) => l[k].toFixed(2))].join(" ")), totals: MONEY_KEYS.map((k) => r.totals[k].toFixed(2)).join(" ") }));

describe("a month entry's base (config)", () => {
  const at = (base: unknown) => parseConfig({ staff: [{ id: "E1", role: "manager", base: "8000" }], months: [{ month: "2026-03", entries: [{ staff: "E1", base }] }] });

  test.each([
    ["7,500.50", "7500.5"],
    ["７５００", "7500"],
    ["¥6,000", "6000"],
    [6200.25, "6200.25"],
  ])("reads %j as %s, as every amount", (typed, value) => {
    const r = at(typed);
    expect(r.ok && r.config.months[0]!.entries[0]!.base?.toString()).toBe(value);
  });

  test("null or left out is no base of the month's own (the Staff base)", () => {
    for (const r of [at(null), parseConfig({ staff: [{ id: "E1", role: "manager", base: "8000" }], months: [{ month: "2026-03", entries: [{ staff: "E1", reward: "1" }] }] })]) {
      expect(r.ok && r.config.months[0]!.entries[0]!.base).toBeNull();
    }
  });

  test.each(["-1", "abc", "8000元"])("refuses %j with its config path", (typed) => {
    const r = at(typed);
    expect(r.ok).toBe(false);
    expect((r.ok ? [] : (r.errors as Warning[])).map((e) => e.where)).toEqual(["months[0].entries[0].base"]);
  });
});

describe("the engine pays a month on its entry's base", () => {
  const manager = role("manager", { baseMin: d(3000), baseMax: d(50000), insured: true });
  const shop = (entries: Config["months"]) => config({ roles: [manager], staff: [staff("E1", "manager", { base: d(8000) })], months: entries });

  test("a full month: the paid base is the entry's, and so are the contributions' base and the overtime's hourly rate", () => {
    const year = computePayrollYear(shop([monthInput("2026-03", { entries: [entry("E1", { base: d(6000), overtimeHours: { workday: d(8), restDay: d(0), holiday: d(0) } })] })]), "2026-03");
    const line = year[year.length - 1]!.employees[0]!;
    expect(line.paidBase.toFixed(2)).toBe("6000.00");
    // Pension 8% of 6,000 (the default settings' floor, 4,000-odd, is below it): 480.00.
    expect(line.pension.toFixed(2)).toBe("480.00");
    // Overtime: 6,000 × 1.5 × 8 ÷ (21.75 × 8) = 413.793… → 413.79.
    expect(line.overtimePay.toFixed(2)).toBe("413.79");
  });

  test("prorated by paid days on the entry's base: 6,000 × 10.875 ÷ 21.75 = 3,000.00", () => {
    const year = computePayrollYear(shop([monthInput("2026-03", { entries: [entry("E1", { base: d(6000), paidDays: d("10.875") })] })]), "2026-03");
    expect(year[year.length - 1]!.employees[0]!.paidBase.toFixed(2)).toBe("3000.00");
  });

  test("a base out of the role's range is flagged at the entry's base, not at Staff's", () => {
    const year = computePayrollYear(shop([monthInput("2026-03", { entries: [entry("E1", { base: d(2000) })] })]), "2026-03");
    const flagged = year[year.length - 1]!.warnings.filter((w) => w.code === "payroll.baseOutOfRange");
    expect(flagged.map((w) => [w.where, w.params.base])).toEqual([["months[0].entries[0].base", "2000.00"]]);
  });

  test("monthStaff keeps the record itself without a base of the month's own (what is remembered per record stays)", () => {
    const s = staff("E1", "manager", { base: d(8000) });
    expect(monthStaff(s, undefined)).toBe(s);
    expect(monthStaff(s, entry("E1"))).toBe(s);
    expect(monthStaff(s, entry("E1", { base: d(6000) })).base?.toString()).toBe("6000");
    expect(s.base?.toString()).toBe("8000");
  });
});

describe("onlyBase: an entry of nothing but the month's base", () => {
  // Something the user typed, for every field that carries pay; staff and base say whose month and on what base.
  // A Record over MonthEntry's keys: a field added to MonthEntry fails to compile here until it is given one.
  const typed: { [K in Exclude<keyof MonthEntry, "staff" | "base">]-?: MonthEntry[K][] } = {
    reward: [d("0.01")],
    penalty: [d(50)],
    paidDays: [d(0), d(21.75)],
    overtimeHours: [{ workday: d(1), restDay: d(0), holiday: d(0) }, { workday: d(0), restDay: d("0.5"), holiday: d(0) }, { workday: d(0), restDay: d(0), holiday: d(8) }],
    leaveDays: [{ unpaid: d(1), sick: d(0) }, { unpaid: d(0), sick: d("0.5") }],
    allowances: [[{ name: "餐补", amount: d(0), taxable: false }]],
    annualBonus: [d(1000)],
    annualBonusTaxation: ["separate", "merged"],
  };

  test("with or without a base, an entry with nothing typed is one; the base's value does not matter", () => {
    expect(onlyBase(entry("E1"))).toBe(true);
    expect(onlyBase(entry("E1", { base: d(6000) }))).toBe(true);
  });

  test("any one field typed (a paid-days 0, a zero allowance, a taxation chosen included) makes it not", () => {
    for (const [field, values] of Object.entries(typed)) for (const value of values) expect([field, value, onlyBase(entry("E1", { base: d(6000), [field]: value }))]).toEqual([field, value, false]);
  });
});

describe("closed months (properties)", () => {
  test("an entry whose base equals the Staff base (another Decimal of the same value) pays exactly as the same entry without one", () => {
    fc.assert(
      fc.property(shopArb, ({ config: c, month }) => {
        const baseOf = new Map(c.staff.map((s) => [s.id, s.base]));
        const withBase: Config = { ...c, months: c.months.map((m) => ({ ...m, entries: m.entries.map((e) => ({ ...e, base: baseOf.get(e.staff) == null ? null : new D(baseOf.get(e.staff)!.toString()) })) })) };
        const a = computePayrollYear(c, month);
        const b = computePayrollYear(withBase, month);
        expect(figures(b)).toEqual(figures(a));
        expect(b.flatMap((r) => r.warnings.map((w) => w.code))).toEqual(a.flatMap((r) => r.warnings.map((w) => w.code)));
      }),
      { numRuns: 150 },
    );
  });

  test("every month closed with the Staff base (an entry of nothing but the base for everyone, as a workbook reads back) pays as no entry, the repeat of last month's pay included", () => {
    fc.assert(
      fc.property(shopArb, ({ config: c, month }) => {
        const plain: Config = { ...c, months: monthsOfYearTo(month).map((m) => c.months.find((x) => x.month === m) ?? monthInput(m, { grossMargin: null })) };
        const paid = computePayrollYear(plain, month);
        const closed: Config = {
          ...plain,
          months: plain.months.map((given) => {
            const onPayroll = paid.find((r) => r.month === given.month)!.employees.map((l) => l.id);
            // Another Decimal of the same value each month, as a read-back gives.
            const baseOf = (id: string) => (c.staff.find((s) => s.id === id)!.base === null ? null : new D(c.staff.find((s) => s.id === id)!.base!.toString()));
            // The config's entries as they are (a duplicate or one for someone not employed still says so), the base added; one for everyone else.
            const added = onPayroll.filter((id) => !given.entries.some((e) => e.staff === id)).map((id) => entry(id, { base: baseOf(id) }));
            return { ...given, entries: [...given.entries.map((e) => ({ ...e, base: baseOf(e.staff) })), ...added] };
          }),
        };
        const got = computePayrollYear(closed, month);
        expect(figures(got)).toEqual(figures(paid));
        expect(got.flatMap((r) => r.warnings.map((w) => w.code)).sort()).toEqual(paid.flatMap((r) => r.warnings.map((w) => w.code)).sort());
      }),
      { numRuns: 150 },
    );
  });

  test("a raise on Staff after months were closed leaves the closed months' pay as it was and pays the open month on the new base", () => {
    let raisedOpenMonths = 0;
    fc.assert(
      fc.property(shopArb, fen(1, 500_000), ({ config: c, month }, raise) => {
        // Every month of the year to `month` given (one the config left out: no margin, no entry).
        const plain: Config = { ...c, months: monthsOfYearTo(month).map((m) => c.months.find((x) => x.month === m) ?? monthInput(m, { grossMargin: null })) };
        const paid = computePayrollYear(plain, month);
        // Close every month before `month` with the base each person was paid on (here, their Staff base).
        const closed: Config = {
          ...plain,
          months: plain.months.map((given) => {
            const m = given.month;
            if (m === month) return given;
            const onPayroll = paid.find((r) => r.month === m)!.employees.map((l) => l.id);
            const entries = onPayroll.map((id) => ({ ...(given.entries.find((e) => e.staff === id) ?? entry(id)), base: c.staff.find((s) => s.id === id)!.base }));
            return { ...given, entries };
          }),
        };
        const raised = (x: Config): Config => ({ ...x, staff: x.staff.map((s) => (s.base === null ? s : { ...s, base: s.base.plus(raise) })) });
        const before = figures(computePayrollYear(plain, month));
        const after = figures(computePayrollYear(raised(closed), month));
        expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
        // The open month is paid on the raised base: its paid bases are what the raised Staff gives with no closed
        // month at all (its year-to-date figures differ: the closed months' gross is the lower one).
        const open = computePayrollYear(raised(closed), month).at(-1)!;
        const was = computePayrollYear(plain, month).at(-1)!;
        const paidBases = (r: PayrollResult) => r.employees.map((l) => l.paidBase.toFixed(2));
        expect(paidBases(open)).toEqual(paidBases(computePayrollYear(raised(plain), month).at(-1)!));
        if (open.employees.some((l, i) => !l.paidBase.equals(was.employees[i]!.paidBase))) raisedOpenMonths++;
      }),
      { numRuns: 120 },
    );
    // The case this is about: a raise that shows in the open month.
    expect(raisedOpenMonths).toBeGreaterThan(0);
  });
});
