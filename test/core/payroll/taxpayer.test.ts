import { parseConfig } from "../../../src/core/config";
import { computePayrollYear } from "../../../src/core/payroll";
import type { Config } from "../../../src/core/types";
import { s2 } from "./fixtures";

function configOf(raw: unknown): Config {
  const parsed = parseConfig(raw);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.config;
}

/**
 * A person who leaves and comes back in the same tax year is the same taxpayer at the same employer:
 * the cumulative withholding runs on across both periods (累计预扣法: cumulative income, and the basic
 * deduction × the months employed at this employer this year: "累计减除费用，按照5000元/月乘以纳税人当年截至
 * 本月在本单位的任职受雇月份数计算", 国家税务总局公告2018年第56号/第61号, as quoted at
 * http://part.zssdsyy.cn/news/7726399.html; the months out of work count no deduction).
 *
 * Worked by hand. Base 20000, insured at the default rates: social insurance 20000 × (8% + 2% + 0.5%)
 * = 1600 + 400 + 100 = 2100.00, housing fund 5% = 1000.00; no commission (no share), no special
 * deduction. Each month employed adds 20000 − 5000 − 3100 = 11900 of taxable income.
 *   Jan 11900 → 3% = 357.00, withheld 357.00        Feb 23800 → 714.00, withheld 357.00
 *   Mar, Apr: not employed (no row, nothing counted)
 *   May 35700 → 1071.00, withheld 357.00            Jun 47600 → 10% − 2520 = 2240.00, withheld 1169.00
 * Restarting the year at the second record would withhold 357.00 in June: 812.00 too little.
 */
const raw = {
  roles: [{ id: "staff", share: null, baseMin: null }],
  staff: [
    { id: "A", name: "王五", role: "staff", base: "20000", startDate: "2025-09-01", endDate: "2026-02-28" },
    { id: "A-2", name: "王五", role: "staff", base: "20000", startDate: "2026-05-01", sameAs: "A" },
  ],
  months: [{ month: "2026-01" }, { month: "2026-06" }],
};

describe("a re-hire in the same tax year", () => {
  test("carries income, months, insurance and tax withheld across both records, worked by hand", () => {
    const year = computePayrollYear(configOf(raw), "2026-06");
    const rows = year.map((r) => [r.month, ...r.employees.map((e) => `${e.id} ${s2(e.cumulativeTaxable)} ${s2(e.cumulativeTax)} ${s2(e.iit)} ${s2(e.net)}`)]);
    expect(rows).toEqual([
      ["2026-01", "A 11900.00 357.00 357.00 16543.00"],
      ["2026-02", "A 23800.00 714.00 357.00 16543.00"],
      ["2026-03"],
      ["2026-04"],
      ["2026-05", "A-2 35700.00 1071.00 357.00 16543.00"],
      ["2026-06", "A-2 47600.00 2240.00 1169.00 15731.00"],
    ]);
  });

  test("starts from the first record's opening balance", () => {
    // Opening: 2 months, 40000 gross, 6200 insurance, 1000 tax withheld → Jan: 40000 + 20000 − 5000 × 3 − 9300
    // = 35700 → 1071.00 − 1000 = 71.00; … June (months 6): 71400 → 10% − 2520 = 4620.00.
    const withOpening = {
      ...raw,
      staff: [{ ...raw.staff[0], opening: { months: 2, gross: "40000", insurance: "6200", taxWithheld: "1000" } }, raw.staff[1]],
    };
    const year = computePayrollYear(configOf(withOpening), "2026-06");
    expect(year.map((r) => r.employees.map((e) => `${s2(e.cumulativeTaxable)} ${s2(e.iit)}`))).toEqual([
      ["35700.00 71.00"],
      ["47600.00 1169.00"],
      [],
      [],
      ["59500.00 1190.00"],
      ["71400.00 1190.00"],
    ]);
    // Jun: 4620.00 − (1000 + 71 + 1169 + 1190) = 1190.00; and no "year to date incomplete" warning: the opening covers it.
    expect(year[5]!.warnings.map((w) => w.code)).not.toContain("history.ytdIncomplete");
  });

  test("a second record without sameAs is a person of its own (the year restarts), as the user asked", () => {
    const apart = { ...raw, staff: [raw.staff[0], { ...raw.staff[1], sameAs: undefined }] };
    const june = computePayrollYear(configOf(apart), "2026-06")[5]!;
    expect(june.employees.map((e) => `${e.id} ${s2(e.cumulativeTaxable)} ${s2(e.iit)}`)).toEqual(["A-2 23800.00 357.00"]);
  });
});
