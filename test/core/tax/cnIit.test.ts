import fc from "fast-check";
import { defaultEngineSettings } from "../../../src/core/defaults";
import { D, ZERO, type Dec } from "../../../src/core/money";
import { EMPTY_YEAR_TO_DATE, cumulativeTax, cumulativeTaxable, taxBracket, withholding, type YearToDate } from "../../../src/core/tax/cnIit";
import { withholdMonth } from "../../../src/core/payroll/yearToDate";
import { d, s2 } from "../payroll/fixtures";

const table = defaultEngineSettings().taxTable;
const BASIC = d(5000);

describe("taxBracket", () => {
  it("takes the first bracket whose upper bound is at least the amount (bounds inclusive)", () => {
    expect(taxBracket(d(36000), table).rate.toString()).toBe("0.03");
    expect(taxBracket(d("36000.01"), table).rate.toString()).toBe("0.1");
    expect(taxBracket(d(144000), table).rate.toString()).toBe("0.1");
    expect(taxBracket(d(960001), table).rate.toString()).toBe("0.45");
    expect(taxBracket(d(-100), table).rate.toString()).toBe("0.03");
  });

  it("refuses an empty table", () => {
    expect(() => taxBracket(d(1), [])).toThrow(/empty/);
  });
});

describe("cumulativeTax", () => {
  it("is taxable × rate − quick deduction, rounded to the fen", () => {
    // 12345.67 × 3% = 370.3701 → 370.37
    expect(s2(cumulativeTax(d("12345.67"), table))).toBe("370.37");
    // 37000 × 10% − 2520 = 1180.00
    expect(s2(cumulativeTax(d(37000), table))).toBe("1180.00");
    // 300000.01 × 25% − 31920 = 43080.0025 → 43080.00
    expect(s2(cumulativeTax(d("300000.01"), table))).toBe("43080.00");
    // 1000000 × 45% − 181920 = 268080.00
    expect(s2(cumulativeTax(d(1000000), table))).toBe("268080.00");
  });

  it("is 0 for a taxable amount at or below 0", () => {
    expect(s2(cumulativeTax(d(-4500), table))).toBe("0.00");
    expect(s2(cumulativeTax(ZERO, table))).toBe("0.00");
  });

  it("is continuous at every bracket bound: the quick deductions make both sides agree", () => {
    for (const [i, b] of table.entries()) {
      const next = table[i + 1];
      if (b.upTo === null || next === undefined) continue;
      const below = b.upTo.times(b.rate).minus(b.quickDeduction);
      const above = b.upTo.times(next.rate).minus(next.quickDeduction);
      expect(s2(below)).toBe(s2(above));
    }
  });

  it("never decreases as the taxable amount grows", () => {
    const fen = fc.integer({ min: -1_000_000_00, max: 2_000_000_00 }).map((n) => new D(n).div(100));
    fc.assert(
      fc.property(fen, fen, (a, b) => {
        const [lo, hi] = a.lessThanOrEqualTo(b) ? [a, b] : [b, a];
        expect(cumulativeTax(lo, table).lessThanOrEqualTo(cumulativeTax(hi, table))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("withholding", () => {
  it("withholds what the cumulative tax adds, and never refunds within the year", () => {
    expect(s2(withholding(d(1180), d(555)))).toBe("625.00");
    expect(s2(withholding(d(1580), d(1980)))).toBe("0.00");
  });
});

describe("cumulativeTaxable", () => {
  it("is gross − 5000 × months − insurance − special additional deductions", () => {
    // 3 months: 66000 − 15000 − 10230 − 4500 = 36270
    const ytd = { months: 3, gross: d(66000), insurance: d(10230), specialAdditionalDeduction: d(4500) };
    expect(s2(cumulativeTaxable(ytd, BASIC))).toBe("36270.00");
  });

  it("may be negative below the threshold", () => {
    // 1 month of 3000 gross: 3000 − 5000 − 315 − 0 = −2315
    const ytd = { months: 1, gross: d(3000), insurance: d(315), specialAdditionalDeduction: ZERO };
    expect(s2(cumulativeTaxable(ytd, BASIC))).toBe("-2315.00");
  });
});

/**
 * The State Taxation Administration's worked examples of cumulative withholding, from its
 * interpretation (解读) of announcement 2018 No. 61, 《国家税务总局关于发布〈个人所得税扣缴申报管理办法（试行）〉的公告》.
 * The official page was not in our search corpus; the text below is as quoted, word for word, by:
 *   - https://site.gdupt.edu.cn/cwc/info/1025/1466.htm (a university finance office's notice, example 2)
 *   - http://jixietop.top/forum.php?goto=lastpost&mod=redirect&tid=23177 (examples 1 and 2, "转自：专项附加扣除和扣缴申报操作指引")
 *   - https://fawtography.com/wenda/detail/nofollow/xt/5445817 (example 2)
 *
 * 例1：某职员2015年入职，2019年每月应发工资均为10000元，每月减除费用5000元，"三险一金"等专项扣除为1500元，
 *   从1月起享受子女教育专项附加扣除1000元，没有减免收入及减免税额等情况，以前三个月为例：
 *   1月份：(10000−5000−1500−1000)×3% = 75元；
 *   2月份：(10000×2−5000×2−1500×2−1000×2)×3% − 75 = 75元；
 *   3月份：(10000×3−5000×3−1500×3−1000×3)×3% − 75 − 75 = 75元；
 *   进一步计算可知，该纳税人全年累计预扣预缴应纳税所得额为30000元，一直适用3%的税率，因此各月应预扣预缴的税款相同。
 *
 * 例2：某职员2015年入职，2019年每月应发工资均为30000元，每月减除费用5000元，"三险一金"等专项扣除为4500元，
 *   享受子女教育、赡养老人两项专项附加扣除共计2000元，没有减免收入及减免税额等情况，以前三个月为例：
 *   1月份：(30000−5000−4500−2000)×3% = 555元；
 *   2月份：(30000×2−5000×2−4500×2−2000×2)×10% − 2520 − 555 = 625元；
 *   3月份：(30000×3−5000×3−4500×3−2000×3)×10% − 2520 − 555 − 625 = 1850元；
 *   由于2月份累计预扣预缴应纳税所得额为37000元，已适用10%的税率，因此2月份和3月份应预扣预缴有所增高。
 *
 * test/core/payroll/month.officialExample.test.ts runs the same examples through the whole payroll engine.
 */
describe("the State Taxation Administration's examples (2018 No. 61, 解读)", () => {
  // The chain step the payroll engine uses (src/core/payroll/yearToDate.ts), month after month.
  function withholdYear(months: number, gross: Dec, insurance: Dec, special: Dec) {
    let ytd: YearToDate = EMPTY_YEAR_TO_DATE;
    const out: { taxable: string; tax: string; iit: string }[] = [];
    for (let m = 1; m <= months; m++) {
      const pay = { gross, socialInsurance: insurance, housingFund: ZERO, specialAdditionalDeduction: special };
      const { after, tax } = withholdMonth(ytd, pay, { basicDeduction: BASIC, taxTable: table });
      ytd = after;
      out.push({ taxable: s2(tax.cumulativeTaxable), tax: s2(tax.cumulativeTax), iit: s2(tax.iit) });
    }
    return out;
  }

  it("example 1: 75 yuan every month, 30000 taxable for the year", () => {
    const year = withholdYear(12, d(10000), d(1500), d(1000));
    expect(year.slice(0, 3).map((m) => m.iit)).toEqual(["75.00", "75.00", "75.00"]);
    // "全年累计预扣预缴应纳税所得额为30000元，一直适用3%的税率，因此各月应预扣预缴的税款相同"
    expect(year[11]!.taxable).toBe("30000.00");
    expect(new Set(year.map((m) => m.iit))).toEqual(new Set(["75.00"]));
  });

  it("example 2: 555, 625, 1850 yuan; February's cumulative taxable is 37000", () => {
    const year = withholdYear(3, d(30000), d(4500), d(2000));
    expect(year.map((m) => m.iit)).toEqual(["555.00", "625.00", "1850.00"]);
    expect(year[1]!.taxable).toBe("37000.00");
    // the cumulative taxable of each month, as written in the example's brackets
    expect(year.map((m) => m.taxable)).toEqual(["18500.00", "37000.00", "55500.00"]);
  });
});
