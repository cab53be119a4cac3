import { parseConfig } from "../../../src/core/config";
import { formatMessage } from "../../../src/data/messages";
import type { Warning } from "../../../src/core/types";

function errorsOf(raw: unknown): Warning[] {
  const r = parseConfig(raw);
  if (r.ok) throw new Error("expected the config to be refused");
  return r.errors;
}

const text = (w: Warning, lang: "zh-CN" | "en-US") => `${w.where}: ${formatMessage(w.code, w.params, lang)}`;

describe("parseConfig", () => {
  test("an empty config is the catalogue with default settings and no staff", () => {
    const r = parseConfig({});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config.roles.map((x) => x.id)).toEqual(["manager", "promoter", "designer", "service", "shipping"]);
    expect(r.config.settings.poolRate.toString()).toBe("0.4");
    expect(r.config.staff).toEqual([]);
  });

  test("names the field and the place of a bad amount, in both languages", () => {
    const [e, ...rest] = errorsOf({ staff: [{ name: "a", role: "manager", base: "8000" }, { name: "b", role: "manager" }, { name: "c", role: "service" }, { name: "d", role: "service", base: "abc" }] });
    expect(rest).toEqual([]);
    expect(text(e!, "en-US")).toBe('staff[3].base: "abc" is not an amount');
    expect(text(e!, "zh-CN")).toBe("staff[3].base: “abc”不是金额");
  });

  test("accepts numbers, numeric strings, grouped thousands and percentages", () => {
    const r = parseConfig({
      settings: { poolRate: "35%", socialInsurance: { employee: { pension: 0.08 } } },
      staff: [{ id: "x", role: "manager", base: "12,345.50" }],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config.settings.poolRate.toString()).toBe("0.35");
    expect(r.config.staff[0]!.base!.toFixed(2)).toBe("12345.50");
  });

  test("keeps a missing base as missing (null), never 0, and fills a fixed role base", () => {
    const r = parseConfig({ staff: [{ role: "shipping" }, { role: "service" }, { role: "manager" }] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config.staff.map((s) => (s.base === null ? null : s.base.toString()))).toEqual([null, "1800", null]);
  });

  test("finds a role by id or by its Chinese or English name, ignoring case and width", () => {
    const r = parseConfig({ staff: [{ role: "客服人员" }, { role: "ＭＡＮＡＧＥＲ" }] });
    expect(r.ok && r.config.staff.map((s) => s.role)).toEqual(["service", "manager"]);
  });

  test("an unknown role lists the known ones", () => {
    const [e] = errorsOf({ staff: [{ role: "boss" }] });
    expect(text(e!, "en-US")).toBe('staff[0].role: "boss" is not a role; known roles: manager, promoter, designer, service, shipping');
    // In Chinese by their Chinese names (the source's), which a staff row may name them by: no English code.
    expect(text(e!, "zh-CN")).toBe("staff[0].role: “boss”不是已有岗位；可选：电商部经理、推广策划和实施专员、美工编辑、客服人员、发货人员");
  });

  test("reports every problem at once, with its place", () => {
    const errors = errorsOf({
      settings: { poolRate: "1.5", paidDaysPerMonth: 0 },
      roles: [{ id: "a", share: "x" }, { id: "a", baseMin: 5000, baseMax: 3000 }],
      staff: [{ role: "a", startDate: "2026-02-30" }, { id: "p", role: "a", startDate: "2026-03-01", endDate: "2026-02-01" }],
      months: [{ month: "2026-13" }, { month: "2026-01", entries: [{ staff: "nobody" }] }],
      extra: 1,
    });
    // Every problem at once: the bad values, and what refers to what (issue 9: zod used to stop first).
    expect(errors.map((e) => `${e.where} ${e.code}`).sort()).toEqual(
      [
        "config config.unknownKey",
        "settings.poolRate value.rateRange",
        "settings.paidDaysPerMonth value.outOfRange",
        "roles[0].share value.notRate",
        "staff[0].startDate value.notDate",
        "months[0].month value.notMonth",
        "roles[1].id roles.duplicate",
        "roles[1].baseMin roles.baseRange",
        "staff[1].endDate staff.endBeforeStart",
        "months[1].entries[0].staff months.unknownStaff",
      ].sort(),
    );
    const second = errorsOf({
      roles: [{ id: "a" }, { id: "a", baseMin: 5000, baseMax: 3000 }],
      staff: [{ id: "p", role: "a", startDate: "2026-03-01", endDate: "2026-02-01" }, { id: "p", role: "a" }],
      months: [{ month: "2026-01", entries: [{ staff: "nobody" }, { staff: "p" }, { staff: "p" }] }, { month: "2026-01" }],
    });
    expect(second.map((e) => `${e.where} ${e.code}`)).toEqual([
      "roles[1].id roles.duplicate",
      "roles[1].baseMin roles.baseRange",
      "staff[0].endDate staff.endBeforeStart",
      "staff[1].id staff.duplicate",
      "months[0].entries[0].staff months.unknownStaff",
      "months[0].entries[2] months.duplicateEntry",
      "months[1].month months.duplicate",
    ]);
  });

  test("a typo in a key is an error, not silently ignored", () => {
    const [e] = errorsOf({ staff: [{ role: "manager", baes: 8000 }] });
    expect(text(e!, "en-US")).toBe('staff[0]: unknown field "baes"');
  });

  test("a missing required value and a wrong container say so", () => {
    expect(errorsOf({ staff: [{}] }).map((e) => text(e, "en-US"))).toEqual(["staff[0].role: is required"]);
    expect(errorsOf({ staff: {} }).map((e) => text(e, "en-US"))).toEqual(["staff: expected a list […]"]);
    expect(errorsOf([]).map((e) => text(e, "en-US"))).toEqual(["config: expected an object {…}"]);
  });

  test("checks the tax table, floors and weekday weights", () => {
    const errors = errorsOf({
      settings: {
        socialInsurance: { baseFloor: 30000 },
        taxTable: [{ upTo: 100, rate: 0.1, quickDeduction: 0 }, { upTo: 50, rate: 0.2, quickDeduction: 0 }],
        targets: { weekdayWeights: [1, 1, 1] },
      },
    });
    expect(errors.map((e) => e.code)).toEqual(["config.floorAboveCeiling", "config.taxTableOrder", "config.weekdayWeights"]);
  });

  test("every message code used has both languages", () => {
    const errors = errorsOf({ settings: { poolRate: "x" }, staff: [{ role: "boss" }, { role: 5, base: -1 }] });
    for (const e of errors) {
      expect(formatMessage(e.code, e.params, "zh-CN")).not.toContain(e.code);
      expect(formatMessage(e.code, e.params, "en-US")).not.toContain(e.code);
    }
  });
});
