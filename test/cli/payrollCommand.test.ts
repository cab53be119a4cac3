import { cli, npmShopsheet, tempFile } from "./run";

const MONEY = /^-?\d+\.\d{2}$/;

describe("shopsheet payroll", () => {
  test("the example team: one JSON document, money as two-decimal strings, totals add up", () => {
    const r = npmShopsheet(["payroll", "--month", "2026-11", "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(["month", "pool", "employees", "totals", "warnings"]);
    expect(Object.keys(doc.pool)).toEqual(["grossMargin", "rate", "pool", "allocatedShare", "allocated", "unallocated"]);
    expect(doc.employees).toHaveLength(8);
    const keys = [
      "paidBase", "commission", "reward", "overtimePay", "leaveDeduction", "allowances", "annualBonus", "earningsTotal", "gross", "pension", "medical", "unemployment", "socialInsurance",
      "housingFund", "specialAdditionalDeduction", "cumulativeTaxable", "cumulativeTax", "iit", "annualBonusTax", "penalty", "deductionTotal", "net", "employerSocialInsurance", "employerHousingFund", "employerCost",
    ];
    expect(Object.keys(doc.employees[0])).toEqual(["id", "name", "role", ...keys, "annualBonusTaxation", "basicDeductionRule", "cumulativeBasicDeduction", "specialAdditionalDeductions"]);
    // No bonus in the example: no taxation applied.
    expect(doc.employees.map((e: Record<string, unknown>) => e.annualBonusTaxation)).toEqual(Array(8).fill(null));
    expect(Object.keys(doc.totals)).toEqual(keys);
    for (const e of doc.employees) for (const k of keys) expect(e[k]).toMatch(MONEY);
    const fen = (s: string) => Math.round(Number(s) * 100);
    for (const k of keys) expect(doc.employees.reduce((a: number, e: Record<string, string>) => a + fen(e[k]!), 0)).toBe(fen(doc.totals[k]));
    // The example's November margin 168000 × 40% = 67200; the manager's 30% of it is 20160.
    expect(doc.pool).toMatchObject({ grossMargin: "168000.00", pool: "67200.00" });
    expect(doc.employees[0]).toMatchObject({ role: "manager", commission: "20160.00" });
    // Shipping's share is missing in the source: a warning, never a silent zero.
    expect(doc.warnings).toContainEqual(expect.objectContaining({ code: "pool.shareMissing", where: "roles[shipping].share" }));
  });

  test("the text table names each role as the language says it, never by its id (manager is the JSON's)", async () => {
    for (const [lang, name] of [["zh-CN", "电商部经理"], ["en-US", "E-commerce manager"]] as const) {
      const r = await cli(["payroll", "--month", "2026-11", "--lang", lang]);
      const row = r.stdout.split("\n").find((l) => l.includes(" E01 "))!;
      expect(row).toContain(name);
      expect(row).not.toMatch(/│ manager /);
    }
  });

  test("the example team's special additional deductions, worked by hand for 2026-11 (January to November at this employer)", async () => {
    const r = await cli(["payroll", "--month", "2026-11", "--json"]);
    const doc = JSON.parse(r.stdout);
    const [manager, promoter] = doc.employees;
    // E01, 子女教育 since 2024-09 at the standard 2,000. Gross each month 8,000 + 30% of 40% of the margin: Σ margins
    // Jan–Nov 1,292,000 × 12% = 155,040 + 88,000 = 243,040; less 11 × (5,000 + 840 + 400 + 2,000) = 90,640: 152,400;
    // × 20% − 16,920 = 13,560. To October: 214,880 − 10 × 8,240 = 132,480 × 10% − 2,520 = 10,728. November: 2,832;
    // net 28,160 − 840 − 400 − 2,832 = 24,088.
    expect(manager).toMatchObject({ id: "E01", specialAdditionalDeduction: "2000.00", cumulativeTaxable: "152400.00", cumulativeTax: "13560.00", iit: "2832.00", net: "24088.00" });
    expect(manager.specialAdditionalDeductions.childEducation).toEqual({ month: "2000.00", toDate: "22000.00" });
    // E02, 住房租金 1,500 since 2025-06. Gross 2,500 + 8% of the pool + the 300 reward; Σ Jan–Nov 2,500 × 11 + 0.032 ×
    // 1,292,000 + 3,300 = 72,144; insurance on the floor 4,462 × 10.5% = 468.51 and the fund on the base 2,500 × 5% =
    // 125.00; 72,144 − 11 × (5,000 + 593.51 + 1,500) = −5,884.61: no tax in any month; net 8,176 − 593.51 = 7,582.49.
    expect(promoter).toMatchObject({ id: "E02", specialAdditionalDeduction: "1500.00", cumulativeTaxable: "-5884.61", cumulativeTax: "0.00", iit: "0.00", net: "7582.49" });
    expect(promoter.specialAdditionalDeductions.housingRent).toEqual({ month: "1500.00", toDate: "16500.00" });
  });

  test("a config worked by hand", async () => {
    const config = tempFile("team.json", {
      staff: [{ id: "M", name: "Boss", role: "manager", base: "10000" }],
      months: [{ month: "2026-01", grossMargin: 100000 }],
    });
    const r = await cli(["payroll", "--config", config, "--month", "2026-01", "--json"]);
    expect(r.stderr).toBe("");
    const doc = JSON.parse(r.stdout);
    // pool 100000 × 40% = 40000; commission 30% = 12000; gross 10000 + 12000 = 22000.
    // SI on 10000: 800 + 200 + 50 = 1050; housing fund 5% = 500.
    // taxable 22000 − 5000 − 1050 − 500 = 15450; tax 3% = 463.50; deductions 1050 + 500 + 463.50 = 2013.50;
    // net 22000 − 2013.50 = 19986.50.
    // employer SI 1600 + 950 + 50 + 20 = 2620; housing fund 500; cost 22000 + 2620 + 500 = 25120.
    expect(doc.employees[0]).toEqual({
      id: "M", name: "Boss", role: "manager",
      paidBase: "10000.00", commission: "12000.00", reward: "0.00", penalty: "0.00", overtimePay: "0.00", leaveDeduction: "0.00", allowances: "0.00", annualBonus: "0.00", earningsTotal: "22000.00", gross: "22000.00",
      pension: "800.00", medical: "200.00", unemployment: "50.00",
      socialInsurance: "1050.00", housingFund: "500.00", specialAdditionalDeduction: "0.00",
      cumulativeTaxable: "15450.00", cumulativeTax: "463.50", iit: "463.50", annualBonusTax: "0.00", deductionTotal: "2013.50", net: "19986.50",
      employerSocialInsurance: "2620.00", employerHousingFund: "500.00", employerCost: "25120.00", annualBonusTaxation: null,
      basicDeductionRule: "monthsEmployed", cumulativeBasicDeduction: "5000.00", specialAdditionalDeductions: null,
    });
    expect(doc.pool).toEqual({ grossMargin: "100000.00", rate: "0.4", pool: "40000.00", allocatedShare: "0.3", allocated: "12000.00", unallocated: "28000.00" });
  });

  test("issue 13's special taxpayers: the basic deduction's rule and the deductions by category in the JSON", async () => {
    // A designer (base 2500, insured on 5000 → 525 SI; housing fund 5% of 5000 = 250) under STA 2020 No. 19, with
    // one child at school from January and a certificate in March. March: basic deduction 60,000 (not 15,000);
    // child education 2,000 this month, 6,000 to date; the certificate 3,600 in its month.
    const config = tempFile("team.json", {
      staff: [{ id: "D", name: "小美", role: "designer", contributionBase: "5000", iit: { previousYearUnder60k: true }, deductions: [{ category: "子女教育", from: "2026-01" }, { category: "continuingEducationCertificate", from: "2026-03" }] }],
      months: ["2026-01", "2026-02", "2026-03"].map((month) => ({ month, grossMargin: 0 })),
    });
    const r = await cli(["payroll", "--config", config, "--month", "2026-03", "--json"]);
    expect(r.stderr).toBe("");
    const e = JSON.parse(r.stdout).employees[0];
    expect([e.basicDeductionRule, e.cumulativeBasicDeduction, e.specialAdditionalDeduction, e.iit]).toEqual(["previousYearUnder60k", "60000.00", "5600.00", "0.00"]);
    expect(e.specialAdditionalDeductions.childEducation).toEqual({ month: "2000.00", toDate: "6000.00" });
    expect(e.specialAdditionalDeductions.continuingEducationCertificate).toEqual({ month: "3600.00", toDate: "3600.00" });
    expect(e.specialAdditionalDeductions.housingRent).toEqual({ month: "0.00", toDate: "0.00" });
  });

  test("a bad deduction item: exit 2, named by its place in the language asked", async () => {
    const config = tempFile("bad.json", { staff: [{ id: "D", role: "designer", deductions: [{ category: "住房租金", from: "2026-01", amount: "1,200" }] }] });
    const r = await cli(["payroll", "--config", config, "--month", "2026-03", "--lang", "zh-CN"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("staff[0].deductions[0].amount");
    expect(r.stderr).toContain("住房租金每月只能按 1500 / 1100 / 800 元三档之一扣除");
  });

  test("a penalty worked by hand: a deduction in 扣款合计, out of 应发合计, and the tax on the pay after it (issue 12)", async () => {
    const config = tempFile("penalty.json", {
      staff: [{ id: "M", name: "Boss", role: "manager", base: "10000" }],
      months: [{ month: "2026-01", grossMargin: 0, entries: [{ staff: "M", penalty: "500" }] }],
    });
    const r = await cli(["payroll", "--config", config, "--month", "2026-01", "--json"]);
    expect(r.stderr).toBe("");
    const doc = JSON.parse(r.stdout);
    // 应发合计 = base 10,000 (no pool). The tax is on 10,000 − 500 = 9,500: SI 800 + 200 + 50 = 1,050, housing
    // fund 500, taxable 9,500 − 5,000 − 1,550 = 2,950 × 3% = 88.50. 扣款合计 = 1,050 + 500 + 88.50 + 500 = 2,138.50;
    // 实发 = 10,000 − 2,138.50 = 7,861.50 (= 9,500 − 1,050 − 500 − 88.50). Cost 9,500 + 2,620 + 500 = 12,620.
    expect(doc.employees[0]).toMatchObject({
      earningsTotal: "10000.00", penalty: "500.00", gross: "9500.00", iit: "88.50", deductionTotal: "2138.50", net: "7861.50", employerCost: "12620.00",
    });
    const table = await cli(["payroll", "--config", config, "--month", "2026-01", "--lang", "zh-CN"]);
    // The table's header: 应发合计 before the deductions, the penalty after the taxes.
    const header = table.stdout.split("\n").find((l) => l.includes("应发合计"))!;
    expect(header.indexOf("应发合计")).toBeLessThan(header.indexOf("个税"));
    expect(header.indexOf("扣罚")).toBeGreaterThan(header.indexOf("个税"));
  });

  test("a year-end bonus worked by hand: annualBonus, annualBonusTax, annualBonusTaxation and the warning that says why", async () => {
    // Wages 10,000 (no pool): SI 1,050, housing fund 500, T = 10,000 − 5,000 − 1,550 = 3,450, tax 103.50.
    // Bonus 36,000: separately 36,000 × 3% = 1,080.00 (财政部 税务总局公告2023年第30号); merged CT(39,450) = 3,945 − 2,520
    // = 1,425 − 103.50 = 1,321.50. Separate is lower by 241.50. Net = 46,000 − 1,050 − 500 − 103.50 − 1,080 = 43,266.50.
    const config = tempFile("bonus.json", {
      staff: [{ id: "M", name: "Boss", role: "manager", base: "10000" }],
      months: [{ month: "2026-01", grossMargin: 0, entries: [{ staff: "M", annualBonus: "36,000" }] }],
    });
    const r = await cli(["payroll", "--config", config, "--month", "2026-01", "--json", "--lang", "en-US"]);
    expect(r.stderr).toBe("");
    const doc = JSON.parse(r.stdout);
    expect(doc.employees[0]).toMatchObject({ annualBonus: "36000.00", gross: "46000.00", iit: "103.50", annualBonusTax: "1080.00", annualBonusTaxation: "separate", net: "43266.50" });
    expect(doc.totals).toMatchObject({ annualBonus: "36000.00", annualBonusTax: "1080.00" });
    const w = doc.warnings.find((x: { code: string }) => x.code === "bonus.choseSeparate");
    expect(w.where).toBe("months[0].entries[0].annualBonus");
    expect(w.message).toContain("241.50");
    const table = await cli(["payroll", "--config", config, "--month", "2026-01", "--lang", "zh-CN"]);
    expect(table.stdout).toContain("年终奖个税");
    expect(table.stdout).toContain("单独计税少缴 241.50");
  });

  test("a bonus taxation that is neither separate nor merged: exit 2, where and what", async () => {
    const config = tempFile("bonus-bad.json", {
      staff: [{ id: "M", name: "Boss", role: "manager", base: "10000" }],
      months: [{ month: "2026-01", entries: [{ staff: "M", annualBonus: "1000", annualBonusTaxation: "单独" }] }],
    });
    const r = await cli(["payroll", "--config", config, "--month", "2026-01", "--lang", "en-US"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("months[0].entries[0].annualBonusTaxation");
    expect(r.stderr).toContain("is not a year-end bonus taxation");
  });

  test("bad config: exit 2, every problem with its place on stderr, nothing on stdout", () => {
    const config = tempFile("bad.json", { staff: [{ role: "manager", base: "8000" }, { role: "boss" }, { role: "service", base: "abc" }] });
    const r = npmShopsheet(["payroll", "--config", config, "--month", "2026-11", "--json"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('staff[2].base: "abc" is not an amount');
  });

  test("--month is required; a missing file is named", async () => {
    expect((await cli(["payroll"])).stderr).toContain("--month is required");
    const r = await cli(["payroll", "--month", "2026-11", "--config", "/nonexistent/team.json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--config: cannot read /nonexistent/team.json");
  });

  test("the table for people says when it is the example team, in the chosen language", async () => {
    const r = await cli(["payroll", "--month", "2026-11", "--lang", "zh-CN"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("内置示例团队");
    expect(r.stdout).toContain("实发工资");
    expect(r.stdout).toContain("利润分成池");
  });
});
