/**
 * Reading and checking a person's special additional deduction items (src/core/tax/deductionEntries.ts):
 * each rule of 国发〔2018〕41号 and its successors refused where it is broken, named by its place.
 */
import { parseDeductions } from "../../../src/core/tax/deductionEntries";
import { formatMessage } from "../../../src/data/messages";

describe("parseDeductions: what and where", () => {
  const problems = (input: unknown) => parseDeductions(input, "staff[2].deductions").problems.map((p) => [p.code, p.where]);

  it("rent and housing loan interest cannot be claimed together", () => {
    expect(problems([{ category: "housingLoanInterest", from: "2026-01" }, { category: "housingRent", from: "2026-06", amount: 1100 }])).toEqual([["deductions.rentAndLoan", "staff[2].deductions[1]"]]);
    // one after the other is fine
    expect(problems([{ category: "housingRent", from: "2025-01", to: "2025-12", amount: 800 }, { category: "housingLoanInterest", from: "2026-01" }])).toEqual([]);
  });

  it("shared elderly support at most 1,500; an only child's at most 3,000; the two together at most 3,000", () => {
    expect(problems([{ category: "elderlySupport", from: "2026-01", shared: true, amount: 1600 }])).toEqual([["deductions.elderlySharedCap", "staff[2].deductions[0].amount"]]);
    expect(problems([{ category: "elderlySupport", from: "2026-01", shared: true, amount: 1500 }])).toEqual([]);
    expect(problems([{ category: "elderlySupport", from: "2026-01", amount: 3001 }])).toEqual([["deductions.aboveStandard", "staff[2].deductions[0].amount"]]);
    expect(problems([{ category: "elderlySupport", from: "2026-01" }, { category: "elderlySupport", from: "2026-01", shared: true, amount: 1000 }])).toEqual([["deductions.aboveStandard", "staff[2].deductions[0].amount"]]);
  });

  it("rent only at one of the three tiers; rent and pension need an amount", () => {
    expect(problems([{ category: "housingRent", from: "2026-01", amount: 1200 }])).toEqual([["deductions.rentTier", "staff[2].deductions[0].amount"]]);
    expect(problems([{ category: "housingRent", from: "2026-01" }])).toEqual([["deductions.amountRequired", "staff[2].deductions[0].amount"]]);
    expect(problems([{ category: "personalPension", from: "2026-01" }])).toEqual([["deductions.amountRequired", "staff[2].deductions[0].amount"]]);
  });

  it("a certificate once a year, however many are obtained (国发〔2018〕41号 第八条: 取得证书的当年 3,600 定额)", () => {
    expect(problems([{ category: "continuingEducationCertificate", from: "2026-03" }, { category: "continuingEducationCertificate", from: "2026-11" }])).toEqual([["deductions.certificateOncePerYear", "staff[2].deductions[1].from"]]);
    expect(problems([{ category: "continuingEducationCertificate", from: "2026-03" }, { category: "continuingEducationCertificate", from: "2027-01" }])).toEqual([]);
  });

  it("serious illness is refused for the monthly withholding (annual settlement only)", () => {
    expect(problems([{ category: "seriousIllness", from: "2026-01", amount: 20000 }])).toEqual([["deductions.seriousIllnessAnnualOnly", "staff[2].deductions[0].category"]]);
  });

  it("bad months, amounts, categories and shares, each where it is", () => {
    expect(
      problems([
        { category: "childEducation", from: "2026-13" },
        { category: "childEducation", from: "2026-03", to: "2026-01" },
        { category: "childEducation", from: "2026-03", amount: "abc" },
        { category: "childEducation", from: "2026-03", amount: -5 },
        { category: "pets", from: "2026-03" },
        { category: "elderlySupport", from: "2026-03", share: "half" },
        { category: "housingRent", from: "2026-03", amount: 800, shared: true },
        { category: "infantCare", from: "2021-06" },
        { category: "childEducation", from: "2026-03", amount: 2500 },
        "nonsense",
      ]),
    ).toEqual([
      ["deductions.monthInvalid", "staff[2].deductions[0].from"],
      ["deductions.endBeforeStart", "staff[2].deductions[1].to"],
      ["deductions.amountInvalid", "staff[2].deductions[2].amount"],
      ["deductions.amountInvalid", "staff[2].deductions[3].amount"],
      ["deductions.categoryUnknown", "staff[2].deductions[4].category"],
      ["deductions.halfNotAllowed", "staff[2].deductions[5].share"],
      ["deductions.sharedOnlyElderly", "staff[2].deductions[6].shared"],
      ["deductions.beforeCategory", "staff[2].deductions[7].from"],
      ["deductions.aboveStandard", "staff[2].deductions[8].amount"],
      ["deductions.entryInvalid", "staff[2].deductions[9]"],
    ]);
    expect(problems("child")).toEqual([["deductions.notAList", "staff[2].deductions"]]);
  });

  it("a degree over 48 months is flagged but still counted; entries with problems are left out, never silently 0", () => {
    const r = parseDeductions([{ category: "continuingEducationDegree", from: "2022-09", to: "2026-12" }, { category: "childEducation", from: "2026-01", amount: "x" }], "d");
    expect(r.problems.map((p) => p.code)).toEqual(["deductions.degreeOver48Months", "deductions.amountInvalid"]);
    expect(r.entries.map((e) => e.category)).toEqual(["continuingEducationDegree"]);
  });

  it("names the category in both languages in the message", () => {
    const [p] = parseDeductions([{ category: "childEducation", from: "2026-03", amount: 2500 }], "d").problems;
    expect(formatMessage(p!.code, p!.params, "zh-CN")).toBe("子女教育每月 2500.00 超过 2026-03 的标准 2000.00。");
    expect(formatMessage(p!.code, p!.params, "en-US")).toBe("child education of 2500.00 a month is above the standard of 2000.00 in force in 2026-03.");
  });
});
