import { computePayroll, type PayLine } from "../../../src/core/payroll";
import type { Staff, Warning } from "../../../src/core/types";
import { config, d, entry, monthInput, role, s2, shopRoles, staff } from "./fixtures";

/** One month (March 2026, a chain of one month) for the people given; margin 0 unless stated. */
function march(people: Staff[], over: Parameters<typeof monthInput>[1] = {}) {
  return computePayroll(config({ staff: people, months: [monthInput("2026-03", over)] }), "2026-03");
}

/** The month's other warnings: the compliance checks (1,800 is below the example minimum wage of 2,690)
 *  have tests of their own (test/core/payroll/compliance.test.ts). */
const others = (ws: readonly Warning[]) => ws.filter((w) => !w.code.startsWith("compliance."));

const line = (l: PayLine) => ({
  paidDays: l.paidDays.toString(),
  paidBase: s2(l.paidBase),
  commission: s2(l.commission),
  gross: s2(l.gross),
  socialInsurance: s2(l.socialInsurance),
  housingFund: s2(l.housingFund),
  cumulativeTaxable: s2(l.cumulativeTaxable),
  iit: s2(l.iit),
  net: s2(l.net),
  employerCost: s2(l.employerCost),
});

describe("one month for one person", () => {
  it("prorates a joiner by the weekdays from the start date, and says the days were derived", () => {
    // Joined Monday 2026-03-16: 12 weekdays. 2500 × 12 / 21.75 = 1379.31.
    // Social insurance at the floor 4462: 468.51; housing fund 2500 × 5% = 125.00.
    // taxable = 1379.31 − 5000 − 593.51 = −4214.20 → no tax. net = 1379.31 − 468.51 − 125.00 = 785.80.
    // employer cost = 1379.31 + 1169.04 + 125.00 = 2673.35
    const r = march([staff("p1", "promotion", { base: d(2500), startDate: "2026-03-16" })]);
    expect(r.employees.map(line)).toEqual([
      {
        paidDays: "12",
        paidBase: "1379.31",
        commission: "0.00",
        gross: "1379.31",
        socialInsurance: "468.51",
        housingFund: "125.00",
        cumulativeTaxable: "-4214.20",
        iit: "0.00",
        net: "785.80",
        employerCost: "2673.35",
      },
    ]);
    expect(others(r.warnings)).toEqual([
      {
        code: "payroll.paidDaysDerived",
        params: { id: "p1", name: "p1", month: "2026-03", paidDays: "12", from: "2026-03-16", to: "2026-03-31" },
        where: "staff[0].startDate",
      },
    ]);
  });

  it("points a leaver's derived days at the end date", () => {
    const r = march([staff("p1", "promotion", { base: d(2500), startDate: "2026-03-01", endDate: "2026-03-13" })]);
    // March 1st is a Sunday: 2–6 (5) + 9–13 (5) = 10 weekdays; 2500 × 10 / 21.75 = 1149.43
    expect(s2(r.employees[0]!.paidBase)).toBe("1149.43");
    expect(others(r.warnings).map((w) => w.where)).toEqual(["staff[0].endDate"]);
  });

  it("takes explicit paid days over the derived ones, without a warning", () => {
    // 2500 × 10 / 21.75 = 1149.4252… → 1149.43
    const r = march([staff("p1", "promotion", { base: d(2500), startDate: "2026-03-16" })], { entries: [entry("p1", { paidDays: d(10) })] });
    expect(s2(r.employees[0]!.paidBase)).toBe("1149.43");
    expect(r.employees[0]!.paidDays.toString()).toBe("10");
    expect(others(r.warnings)).toEqual([]);
  });

  it("caps paid days above 21.75 at the monthly base", () => {
    const r = march([staff("p1", "promotion", { base: d(2500), startDate: "2026-03-01" })], { entries: [entry("p1", { paidDays: d(23) })] });
    expect(s2(r.employees[0]!.paidBase)).toBe("2500.00");
  });

  it("counts a missing base as 0 and says so (never silently)", () => {
    // gross 0; contributions at the floors 468.51 + 124.50 → net −593.01, reported too
    const r = march([staff("c1", "service", { base: null, startDate: "2026-03-01" })]);
    expect(s2(r.employees[0]!.paidBase)).toBe("0.00");
    expect(s2(r.employees[0]!.net)).toBe("-593.01");
    expect(others(r.warnings)).toEqual([
      { code: "payroll.baseMissing", params: { id: "c1", name: "c1", month: "2026-03" }, where: "staff[0].base" },
      { code: "payroll.negativeNet", params: { id: "c1", name: "c1", month: "2026-03", net: "-593.01" }, where: "staff[0]" },
    ]);
  });

  it("flags a base outside the role's range, and still pays it", () => {
    const r = march([staff("m1", "manager", { base: d(2000), startDate: "2026-03-01" })]);
    expect(s2(r.employees[0]!.paidBase)).toBe("2000.00");
    expect(others(r.warnings)).toEqual([
      {
        code: "payroll.baseOutOfRange",
        params: { id: "m1", name: "m1", month: "2026-03", base: "2000.00", min: "3000.00", max: "50000.00" },
        where: "staff[0].base",
      },
    ]);
  });

  it("does not crash on an unknown role: no commission, no insurance, a warning", () => {
    // margin 10000 → pool 4000, but an unknown role takes no share of it
    const r = march([staff("x1", "intern", { base: d(3000), startDate: "2026-03-01" })], { grossMargin: d(10000) });
    expect(line(r.employees[0]!)).toMatchObject({ commission: "0.00", socialInsurance: "0.00", housingFund: "0.00", gross: "3000.00" });
    expect(others(r.warnings)).toEqual([
      { code: "payroll.unknownRole", params: { id: "x1", name: "x1", month: "2026-03", role: "intern" }, where: "staff[0].role" },
    ]);
  });

  it("adds rewards, subtracts penalties, and refuses a negative gross as an error at the entry's penalty", () => {
    // 1800 + 0 + 100 − 2000 = −100.00: pay cannot be negative. The place is the config path of the
    // penalty (months[0] is 2026-03, entries[1] the second row), so the CLI and the pane can point at it.
    const people = [staff("c0", "service", { base: d(1800), startDate: "2026-03-01" }), staff("c1", "service", { base: d(1800), startDate: "2026-03-01" })];
    const r = march(people, { entries: [entry("c0", { reward: d(1) }), entry("c1", { reward: d(100), penalty: d(2000) })] });
    expect(s2(r.employees[1]!.gross)).toBe("-100.00");
    expect(r.errors).toEqual([
      {
        code: "payroll.negativeGross",
        params: { id: "c1", name: "c1", month: "2026-03", gross: "-100.00", penalty: "2000.00", pay: "1900.00" },
        where: "months[0].entries[1].penalty",
      },
    ]);
    expect(others(r.warnings).map((w) => w.code)).toEqual([]);
  });

  it("warns when a penalty is above 20% of the month's pay (《工资支付暂行规定》第十六条), not at 20% exactly", () => {
    // Pay before the penalty: 1800 + 100 = 1900.00; 20% of it = 380.00.
    const people = [staff("c1", "service", { base: d(1800), startDate: "2026-03-01" })];
    const at = (penalty: string) => march(people, { entries: [entry("c1", { reward: d(100), penalty: d(penalty) })] });
    expect(others(at("380.00").warnings)).toEqual([]);
    expect(others(at("380.01").warnings)).toEqual([
      {
        code: "payroll.penaltyAboveLimit",
        params: { id: "c1", name: "c1", month: "2026-03", penalty: "380.01", pay: "1900.00", limit: "380.00" },
        where: "months[0].entries[0].penalty",
      },
    ]);
    expect(at("380.01").errors).toEqual([]);
  });

  it("carries an earlier month's error into the later months of the chain, whose year to date it changes", () => {
    const people = [staff("c1", "service", { base: d(1800) })];
    const c = config({ staff: people, months: [monthInput("2026-02", { entries: [entry("c1", { penalty: d(5000) })] }), monthInput("2026-03")] });
    const r = computePayroll(c, "2026-03");
    expect(r.errors.map((e) => [e.code, e.where])).toEqual([["payroll.negativeGross", "months[0].entries[0].penalty"]]);
  });

  it("reports entries that would vanish: someone not employed, someone unknown, a second row", () => {
    const people = [staff("c1", "service", { base: d(1800), startDate: "2026-03-01" }), staff("gone", "service", { base: d(1800), endDate: "2026-02-28" })];
    const r = march(people, {
      entries: [entry("c1", { reward: d(50) }), entry("gone", { reward: d(50) }), entry("nobody"), entry("c1", { reward: d(70) })],
    });
    expect(r.employees.map((l) => l.id)).toEqual(["c1"]);
    expect(s2(r.employees[0]!.reward)).toBe("50.00");
    expect(others(r.warnings)).toEqual([
      { code: "payroll.entryIgnored", params: { month: "2026-03", staff: "gone" }, where: "months[2026-03].entries[1]" },
      { code: "payroll.entryIgnored", params: { month: "2026-03", staff: "nobody" }, where: "months[2026-03].entries[2]" },
      { code: "payroll.entryDuplicate", params: { month: "2026-03", staff: "c1" }, where: "months[2026-03].entries[3]" },
    ]);
  });
});

describe("one month for the whole shop", () => {
  it("pays the source document's team, worked by hand", () => {
    // Everyone joined 2026-03-01, so March is a whole month and the first of the tax year here.
    // Margin 50000 → pool 20000.00.
    // Commissions: manager 30% split over 1 = 6000.00; promotion, designer, service 8% each = 1600.00; shipping none.
    // allocatedShare = 0.30 + 2×0.08 + 0.08 + 3×0.08 = 0.78; allocated = 6000 + 2×1600 + 1600 + 3×1600 = 15600.00.
    //
    // manager, base 8000, special additional deduction 1000:
    //   gross 14000; SI 640 + 160 + 40 = 840.00; HF 400.00; employer SI 1280 + 760 + 40 + 16 = 2096.00, HF 400.00
    //   taxable 14000 − 5000 − 1240 − 1000 = 6760 → × 3% = 202.80; net 14000 − 840 − 400 − 202.80 = 12557.20
    //   employer cost 14000 + 2096 + 400 = 16496.00
    // promotion / designer, base 2500: gross 4100; SI at the floor 468.51; HF 125.00; no tax; net 3506.49; cost 4100 + 1169.04 + 125 = 5394.04
    // service, base 1800: gross 3400; SI 468.51; HF at the floor 2490 × 5% = 124.50; net 2806.99; cost 3400 + 1169.04 + 124.50 = 4693.54
    // shipping, base 2000, no share: gross 2000; SI 468.51; HF 124.50; net 1406.99; cost 3293.54
    const start = { startDate: "2026-03-01" };
    const people = [
      staff("m1", "manager", { base: d(8000), specialAdditionalDeduction: d(1000), ...start }),
      staff("p1", "promotion", { base: d(2500), ...start }),
      staff("p2", "promotion", { base: d(2500), ...start }),
      staff("d1", "designer", { base: d(2500), ...start }),
      staff("c1", "service", { base: d(1800), ...start }),
      staff("c2", "service", { base: d(1800), ...start }),
      staff("c3", "service", { base: d(1800), ...start }),
      staff("s1", "shipping", { base: d(2000), ...start }),
    ];
    const r = march(people, { grossMargin: d(50000) });

    expect({
      pool: s2(r.pool.pool),
      allocatedShare: r.pool.allocatedShare.toString(),
      allocated: s2(r.pool.allocated),
      unallocated: s2(r.pool.unallocated),
    }).toEqual({ pool: "20000.00", allocatedShare: "0.78", allocated: "15600.00", unallocated: "4400.00" });

    const byId = Object.fromEntries(r.employees.map((l) => [l.id, l]));
    expect(line(byId.m1!)).toEqual({
      paidDays: "21.75",
      paidBase: "8000.00",
      commission: "6000.00",
      gross: "14000.00",
      socialInsurance: "840.00",
      housingFund: "400.00",
      cumulativeTaxable: "6760.00",
      iit: "202.80",
      net: "12557.20",
      employerCost: "16496.00",
    });
    expect([byId.p1, byId.d1, byId.c1, byId.s1].map((l) => [s2(l!.commission), s2(l!.net), s2(l!.employerCost)])).toEqual([
      ["1600.00", "3506.49", "5394.04"],
      ["1600.00", "3506.49", "5394.04"],
      ["1600.00", "2806.99", "4693.54"],
      ["0.00", "1406.99", "3293.54"],
    ]);

    // gross 14000 + 3×4100 + 3×3400 + 2000 = 38500; net 12557.20 + 3×3506.49 + 3×2806.99 + 1406.99 = 32904.63
    // employer cost 16496 + 3×5394.04 + 3×4693.54 + 3293.54 = 50052.28
    expect([r.totals.gross, r.totals.commission, r.totals.iit, r.totals.net, r.totals.employerCost].map(s2)).toEqual([
      "38500.00",
      "15600.00",
      "202.80",
      "32904.63",
      "50052.28",
    ]);
    expect(r.totals.commission.equals(r.pool.allocated)).toBe(true);
    // Shipping's 2,000 with no commission is below the example minimum wage of 2,690; the service staff's
    // 1,800 + 1,600 of commission = 3,400 is not.
    expect(r.warnings.map((w) => [w.code, w.where])).toEqual([["pool.shareMissing", "roles[shipping].share"], ["compliance.belowMinimumWage", "staff[7].base"]]);
  });

  it("counts a mid-month joiner as a holder of the role's split share", () => {
    // service split 24% over 2 holders (one joined on the 16th): 20000 × 0.24 / 2 = 2400.00 each
    const roles = shopRoles.map((r) => (r.id === "service" ? role("service", { share: d("0.24"), shareBasis: "splitRole" }) : r));
    const people = [staff("c1", "service", { base: d(1800), startDate: "2026-03-01" }), staff("c2", "service", { base: d(1800), startDate: "2026-03-16" })];
    const r = computePayroll(config({ roles, staff: people, months: [monthInput("2026-03", { grossMargin: d(50000) })] }), "2026-03");
    expect(r.employees.map((l) => s2(l.commission))).toEqual(["2400.00", "2400.00"]);
  });
});
