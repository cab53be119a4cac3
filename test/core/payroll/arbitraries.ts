import fc from "fast-check";
import { monthsOfYearTo } from "../../../src/core/calendar";
import { D } from "../../../src/core/money";
import type { Config, MonthInput, OpeningBalance, Role, ShareBasis, Staff } from "../../../src/core/types";
import { config, entry, monthInput, role, staff } from "./fixtures";

/** fast-check arbitraries for engine inputs, shared by the property tests. */

export const fen = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((n) => new D(n).div(100));
const dayOf2026 = fc.integer({ min: 0, max: 364 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
const month2026 = fc.integer({ min: 1, max: 12 }).map((m) => `2026-${String(m).padStart(2, "0")}`);

const roleArb = (id: string): fc.Arbitrary<Role> =>
  fc
    .record({
      share: fc.option(fc.integer({ min: 0, max: 4000 }).map((n) => new D(n).div(10000)), { nil: null, freq: 6 }),
      basis: fc.constantFrom<ShareBasis>("perPerson", "splitRole"),
      insured: fc.boolean(),
      baseMin: fc.option(fen(0, 500000), { nil: null }),
    })
    .map((r) => role(id, { share: r.share, shareBasis: r.basis, insured: r.insured, baseMin: r.baseMin }));

const openingArb: fc.Arbitrary<OpeningBalance> = fc.record({
  months: fc.integer({ min: 0, max: 6 }),
  gross: fen(0, 20_000_000),
  insurance: fen(0, 2_000_000),
  specialAdditionalDeduction: fen(0, 1_000_000),
  taxWithheld: fen(0, 1_000_000),
});

const staffArb = (i: number, roleIds: string[]): fc.Arbitrary<Staff> =>
  fc
    .record({
      role: fc.constantFrom(...roleIds, "unknown"),
      base: fc.option(fen(0, 6_000_000), { nil: null, freq: 8 }),
      contributionBase: fc.option(fen(0, 5_000_000), { nil: null }),
      special: fen(0, 500_000),
      start: fc.option(dayOf2026, { nil: null }),
      end: fc.option(dayOf2026, { nil: null }),
      opening: fc.option(openingArb, { nil: null }),
    })
    .map((s) =>
      staff(`s${i}`, s.role, {
        base: s.base,
        contributionBase: s.contributionBase,
        specialAdditionalDeduction: s.special,
        startDate: s.start,
        endDate: s.end,
        opening: s.opening,
      }),
    );

const monthArb = (month: string, staffIds: string[]): fc.Arbitrary<MonthInput> =>
  fc
    .record({
      margin: fc.option(fen(-50_000_00, 500_000_00), { nil: null, freq: 6 }),
      entries: fc.array(
        fc.record({
          staff: fc.constantFrom(...staffIds),
          reward: fen(0, 2_000_000),
          penalty: fen(0, 600_000),
          // Now and then a year-end bonus (in 应发合计, its tax among the deductions).
          annualBonus: fc.option(fen(1, 10_000_000), { nil: undefined, freq: 4 }),
          paidDays: fc.option(fc.integer({ min: 0, max: 2400 }).map((n) => new D(n).div(100)), { nil: null }),
        }),
        { maxLength: 4 },
      ),
    })
    .map((m) => monthInput(month, { grossMargin: m.margin, entries: m.entries.map(({ annualBonus, ...e }) => entry(e.staff, annualBonus === undefined ? e : { ...e, annualBonus })) }));

/** A random shop: a few roles, a few people, some of 2026's months entered (or none), and a month to compute. */
export const shopArb: fc.Arbitrary<{ config: Config; month: string }> = fc
  .record({ roleCount: fc.integer({ min: 1, max: 4 }), staffCount: fc.integer({ min: 1, max: 6 }), month: month2026 })
  .chain(({ roleCount, staffCount, month }) => {
    const roleIds = Array.from({ length: roleCount }, (_, i) => `r${i}`);
    const staffIds = Array.from({ length: staffCount }, (_, i) => `s${i}`);
    return fc.record({
      roles: fc.tuple(...roleIds.map(roleArb)),
      staff: fc.tuple(...staffIds.map((_, i) => staffArb(i, roleIds))),
      months: fc.subarray(monthsOfYearTo("2026-12")).chain((ms) => fc.tuple(...ms.map((m) => monthArb(m, staffIds)))),
      month: fc.constant(month),
    });
  })
  .map(({ roles, staff, months, month }) => ({ config: config({ roles, staff, months }), month }));

