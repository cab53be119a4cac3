import fc from "fast-check";
import { defaultEngineSettings } from "../../src/core/defaults";
import { D, round2, type Dec } from "../../src/core/money";
import { contributionBase, employeeSocialInsurance } from "../../src/core/payroll/contributions";
import { proratedBase } from "../../src/core/payroll/basePay";
import { commission as coreCommission, profitPool } from "../../src/core/pool";
import { catalogueRoles } from "../../src/core/roles";
import { spreadTarget } from "../../src/core/targets";
import { cumulativeTax, withholding } from "../../src/core/tax/cnIit";
import type { Role } from "../../src/core/types";
import * as f from "../../src/functions/functions";
import { loadImplementation } from "../../src/functions/deferred";
import { rolesCacheSize, clearRolesCache } from "../../src/functions/ranges";
import { clearSpreadCache, spreadCacheSize } from "../../src/functions/spread";
import { rolesTable } from "../../src/workbook/sheets/roles";
import type { Lang } from "../../src/data/lang";
import { formatMessage } from "../../src/data/messages";
import { errorOf, installHost, setDisplayLanguage } from "./host";

const S = defaultEngineSettings();
const d = (x: string | number): Dec => new D(x);
const num = (x: Dec) => x.toNumber();
/** Excel passes null for an omitted range; the signature cannot say so (a union type would lose the matrix dimensionality). */
const NO_RANGE = null as unknown as unknown[][];

// The functions' implementation arrives as a chunk of its own (src/functions/deferred.ts); once it is in,
// every call below is answered synchronously, as Excel sees it after the pane's first render.
beforeAll(async () => {
  installHost();
  await loadImplementation();
});
afterEach(() => setDisplayLanguage(undefined));

/** The workbook's own Roles table (src/workbook/sheets/roles.ts) as the range Excel would pass: header row first. */
function rolesRange(roles: readonly Role[], lang: Lang, holders: Record<string, number> = {}): unknown[][] {
  const table = rolesTable(roles, lang);
  return [
    table.columns.map((c) => c.header),
    ...table.rows.map((row, i) =>
      table.columns.map((c) => {
        if (c.key === "holders") return holders[roles[i]!.id] ?? 1;
        if (c.key === "allocatedShare") return 0; // a formula's value; not read
        const v = row[c.key];
        return v === null || v === undefined ? "" : v;
      }),
    ),
  ];
}

describe("agreement with core on worked values", () => {
  it("SHOP.POOL is ROUND(MAX(0, margin) × rate, 2)", () => {
    expect(f.pool(100000)).toBe(40000);
    // 12345.67 × 40% = 4938.268 → 4938.27
    expect(f.pool(12345.67)).toBe(4938.27);
    expect(f.pool("¥12,345.67")).toBe(4938.27);
    // 0.0125 × 40% = 0.005 → 0.01, half away from zero as Excel's ROUND
    expect(f.pool(0.0125)).toBe(0.01);
    expect(f.pool(-3000)).toBe(0);
    expect(f.pool(100000, "30%")).toBe(30000);
    expect(f.pool(100000, 0.3)).toBe(30000);
    expect(f.pool("１００００", "４０％")).toBe(4000);
  });

  it("the role message's examples are roles SHOP.COMMISSION takes: Chinese ones in Chinese (no English code), manager in English", () => {
    const zh = /（如 (.+) 或 (.+)）/.exec(formatMessage("fn.notRole", { value: "x" }, "zh-CN"))!.slice(1);
    expect(zh).toEqual(["电商部经理", "客服人员"]);
    // pool 40000: manager 30% = 12000, service 8% = 3200
    expect(zh.map((role) => f.commission(100000, role))).toEqual([12000, 3200]);
    const en = /such as (\w+)/.exec(formatMessage("fn.notRole", { value: "x" }, "en-US"))![1]!;
    expect([en, f.commission(100000, en)]).toEqual(["manager", 12000]);
  });

  it("SHOP.COMMISSION is pool × share rounded down to the fen for the catalogue's roles, by id or either name in any case or width", () => {
    // pool 40000: manager 30% = 12000, promoter 8% = 3200
    expect(f.commission(100000, "manager")).toBe(12000);
    expect(f.commission(100000, "电商部经理")).toBe(12000);
    expect(f.commission(100000, "E-COMMERCE MANAGER")).toBe(12000);
    expect(f.commission(100000, "ＭＡＮＡＧＥＲ")).toBe(12000);
    expect(f.commission(100000, "promoter")).toBe(3200);
    // 12345.67 → pool 4938.27 → × 8% = 395.0616 → 395.06
    expect(f.commission(12345.67, "designer")).toBe(395.06);
    expect(f.commission(100000, "service", NO_RANGE, "50%")).toBe(4000);
    expect(f.commission(-5000, "manager")).toBe(0);
  });

  it("SHOP.COMMISSION agrees with core for any margin, role and rate", () => {
    const roles = catalogueRoles().filter((r) => r.share !== null);
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e11 }).map((c) => c / 100),
        fc.constantFrom(...roles),
        fc.integer({ min: 0, max: 100 }),
        (margin, role, pct) => {
          const expected = coreCommission(profitPool(d(margin), d(pct).div(100)), role.share, role.shareBasis, role.headcount);
          expect(f.commission(margin, role.id, NO_RANGE, `${pct}%`)).toBe(num(expected));
        },
      ),
    );
  });

  it("SHOP.COMMISSION reads the workbook's Roles table in either language, and the user's edits drive it", () => {
    const edited = catalogueRoles().map((r) => (r.id === "manager" ? { ...r, share: d("0.25") } : r.id === "shipping" ? { ...r, share: d("0.05") } : r));
    for (const lang of ["zh-CN", "en-US"] as const) {
      const range = rolesRange(edited, lang);
      expect(f.commission(100000, "manager", range)).toBe(10000);
      expect(f.commission(100000, "发货人员", range)).toBe(2000);
      expect(f.commission(100000, "promoter", range)).toBe(3200);
    }
  });

  it("SHOP.COMMISSION finds a catalogue role in a Chinese Roles table by its id or by the Chinese key its id cell shows, its name renamed too", () => {
    // A Chinese Roles table shows manager's id as 电商部经理 (src/workbook/roleIds.ts); the user renamed the role 店长.
    const renamed = catalogueRoles().map((r) => (r.id === "manager" ? { ...r, nameZh: "店长", nameEn: "Store lead" } : r));
    const range = rolesRange(renamed, "zh-CN");
    expect(range[1]![0]).toBe("电商部经理");
    // pool 100000 × 40% = 40000; manager 30% = 12000, by its English id (a formula typed before), its shown key and its new name.
    expect([f.commission(100000, "manager", range), f.commission(100000, " 电商部经理 ", range), f.commission(100000, "店长", range)]).toEqual([12000, 12000, 12000]);
    // An English Roles table (ids as they are) answers to the Chinese key too: 8% of 40000 = 3200.
    expect(f.commission(100000, "推广策划和实施专员", rolesRange(catalogueRoles().map((r) => (r.id === "promoter" ? { ...r, nameZh: "推广" } : r)), "en-US"))).toBe(3200);
  });

  it("SHOP.COMMISSION splits a splitRole share across the holders: the argument, else the table's count, else the headcount", () => {
    const split = catalogueRoles().map((r) => (r.id === "service" ? { ...r, shareBasis: "splitRole" as const, headcount: 4 } : r));
    // pool 40000 × 8% = 3200 for the role
    expect(f.commission(100000, "service", rolesRange(split, "en-US", { service: 2 }))).toBe(1600);
    // 3200 / 3 = 1066.666… → 1066.66 (rounded down: three of 1066.67 would pay 3200.01)
    expect(f.commission(100000, "service", rolesRange(split, "en-US", { service: 2 }), null, 3)).toBe(1066.66);
    const noHolders = rolesRange(split, "zh-CN").map((row) => row.slice(0, 10)); // without the holders column
    expect(f.commission(100000, "service", noHolders)).toBe(800);
    // core agrees: ⌊40000 × 0.08 / 3⌋ to the fen
    expect(f.commission(100000, "service", noHolders, null, 3)).toBe(num(coreCommission(d(40000), d("0.08"), "splitRole", 3)));
  });

  it("SHOP.COMMISSION never pays more than the pool at 100% (pool 100.01: 50% to one, 50% split over three)", () => {
    // margin 250.025 → pool 100.01. lead: 100.01 × 50% = 50.005 → 50.00; crew: 100.01 × 50% ÷ 3 = 16.668… → 16.66.
    // 50.00 + 3 × 16.66 = 99.98 ≤ 100.01 (rounded to the nearest fen: 50.01 + 3 × 16.67 = 100.02).
    const range = [
      ["id", "share", "shareBasis", "holders"],
      ["lead", "50%", "perPerson", 1],
      ["crew", "50%", "splitRole", 3],
    ];
    expect(f.pool(250.025)).toBe(100.01);
    expect(f.commission(250.025, "lead", range)).toBe(50);
    expect(f.commission(250.025, "crew", range)).toBe(16.66);
  });

  it("SHOP.COMMISSION takes a share with 6 decimals, as the payroll sheet floors it (more is refused below)", () => {
    expect(f.commission(100000, "fine", [["id", "share"], ["fine", 0.333333]])).toBe(13333.32); // 40000 × 0.333333 = 13333.32
  });

  it("SHOP.COMMISSION takes a minimal table with the English keys as headers, and SHOP.ROLES()'s own output", () => {
    const range = [
      ["id", "share", "shareBasis"],
      ["boss", "10%", "perPerson"],
      ["", "", ""],
      ["helper", 0.05, ""],
    ];
    expect(f.commission(50000, "boss", range)).toBe(2000);
    expect(f.commission(50000, "HELPER", range)).toBe(1000);
    for (const lang of ["zh-CN", "en-US"]) {
      setDisplayLanguage(lang);
      expect(f.commission(100000, "promoter", f.roles())).toBe(3200);
    }
  });

  it("SHOP.BASEPAY rounds the exact fraction: an exact half fen goes up, as Excel's ROUND", () => {
    // 1800.03 × 0.375 / 21.75 = 675.01125 / 21.75 = 31.035 exactly → 31.04 (dividing first gave 31.03)
    expect(f.basePay(1800.03, 0.375)).toBe(31.04);
    // 52447.95 × 2.625 / 21.75 = 137675.86875 / 21.75 = 6329.925 exactly → 6329.93 (was 6329.92)
    expect(f.basePay(52447.95, 2.625)).toBe(6329.93);
  });

  it("SHOP.OVERTIME pays 150% / 200% / 300% of base ÷ 21.75 ÷ 8 (劳动法 第四十四条, 劳社部发〔2008〕3号)", () => {
    // 8,700 ÷ 21.75 ÷ 8 = 50.00 an hour: 10 × 75 + 8 × 100 + 8 × 150 = 2,750.00.
    expect(f.overtime(8700, 10, 8, 8)).toBe(2750);
    expect(f.overtime(8700, 10, null, null)).toBe(750);
    // 5,000 ÷ 174 × 1.5 × 3 = 129.31034… → 129.31; with 22 paid days: 5,000 × 4.5 ÷ 176 = 127.840… → 127.84.
    expect(f.overtime(5000, 3)).toBe(129.31);
    expect(f.overtime(5000, 3, null, null, 22)).toBe(127.84);
    expect(errorOf(() => f.overtime(5000, -1)).message).toMatch(/^SHOP.OVERTIME, argument workdayHours: /);
  });

  it("SHOP.PAIDDAYS counts the days worked plus the statutory holidays (the 21.75-day rule), the shipped calendar or a holidays range", () => {
    // Hand-worked in test/core/payroll/employment.test.ts from the 2026 notice: a leaver of 2026-10-15 → 10 (Mon–Fri: 11).
    const serial = (iso: string) => (Date.parse(iso) - Date.parse("1899-12-30")) / 86_400_000;
    expect(f.paidDays(serial("2026-10-01"), serial("2026-10-15"))).toBe(10);
    expect(f.paidDays("2026-02-18", "2026-02-28")).toBe(7);
    expect(f.paidDays("2026-11-02", "2026-11-30")).toBe(21); // no holiday: Monday to Friday
    // A 2027 range typed as the Holidays table holds it (headers first): 10-01 statutory, 10-04 swapped, 10-09 worked.
    const table = [
      ["日期", "类型", "节日"],
      [serial("2027-10-01"), "法定节假日", "国庆节"],
      ["2027/10/4", "swapped rest day", "国庆节"],
      [serial("2027-10-09"), "调休上班日", ""],
    ];
    expect(f.paidDays("2027-10-01", "2027-10-09", table)).toBe(6);
    expect(f.paidDays("2027-10-01", "2027-10-04", table)).toBe(1);
    expect(f.paidDays("2027-10-01", "2027-10-04")).toBe(2); // 2027 unknown without the range: by weekdays
    expect(errorOf(() => f.paidDays("2026-10-15", "2026-10-01")).message).toMatch(/^SHOP.PAIDDAYS, argument to: /);
    expect(errorOf(() => f.paidDays("2027-10-01", "2027-10-09", [[serial("2027-10-01"), "休息"]])).message).toMatch(/^SHOP.PAIDDAYS, argument holidays: .*row 1/);
    expect(errorOf(() => f.paidDays("2027-10-01", "2027-10-09", [[serial("2027-10-08"), "make-up workday"]])).message).toMatch(/2027-10-08/);
  });

  it("SHOP.BONUSTAX taxes a year-end bonus separately by default (财政部 税务总局公告2023年第30号), or what merging adds", () => {
    // The cliff: 36,000 ÷ 12 = 3,000 → 3% → 1,080.00; 36,001 → 10% − 210 = 3,390.10.
    expect(f.bonusTax(36000)).toBe(1080);
    expect(f.bonusTax(36001)).toBe(3390.1);
    expect(f.bonusTax(36001, "separate")).toBe(3390.1);
    // 1,000,000 ÷ 12 = 83,333.33 > 80,000 → 45% − 15,160 = 434,840.00.
    expect(f.bonusTax(1000000, " Separate ")).toBe(434840);
    // Merged on a cumulative taxable income of −2,000: CT(18,000) = 540.00; on 5,000: CT(41,000) − CT(5,000) = 1,580 − 150.
    expect(f.bonusTax(20000, "merged", -2000)).toBe(540);
    expect(f.bonusTax(36000, "merged", 5000)).toBe(1430);
    expect(f.bonusTax(36000, "merged")).toBe(1080);
    expect(errorOf(() => f.bonusTax(36000, "单独")).message).toMatch(/^SHOP.BONUSTAX, argument method: /);
    expect(errorOf(() => f.bonusTax(-1)).message).toMatch(/^SHOP.BONUSTAX, argument bonus: /);
  });

  it("SHOP.SPECIALDEDUCTION gives a category's legal standard in force in the month, by id or either name", () => {
    // 国发〔2023〕13号 (from 2023-01): child education 2,000 per child, elderly support 3,000 or 1,500 shared.
    expect(f.specialDeduction("子女教育", "2026-03")).toBe(2000);
    expect(f.specialDeduction("赡养老人", "2026-01", "shared")).toBe(1500);
    expect(f.specialDeduction("elderly support", "2026-01")).toBe(3000);
    // Before it (国发〔2018〕41号): child education 1,000, shared elderly support at most 1,000.
    expect(f.specialDeduction("child education", "2022-06")).toBe(1000);
    expect(f.specialDeduction("elderlySupport", "2022-12", "shared")).toBe(1000);
    // Loan interest 1,000 at 50% each spouse; rent's highest tier 1,500; a degree 400; a certificate 3,600 once.
    expect(f.specialDeduction("住房贷款利息", "2026-03", "50%")).toBe(500);
    expect(f.specialDeduction("住房贷款利息", "2026-03", 0.5)).toBe(500);
    expect(f.specialDeduction("住房租金", "2026-03")).toBe(1500);
    expect(f.specialDeduction("继续教育（学历）", "2026-03")).toBe(400);
    expect(f.specialDeduction("continuingEducationCertificate", "2026-03")).toBe(3600);
    // Infant care exists from 2022-01 (国发〔2022〕8号); serious illness is settled yearly, never a month's.
    expect(errorOf(() => f.specialDeduction("3岁以下婴幼儿照护", "2021-12")).message).toMatch(/^SHOP.SPECIALDEDUCTION: care of a child under 3 can be deducted only from 2022-01/);
    expect(errorOf(() => f.specialDeduction("大病医疗", "2026-03")).message).toMatch(/^SHOP.SPECIALDEDUCTION, argument category: "大病医疗" is not a special deduction category; categories: child education, /);
    expect(errorOf(() => f.specialDeduction("赡养老人", "2026-03", "50%")).message).toMatch(/^SHOP.SPECIALDEDUCTION, argument share: elderly support cannot be taken as "50%"/);
    expect(errorOf(() => f.specialDeduction("子女教育", "2026-03", "30%")).message).toMatch(/^SHOP.SPECIALDEDUCTION, argument share: /);
  });

  it("SHOP.BASEPAY prorates by paid days, a blank being a full month", () => {
    // 3000 × 10 / 21.75 = 1379.3103… → 1379.31
    expect(f.basePay(3000, 10)).toBe(1379.31);
    expect(f.basePay(3000, 10)).toBe(num(proratedBase(d(3000), d(10), S.paidDaysPerMonth)));
    expect(f.basePay(3000, null)).toBe(3000);
    expect(f.basePay(3000, "")).toBe(3000);
    expect(f.basePay(3000, 23)).toBe(3000); // capped at the monthly base
    expect(f.basePay(3000, 10, 20)).toBe(1500);
  });

  it("SHOP.GROSS, SHOP.NETPAY and SHOP.EMPLOYERCOST are core's sums", () => {
    expect(f.gross(1379.31, 3200, 200, 50)).toBe(4729.31);
    expect(f.gross(1379.31, 3200)).toBe(4579.31);
    expect(f.netPayOf(10000, 840, 400, 100)).toBe(8660);
    expect(f.netPayOf(0.3, 0.1, 0.1, 0.1)).toBe(0); // exact decimals, not 2.7755575615628914e-17
    expect(f.employerCostOf(10000, 2096, 400)).toBe(12496);
  });

  it("SHOP.SOCIALINSURANCE, SHOP.EMPLOYERSOCIALINSURANCE and SHOP.HOUSINGFUND clamp the base and round each component", () => {
    // 8000 × (8% + 2% + 0.5%) = 640 + 160 + 40
    expect(f.socialInsurance(8000)).toBe(840);
    // below the floor 4462: 356.96 + 89.24 + 22.31
    expect(f.socialInsurance(3000)).toBe(468.51);
    // above the ceiling 22311: 1784.88 + 446.22 + ROUND(111.555) = 111.56
    expect(f.socialInsurance(30000)).toBe(2342.66);
    expect(f.socialInsurance(30000)).toBe(num(employeeSocialInsurance(contributionBase(d(30000), SI_FLOOR, SI_CEILING), S.socialInsurance.employee)));
    expect(f.socialInsurance(3000, 5000)).toBe(525);
    expect(f.socialInsurance(8000, null, null, [[0.08], [0.02], ["0.5%"]])).toBe(840);
    expect(f.socialInsurance(8000, null, null, [["8%", "", "2%", "0.5%"]])).toBe(840);
    // 1280 + 760 + 40 + 16
    expect(f.employerSocialInsurance(8000)).toBe(2096);
    expect(f.employerSocialInsurance(8000, null, null, [[0.16, 0.095, 0.005, 0.002]])).toBe(2096);
    expect(f.housingFund(8000)).toBe(400);
    expect(f.housingFund(1000)).toBe(124.5); // floor 2490 × 5%
    expect(f.housingFund(8000, "12%")).toBe(960);
  });

  it("the three take the city's rounding as their last argument (issue 13), in the workbook's words or as codes", () => {
    // Shanghai's example on 12,345.67 (floor 7,384, ceiling 36,921), worked by hand: 987.6536 → 987.65 → 987.70,
    // 246.9134 → 246.91 → 247.00, 61.72835 → 61.73 → 61.80 (见分进角) = 1,296.50; to the fen it is 1,296.29.
    expect(f.socialInsurance(12345.67, 7384, 36921, undefined, "见分进角")).toBe(1296.5);
    expect(f.socialInsurance(12345.67, 7384, 36921, undefined, " JiaoUp ")).toBe(1296.5);
    expect(f.socialInsurance(12345.67, 7384, 36921, undefined, "jiao (up)")).toBe(1296.5);
    expect(f.socialInsurance(12345.67, 7384, 36921)).toBe(1296.29);
    // To the jiao: 987.70 + 246.90 + 61.70; to the yuan: 988 + 247 + 62.
    expect(f.socialInsurance(12345.67, 7384, 36921, undefined, "到角")).toBe(1296.3);
    expect(f.socialInsurance(12345.67, 7384, 36921, undefined, "yuan")).toBe(1297);
    // Employer, 见分进角: 1,975.3072 → 1,975.40; 1,172.83865 → 1,172.90; 61.80; 24.69134 → 24.70.
    expect(f.employerSocialInsurance(12345.67, 7384, 36921, undefined, "见分进角")).toBe(3234.8);
    // The housing fund to the yuan (上海公积金: 精确到元): 617.2835 → 617; 2,690 × 5% = 134.50 → 135 (half away from zero).
    expect(f.housingFund(12345.67, null, 2690, 36921, "到元")).toBe(617);
    expect(f.housingFund(2000, null, 2690, 36921, "到元")).toBe(135);
    expect(errorOf(() => f.housingFund(8000, null, null, null, "四舍五入")).message).toMatch(/^SHOP.HOUSINGFUND, argument rounding: .*四舍五入/);
  });

  it("SHOP.CUMULATIVETAXABLE and SHOP.IIT follow the cumulative withholding method", () => {
    expect(f.cumulativeTaxableIncome(30000, 3, 3000, 1500)).toBe(10500);
    expect(f.cumulativeTaxableIncome(12000, 3)).toBe(-3000);
    // 40000 × 10% − 2520 = 1480, less 1000 already withheld
    expect(f.iit(40000, 1000)).toBe(480);
    expect(f.iit(12345.67)).toBe(370.37);
    expect(f.iit(-4500)).toBe(0);
    expect(f.iit(37000, 2000)).toBe(0); // over-withheld: not refunded within the year
    fc.assert(
      fc.property(fc.integer({ min: -1e8, max: 1e10 }), fc.integer({ min: 0, max: 1e8 }), (taxableFen, withheldFen) => {
        const taxable = d(taxableFen).div(100);
        const withheld = d(withheldFen).div(100);
        expect(f.iit(taxable.toNumber(), withheld.toNumber())).toBe(num(withholding(cumulativeTax(taxable, S.taxTable), withheld)));
      }),
    );
  });

  it("SHOP.ORDERS and SHOP.VISITORS round up", () => {
    expect(f.orders(1000, 99)).toBe(11);
    expect(f.orders(990, 99)).toBe(10);
    expect(f.visitors(11, "3%")).toBe(367);
    expect(f.visitors(3, 0.03)).toBe(100);
  });

  it("SHOP.DAILYTARGET is the day's row of core's spread, so a month of cells adds up to the month exactly", () => {
    const settings = { ...S.targets };
    const plan = spreadTarget({ month: "2026-11", target: d("100000.01"), settings });
    const days = plan.days.map((day) => f.dailyTarget(100000.01, day.date));
    expect(days).toEqual(plan.days.map((day) => num(day.target)));
    expect(round2(days.reduce((a, b) => a.plus(b), d(0))).toFixed(2)).toBe("100000.01");
    // 11-11 weighs 3 of 32: 9375.00 of 100000
    expect(f.dailyTarget(100000, "2026-11-11")).toBe(9375);
    // a date cell (Excel serial 46337 = 2026-11-11) and date text in other shapes
    expect(f.dailyTarget(100000, 46337)).toBe(9375);
    expect(f.dailyTarget(100000, "2026/11/11")).toBe(9375);
    expect(f.dailyTarget(100000, "2026年11月11日")).toBe(9375);
  });

  it("SHOP.DAILYTARGET and SHOP.SPREAD take weekday weights and events as plain ranges or the Settings tables", () => {
    const weights = [[1, 1, 1, 1, 1, 2, 2]];
    const events = [["11-11", 3, "双十一"]];
    const settings = { ...S.targets, weekdayWeights: [1, 1, 1, 1, 1, 2, 2].map(d), events: [{ date: "11-11", factor: d(3), name: "" }] };
    const plan = spreadTarget({ month: "2026-11", target: d(123456.78), settings });
    expect(plan.days.map((day) => f.dailyTarget(123456.78, day.date, weights, events))).toEqual(plan.days.map((day) => num(day.target)));
    // the Settings sheet's tables, with their header rows
    const weekdayTable = [["星期", "名称", "权重"], ...[1, 1, 1, 1, 1, 2, 2].map((w, i) => [i + 1, `周${i + 1}`, w])];
    const eventsTable = [["Date", "Factor", "Event", "Match key"], ["11-11", 3, "Singles' Day", 1111]];
    expect(f.dailyTarget(123456.78, "2026-11-11", weekdayTable, eventsTable)).toBe(num(plan.days[10]!.target));
    // no events: a header row alone
    const flat = spreadTarget({ month: "2026-11", target: d(3000), settings: { ...S.targets, events: [] } });
    expect(f.dailyTarget(3000, "2026-11-11", NO_RANGE, [["date", "factor"]])).toBe(num(flat.days[10]!.target));
    expect(f.dailyTarget(3000, "2026-11-11", NO_RANGE, [["date", "factor"]])).toBe(100);
  });

  it("SHOP.SPREAD spills a header and one row per day (date, weekday 1 = Monday, target) in the user's language", () => {
    setDisplayLanguage("zh-CN");
    const table = f.spread(100000, "2026-11");
    expect(table[0]).toEqual(["日期", "星期（1=周一）", "日目标"]);
    expect(table).toHaveLength(31);
    expect(table[1]).toEqual(["2026-11-01", 7, 3125]);
    expect(table[11]).toEqual(["2026-11-11", 3, 9375]);
    setDisplayLanguage("en-US");
    expect(f.spread(100000, "2026年11月")[0]).toEqual(["Date", "Weekday (1 = Mon)", "Daily target"]);
    // a date cell stands for its month
    expect(f.spread(100000, 46337)).toEqual(f.spread(100000, "2026-11"));
  });

  it("SHOP.ROLES spills the catalogue under the Roles table's headers, blanks where the source gives nothing", () => {
    setDisplayLanguage("zh-CN");
    const table = f.roles();
    expect(table[0]).toEqual(["编号", "中文名称", "英文名称", "编制人数", "底薪下限", "底薪上限", "分成比例", "分成方式"]);
    expect(table.slice(1).map((r) => r[0])).toEqual(["manager", "promoter", "designer", "service", "shipping"]);
    expect(table[1]).toEqual(["manager", "电商部经理", "E-commerce manager", 1, 3000, 50000, 0.3, "perPerson"]);
    expect(table[5]!.slice(4, 7)).toEqual(["", "", ""]);
  });
});

const SI_FLOOR = S.socialInsurance.baseFloor;
const SI_CEILING = S.socialInsurance.baseCeiling;

describe("blank optional arguments take the defaults", () => {
  it.each([null, undefined, "", "  "])("%p", (blank) => {
    expect(f.pool(100000, blank)).toBe(40000);
    expect(f.commission(100000, "manager", blank as never, blank, blank)).toBe(12000);
    expect(f.commission(100000, "manager", [[blank]] as never)).toBe(12000);
    expect(f.basePay(3000, 10, blank)).toBe(1379.31);
    expect(f.socialInsurance(8000, blank, blank, blank as never)).toBe(840);
    expect(f.housingFund(8000, blank, blank, blank)).toBe(400);
    expect(f.iit(40000, blank)).toBe(1480);
    expect(f.dailyTarget(100000, "2026-11-11", blank as never, blank as never)).toBe(9375);
  });
});

describe("bad input: #VALUE! or #N/A with a message in the user's language", () => {
  const roles = (rows: unknown[][]) => [["id", "share", "shareBasis"], ...rows];
  const cases: Array<{ name: string; call: () => unknown; code: string; en: string; zh: string }> = [
    {
      name: "text where a number belongs",
      call: () => f.pool("abc"),
      code: "#VALUE!",
      en: 'SHOP.POOL, argument grossMargin: "abc" is not a number',
      zh: "SHOP.POOL 的参数 grossMargin：“abc”不是数字",
    },
    {
      name: "TRUE where a number belongs",
      call: () => f.iit(true),
      code: "#VALUE!",
      en: 'SHOP.IIT, argument cumulativeTaxable: "TRUE" is not a number',
      zh: "SHOP.IIT 的参数 cumulativeTaxable：“TRUE”不是数字",
    },
    {
      name: "a required argument left blank",
      call: () => f.commission(null, "manager"),
      code: "#N/A",
      en: "SHOP.COMMISSION, argument margin: is blank; enter a value",
      zh: "SHOP.COMMISSION 的参数 margin：为空，请填写",
    },
    {
      name: "a negative rate",
      call: () => f.pool(100000, -0.1),
      code: "#VALUE!",
      en: "SHOP.POOL, argument rate: the rate -0.1 must not be negative",
      zh: "SHOP.POOL 的参数 rate：比率 -0.1 不能为负数",
    },
    {
      name: "a rate above 100%",
      call: () => f.commission(100000, "manager", NO_RANGE, 40),
      code: "#VALUE!",
      en: "SHOP.COMMISSION, argument rate: the rate 40 is above 100% (write 40% or 0.4 for forty percent)",
      zh: "SHOP.COMMISSION 的参数 rate：比率 40 超过 100%（40% 请写作 40% 或 0.4）",
    },
    {
      name: "a rate that is not a rate",
      call: () => f.housingFund(8000, "five"),
      code: "#VALUE!",
      en: 'SHOP.HOUSINGFUND, argument rate: "five" is not a rate (write 0.4 or 40%)',
      zh: "SHOP.HOUSINGFUND 的参数 rate：“five”不是比率（写作 0.4 或 40%）",
    },
    {
      name: "an unknown role, listing the known ones",
      call: () => f.commission(100000, "boss"),
      code: "#N/A",
      en: 'SHOP.COMMISSION, argument role: "boss" is not a role; known roles: manager (E-commerce manager), promoter (Promotion specialist), designer (Designer), service (Customer service), shipping (Shipping & warehouse)',
      // In Chinese, the ids a Chinese sheet shows (the source's names), not the English codes.
      zh: "SHOP.COMMISSION 的参数 role：“boss”不是岗位；可选：电商部经理、推广策划和实施专员、美工编辑、客服人员、发货人员",
    },
    {
      name: "an unknown role in the user's table lists that table's roles",
      call: () => f.commission(100000, "boss", roles([["owner", 0.1, ""]])),
      code: "#N/A",
      en: 'SHOP.COMMISSION, argument role: "boss" is not a role; known roles: owner',
      zh: "SHOP.COMMISSION 的参数 role：“boss”不是岗位；可选：owner",
    },
    {
      name: "a role without a share (the source's shipping)",
      call: () => f.commission(100000, "shipping"),
      code: "#N/A",
      en: 'SHOP.COMMISSION, argument role: the role "shipping" has no share of the pool yet: enter it in the Roles table and pass that table (with its header row) as roles',
      zh: "SHOP.COMMISSION 的参数 role：岗位“发货人员”还没有分成比例：请在岗位表填写，并把岗位表（含表头）作为 roles 参数",
    },
    {
      name: "a role that is not text",
      call: () => f.commission(100000, false),
      code: "#VALUE!",
      en: "SHOP.COMMISSION, argument role: expected a role id or name (such as manager), not FALSE",
      zh: "SHOP.COMMISSION 的参数 role：应为岗位编号或名称（如 电商部经理 或 客服人员），而不是 FALSE",
    },
    {
      name: "a roles range without its header row",
      call: () => f.commission(100000, "manager", [["manager", 0.3]]),
      code: "#VALUE!",
      en: "SHOP.COMMISSION, argument roles: the roles range needs its header row (e.g. Roles[#All]) with an ID or name column and a share column",
      zh: "SHOP.COMMISSION 的参数 roles：岗位范围需要包含表头行（如 Roles[#All]），且有编号或名称列、分成比例列",
    },
    {
      name: "a bad share in the roles range, by row and column",
      call: () => f.commission(100000, "manager", [["编号", "分成比例"], ["manager", 1.5]]),
      code: "#VALUE!",
      en: 'SHOP.COMMISSION, argument roles: row 2, "分成比例": the rate 1.5 is above 100% (write 40% or 0.4 for forty percent)',
      zh: "SHOP.COMMISSION 的参数 roles：第 2 行“分成比例”：比率 1.5 超过 100%（40% 请写作 40% 或 0.4）",
    },
    {
      name: "a bad share basis in the roles range",
      call: () => f.commission(100000, "a", roles([["a", 0.1, "each"]])),
      code: "#VALUE!",
      en: 'SHOP.COMMISSION, argument roles: row 2, "shareBasis": "each" is not a share basis (per person or split; or perPerson, splitRole)',
      zh: "SHOP.COMMISSION 的参数 roles：第 2 行“shareBasis”：“each”不是分成方式（每人 或 平分；也可写 perPerson、splitRole）",
    },
    {
      name: "a role twice in the roles range",
      call: () => f.commission(100000, "a", roles([["a", 0.1, ""], ["A", 0.2, ""]])),
      code: "#VALUE!",
      en: 'SHOP.COMMISSION, argument roles: the role ID "A" appears twice',
      zh: "SHOP.COMMISSION 的参数 roles：岗位编号“A”重复",
    },
    {
      name: "a roles row without a name",
      call: () => f.commission(100000, "a", roles([["a", 0.1, ""], ["", 0.2, ""]])),
      code: "#VALUE!",
      en: "SHOP.COMMISSION, argument roles: row 3 has no role ID or name",
      zh: "SHOP.COMMISSION 的参数 roles：第 3 行没有岗位编号或名称",
    },
    {
      name: "a roles range with no roles",
      call: () => f.commission(100000, "a", roles([])),
      code: "#VALUE!",
      en: "SHOP.COMMISSION, argument roles: the roles range holds no roles",
      zh: "SHOP.COMMISSION 的参数 roles：岗位范围中没有岗位",
    },
    {
      name: "a share with more than 6 decimals (the payroll sheet floors commissions with 6)",
      call: () => f.commission(100000, "third", roles([["third", 0.3333333, ""]])),
      code: "#VALUE!",
      en: 'SHOP.COMMISSION, argument roles: the role "third" has a share of 0.3333333, with more than 6 decimals (0.0001%): the payroll sheet computes commissions exactly to that precision; use fewer decimals',
      zh: "SHOP.COMMISSION 的参数 roles：岗位“third”的分成比例 0.3333333 超过 6 位小数（0.0001%）：工资表按这一精度精确计算提成，请减少小数位",
    },
    {
      name: "weights whose decimals add up to more than 4 on a day (0.3333 × 1.5 on 2026-11-11)",
      call: () => f.dailyTarget(100000, "2026-11-02", [[0.3333, 0.3333, 0.3333, 0.3333, 0.3333, 0.3333, 0.3333]], [["11-11", 1.5, "双十一"]]),
      code: "#VALUE!",
      en: "SHOP.DAILYTARGET: 2026-11-11: the factors 0.3333 × 1.5 have 5 decimals between them; a day's weight may have at most 4 (as on the Targets sheet): use fewer decimals (e.g. 0.333 for 0.3333)",
      zh: "SHOP.DAILYTARGET：2026-11-11：权重因子 0.3333 × 1.5 的小数位合计 5 位；一天的权重最多 4 位小数（与目标表相同），请减少小数位（例如把 0.3333 改为 0.333）",
    },
    {
      name: "holders that are not a whole number",
      call: () => f.commission(100000, "manager", NO_RANGE, null, 1.5),
      code: "#VALUE!",
      en: 'SHOP.COMMISSION, argument holders: "1.5" is not a whole number',
      zh: "SHOP.COMMISSION 的参数 holders：“1.5”不是整数",
    },
    {
      name: "a month that doesn't parse",
      call: () => f.spread(100000, "2026-13"),
      code: "#VALUE!",
      en: 'SHOP.SPREAD, argument month: "2026-13" is not a month (write 2026-11, or any date in the month)',
      zh: "SHOP.SPREAD 的参数 month：“2026-13”不是月份（写作 2026-11，或该月任一天的日期）",
    },
    {
      name: "a date that doesn't parse",
      call: () => f.dailyTarget(100000, "2026-02-30"),
      code: "#VALUE!",
      en: 'SHOP.DAILYTARGET, argument date: "2026-02-30" is not a date (write 2026-11-11, or refer to a date cell)',
      zh: "SHOP.DAILYTARGET 的参数 date：“2026-02-30”不是日期（写作 2026-11-11，或引用日期单元格）",
    },
    {
      name: "a negative amount",
      call: () => f.basePay(-1, 10),
      code: "#VALUE!",
      en: "SHOP.BASEPAY, argument base: -1 must not be negative",
      zh: "SHOP.BASEPAY 的参数 base：-1 不能为负数",
    },
    {
      name: "paid days out of range",
      call: () => f.basePay(3000, 40),
      code: "#VALUE!",
      en: "SHOP.BASEPAY, argument paidDays: 40 is outside 0–31",
      zh: "SHOP.BASEPAY 的参数 paidDays：40 超出范围 0–31",
    },
    {
      name: "a floor above the ceiling",
      call: () => f.socialInsurance(8000, 30000, 20000),
      code: "#VALUE!",
      en: "SHOP.SOCIALINSURANCE, argument ceiling: the floor 30000 is above the ceiling 20000",
      zh: "SHOP.SOCIALINSURANCE 的参数 ceiling：下限 30000 高于上限 20000",
    },
    {
      name: "too few rates",
      call: () => f.socialInsurance(8000, null, null, [[0.08, 0.02]]),
      code: "#VALUE!",
      en: "SHOP.SOCIALINSURANCE, argument rates: needs 3 rates (pension, medical, unemployment); got 2",
      zh: "SHOP.SOCIALINSURANCE 的参数 rates：需要 3 个费率（养老、医疗、失业），现有 2 个",
    },
    {
      name: "a bad rate in a list, by position",
      call: () => f.employerSocialInsurance(8000, null, null, [[0.16, "x", 0.005, 0.002]]),
      code: "#VALUE!",
      en: 'SHOP.EMPLOYERSOCIALINSURANCE, argument rates: value 2: "x" is not a rate (write 0.4 or 40%)',
      zh: "SHOP.EMPLOYERSOCIALINSURANCE 的参数 rates：第 2 个值：“x”不是比率（写作 0.4 或 40%）",
    },
    {
      name: "six weekday weights",
      call: () => f.dailyTarget(100000, "2026-11-11", [[1, 1, 1, 1, 1, 1]]),
      code: "#VALUE!",
      en: "SHOP.DAILYTARGET, argument weekdayWeights: needs 7 weekday weights, Monday first; got 6",
      zh: "SHOP.DAILYTARGET 的参数 weekdayWeights：需要 7 个星期权重（周一在前），现有 6 个",
    },
    {
      name: "weekday weights all zero",
      call: () => f.spread(100000, "2026-11", [[0, 0, 0, 0, 0, 0, 0]]),
      code: "#VALUE!",
      en: "SHOP.SPREAD, argument weekdayWeights: the weights must not all be 0",
      zh: "SHOP.SPREAD 的参数 weekdayWeights：权重不能全为 0",
    },
    {
      name: "a negative weekday weight",
      call: () => f.spread(100000, "2026-11", [[1, 1, -1, 1, 1, 1, 1]]),
      code: "#VALUE!",
      en: "SHOP.SPREAD, argument weekdayWeights: value 3: -1 must not be negative",
      zh: "SHOP.SPREAD 的参数 weekdayWeights：第 3 个值：-1 不能为负数",
    },
    {
      name: "an event date that doesn't parse",
      call: () => f.spread(100000, "2026-11", NO_RANGE, [["11-31", 2]]),
      code: "#VALUE!",
      en: 'SHOP.SPREAD, argument events: row 1, "date": "11-31" is not an event date (MM-DD every year, or YYYY-MM-DD)',
      zh: "SHOP.SPREAD 的参数 events：第 1 行“date”：“11-31”不是活动日期（MM-DD 每年重复，或 YYYY-MM-DD）",
    },
    {
      name: "an event without a factor",
      call: () => f.spread(100000, "2026-11", NO_RANGE, [["11-11", 3], ["12-12", ""]]),
      code: "#VALUE!",
      en: "SHOP.SPREAD, argument events: row 2: each row of the events range is date, factor, (name)",
      zh: "SHOP.SPREAD 的参数 events：第 2 行：活动范围每行应为 日期、系数、（名称）",
    },
    {
      name: "an event date twice",
      call: () => f.spread(100000, "2026-11", NO_RANGE, [["Date", "Factor"], ["11-11", 3], ["11/11", 2]]),
      code: "#VALUE!",
      en: "SHOP.SPREAD, argument events: the event date 11-11 appears twice: one factor per day",
      zh: "SHOP.SPREAD 的参数 events：活动日 11-11 重复：同一天只能有一个系数",
    },
    {
      name: "a zero average order value",
      call: () => f.orders(1000, 0),
      code: "#VALUE!",
      en: "SHOP.ORDERS, argument averageOrderValue: 0 must be above 0",
      zh: "SHOP.ORDERS 的参数 averageOrderValue：0 应大于 0",
    },
    {
      name: "a zero conversion rate",
      call: () => f.visitors(10, 0),
      code: "#VALUE!",
      en: "SHOP.VISITORS, argument conversionRate: the rate must be above 0",
      zh: "SHOP.VISITORS 的参数 conversionRate：比率应大于 0",
    },
    {
      name: "months to date out of range",
      call: () => f.cumulativeTaxableIncome(1000, 13),
      code: "#VALUE!",
      en: "SHOP.CUMULATIVETAXABLE, argument monthsToDate: 13 is outside 0–12",
      zh: "SHOP.CUMULATIVETAXABLE 的参数 monthsToDate：13 超出范围 0–12",
    },
    {
      name: "something unexpected inside (a value Excel never passes) is still a #VALUE! with a message",
      call: () => f.commission(100000, "manager", [[BigInt(1)]]),
      code: "#VALUE!",
      en: "SHOP.COMMISSION failed inside (please report this): Do not know how to serialize a BigInt",
      zh: "SHOP.COMMISSION 内部错误（请报告此问题）：Do not know how to serialize a BigInt",
    },
  ];

  it.each(cases)("$name", ({ call, code, en, zh }) => {
    setDisplayLanguage("en-US");
    expect(errorOf(call)).toEqual({ code, message: en });
    setDisplayLanguage("zh-CN");
    expect(errorOf(call)).toEqual({ code, message: zh });
  });

  it("speaks en-US where the runtime gives no display language", () => {
    setDisplayLanguage(undefined);
    expect(errorOf(() => f.pool("abc")).message).toBe('SHOP.POOL, argument grossMargin: "abc" is not a number');
  });

  it("a roles range that does not parse is reported from the cache in either language", () => {
    const bad = [["id", "share"], ["a", "lots"]];
    setDisplayLanguage("en-US");
    expect(errorOf(() => f.commission(1, "a", bad)).message).toBe('SHOP.COMMISSION, argument roles: row 2, "share": "lots" is not a rate (write 0.4 or 40%)');
    setDisplayLanguage("zh-CN");
    expect(errorOf(() => f.commission(1, "a", bad)).message).toBe("SHOP.COMMISSION 的参数 roles：第 2 行“share”：“lots”不是比率（写作 0.4 或 40%）");
  });
});

describe("nothing escapes but a CustomFunctions.Error", () => {
  const cell = fc.oneof(
    fc.constant(null),
    fc.constant(undefined),
    fc.boolean(),
    fc.double(),
    fc.integer({ min: -100000, max: 3000000 }),
    fc.string().filter((s) => !s.includes("{")), // so that a left-over {placeholder} can only come from a template
    fc.constantFrom("manager", "40%", "2026-11", "2026-11-11", "11-11", "１２３", "¥1,000", "", "perPerson", "share", "id", "分成比例"),
  );
  const arg = fc.oneof(cell, fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 8 }));
  const all = Object.entries(f).filter(([, v]) => typeof v === "function") as [string, (...a: unknown[]) => unknown][];

  it("a result beyond a double's range is #VALUE! with a message, never Infinity (found by the fuzz below)", () => {
    setDisplayLanguage("en-US");
    expect(errorOf(() => f.basePay(1.7976931348623151e308, null))).toMatchObject({ code: "#VALUE!", message: "SHOP.BASEPAY: the result is too large for a cell" });
  });

  it("every function returns a finite number or a table, or throws #VALUE!/#N/A with a filled-in message, for any cell values", () => {
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.array(arg, { maxLength: 6 }), fc.constantFrom("zh-CN", "en-US"), ([, fn], args, lang) => {
        setDisplayLanguage(lang);
        let result: unknown;
        try {
          result = fn(...args);
        } catch {
          const { code, message } = errorOf(() => fn(...args));
          expect(["#VALUE!", "#N/A"]).toContain(code);
          expect(message).not.toMatch(/\{\w+\}|failed inside|内部错误/);
          return;
        }
        if (Array.isArray(result)) expect(result.every((row) => Array.isArray(row))).toBe(true);
        else expect(Number.isFinite(result)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("caches", () => {
  beforeEach(() => {
    clearRolesCache();
    clearSpreadCache();
  });

  it("10,000 SHOP.COMMISSION cells over one Roles table parse it once, each call getting a fresh copy as from Excel", () => {
    const range = rolesRange(catalogueRoles(), "zh-CN");
    const started = Date.now();
    let total = 0;
    for (let i = 0; i < 10000; i++) total += f.commission(100000 + i, i % 2 === 0 ? "manager" : "promoter", structuredClone(range));
    expect(rolesCacheSize()).toBe(1);
    expect(total).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(5000);
    // an edited table is a new entry, and takes effect at once
    const edited = structuredClone(range);
    edited[1]![6] = 0.5;
    expect(f.commission(100000, "manager", edited)).toBe(20000);
    expect(rolesCacheSize()).toBe(2);
  });

  it("a month of SHOP.DAILYTARGET cells computes the spread once", () => {
    for (let day = 1; day <= 30; day++) f.dailyTarget(100000, `2026-11-${String(day).padStart(2, "0")}`, [[1, 1, 1, 1, 1, 2, 2]], [["11-11", 3]]);
    expect(spreadCacheSize()).toBe(1);
    f.spread(100000, "2026-11", [[1, 1, 1, 1, 1, 2, 2]], [["11-11", 3, "another name"]]);
    expect(spreadCacheSize()).toBe(1);
    f.dailyTarget(100001, "2026-11-01");
    expect(spreadCacheSize()).toBe(2);
  });
});
