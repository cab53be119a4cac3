/**
 * The year-end one-off bonus (全年一次性奖金), as data.
 *
 * 财政部 税务总局公告2023年第30号《关于延续实施全年一次性奖金个人所得税政策的公告》(2023-08-18):
 *   一、居民个人取得全年一次性奖金，符合《国家税务总局关于调整个人取得全年一次性奖金等计算征收个人所得税方法问题的通知》
 *   （国税发〔2005〕9号）规定的，不并入当年综合所得，以全年一次性奖金收入除以12个月得到的数额，按照本公告所附按月换算后的
 *   综合所得税率表，确定适用税率和速算扣除数，单独计算纳税。计算公式为：应纳税额＝全年一次性奖金收入×适用税率－速算扣除数
 *   二、居民个人取得全年一次性奖金，也可以选择并入当年综合所得计算纳税。
 *   三、本公告执行至2027年12月31日。
 * English text: https://www.my-associate.com/index.php?m=home&c=View&a=index&aid=467&lang=en ;
 * summary: https://bayarea.gov.hk/en/resource/mainland-policies-measures-20230818b.html ("valid until 31 December 2027").
 * Once per person per tax year: 国税发〔2005〕9号 第三条 (在一个纳税年度内，对每一个纳税人，该计税办法只允许采用一次).
 *
 * The table is the monthly-converted comprehensive income table (按月换算后的综合所得税率表) attached to the
 * announcement; "upTo" is the bonus ÷ 12 bound, inclusive ("不超过3,000元的").
 */
export const annualBonusPolicy = {
  source: "财政部 税务总局公告2023年第30号",
  /** The last day the separate option is in force, unless a setting extends it (a later announcement). */
  separateTaxationUntil: "2027-12-31",
  monthlyTable: [
    { upTo: "3000", rate: "0.03", quickDeduction: "0" },
    { upTo: "12000", rate: "0.10", quickDeduction: "210" },
    { upTo: "25000", rate: "0.20", quickDeduction: "1410" },
    { upTo: "35000", rate: "0.25", quickDeduction: "2660" },
    { upTo: "55000", rate: "0.30", quickDeduction: "4410" },
    { upTo: "80000", rate: "0.35", quickDeduction: "7160" },
    { upTo: null, rate: "0.45", quickDeduction: "15160" },
  ],
} as const;
