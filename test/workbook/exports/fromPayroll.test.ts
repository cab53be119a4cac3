/**
 * The payroll as the exports take it: each person paid, each figure the payroll's. Figures worked by
 * hand from the README's default rates (employee pension 8%, medical 2%, unemployment 0.5%, housing
 * fund 5%, floors 4462 and 2490).
 */
import { parseConfig } from "../../../src/core/config";
import { computePayroll } from "../../../src/core/payroll";
import { D } from "../../../src/core/money";
import { bankPaymentPeople, taxFilingPeople } from "../../../src/workbook/exports";

const CONFIG = {
  roles: [
    { id: "manager", baseMin: "3000", baseMax: "50000", share: "0.3", insured: true },
    { id: "temp", baseMin: "2000", baseMax: "2000", share: null, insured: false },
  ],
  staff: [
    { id: "E01", name: "王五", role: "manager", base: "6000", specialAdditionalDeduction: "1000", startDate: "2025-01-01", idNumber: "11010519491231002X", bank: "工行", bankAccount: "6222021234567890123" },
    { id: "T1", name: "临时工", role: "temp", startDate: "2025-01-01", idType: "中国护照", idNumber: "E12345678" },
    { id: "E09", name: "已离职", role: "manager", base: "5000", startDate: "2025-01-01", endDate: "2026-01-31" },
  ],
  months: [
    { month: "2026-01", grossMargin: "0" },
    { month: "2026-02", grossMargin: "0" },
  ],
};

function payroll() {
  const parsed = parseConfig(CONFIG);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return { config: parsed.config, result: computePayroll(parsed.config, "2026-02") };
}

test("tax filing: one person a row, those employed in the month; gross, the insurance parts and the housing fund are the payroll's", () => {
  const { config, result } = payroll();
  const people = taxFilingPeople(config, result, "zh-CN");
  expect(people.map((p) => [p.id, p.where, p.idType, p.idNumber])).toEqual([
    ["E01", "staff[0]", "居民身份证", "11010519491231002X"],
    ["T1", "staff[1]", "中国护照", "E12345678"],
  ]);
  const [e01, t1] = people;
  // 6000 at 8% / 2% / 0.5% = 480.00 / 120.00 / 30.00 (together the payroll's 630.00); housing fund 5% = 300.00.
  expect([e01!.income, e01!.pension, e01!.medical, e01!.unemployment, e01!.housingFund].map((x) => x!.toString())).toEqual(["6000", "480", "120", "30", "300"]);
  expect(result.employees[0]!.socialInsurance.toString()).toBe("630");
  // Not insured: no parts; gross the fixed base 2000.
  expect([t1!.income, t1!.pension, t1!.medical, t1!.unemployment].map((x) => x!.toString())).toEqual(["2000", "0", "0", "0"]);
  // Special additional deductions: 1000 in January and in February = 2000.00 so far, in the note.
  expect(e01!.note).toBe("ShopSheet 截至 2026-02 累计扣除专项附加扣除 2000.00 元（分项请以客户端下载的为准）");
  expect(t1!.note).toBeUndefined();
});

test("bank list: name, bank and account from Staff, the month's net pay", () => {
  const { config, result } = payroll();
  const people = bankPaymentPeople(config, result);
  expect(people.map((p) => [p.id, p.name, p.bank, p.bankAccount, p.netPay.toString(), p.where])).toEqual([
    // 6000 − 630 − 300 − tax: (6000 + 6000) − 2 × 5000 − 2 × 930 − 2000 < 0, so no tax: 5070.
    ["E01", "王五", "工行", "6222021234567890123", "5070", "staff[0]"],
    ["T1", "临时工", "", "", "2000", "staff[1]"],
  ]);
});

test("tax filing with a city profile: the parts are the profile's, rounded its way, and add up to the payroll's (issue 13)", () => {
  // Shanghai's example, 2024-07 to 2025-06 (src/data/rules/insuranceProfiles.ts): 7,384–36,921, up to the jiao.
  // A base of 6,000 is lifted to the floor 7,384: 590.72 → 590.80; 147.68 → 147.70; 36.92 → 37.00 (together 775.50,
  // where Settings' single floor of 4,462 would give 6,000's 630.00); housing fund 6,000 × 5% = 300, to the yuan.
  // Before, the export recomputed the parts to the fen and stopped on the mismatch with the payroll.
  const parsed = parseConfig({ ...CONFIG, settings: { insuranceProfile: "shanghai" }, months: [{ month: "2025-03", grossMargin: "0" }] });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const result = computePayroll(parsed.config, "2025-03");
  const [e01] = taxFilingPeople(parsed.config, result, "zh-CN");
  expect([e01!.pension, e01!.medical, e01!.unemployment, e01!.housingFund].map((x) => new D(x!).toFixed(2))).toEqual(["590.80", "147.70", "37.00", "300.00"]);
  expect(result.employees[0]!.socialInsurance.toFixed(2)).toBe("775.50");
});

/**
 * Issue 13: the 累计 category columns from the staff's deductions by category, and 备注 for STA 2020 No. 19.
 * 2026-01 to 2026-03, a manager at 6000: child education (2,000 a month) from January and elderly support
 * shared (1,500) from February; a degree course (400) in March and a certificate (3,600) in February make
 * 累计继续教育 400 + 3,600 = 4,000. The history starts in February (no opening balance for E01), so by March:
 * 子女教育 2 × 2,000 = 4,000; 赡养老人 2 × 1,500 = 3,000.
 */
test("tax filing: the categories' figures to date in the 累计 columns; No. 19's remark in 备注", () => {
  const parsed = parseConfig({
    roles: CONFIG.roles,
    staff: [
      {
        id: "E01", name: "王五", role: "manager", base: "6000", startDate: "2025-01-01", idNumber: "11010519491231002X",
        iit: { previousYearUnder60k: true },
        deductions: [
          { category: "childEducation", from: "2026-01" },
          { category: "elderlySupport", from: "2026-02", shared: true, amount: 1500 },
          { category: "continuingEducationDegree", from: "2026-03", to: "2026-06" },
          { category: "继续教育（职业资格证书）", from: "2026-02" },
        ],
      },
      // An opening balance with deductions is one figure: its categories are unknown, so the columns stay blank.
      { id: "E02", name: "赵六", role: "manager", base: "6000", startDate: "2025-01-01", idNumber: "11010519491231002X".replace("002X", "0038"), opening: { months: 1, gross: "6000", insurance: "930", specialAdditionalDeduction: "2000", taxWithheld: "0" }, deductions: [{ category: "childEducation", from: "2026-01" }] },
    ],
    months: [{ month: "2026-02", grossMargin: "0" }, { month: "2026-03", grossMargin: "0" }],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const [e01, e02] = taxFilingPeople(parsed.config, computePayroll(parsed.config, "2026-03"), "zh-CN");
  const columns = (p: typeof e01) => [p!.childEducation, p!.continuingEducation, p!.housingLoanInterest, p!.housingRent, p!.elderlySupport, p!.infantCare, p!.privatePension].map((x) => (x === undefined ? undefined : x.toString()));
  // E01 is on the payroll from the chain's February: February and March at this employer in the chain (no opening).
  // 子女教育 2 × 2,000 = 4,000; 继续教育 3,600 (Feb) + 400 (Mar) = 4,000; 赡养老人 2 × 1,500 = 3,000.
  expect(columns(e01)).toEqual(["4000", "4000", "0", "0", "3000", "0", "0"]);
  expect(e01!.note).toBe("上年各月均有申报且全年收入不超过6万元");
  expect(columns(e02)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  // 2,000 in the opening + 2 × 2,000 = 6,000 deducted; the note says why the columns are blank.
  expect(e02!.note).toBe("ShopSheet 截至 2026-03 累计扣除专项附加扣除 6000.00 元（分项请以客户端下载的为准）；期初余额中的专项附加扣除 2000.00 元未分类别，累计分项未填写，请以客户端下载的为准");
});

test("tax filing: a year-end bonus taxed separately goes on the bonus sheet, out of the wages' income; a merged one stays in it", () => {
  // 财政部 税务总局公告2023年第30号: a separately taxed bonus is not part of the month's comprehensive income (filed as
  // 全年一次性奖金收入); merged, it is wages of the month. E01 asks separate for 12,000; T1's 500 is merged as asked.
  const bonusConfig = {
    ...CONFIG,
    months: [
      { month: "2026-01", grossMargin: "0" },
      { month: "2026-02", grossMargin: "0", entries: [{ staff: "E01", annualBonus: "12000", annualBonusTaxation: "separate" }, { staff: "T1", annualBonus: "500", annualBonusTaxation: "merged" }] },
    ],
  };
  const parsed = parseConfig(bonusConfig);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const result = computePayroll(parsed.config, "2026-02");
  const [e01, t1] = taxFilingPeople(parsed.config, result, "zh-CN");
  expect([e01!.income.toString(), e01!.bonus?.toString()]).toEqual(["6000", "12000"]);
  expect(result.employees[0]!.gross.toString()).toBe("18000");
  expect([t1!.income.toString(), t1!.bonus]).toEqual(["2500", undefined]);
});
