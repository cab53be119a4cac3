import fc from "fast-check";
import { defaultEngineSettings } from "../../../src/core/defaults";
import { D, type Dec } from "../../../src/core/money";
import {
  ANNUAL_BONUS_MONTHLY_TABLE,
  bonusCliffOf,
  bonusCliffs,
  compareBonusTaxation,
  mergedBonusTax,
  separateBonusBracket,
  separateBonusTax,
  separateTaxationInForce,
} from "../../../src/core/tax/annualBonus";
import { cumulativeTax } from "../../../src/core/tax/cnIit";
import { decideBonuses, type BonusPayment } from "../../../src/core/tax/annualBonusChecks";

const d = (x: string | number): Dec => new D(x);
const s2 = (x: Dec) => x.toFixed(2);
const annual = defaultEngineSettings().taxTable;

/**
 * 财政部 税务总局公告2023年第30号 (English: https://www.my-associate.com/index.php?m=home&c=View&a=index&aid=467&lang=en):
 *   Tax payable = one-time annual bonus × applicable rate − quick deduction, the rate found from bonus ÷ 12 in
 *   the monthly-converted table (3% ≤3,000 / 0; 10% ≤12,000 / 210; 20% ≤25,000 / 1,410; 25% ≤35,000 / 2,660;
 *   30% ≤55,000 / 4,410; 35% ≤80,000 / 7,160; 45% / 15,160). Every figure below is worked by hand from it.
 */
describe("separate taxation (announcement 2023 No. 30)", () => {
  it("the issue's cliff: 36,000 → 1,080.00; 36,001 → 3,390.10", () => {
    // 36000 ÷ 12 = 3000 ≤ 3000 → 3%: 36000 × 3% = 1080
    expect(s2(separateBonusTax(d(36000)))).toBe("1080.00");
    // 36001 ÷ 12 = 3000.08 > 3000 → 10%, 210: 3600.10 − 210 = 3390.10
    expect(s2(separateBonusTax(d(36001)))).toBe("3390.10");
  });

  it("bounds are inclusive (不超过) at every row, and the row's rate applies to the whole bonus", () => {
    // 144000 ÷ 12 = 12000 → 10%: 14400 − 210 = 14190; one fen more → 20%: 28800.002 − 1410 = 27390.00
    expect(s2(separateBonusTax(d(144000)))).toBe("14190.00");
    expect(s2(separateBonusTax(d("144000.01")))).toBe("27390.00");
    // 960000 ÷ 12 = 80000 → 35%: 336000 − 7160 = 328840; 1,000,000 → 45%: 450000 − 15160 = 434840
    expect(s2(separateBonusTax(d(960000)))).toBe("328840.00");
    expect(s2(separateBonusTax(d(1000000)))).toBe("434840.00");
    // 60000 ÷ 12 = 5000 → 10%: 6000 − 210 = 5790
    expect(s2(separateBonusTax(d(60000)))).toBe("5790.00");
    expect(separateBonusBracket(d(36000)).rate.toString()).toBe("0.03");
  });

  it("rounds the tax to the fen, half away from zero", () => {
    // 300000.02 ÷ 12 > 25000 → 25%: 75000.005 − 2660 = 72340.005 → 72340.01
    expect(s2(separateBonusTax(d("300000.02")))).toBe("72340.01");
    // 100.05 × 3% = 3.0015 → 3.00
    expect(s2(separateBonusTax(d("100.05")))).toBe("3.00");
  });

  it("is 0 for no bonus, and the table is the announcement's, row for row", () => {
    expect(s2(separateBonusTax(d(0)))).toBe("0.00");
    expect(ANNUAL_BONUS_MONTHLY_TABLE.map((b) => [b.upTo?.toString() ?? null, b.rate.toString(), b.quickDeduction.toString()])).toEqual([
      ["3000", "0.03", "0"],
      ["12000", "0.1", "210"],
      ["25000", "0.2", "1410"],
      ["35000", "0.25", "2660"],
      ["55000", "0.3", "4410"],
      ["80000", "0.35", "7160"],
      [null, "0.45", "15160"],
    ]);
  });
});

describe("the cliffs (无效区间) of the separate method", () => {
  it("finds each cliff and where a larger bonus catches up, worked by hand", () => {
    // Net at a bound B (rates r1, q1 below; r2, q2 above): B(1 − r1) + q1. Above: x(1 − r2) + q2.
    // Break-even x = (B(1 − r1) + q1 − q2) ÷ (1 − r2):
    //   36000:  (34920 − 210) ÷ 0.9          = 38566.666… → first fen that catches up 38566.67
    //   144000: (129810 − 1410) ÷ 0.8        = 160500
    //   300000: (241410 − 2660) ÷ 0.75       = 318333.33…
    //   420000: (317660 − 4410) ÷ 0.7        = 447500
    //   660000: (466410 − 7160) ÷ 0.65       = 706538.46…
    //   960000: (631160 − 15160) ÷ 0.55      = 1120000
    const cliffs = bonusCliffs();
    expect(cliffs.map((c) => [s2(c.bound), s2(c.taxAtBound), s2(c.taxJustAbove), s2(c.from), s2(c.to), s2(c.breakEven)])).toEqual([
      ["36000.00", "1080.00", "3390.00", "36000.01", "38566.66", "38566.67"],
      ["144000.00", "14190.00", "27390.00", "144000.01", "160499.99", "160500.00"],
      ["300000.00", "58590.00", "72340.00", "300000.01", "318333.32", "318333.33"],
      ["420000.00", "102340.00", "121590.00", "420000.01", "447499.99", "447500.00"],
      ["660000.00", "193590.00", "223840.00", "660000.01", "706538.45", "706538.46"],
      ["960000.00", "328840.00", "416840.00", "960000.01", "1119999.99", "1120000.00"],
    ]);
  });

  it("inside a cliff the bonus nets less than the bound; from the break-even on it does not", () => {
    const net = (x: Dec) => x.minus(separateBonusTax(x));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 130_000_000 }), (fen) => {
        const x = new D(fen).div(100);
        const cliff = bonusCliffOf(x);
        const below = bonusCliffs().filter((c) => c.bound.lessThan(x));
        const worse = below.some((c) => net(x).lessThan(net(c.bound)));
        expect(cliff !== null).toBe(worse);
      }),
      { numRuns: 500 },
    );
    expect(bonusCliffOf(d(36000))).toBeNull();
    expect(bonusCliffOf(d("36000.01"))?.bound.toString()).toBe("36000");
    expect(bonusCliffOf(d("38566.66"))).not.toBeNull();
    expect(bonusCliffOf(d("38566.67"))).toBeNull();
  });

  it("on any table, each cliff's break-even is the first fen from the bound on that nets as much (walked fen by fen), found in moments", () => {
    // Small tables a fen-by-fen walk can check, with quick deductions that need not fit their rates (as a user's
    // may not): the search halves within each bracket, where the net never falls.
    const bracket = fc.record({ width: fc.integer({ min: 1, max: 12 }), rate: fc.integer({ min: 0, max: 95 }), quick: fc.integer({ min: 0, max: 2000 }) });
    fc.assert(
      fc.property(fc.array(bracket, { minLength: 2, maxLength: 4 }), (rows) => {
        let upTo = 0;
        const table = rows.map((r, i) => {
          upTo += r.width;
          return { upTo: i === rows.length - 1 ? null : new D(upTo), rate: new D(r.rate).div(100), quickDeduction: new D(r.quick).div(100) };
        });
        const net = (x: Dec) => x.minus(separateBonusTax(x, table));
        const started = Date.now();
        const cliffs = bonusCliffs(table);
        expect(Date.now() - started).toBeLessThan(2000);
        const walked = table.flatMap((b, i) => {
          if (b.upTo === null || i === table.length - 1) return [];
          const bound = b.upTo.times(12);
          let x = bound.plus("0.01");
          if (!net(x).lessThan(net(bound))) return [];
          while (net(x).lessThan(net(bound))) x = x.plus("0.01");
          return [[s2(bound), s2(x)]];
        });
        expect(cliffs.map((c) => [s2(c.bound), s2(c.breakEven)])).toEqual(walked);
      }),
      { numRuns: 25 },
    );
  });
});

/**
 * Merged taxation through the cumulative withholding (cnIit), on the State Taxation Administration's example 2
 * of announcement 2018 No. 61 (monthly wage 30,000, 三险一金 4,500, special additional deductions 2,000; see
 * test/core/tax/cnIit.test.ts for the source): March's cumulative taxable income is 55,500 and 3,030 has been
 * withheld (555 + 625 + 1,850 = 3,030 = 55500 × 10% − 2520).
 */
describe("merged taxation", () => {
  it("adds the bonus to the cumulative taxable income: March of example 2 with a 36,000 bonus", () => {
    // (55500 + 36000) × 10% − 2520 = 6630; without: 3030; this month's withholding grows by 3600
    const m = mergedBonusTax(d(36000), d(55500), annual, d(3030));
    expect([s2(m.cumulativeTaxWithout), s2(m.cumulativeTaxWith), s2(m.extraWithholding)]).toEqual(["3030.00", "6630.00", "3600.00"]);
  });

  it("fills unused deductions first (a special taxpayer below 60,000)", () => {
    // cumulative taxable −20000; bonus 30000 → 10000 × 3% = 300
    expect(s2(mergedBonusTax(d(30000), d(-20000), annual).extraWithholding)).toBe("300.00");
  });

  it("does not refund what was over-withheld before", () => {
    // withheld 5000 already, cumulative tax only 3030 without and 3330 with a 3000 bonus: nothing more is withheld
    expect(s2(mergedBonusTax(d(3000), d(55500), annual, d(5000)).extraWithholding)).toBe("0.00");
  });
});

describe("separate vs merged", () => {
  it("example 2's March with a 36,000 bonus: separate 1,080 beats merged 3,600 by 2,520", () => {
    const c = compareBonusTaxation(d(36000), d(55500), annual);
    expect([s2(c.separateTax), s2(c.mergedTax), c.cheaper, s2(c.saving)]).toEqual(["1080.00", "3600.00", "separate", "2520.00"]);
  });

  it("a low earner's bonus is cheaper merged: taxable −30,000 for the year, bonus 24,000 → 0 merged vs 720 separate", () => {
    const c = compareBonusTaxation(d(24000), d(-30000), annual);
    expect([s2(c.separateTax), s2(c.mergedTax), c.cheaper, s2(c.saving)]).toEqual(["720.00", "0.00", "merged", "720.00"]);
  });

  it("always picks the lower, and says by how much (property)", () => {
    const fen = (max: number) => fc.integer({ min: 0, max }).map((n) => new D(n).div(100));
    fc.assert(
      fc.property(fen(200_000_000), fc.integer({ min: -10_000_000, max: 150_000_000 }).map((n) => new D(n).div(100)), (bonus, taxable) => {
        const c = compareBonusTaxation(bonus, taxable, annual);
        const separate = separateBonusTax(bonus);
        const merged = cumulativeTax(taxable.plus(bonus), annual).minus(cumulativeTax(taxable, annual));
        const lower = separate.lessThanOrEqualTo(merged) ? separate : merged;
        expect((c.cheaper === "separate" ? c.separateTax : c.mergedTax).equals(lower)).toBe(true);
        expect(c.saving.equals(separate.minus(merged).abs())).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("when the separate option is in force", () => {
  it("runs to 2027-12-31 by default, and a setting moves or lifts the end", () => {
    expect(separateTaxationInForce("2027-12-31")).toBe(true);
    expect(separateTaxationInForce("2028-01-01")).toBe(false);
    expect(separateTaxationInForce("2028-01-01", "2030-12-31")).toBe(true);
    expect(separateTaxationInForce("2040-06-30", null)).toBe(true);
  });
});

describe("decideBonuses", () => {
  const pay = (over: Partial<BonusPayment>): BonusPayment => ({
    staffId: "s1",
    name: "张三",
    paidOn: "2026-01-20",
    amount: d(36000),
    requested: null,
    taxableWithoutBonus: d(55500),
    where: "months[0].entries[0].annualBonus",
    ...over,
  });

  it("by default takes the cheaper and says which and by how much", () => {
    const [one] = decideBonuses([pay({})], { annualTable: annual });
    expect(one!.taxation).toBe("separate");
    expect(s2(one!.tax)).toBe("1080.00");
    expect(one!.warnings).toEqual([
      { code: "bonus.choseSeparate", params: expect.objectContaining({ separateTax: "1080.00", mergedTax: "3600.00", saving: "2520.00" }), where: "months[0].entries[0].annualBonus" },
    ]);
  });

  it("allows the separate method once per person per year: the second bonus is merged and said so", () => {
    const out = decideBonuses([pay({ paidOn: "2026-06-30", where: "b" }), pay({ where: "a" }), pay({ staffId: "s2", where: "c" }), pay({ paidOn: "2027-01-10", where: "d" })], { annualTable: annual });
    expect(out.map((o) => [o.payment.where, o.taxation])).toEqual([
      ["a", "separate"],
      ["c", "separate"],
      ["b", "merged"],
      ["d", "separate"],
    ]);
    expect(out[2]!.warnings.map((w) => w.code)).toEqual(["bonus.separateTwice"]);
  });

  it("after the policy's end merges and says so; a setting that extends it keeps the separate method", () => {
    const late = pay({ paidOn: "2028-01-15", requested: "separate" });
    const [merged] = decideBonuses([late], { annualTable: annual });
    expect(merged!.taxation).toBe("merged");
    expect(merged!.warnings.map((w) => [w.code, w.params.until])).toEqual([["bonus.separateExpired", "2027-12-31"]]);
    const [extended] = decideBonuses([late], { annualTable: annual, separateTaxationUntil: "2030-12-31" });
    expect(extended!.taxation).toBe("separate");
  });

  it("warns about a separately taxed bonus inside a cliff, with what it loses against the bound", () => {
    // 38000: 3800 − 210 = 3590 tax, nets 34410; 36000 nets 34920: 510 less
    const [one] = decideBonuses([pay({ amount: d(38000), requested: "separate" })], { annualTable: annual });
    const cliff = one!.warnings.find((w) => w.code === "bonus.cliff");
    expect(cliff?.params).toMatchObject({ tax: "3590.00", bound: "36000.00", taxAtBound: "1080.00", breakEven: "38566.67", lessThanBound: "510.00" });
  });

  it("tells the user a requested method costs more", () => {
    const [one] = decideBonuses([pay({ requested: "merged" })], { annualTable: annual });
    expect(one!.taxation).toBe("merged");
    expect(one!.warnings.map((w) => [w.code, w.params.extra])).toEqual([["bonus.requestedCostsMore", "2520.00"]]);
  });
});
