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
