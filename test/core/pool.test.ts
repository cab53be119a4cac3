import fc from "fast-check";
import { D, FEN, ZERO, sum, type Dec } from "../../src/core/money";
import { allocatePool, commission, profitPool, roleShareOfPool } from "../../src/core/pool";
import type { Role, ShareBasis } from "../../src/core/types";
import { d, role, s2 } from "./payroll/fixtures";

const MONTH = "2026-03";
const RATE = d("0.40");

function holders(entries: Record<string, number>): Map<string, number> {
  return new Map(Object.entries(entries));
}

describe("profitPool", () => {
  it("is 40% of the margin, rounded to the fen", () => {
    // 100000 × 0.40 = 40000.00
    expect(s2(profitPool(d(100000), RATE))).toBe("40000.00");
    // 12345.67 × 0.40 = 4938.268 → 4938.27
    expect(s2(profitPool(d("12345.67"), RATE))).toBe("4938.27");
    // 0.0125 × 0.40 = 0.005 → 0.01 (half away from zero, as Excel's ROUND)
    expect(s2(profitPool(d("0.0125"), RATE))).toBe("0.01");
  });

  it("is 0 in a loss month", () => {
    // MAX(0, −3000) × 0.40 = 0
    expect(s2(profitPool(d(-3000), RATE))).toBe("0.00");
  });
});

describe("commission", () => {
  it("pays every holder the share when the basis is perPerson", () => {
    // 40000 × 0.08 = 3200.00, whatever the number of holders
    expect(s2(commission(d(40000), d("0.08"), "perPerson", 2))).toBe("3200.00");
    expect(s2(commission(d(40000), d("0.08"), "perPerson", 1))).toBe("3200.00");
  });

  it("splits the share across holders when the basis is splitRole, each rounded down to the fen", () => {
    // 1000 × 0.10 / 3 = 33.333… → 33.33 each; three holders get 99.99, a fen short of the role's 100.00
    expect(s2(commission(d(1000), d("0.10"), "splitRole", 3))).toBe("33.33");
    // 1000 × 0.08 / 3 = 26.666… → 26.66 each (not 26.67: three of those would be 80.01, a fen over the role's 80.00)
    expect(s2(commission(d(1000), d("0.08"), "splitRole", 3))).toBe("26.66");
  });

  it("rounds down even an exact half fen, and exactly: no quotient is cut to finitely many digits first", () => {
    // 100.01 × 0.5 = 50.005 → 50.00 (ROUND would give 50.01)
    expect(s2(commission(d("100.01"), d("0.5"), "perPerson", 1))).toBe("50.00");
    // 100.01 × 0.5 / 3 = 16.66833… → 16.66
    expect(s2(commission(d("100.01"), d("0.5"), "splitRole", 3))).toBe("16.66");
    // 0.03 × 1 / 3 = 0.01 exactly: a floor of an exact quotient, not of 0.00999… → 0.01
    expect(s2(commission(d("0.03"), d("1"), "splitRole", 3))).toBe("0.01");
    // 1e12 × 0.333333 / 7 = 47619000000.0 exactly (333333 = 7 × 47619) → 47619000000.00
    expect(s2(commission(d("1000000000000"), d("0.333333"), "splitRole", 7))).toBe("47619000000.00");
  });

  it("pays nothing for a missing share or a role nobody holds", () => {
    expect(s2(commission(d(40000), null, "perPerson", 2))).toBe("0.00");
    expect(s2(commission(d(40000), d("0.08"), "splitRole", 0))).toBe("0.00");
  });
});

describe("roleShareOfPool", () => {
  it("counts a perPerson share once per holder, a splitRole share once", () => {
    expect(roleShareOfPool(d("0.08"), "perPerson", 3).toString()).toBe("0.24");
    expect(roleShareOfPool(d("0.08"), "splitRole", 3).toString()).toBe("0.08");
    expect(roleShareOfPool(d("0.08"), "splitRole", 0).toString()).toBe("0");
    expect(roleShareOfPool(null, "perPerson", 2).toString()).toBe("0");
  });
});

describe("allocatePool", () => {
  it("splits with a fen remainder left in the pool", () => {
    // margin 2500 × 0.40 = pool 1000.00; service 10% split over 3 = 33.33 each (above)
    // allocated = 3 × 33.33 = 99.99; unallocated = 1000.00 − 99.99 = 900.01; allocatedShare = 0.10
    const a = allocatePool({
      month: MONTH,
      grossMargin: d(2500),
      rate: RATE,
      roles: [role("service", { share: d("0.10"), shareBasis: "splitRole" })],
      holders: holders({ service: 3 }),
    });
    expect(s2(a.summary.pool)).toBe("1000.00");
    expect(s2(a.commissionByRole.get("service")!)).toBe("33.33");
    expect(s2(a.summary.allocated)).toBe("99.99");
    expect(s2(a.summary.unallocated)).toBe("900.01");
    expect(a.summary.allocatedShare.toString()).toBe("0.1");
    expect(a.warnings).toEqual([]);
  });

  it("pays a role with no share nothing and says so", () => {
    // margin 10000 → pool 4000; designer 8% = 320.00; shipping (2 holders) has no share → 0 and a warning
    // allocatedShare = 0.08 (shipping adds nothing); allocated 320.00; unallocated 3680.00
    const a = allocatePool({
      month: MONTH,
      grossMargin: d(10000),
      rate: RATE,
      roles: [role("designer", { share: d("0.08") }), role("shipping", { share: null, nameZh: "发货人员", nameEn: "Shipping" })],
      holders: holders({ designer: 1, shipping: 2 }),
    });
    expect(s2(a.commissionByRole.get("shipping")!)).toBe("0.00");
    expect(a.summary.allocatedShare.toString()).toBe("0.08");
    expect(s2(a.summary.allocated)).toBe("320.00");
    expect(s2(a.summary.unallocated)).toBe("3680.00");
    expect(a.warnings).toEqual([
      {
        code: "pool.shareMissing",
        params: { month: MONTH, role: "shipping", roleZh: "发货人员", roleEn: "Shipping", holders: "2" },
        where: "roles[shipping].share",
      },
    ]);
  });

  it("does not warn about a missing share nobody holds this month", () => {
    const a = allocatePool({ month: MONTH, grossMargin: d(10000), rate: RATE, roles: [role("shipping")], holders: holders({}) });
    expect(a.warnings).toEqual([]);
  });

  it("reports over-allocation and pays it, never capping silently", () => {
    // pool = 10000 × 0.40 = 4000.00
    // manager 30% split over 1 = 1200.00; promotion 8% × 2 people = 320.00 each; service 25% × 3 people = 1000.00 each
    // allocatedShare = 0.30 + 2 × 0.08 + 3 × 0.25 = 1.21
    // allocated = 1200 + 640 + 3000 = 4840.00; unallocated = 4000 − 4840 = −840.00
    const a = allocatePool({
      month: MONTH,
      grossMargin: d(10000),
      rate: RATE,
      roles: [
        role("manager", { share: d("0.30"), shareBasis: "splitRole" }),
        role("promotion", { share: d("0.08") }),
        role("service", { share: d("0.25") }),
      ],
      holders: holders({ manager: 1, promotion: 2, service: 3 }),
    });
    expect(a.summary.allocatedShare.toString()).toBe("1.21");
    expect(s2(a.summary.allocated)).toBe("4840.00");
    expect(s2(a.summary.unallocated)).toBe("-840.00");
    expect(s2(a.commissionByRole.get("service")!)).toBe("1000.00");
    expect(a.warnings).toEqual([
      {
        code: "pool.overAllocated",
        params: { month: MONTH, allocatedShare: "121", pool: "4000.00", allocated: "4840.00", unallocated: "-840.00" },
        where: "roles",
      },
    ]);
  });

  it("pays nothing in a loss month, with an informative warning", () => {
    const a = allocatePool({
      month: MONTH,
      grossMargin: d(-3000),
      rate: RATE,
      roles: [role("designer", { share: d("0.08") })],
      holders: holders({ designer: 1 }),
    });
    expect(s2(a.summary.pool)).toBe("0.00");
    expect(s2(a.commissionByRole.get("designer")!)).toBe("0.00");
    expect(s2(a.summary.unallocated)).toBe("0.00");
    expect(a.summary.grossMargin?.toString()).toBe("-3000");
    expect(a.warnings.map((w) => w.code)).toEqual(["pool.lossMonth"]);
  });

  it("treats a missing margin as a pool of 0 and warns, unless the whole month is already reported missing", () => {
    const input = { month: MONTH, grossMargin: null, rate: RATE, roles: [role("designer", { share: d("0.08") })], holders: holders({ designer: 1 }) };
    const a = allocatePool(input);
    expect(s2(a.summary.pool)).toBe("0.00");
    expect(a.summary.grossMargin).toBeNull();
    expect(a.warnings).toEqual([{ code: "pool.marginMissing", params: { month: MONTH }, where: "months[2026-03].grossMargin" }]);
    expect(allocatePool({ ...input, marginKnownMissing: true }).warnings).toEqual([]);
  });

  it("never pays more than the pool at exactly 100% (the issue's example: 50% to one, 50% split over three)", () => {
    // margin 250.025 × 0.40 = 100.01 = the pool.
    // lead 50% perPerson: 100.01 × 0.5 = 50.005 → 50.00 (rounded to the nearest fen: 50.01)
    // crew 50% split over 3: 100.01 × 0.5 / 3 = 16.668… → 16.66 each (to the nearest: 16.67)
    // allocated = 50.00 + 3 × 16.66 = 99.98 ≤ 100.01 (to the nearest fen it was 100.02, over the pool); unallocated 0.03
    const a = allocatePool({
      month: MONTH,
      grossMargin: d("250.025"),
      rate: RATE,
      roles: [role("lead", { share: d("0.5") }), role("crew", { share: d("0.5"), shareBasis: "splitRole" })],
      holders: holders({ lead: 1, crew: 3 }),
    });
    expect(s2(a.summary.pool)).toBe("100.01");
    expect(a.summary.allocatedShare.toString()).toBe("1");
    expect(s2(a.commissionByRole.get("lead")!)).toBe("50.00");
    expect(s2(a.commissionByRole.get("crew")!)).toBe("16.66");
    expect(s2(a.summary.allocated)).toBe("99.98");
    expect(s2(a.summary.unallocated)).toBe("0.03");
    expect(a.warnings).toEqual([]);
  });

  it("pays two holders of 50% each of a one-fen pool nothing rather than a fen each", () => {
    // pool 0.01; 0.01 × 0.5 = 0.005 → 0.00 each; allocated 0.00, the fen stays unallocated.
    const a = allocatePool({ month: MONTH, grossMargin: d("0.025"), rate: RATE, roles: [role("x", { share: d("0.5") })], holders: holders({ x: 2 }) });
    expect(s2(a.summary.pool)).toBe("0.01");
    expect(s2(a.summary.allocated)).toBe("0.00");
    expect(s2(a.summary.unallocated)).toBe("0.01");
  });
});

describe("allocatePool properties", () => {
  const fen = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((n) => new D(n).div(100));
  const shareArb = fc.option(fc.integer({ min: 0, max: 10000 }).map((n) => new D(n).div(10000)), { nil: null, freq: 6 });
  const roleArb = fc.record({
    share: shareArb,
    basis: fc.constantFrom<ShareBasis>("perPerson", "splitRole"),
    holders: fc.integer({ min: 0, max: 5 }),
  });
  interface Input {
    margin: Dec | null;
    rate: Dec;
    roles: { share: Dec | null; basis: ShareBasis; holders: number }[];
  }
  const inputArb: fc.Arbitrary<Input> = fc.record({
    margin: fc.option(fen(-100_000_00, 2_000_000_00), { nil: null, freq: 8 }),
    rate: fc.integer({ min: 0, max: 100 }).map((n) => new D(n).div(100)),
    roles: fc.array(roleArb, { minLength: 1, maxLength: 6 }),
  });

  function run(input: Input) {
    const roles: Role[] = input.roles.map((r, i) => role(`r${i}`, { share: r.share, shareBasis: r.basis }));
    const counts = new Map(input.roles.map((r, i) => [`r${i}`, r.holders]));
    return { a: allocatePool({ month: MONTH, grossMargin: input.margin, rate: input.rate, roles, holders: counts }), counts };
  }

  it("reconciles: allocated + unallocated = pool, and allocated is the sum of what each holder is paid", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { a, counts } = run(input);
        const paid: Dec[] = [...counts].map(([id, n]) => a.commissionByRole.get(id)!.times(n));
        expect(a.summary.allocated.plus(a.summary.unallocated).equals(a.summary.pool)).toBe(true);
        expect(sum(paid).equals(a.summary.allocated)).toBe(true);
        expect(a.summary.pool.greaterThanOrEqualTo(0)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("pays no more than the pool when allocatedShare ≤ 1, and less than a fen per paid holder below the exact allocation", () => {
    // Shares adding up to exactly 100% come up often here: the last role takes what the others leave.
    const fullArb = inputArb.map((input) => {
      const used = input.roles.slice(0, -1).reduce((acc, r) => acc.plus(r.share === null ? 0 : r.basis === "perPerson" ? r.share.times(r.holders) : r.holders > 0 ? r.share : 0), ZERO);
      const last = input.roles[input.roles.length - 1]!;
      if (used.greaterThan(1) || last.holders === 0) return input;
      const share = last.basis === "perPerson" ? new D(1).minus(used).div(last.holders).toDecimalPlaces(6, D.ROUND_DOWN) : new D(1).minus(used);
      return { ...input, roles: [...input.roles.slice(0, -1), { ...last, share }] };
    });
    fc.assert(
      fc.property(fc.oneof(inputArb, fullArb), (input) => {
        const { a } = run(input);
        const paidHolders = input.roles.reduce((n, r) => n + (r.share === null ? 0 : r.holders), 0);
        fc.pre(a.summary.allocatedShare.lessThanOrEqualTo(1));
        // Each commission is at most its exact amount pool × share (÷ holders), and those add up to
        // pool × allocatedShare ≤ pool; each is less than a fen below it.
        const exact = a.summary.pool.times(a.summary.allocatedShare);
        expect(a.summary.allocated.lessThanOrEqualTo(exact)).toBe(true);
        expect(a.summary.allocated.lessThanOrEqualTo(a.summary.pool)).toBe(true);
        expect(a.summary.unallocated.greaterThanOrEqualTo(0)).toBe(true);
        if (paidHolders > 0) expect(a.summary.allocated.greaterThan(exact.minus(FEN.times(paidHolders)))).toBe(true);
        expect(a.warnings.some((w) => w.code === "pool.overAllocated")).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("warns exactly when allocatedShare exceeds 1", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { a } = run(input);
        expect(a.warnings.some((w) => w.code === "pool.overAllocated")).toBe(a.summary.allocatedShare.greaterThan(1));
        expect(a.summary.allocatedShare.greaterThanOrEqualTo(ZERO)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
