/**
 * The example team's payroll the Payroll view previews outside Excel. Expected figures are worked out
 * by hand from the example team (src/data/exampleTeam.ts), the catalogue (manager 30%, promoters 8%
 * each, fixed bases 2500) and the default settings (pool 40%; employee social insurance 8% + 2% + 0.5%
 * on a base clamped to 4462–22311; housing fund 5% on a base clamped to 2490–38390).
 */
import fc from "fast-check";
import { catalogueRolesDraft, defaultSettingsDraft } from "../../src/taskpane/draft";
import { examplePayroll } from "../../src/taskpane/examplePayroll";

const settings = defaultSettingsDraft("en-US");
const roles = catalogueRolesDraft();
const cents = (x: string) => {
  const [int, frac = ""] = x.replace("-", "").split(".");
  return (x.startsWith("-") ? -1 : 1) * (Number(int) * 100 + Number(frac.padEnd(2, "0")));
};

describe("the example team's payroll, outside Excel", () => {
  it("is the example's month: 8 people, its gross margin, the pool and each person's pay as worked out by hand", () => {
    const r = examplePayroll("2026-11", null, settings, roles, "en-US")!;
    expect(r.usedDefaults).toBe(false);
    expect(r.exampleMargin).toBe("168000");
    expect(r.figures.people).toBe(8);
    // Pool: 168,000 × 40% = 67,200.
    expect(r.figures.pool).toMatchObject({ grossMargin: "168000.00", pool: "67200.00" });
    const person = (id: string) => r.people.find((p) => p.id === id)!;
    // Manager: base 8,000 + 30% of the pool (20,160) = 28,160.
    expect(person("E01").earningsTotal).toBe("28160.00");
    // Promoter: fixed base 2,500 + 8% of the pool (5,376) + the example's reward 300 = 8,176.
    expect(person("E02").earningsTotal).toBe("8176.00");
    // Shipping: base 2,200, no share (the source gives none). Social insurance on the floor 4,462 ×
    // 10.5% = 468.51; housing fund on the floor 2,490 × 5% = 124.50; no tax: 2,200 − 593.01 = 1,606.99.
    expect(person("E08")).toMatchObject({ earningsTotal: "2200.00", iit: "0.00", net: "1606.99" });
    // Shipping's missing share is said, in words.
    expect(r.figures.warnings.map((w) => w.code)).toContain("pool.shareMissing");
    expect(r.figures.warnings.find((w) => w.code === "pool.shareMissing")!.text).toMatch(/Shipping & warehouse/);
  });

  it("takes a typed gross margin and the pane's settings; falls back to the defaults while those need fixing", () => {
    // 100,000 × 40% = 40,000.
    expect(examplePayroll("2026-11", "100000", settings, roles, "en-US")!.figures.pool.pool).toBe("40000.00");
    // The pool rate edited in the first view: 168,000 × 35% = 58,800.
    const edited = { ...settings, values: { ...settings.values, poolRate: "35%" } };
    expect(examplePayroll("2026-11", null, edited, roles, "en-US")!.figures.pool.pool).toBe("58800.00");
    const broken = { ...settings, values: { ...settings.values, poolRate: "abc" } };
    const r = examplePayroll("2026-11", null, broken, roles, "en-US")!;
    expect(r.usedDefaults).toBe(true);
    expect(r.figures.pool.pool).toBe("67200.00");
  });

  it("is nothing for a month that is not YYYY-MM", () => {
    expect(examplePayroll("2026-13", null, settings, roles, "en-US")).toBeNull();
    expect(examplePayroll("", null, settings, roles, "en-US")).toBeNull();
  });

  it("speaks Chinese in zh-CN: no message key in its warnings", () => {
    const r = examplePayroll("2026-11", null, defaultSettingsDraft("zh-CN"), roles, "zh-CN")!;
    for (const w of r.figures.warnings) expect(w.text).not.toMatch(/\b(pool|payroll|history|wb|tp)\.[a-zA-Z]/);
    expect(r.figures.warnings.find((w) => w.code === "pool.shareMissing")!.text).toContain("发货人员");
  });

  it("for any gross margin: the pool is ROUND(MAX(0, margin) × 40%, 2), and the totals are the people's sums", () => {
    fc.assert(
      fc.property(fc.integer({ min: -50_000_000, max: 5_000_000_000 }), (marginCents) => {
        const margin = `${marginCents < 0 ? "-" : ""}${Math.floor(Math.abs(marginCents) / 100)}.${String(Math.abs(marginCents) % 100).padStart(2, "0")}`;
        const r = examplePayroll("2026-11", margin, settings, roles, "en-US")!;
        // In fen: max(0, m) × 40 / 100, half away from zero (positive here, so half up).
        const pool = Math.floor((Math.max(0, marginCents) * 4 + 5) / 10);
        expect(cents(r.figures.pool.pool)).toBe(pool);
        for (const k of ["earningsTotal", "iit", "net"] as const) {
          expect(cents(r.figures.totals[k])).toBe(r.people.reduce((a, p) => a + cents(p[k]), 0));
        }
      }),
      { numRuns: 60 },
    );
  });
});
