/**
 * Special additional deductions (专项附加扣除): the monthly standards by category, dated, with the source of
 * each. Amounts are yuan per month unless said otherwise; "from" is the first month a standard applies.
 *
 * - 国发〔2018〕41号《个人所得税专项附加扣除暂行办法》(from 2019-01): child education 1,000 per child (art. 5,
 *   100% by one parent or 50% each); continuing education 400 a month for a degree, at most 48 months, and
 *   3,600 in the year a vocational certificate is obtained (art. 8); serious illness: the part of the year's
 *   self-paid medical costs above 15,000, up to 80,000, deducted only in the annual settlement (汇算清缴,
 *   art. 11); first-home loan interest 1,000 (art. 14, at most 240 months; 50% each in the case of art. 15);
 *   rent 1,500 in municipalities, provincial capitals, cities under separate state planning and others the
 *   State Council names, 1,100 in other cities with a registered population above 1 million, 800 at or
 *   below 1 million (art. 17); a couple cannot have both rent and loan interest in one tax year (the rent chapter); elderly support
 *   2,000 for an only child, otherwise shared with siblings at most 1,000 each (art. 22).
 *   English summary: https://www.chinatax.gov.cn/eng/c101276/c102444/index.html ;
 *   https://www.leetsai.com/general-corporate-affairs/interim-measures-for-additional-special-individual-income-tax-deductions-mainland-china
 * - 国发〔2022〕8号 (from 2022-01): care of a child under 3, 1,000 per child (100% or 50% each).
 * - 国发〔2023〕13号 (from 2023-01): infant care 1,000 → 2,000; child education 1,000 → 2,000; elderly support
 *   2,000 → 3,000, shared at most 1,500 each. Text: https://kaizencpa.com/News/info/id/300.html
 * - Personal pension (个人养老金): contributions deducted as paid, up to 12,000 a year (财政部 税务总局公告
 *   2022年第34号, pilot cities from 2022-01; nationwide by 公告2024年第21号:
 *   http://zhejiang.chinatax.gov.cn/art/2025/3/19/art_26317_632589.html).
 */
export const specialDeductionStandards = {
  childEducation: {
    perMonth: [
      { from: "2019-01", amount: "1000", source: "国发〔2018〕41号 第五条" },
      { from: "2023-01", amount: "2000", source: "国发〔2023〕13号 第二条" },
    ],
    halfShare: true,
  },
  infantCare: {
    perMonth: [
      { from: "2022-01", amount: "1000", source: "国发〔2022〕8号" },
      { from: "2023-01", amount: "2000", source: "国发〔2023〕13号 第一条" },
    ],
    halfShare: true,
  },
  elderlySupport: {
    perMonth: [
      { from: "2019-01", amount: "2000", source: "国发〔2018〕41号 第二十二条" },
      { from: "2023-01", amount: "3000", source: "国发〔2023〕13号 第三条" },
    ],
    /** The most one sibling may take when the deduction is shared. */
    sharedCap: [
      { from: "2019-01", amount: "1000", source: "国发〔2018〕41号 第二十二条" },
      { from: "2023-01", amount: "1500", source: "国发〔2023〕13号 第三条" },
    ],
    halfShare: false,
  },
  housingLoanInterest: {
    perMonth: [{ from: "2019-01", amount: "1000", source: "国发〔2018〕41号 第十四条" }],
    halfShare: true,
  },
  housingRent: {
    /** The highest tier; the allowed amounts are `tiers`. */
    perMonth: [{ from: "2019-01", amount: "1500", source: "国发〔2018〕41号 第十七条" }],
    tiers: ["1500", "1100", "800"],
    halfShare: false,
  },
  continuingEducationDegree: {
    perMonth: [{ from: "2019-01", amount: "400", source: "国发〔2018〕41号 第八条" }],
    maxMonths: 48,
    halfShare: false,
  },
  continuingEducationCertificate: {
    /** Once, in the year the certificate is obtained: a lump sum, not a monthly amount. */
    perYear: [{ from: "2019-01", amount: "3600", source: "国发〔2018〕41号 第八条" }],
    halfShare: false,
  },
  personalPension: {
    /** Contributions as paid, capped per year. */
    perYear: [{ from: "2022-01", amount: "12000", source: "财政部 税务总局公告2022年第34号" }],
    halfShare: false,
  },
  seriousIllness: {
    /** Annual settlement only: never in the monthly withholding. */
    annualOnly: true,
    excessOver: "15000",
    cap: "80000",
    source: "国发〔2018〕41号 第十一条",
  },
} as const;

/** The e-filing (扣缴申报) column of each category's cumulative amount. */
export const efilingColumns = {
  childEducation: "累计子女教育",
  continuingEducation: "累计继续教育",
  housingLoanInterest: "累计住房贷款利息",
  housingRent: "累计住房租金",
  elderlySupport: "累计赡养老人",
  infantCare: "累计3岁以下婴幼儿照护",
  personalPension: "累计个人养老金",
} as const;

/** Category names for messages and sheets, Chinese first. */
export const deductionCategoryNames: Record<string, { zh: string; en: string }> = {
  childEducation: { zh: "子女教育", en: "child education" },
  infantCare: { zh: "3岁以下婴幼儿照护", en: "care of a child under 3" },
  elderlySupport: { zh: "赡养老人", en: "elderly support" },
  housingLoanInterest: { zh: "住房贷款利息", en: "housing loan interest" },
  housingRent: { zh: "住房租金", en: "housing rent" },
  continuingEducationDegree: { zh: "继续教育（学历）", en: "continuing education (degree)" },
  continuingEducationCertificate: { zh: "继续教育（职业资格证书）", en: "continuing education (certificate)" },
  personalPension: { zh: "个人养老金", en: "personal pension" },
};
