/**
 * The year-end one-off bonus in the month's payroll (issue 13), through the whole engine: entry → the taxation
 * (asked, or the lower) → its tax → net, the year to date of the next month, and the warnings.
 *
 * Sources:
 * - 财政部 税务总局公告2023年第30号 art. 1: separately, 应纳税额 = 全年一次性奖金收入 × 适用税率 − 速算扣除数, the rate
 *   and quick deduction from bonus ÷ 12 in the monthly-converted table (3% / 0 up to 3,000; 10% / 210 up to 12,000 …);
 *   art. 2: or merged into the year's comprehensive income; art. 3: in force to 2027-12-31;
 * - 国税发〔2005〕9号 第三条: the separate method once per person per tax year;
 * - the cliff 36,000 → 1,080.00 and 36,001 → 3,390.10 (the figures: 36,000 × 3%; 36,001 × 10% − 210), whose
 *   "无效区间" (a bonus that nets less than 36,000 would) runs to 38,566.67, worked by hand: above 36,000 the bonus nets
 *   0.9x + 210, which reaches 36,000 − 1,080 = 34,920 at x = 38,566.67 (38,566.66 nets 34,919.99).
 * Every other figure is worked by hand in its comment. The people below have no insurance (a plain role) and start in
 * the chain's first month, so the cumulative taxable income is gross − 5,000 a month.
 */
import fc from "fast-check";
import { computePayroll, computePayrollYear, type PayLine } from "../../../src/core/payroll";
import { taxAnnualBonus } from "../../../src/core/payroll/annualBonusPay";
import { defaultEngineSettings } from "../../../src/core/defaults";
import { D } from "../../../src/core/money";
import { annualBonusPolicy } from "../../../src/data/rules/annualBonus";
import { separateBonusTax, separateBonusTaxOnAnnualTable, monthlyTableOf, ANNUAL_BONUS_MONTHLY_TABLE } from "../../../src/core/tax/annualBonus";
import type { Config, Staff } from "../../../src/core/types";
import { config, d, entry, monthInput, role, s2, staff } from "./fixtures";

const plain = role("plain", { share: null, insured: false });
const december = (id: string, base: number) => staff(id, "plain", { base: d(base), startDate: "2026-12-01" });

const bonusFigures = (l: PayLine) => ({
  gross: s2(l.gross),
  cumulativeTaxable: s2(l.cumulativeTaxable),
  iit: s2(l.iit),
  annualBonusTaxation: l.annualBonusTaxation,
  annualBonusTax: s2(l.annualBonusTax),
  net: s2(l.net),
});

function run(people: Staff[], entries: NonNullable<Parameters<typeof monthInput>[1]>["entries"], over: Partial<Config> = {}) {
  return computePayroll(config({ roles: [plain], staff: people, months: [monthInput("2026-12", { entries })], ...over }), "2026-12");
}

describe("the year-end bonus in a month's pay", () => {
  it("36,000 separately is 1,080.00; merged it would add 1,430.00 — separate is chosen and said, saving 350.00", () => {
    // Wages 10,000: T = 10,000 − 5,000 = 5,000, CT = 150.00, iit 150.00. Separate: 36,000 ÷ 12 = 3,000 → 3% → 1,080.00.
    // Merged: CT(41,000) = 41,000 × 10% − 2,520 = 1,580.00, so 1,430.00 more. Net = 46,000 − 150 − 1,080 = 44,770.00.
    const r = run([december("A", 10000)], [entry("A", { annualBonus: d(36000) })]);
    expect(bonusFigures(r.employees[0]!)).toEqual({ gross: "46000.00", cumulativeTaxable: "5000.00", iit: "150.00", annualBonusTaxation: "separate", annualBonusTax: "1080.00", net: "44770.00" });
    const w = r.warnings.find((x) => x.code === "bonus.choseSeparate")!;
    expect(w.params).toMatchObject({ separateTax: "1080.00", mergedTax: "1430.00", saving: "350.00", paidOn: "2026-12", bonus: "36000.00" });
    expect(w.where).toBe("months[0].entries[0].annualBonus");
    expect(r.warnings.some((x) => x.code === "bonus.cliff")).toBe(false);
  });

  it("36,001 separately is 3,390.10 (the cliff); merged adds 1,430.10 — merged is chosen, saving 1,960.00", () => {
    // Separate: 36,001 > 36,000 → 10% − 210: 3,600.10 − 210 = 3,390.10. Merged: CT(41,001) = 1,580.10 → 1,430.10 more.
    const r = run([december("B", 10000)], [entry("B", { annualBonus: d(36001) })]);
    expect(bonusFigures(r.employees[0]!)).toEqual({ gross: "46001.00", cumulativeTaxable: "5000.00", iit: "150.00", annualBonusTaxation: "merged", annualBonusTax: "1430.10", net: "44420.90" });
    expect(r.warnings.find((x) => x.code === "bonus.choseMerged")!.params).toMatchObject({ separateTax: "3390.10", mergedTax: "1430.10", saving: "1960.00" });
  });

  it("asked to tax 36,001 separately: taxed so, with the extra cost and the cliff said (36,000 nets 2,309.10 more; even at 38,566.67)", () => {
    // 36,000 − 1,080 = 34,920 after tax; 36,001 − 3,390.10 = 32,610.90: 2,309.10 less.
    const r = run([december("B", 10000)], [entry("B", { annualBonus: d(36001), annualBonusTaxation: "separate" })]);
    expect(bonusFigures(r.employees[0]!)).toMatchObject({ annualBonusTaxation: "separate", annualBonusTax: "3390.10", net: "42460.90" });
    expect(r.warnings.find((x) => x.code === "bonus.requestedCostsMore")!.params).toMatchObject({ requested: "separate", extra: "1960.00" });
    expect(r.warnings.find((x) => x.code === "bonus.requestedCostsMore")!.where).toBe("months[0].entries[0].annualBonusTaxation");
    expect(r.warnings.find((x) => x.code === "bonus.cliff")!.params).toMatchObject({ tax: "3390.10", bound: "36000.00", taxAtBound: "1080.00", lessThanBound: "2309.10", breakEven: "38566.67" });
  });

  it("a low earner's 20,000: merged (540.00, the unused basic deduction absorbs 2,000) beats separate (600.00)", () => {
    // Wages 3,000: T = −2,000, CT = 0. Separate 20,000 × 3% = 600. Merged: CT(18,000) = 540.00.
    const r = run([december("C", 3000)], [entry("C", { annualBonus: d(20000) })]);
    expect(bonusFigures(r.employees[0]!)).toEqual({ gross: "23000.00", cumulativeTaxable: "-2000.00", iit: "0.00", annualBonusTaxation: "merged", annualBonusTax: "540.00", net: "22460.00" });
  });

  it("once a year: a second separate bonus in the same tax year is merged, and said why; the year to date carries a merged bonus", () => {
    // November: wages 10,000 (T 5,000, iit 150), bonus 12,000 separately: 12,000 ÷ 12 = 1,000 → 3% → 360.00.
    // December: T = 20,000 − 10,000 = 10,000, CT 300, iit 150. Bonus 5,000 asked separate → merged: CT(15,000) = 450,
    // 450 − 150 withheld − 150 iit = 150.00. The year to date after December: gross 25,000 (the separate 12,000 not in it),
    // withheld 150 + 150 + 150 = 450.
    const people = [staff("D", "plain", { base: d(10000), startDate: "2026-11-01" })];
    const year = computePayrollYear(
      config({
        roles: [plain],
        staff: people,
        months: [monthInput("2026-11", { entries: [entry("D", { annualBonus: d(12000), annualBonusTaxation: "separate" })] }), monthInput("2026-12", { entries: [entry("D", { annualBonus: d(5000), annualBonusTaxation: "separate" })] })],
      }),
      "2026-12",
    );
    expect(bonusFigures(year[0]!.employees[0]!)).toMatchObject({ annualBonusTaxation: "separate", annualBonusTax: "360.00", iit: "150.00" });
    const dec = year[1]!.employees[0]!;
    expect(bonusFigures(dec)).toEqual({ gross: "15000.00", cumulativeTaxable: "10000.00", iit: "150.00", annualBonusTaxation: "merged", annualBonusTax: "150.00", net: "14700.00" });
    expect(s2(dec.yearToDate.after.gross)).toBe("25000.00");
    expect(s2(dec.yearToDate.after.taxWithheld)).toBe("450.00");
    expect(dec.bonusWorking.separateBefore).toBe(true);
    const w = year[1]!.warnings.find((x) => x.code === "bonus.separateTwice")!;
    expect(w.params).toMatchObject({ year: "2026", bonus: "5000.00" });
  });

  it("after the separate option's end (a setting) the bonus is merged, and the message names the date", () => {
    const settings = { ...defaultEngineSettings(), annualBonus: { separateTaxationUntil: "2026-11-30" } };
    const r = run([december("A", 10000)], [entry("A", { annualBonus: d(36000), annualBonusTaxation: "separate" })], { settings });
    expect(bonusFigures(r.employees[0]!)).toMatchObject({ annualBonusTaxation: "merged", annualBonusTax: "1430.00" });
    expect(r.warnings.find((x) => x.code === "bonus.separateExpired")!.params).toMatchObject({ until: "2026-11-30" });
    // Blank (null): extended without end; the default is the announcement's 2027-12-31.
    expect(defaultEngineSettings().annualBonus.separateTaxationUntil).toBe("2027-12-31");
    const open = run([december("A", 10000)], [entry("A", { annualBonus: d(36000) })], { settings: { ...settings, annualBonus: { separateTaxationUntil: null } } });
    expect(open.employees[0]!.annualBonusTaxation).toBe("separate");
  });

  it("no bonus: no taxation, no tax, no warning — the month is as before", () => {
    const r = run([december("A", 10000)], [entry("A")]);
    expect(bonusFigures(r.employees[0]!)).toEqual({ gross: "10000.00", cumulativeTaxable: "5000.00", iit: "150.00", annualBonusTaxation: "", annualBonusTax: "0.00", net: "9850.00" });
    expect(r.warnings.filter((w) => w.code.startsWith("bonus."))).toEqual([]);
  });
});

describe("the separate method on the settings' annual table", () => {
  it("is the announcement's monthly-converted table: every bound and quick deduction of the annual table ÷ 12", () => {
    const derived = monthlyTableOf(defaultEngineSettings().taxTable).map((b) => ({ upTo: b.upTo?.toString() ?? null, rate: b.rate.toString(), quickDeduction: b.quickDeduction.toString() }));
    const published = annualBonusPolicy.monthlyTable.map((b) => ({ upTo: b.upTo, rate: new D(b.rate).toString(), quickDeduction: b.quickDeduction }));
    expect(derived).toEqual(published);
  });

  it("property: gives the published table's tax for any bonus, to the fen", () => {
    const annual = defaultEngineSettings().taxTable;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200_000_000 }), (fen) => {
        const bonus = new D(fen).div(100);
        expect(separateBonusTaxOnAnnualTable(bonus, annual).toFixed(2)).toBe(separateBonusTax(bonus, ANNUAL_BONUS_MONTHLY_TABLE).toFixed(2));
      }),
    );
  });
});

describe("taxAnnualBonus", () => {
  const settings = defaultEngineSettings();
  const base = { requested: null, month: "2026-12", withheldBefore: d(0), separateUsed: false, settings, who: { id: "X", name: "X", month: "2026-12" }, where: "months[0].entries[0]" };

  it("property: asked for nothing, the tax is the lower of the two, and the other is never lower", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000_000 }), fc.integer({ min: -10_000_000, max: 100_000_000 }), fc.integer({ min: 0, max: 5_000_000 }), (bonusFen, taxableFen, withheldFen) => {
        const o = taxAnnualBonus({ ...base, bonus: new D(bonusFen).div(100), taxableWithoutBonus: new D(taxableFen).div(100), withheldBefore: new D(withheldFen).div(100) });
        expect(o.tax.equals(D.min(o.separateTax, o.mergedTax))).toBe(true);
        expect(o.taxation === "separate" ? o.separateTax.lessThanOrEqualTo(o.mergedTax) : o.mergedTax.lessThan(o.separateTax)).toBe(true);
        expect(o.warnings.filter((w) => w.code === "bonus.choseSeparate" || w.code === "bonus.choseMerged")).toHaveLength(1);
      }),
    );
  });

  it("property: merging never costs less than nothing, and never more than the bonus's top rate", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000_000 }), fc.integer({ min: -10_000_000, max: 100_000_000 }), (bonusFen, taxableFen) => {
        const bonus = new D(bonusFen).div(100);
        const o = taxAnnualBonus({ ...base, bonus, taxableWithoutBonus: new D(taxableFen).div(100) });
        expect(o.mergedTax.isNegative()).toBe(false);
        expect(o.mergedTax.lessThanOrEqualTo(bonus.times("0.45").plus("0.01"))).toBe(true);
      }),
    );
  });
});
