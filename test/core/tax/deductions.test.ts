import { defaultEngineSettings } from "../../../src/core/defaults";
import { D, ZERO, type Dec } from "../../../src/core/money";
import { cumulativeTax, cumulativeTaxable, withholding } from "../../../src/core/tax/cnIit";
import { cumulativeDeductions, efilingFigures, monthDeductions, standardAmount } from "../../../src/core/tax/deductions";
import { parseDeductions } from "../../../src/core/tax/deductionEntries";

const d = (x: string | number): Dec => new D(x);
const s2 = (x: Dec) => x.toFixed(2);

function parsed(input: unknown) {
  const r = parseDeductions(input, "staff[2].deductions");
  expect(r.problems).toEqual([]);
  return r.entries;
}

describe("the standards, dated (国发〔2018〕41号, 国发〔2022〕8号, 国发〔2023〕13号)", () => {
  it("child education and infant care 1,000 → 2,000 and elderly support 2,000 → 3,000 from January 2023", () => {
    expect(s2(standardAmount("childEducation", "2022-12")!)).toBe("1000.00");
    expect(s2(standardAmount("childEducation", "2023-01")!)).toBe("2000.00");
    expect(s2(standardAmount("infantCare", "2022-01")!)).toBe("1000.00");
    expect(s2(standardAmount("infantCare", "2023-01")!)).toBe("2000.00");
    expect(standardAmount("infantCare", "2021-12")).toBeNull(); // 国发〔2022〕8号 starts in 2022
    expect(s2(standardAmount("elderlySupport", "2023-01")!)).toBe("3000.00");
    expect(s2(standardAmount("housingLoanInterest", "2026-05")!)).toBe("1000.00");
    expect(s2(standardAmount("continuingEducationDegree", "2026-05")!)).toBe("400.00");
    expect(s2(standardAmount("continuingEducationCertificate", "2026-05")!)).toBe("3600.00");
    expect(s2(standardAmount("personalPension", "2026-05")!)).toBe("12000.00");
  });
});

describe("monthDeductions", () => {
  it("two children at school, a baby, elderly support shared: 2000 × 2 + 2000 + 1500 = 7500 a month in 2026", () => {
    const entries = parsed([
      { category: "childEducation", from: "2024-09" },
      { category: "childEducation", from: "2026-09" },
      { category: "infantCare", from: "2025-03" },
      { category: "elderlySupport", from: "2020-01", shared: true }, // no amount: the shared cap in force each month
    ]);
    expect(s2(monthDeductions(entries, "2026-10").total)).toBe("7500.00");
    expect(s2(monthDeductions(entries, "2022-10").byCategory.elderlySupport)).toBe("1000.00"); // the 2019–2022 cap
    // a fixed 1,500 from 2020 is refused: the shared cap was 1,000 until 2023
    expect(parseDeductions([{ category: "elderlySupport", from: "2020-01", shared: true, amount: "1,500" }], "x").problems.map((p) => p.code)).toEqual(["deductions.elderlySharedCap"]);
    expect(s2(monthDeductions(entries, "2026-08").total)).toBe("5500.00"); // the second child starts in September
  });

  it("a half share takes 50%; the amount follows the standard in force each month unless it is fixed", () => {
    const entries = parsed([{ category: "childEducation", from: "2022-11", to: "2023-02", share: "half" }]);
    expect(["2022-11", "2022-12", "2023-01", "2023-02", "2023-03"].map((m) => s2(monthDeductions(entries, m).total))).toEqual(["500.00", "500.00", "1000.00", "1000.00", "0.00"]);
  });

  it("a certificate is 3,600 once, in its month; personal pension at most 12,000 in a year, refused above", () => {
    const entries = parsed([
      { category: "continuingEducationCertificate", from: "2026-05" },
      { category: "personalPension", from: "2026-01", to: "2026-06", amount: 2000 },
    ]);
    expect(s2(monthDeductions(entries, "2026-05").byCategory.continuingEducationCertificate)).toBe("3600.00");
    expect(s2(monthDeductions(entries, "2026-06").byCategory.continuingEducationCertificate)).toBe("0.00");
    const june = cumulativeDeductions(entries, "2026-06");
    expect(s2(june.byCategory.personalPension)).toBe("12000.00"); // 6 × 2000
    const july = cumulativeDeductions(entries, "2026-07");
    expect(s2(july.byCategory.personalPension)).toBe("12000.00");
    expect(s2(july.byCategory.continuingEducationCertificate)).toBe("3600.00");
    // 2,000 a month open-ended is 24,000 a year: refused where the amount is, never capped silently (财政部
    // 税务总局公告2022年第34号: 12,000 a year), so a month's figure is the sheet's SUMIFS without a cap.
    const over = parseDeductions([{ category: "personalPension", from: "2026-01", amount: 2000 }], "staff[2].deductions").problems;
    expect(over.map((p) => [p.code, p.where, p.params.year, p.params.amount])).toEqual([["deductions.pensionAboveYearCap", "staff[2].deductions[0].amount", "2026", "24000.00"]]);
    // one fen over in the second, whole year of an open-ended 1,000 a month plus a one-month 0.01: refused in 2027
    const fen = parseDeductions([{ category: "personalPension", from: "2026-07", amount: 1000 }, { category: "personalPension", from: "2027-03", to: "2027-03", amount: "0.01" }], "d").problems;
    expect(fen.map((p) => [p.code, p.params.year, p.params.amount])).toEqual([["deductions.pensionAboveYearCap", "2027", "12000.01"]]);
    expect(parseDeductions([{ category: "personalPension", from: "2026-07", amount: 1000 }], "d").problems).toEqual([]); // 6,000 then 12,000 a year
  });
});

describe("cumulativeDeductions and the e-filing export", () => {
  it("cumulates per category from January (or the first month here) to the month, in the month's year", () => {
    const entries = parsed([
      { category: "housingRent", from: "2025-01", to: "2026-03", amount: 1500 },
      { category: "housingLoanInterest", from: "2026-04" },
      { category: "elderlySupport", from: "2019-01" },
      { category: "continuingEducationDegree", from: "2026-02", to: "2026-07" },
    ]);
    const june = cumulativeDeductions(entries, "2026-06");
    expect(efilingFigures(june)).toEqual({
      累计子女教育: "0.00",
      累计继续教育: "2000.00", // Feb–Jun: 5 × 400
      累计住房贷款利息: "3000.00", // Apr–Jun: 3 × 1000
      累计住房租金: "4500.00", // Jan–Mar: 3 × 1500
      累计赡养老人: "18000.00", // 6 × 3000
      累计3岁以下婴幼儿照护: "0.00",
      累计个人养老金: "0.00",
    });
    expect(s2(june.total)).toBe("27500.00");
    // joined in May: only May and June count here
    expect(s2(cumulativeDeductions(entries, "2026-06", "2026-05").total)).toBe("8800.00"); // 2×1000 + 2×3000 + 2×400
  });

  /**
   * The State Taxation Administration's example 2 of announcement 2018 No. 61 (see test/core/tax/cnIit.test.ts
   * for the source): 2019, wages 30,000 a month, 三险一金 4,500, 子女教育、赡养老人两项专项附加扣除共计2000元 —
   * one child (1,000) and elderly support shared with a sibling (1,000, the 2019 cap) — withholds 555, 625, 1,850.
   */
  it("reproduces example 2's 2,000 a month in 2019 and its withholdings 555, 625, 1,850", () => {
    const entries = parsed([
      { category: "childEducation", from: "2019-01" },
      { category: "elderlySupport", from: "2019-01", shared: true, amount: 1000 },
    ]);
    expect(s2(monthDeductions(entries, "2019-01").total)).toBe("2000.00");
    let withheld = ZERO;
    const out: string[] = [];
    for (const [i, m] of ["2019-01", "2019-02", "2019-03"].entries()) {
      const months = i + 1;
      const ytd = { months, gross: d(30000 * months), insurance: d(4500 * months), specialAdditionalDeduction: cumulativeDeductions(entries, m).total };
      const iit = withholding(cumulativeTax(cumulativeTaxable(ytd, d(5000)), defaultEngineSettings().taxTable), withheld);
      withheld = withheld.plus(iit);
      out.push(s2(iit));
    }
    expect(out).toEqual(["555.00", "625.00", "1850.00"]);
  });
});
