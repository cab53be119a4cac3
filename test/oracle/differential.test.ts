/**
 * The engine against an independent model of the same rules (model/payrollModel.ts: exact BigInt
 * fractions, no decimal.js, organised taxpayer by taxpayer instead of month by month), on random
 * teams: every money field of every person in every month of the chain, and each month's pool,
 * allocated and unallocated, must be equal to the fen; a negative gross must be refused by both.
 *
 * Seeded: rerun a failure with SHOPSHEET_SEED=<seed> (fast-check prints the shrunk counterexample).
 */
import fc from "fast-check";
import { parseConfig } from "../../src/core/config";
import { money } from "../../src/core/money";
import { computePayrollYear } from "../../src/core/payroll";
import { MONEY, modelPayroll, type RawTeam } from "./model/payrollModel";
import { Q } from "./model/rational";
import { randomRawTeam } from "./randomTeam";

const SEED = Number(process.env.SHOPSHEET_SEED ?? Date.now() % 1_000_000);
const TEAMS = 1000;

/** What the engine says, in the model's terms. */
function engine(raw: RawTeam, month: string) {
  const parsed = parseConfig(raw);
  if (!parsed.ok) throw new Error(`the engine refused a valid config: ${JSON.stringify(parsed.errors)}`);
  return computePayrollYear(parsed.config, month).map((r) => ({
    month: r.month,
    pool: money(r.pool.pool),
    allocated: money(r.pool.allocated),
    unallocated: money(r.pool.unallocated),
    lines: r.employees.map((e) => ({ id: e.id, ...Object.fromEntries(MONEY.map((k) => [k, money(e[k])])) })),
    // Its own month's errors only (a result also carries the earlier months').
    negativeGross: r.errors.filter((w) => (w.code === "payroll.negativeGross" || w.code === "payroll.leaveAbovePay") && w.params.month === r.month).map((w) => w.params.id),
  }));
}

/** 1,000 teams in four seeded batches, so that a slow machine never meets the per-test timeout. */
const BATCHES = 4;
const seen = { fields: 0, teams: 0, rehires: 0, fractionalDays: 0, fullAllocation: 0, refused: 0, overtime: 0, sickFloored: 0, exemptAllowances: 0, under60k: 0, firstJob: 0, byCategory: 0, categoryDeducted: 0 };

describe(`the engine equals an independent exact model on ${TEAMS} random teams (seed ${SEED})`, () => {
  test.each(Array.from({ length: BATCHES }, (_, i) => [i + 1, SEED + i] as const))(
    "batch %i (seed %i): every money field of every month, the pool reconciliation, and the refusals",
    (_batch, seed) => {
      fc.assert(
        fc.property(randomRawTeam, ({ raw, month }) => {
          const want = modelPayroll(raw, month);
          const got = engine(raw, month);
          expect(got).toEqual(want);
          seen.teams++;
          for (const m of want) seen.fields += 3 + m.lines.length * MONEY.length;
          if (raw.staff.some((p) => p.sameAs !== undefined)) seen.rehires++;
          if (raw.months.some((m) => m.entries.some((e) => e.paidDays !== null && Q.of(e.paidDays).mul(new Q(100n)).d !== 1n))) seen.fractionalDays++;
          if (raw.staff.every((p) => p.startDate === null && p.endDate === null) && got.some((m) => m.unallocated !== m.pool)) seen.fullAllocation++;
          if (want.some((m) => m.negativeGross.length > 0)) seen.refused++;
          const entries = raw.months.flatMap((m) => m.entries);
          if (want.some((m) => m.lines.some((l) => l.overtimePay !== "0.00"))) seen.overtime++;
          if (entries.some((e) => e.allowances?.some((a) => a.taxable === false && Number(a.amount) > 0))) seen.exemptAllowances++;
          // Issue 13: special taxpayers and deductions by category that deduct something the monthly figure would not.
          if (raw.staff.some((p) => p.iit?.previousYearUnder60k)) seen.under60k++;
          if (raw.staff.some((p) => p.iit?.firstJobThisYear && p.iit?.previousYearUnder60k !== true)) seen.firstJob++;
          if (raw.staff.some((p) => (p.deductions?.length ?? 0) > 0)) seen.byCategory++;
          if (want.some((m) => m.lines.some((l) => { const p = raw.staff.find((x) => x.id === l.id)!; return (p.deductions?.length ?? 0) > 0 && l.specialAdditionalDeduction !== Number(p.specialAdditionalDeduction).toFixed(2); }))) seen.categoryDeducted++;
          // Sick days paid at 80% of the minimum wage: the rate's share of a base is below it.
          if (entries.some((e) => Number(e.leaveDays?.sick ?? 0) > 0) && Number(raw.settings.sickPay.rate) * 3000 < 0.8 * Number(raw.settings.minimumWage.monthly)) seen.sickFloored++;
        }),
        { numRuns: TEAMS / BATCHES, seed },
      );
    },
  );

  test("the run covered what it claims to (a generator change that stopped making these would fail here)", () => {
    expect(seen.teams).toBe(TEAMS);
    expect(seen.fields).toBeGreaterThan(200_000); // about 300,000 per run
    expect(seen.rehires).toBeGreaterThan(TEAMS / 10);
    expect(seen.fractionalDays).toBeGreaterThan(TEAMS / 10);
    expect(seen.fullAllocation).toBeGreaterThan(TEAMS / 20);
    expect(seen.refused).toBeGreaterThan(TEAMS / 100);
    expect(seen.overtime).toBeGreaterThan(TEAMS / 5);
    expect(seen.exemptAllowances).toBeGreaterThan(TEAMS / 10);
    expect(seen.sickFloored).toBeGreaterThan(TEAMS / 20);
    expect(seen.under60k).toBeGreaterThan(TEAMS / 10);
    expect(seen.firstJob).toBeGreaterThan(TEAMS / 10);
    expect(seen.byCategory).toBeGreaterThan(TEAMS / 5);
    expect(seen.categoryDeducted).toBeGreaterThan(TEAMS / 10);
  });

  test("the model's arithmetic, on the issue's examples worked by hand", () => {
    // An exact half fen rounds up (the old engine gave 31.03 and 6329.92), and shares adding up to 100%
    // pay at most the pool (the old engine paid 50.01 + 3 × 16.67 = 100.02 of 100.01).
    const half = Q.of("1800.03").mul(Q.of("0.375")).div(Q.of("21.75"));
    expect(half.roundFen().toMoney()).toBe("31.04");
    expect(Q.of("52447.95").mul(Q.of("2.625")).div(Q.of("21.75")).roundFen().toMoney()).toBe("6329.93");
    expect(Q.of("100.01").mul(Q.of("0.5")).floorFen().toMoney()).toBe("50.00");
    expect(Q.of("100.01").mul(Q.of("0.5")).div(Q.of("3")).floorFen().toMoney()).toBe("16.66");
    expect(Q.of("-0.005").roundFen().toMoney()).toBe("-0.01");
    expect(Q.of("8%").mul(Q.of("12,345.67")).roundFen().toMoney()).toBe("987.65"); // 987.6536
  });
});
