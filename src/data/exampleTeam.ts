/**
 * The built-in example team: one person per seat of the catalogue (1 manager, 2 promotion specialists,
 * 1 designer, 3 customer service, 1 shipping). Every name and figure is an EXAMPLE, marked so in the
 * names, for trying ShopSheet before entering a real team. It is a config document like a user's,
 * so it goes through the same checks.
 */

/** Example monthly gross margin and sales target, January to December (November holds 双十一). */
const EXAMPLE_MARGINS = ["98000", "86000", "105000", "112000", "118000", "135000", "109000", "114000", "121000", "126000", "168000", "152000"];
const EXAMPLE_TARGETS = ["320000", "280000", "340000", "360000", "380000", "450000", "350000", "370000", "390000", "410000", "560000", "500000"];

const staff = [
  // Special additional deductions by category (专项附加扣除), so that the example shows them on their sheet, the
  // payroll and the slips: the manager's child at school (子女教育, the standard 2,000 a month), the promoter's rent in a
  // provincial capital (住房租金, the 1,500 tier; it takes the promoter's tax to nothing: test/cli/payrollCommand.test.ts).
  { id: "E01", name: "王经理（示例）", role: "manager", base: "8000", deductions: [{ category: "childEducation", from: "2024-09" }], startDate: "2024-03-01" },
  { id: "E02", name: "李推广（示例）", role: "promoter", deductions: [{ category: "housingRent", from: "2025-06", amount: "1500" }], startDate: "2025-06-01" },
  { id: "E03", name: "赵推广（示例）", role: "promoter", startDate: "2025-09-15" },
  { id: "E04", name: "陈美工（示例）", role: "designer", contributionBase: "5000", startDate: "2025-02-01" },
  { id: "E05", name: "刘客服（示例）", role: "service", startDate: "2024-11-01" },
  { id: "E06", name: "杨客服（示例）", role: "service", startDate: "2025-04-01" },
  { id: "E07", name: "周客服（示例）", role: "service", startDate: "2026-03-16" },
  // The source has no pay rule for shipping: the role keeps a missing share (warned); the base is per person.
  { id: "E08", name: "吴发货（示例）", role: "shipping", base: "2200", startDate: "2025-01-01" },
];

/** The example config for the tax year of `month` ("YYYY-MM"): every month from January to `month`. */
export function exampleTeamConfig(month: string) {
  const year = month.slice(0, 4);
  const upTo = Number(month.slice(5, 7));
  const months = Array.from({ length: upTo }, (_, i) => ({
    month: `${year}-${String(i + 1).padStart(2, "0")}`,
    grossMargin: EXAMPLE_MARGINS[i]!,
    salesTarget: EXAMPLE_TARGETS[i]!,
    entries: [
      { staff: "E02", reward: "300" },
      { staff: "E06", penalty: "100" },
    ],
  }));
  return {
    settings: { targets: { aov: "128", cvr: "0.03" } },
    staff: staff.map((s) => ({ ...s })),
    months,
  };
}
