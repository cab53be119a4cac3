import fc from "fast-check";
import { parseConfig } from "../../src/core/config";
import type { Config } from "../../src/core/types";

/** An amount with two decimals as the user would type it, from whole fen. */
const amount = (maxYuan: number, minYuan = 0) =>
  fc.integer({ min: Math.round(minYuan * 100), max: Math.round(maxYuan * 100) }).map((f) => (f / 100).toFixed(2));
/** A rate with up to four decimals, as a string. */
const rate = (max: number) => fc.integer({ min: 0, max: Math.round(max * 10000) }).map((n) => (n / 10000).toString());
const isoDay = (year: number) =>
  fc.integer({ min: 0, max: 364 }).map((d) => new Date(Date.UTC(year, 0, 1 + d)).toISOString().slice(0, 10));

/** Names as users type them, hostile ones included: formula prefixes, quotes, brackets, Chinese. */
const HOSTILE_NAMES = ["=HYPERLINK(\"http://x\",\"点我\")", "+86 138 0000", "-负数", "@SUM(A1)", "O'Brien", "[经理]", "王五", "Ann \"Q\"", "00123", "1,234.50"];

const roleArb = (i: number) =>
  fc.record({
    id: fc.constant(`r${i}`),
    nameZh: fc.constantFrom(`岗位${i}`, `岗位${i} [临时]`, `'岗位${i}'`),
    nameEn: fc.constant(`Role ${i}`),
    share: fc.option(rate(0.4), { freq: 6, nil: null }),
    shareBasis: fc.constantFrom("perPerson", "splitRole"),
    insured: fc.boolean(),
    baseMin: fc.option(amount(5000), { freq: 4, nil: null }),
    baseMax: fc.constant(null),
  });

/**
 * A random team and tax-year history: random roles and shares (missing ones too), bases, contribution
 * bases around the floor and ceiling, joiners and leavers, opening balances, rewards, penalties,
 * paid days, loss months and gaps in the history; hostile names (formula prefixes, quotes, brackets),
 * Chinese ids; sales targets with random weekday weights, events, holiday factor, AOV and conversion rate.
 */
export const randomTeam: fc.Arbitrary<{ config: Config; month: string; lang: "zh-CN" | "en-US" }> = fc
  .record({
    year: fc.constantFrom(2025, 2026),
    last: fc.integer({ min: 1, max: 12 }),
    chainLength: fc.integer({ min: 1, max: 12 }),
    lang: fc.constantFrom("zh-CN" as const, "en-US" as const),
    roleCount: fc.integer({ min: 1, max: 4 }),
    staffCount: fc.integer({ min: 1, max: 10 }),
    settings: fc.record({
      poolRate: rate(0.6),
      paidDaysPerMonth: fc.constantFrom("21.75", "22", "21"),
      socialInsurance: fc.record({
        baseFloor: amount(6000, 2000),
        baseCeiling: amount(40000, 6000),
        employee: fc.record({ pension: rate(0.1), medical: rate(0.03), unemployment: rate(0.01) }),
        employer: fc.record({ pension: rate(0.2), medical: rate(0.1), unemployment: rate(0.01), injury: rate(0.02) }),
      }),
      housingFund: fc.record({ employeeRate: rate(0.12), employerRate: rate(0.12), baseFloor: amount(3000, 1000), baseCeiling: amount(45000, 3000) }),
      targets: fc.record({
        aov: fc.option(amount(500, 1), { nil: null }),
        cvr: fc.option(rate(0.2).filter((r) => Number(r) > 0), { nil: null }),
        weekdayWeights: fc.array(fc.integer({ min: 0, max: 300 }).map((n) => (n / 100).toString()), { minLength: 7, maxLength: 7 }),
        events: fc.uniqueArray(
          fc.record({
            date: fc.constantFrom("11-11", "06-18", "12-12", "01-01", "02-29", "2025-03-08", "2026-05-20"),
            factor: fc.integer({ min: 0, max: 500 }).map((n) => (n / 100).toString()),
            name: fc.constantFrom("双十一", "店庆", "=1+1"),
          }),
          { maxLength: 4, selector: (e) => e.date },
        ),
        holidayFactor: fc.integer({ min: 0, max: 300 }).map((n) => (n / 100).toString()),
      }),
    }),
  })
  .chain((p) =>
    fc
      .record({
        roles: fc.tuple(...Array.from({ length: p.roleCount }, (_, i) => roleArb(i + 1))),
        staff: fc.array(
          fc.record({
            name: fc.oneof(fc.constant(null), fc.constantFrom(...HOSTILE_NAMES)),
            chineseId: fc.boolean(),
            role: fc.integer({ min: 1, max: p.roleCount }).map((i) => `r${i}`),
            base: fc.option(amount(40000, 1000), { freq: 8, nil: null }),
            contributionBase: fc.option(amount(45000, 1000), { freq: 2, nil: null }),
            specialAdditionalDeduction: fc.constantFrom("0", "1000", "2000", "3000", "1500.50"),
            start: fc.option(isoDay(p.year), { freq: 2, nil: null }),
            endAfter: fc.option(fc.integer({ min: 0, max: 200 }), { freq: 3, nil: null }),
            opening: fc.option(
              // A possible balance (parseConfig refuses others): figures only with a month employed,
              // and no more tax withheld than was earned.
              fc
                .record({ months: fc.integer({ min: 1, max: 5 }), gross: amount(200000), insurance: amount(20000), specialAdditionalDeduction: amount(10000), taxShare: fc.integer({ min: 0, max: 20 }) })
                .map(({ taxShare, ...o }) => ({ ...o, taxWithheld: ((Number(o.gross) * taxShare) / 100).toFixed(2) })),
              { freq: 3, nil: null },
            ),
          }),
          { minLength: p.staffCount, maxLength: p.staffCount },
        ),
        months: fc.array(
          fc.record({
            present: fc.boolean(),
            grossMargin: fc.option(amount(2_000_000, -100_000), { freq: 8, nil: null }),
            salesTarget: fc.option(amount(5_000_000), { freq: 6, nil: null }),
            entries: fc.array(
              fc.record({
                who: fc.integer({ min: 0, max: p.staffCount - 1 }),
                reward: amount(5000),
                penalty: amount(1000),
                paidDays: fc.option(fc.integer({ min: 0, max: 2300 }).map((n) => (n / 100).toString()), { freq: 2, nil: null }),
              }),
              { maxLength: 4 },
            ),
          }),
          { minLength: 12, maxLength: 12 },
        ),
      })
      .map(({ roles, staff, months }) => {
        const last = p.last;
        const first = Math.max(1, last - p.chainLength + 1);
        const month = (n: number) => `${p.year}-${String(n).padStart(2, "0")}`;
        const ids = staff.map((s, i) => (s.chineseId ? `员工${i + 1}` : `P${i + 1}`));
        const raw = {
          settings: p.settings,
          roles,
          staff: staff.map((s, i) => {
            const endDate = s.start !== null && s.endAfter !== null ? new Date(Date.parse(s.start) + s.endAfter * 86_400_000).toISOString().slice(0, 10) : null;
            return {
              id: ids[i]!,
              name: s.name ?? `人员 ${i + 1}`,
              role: s.role,
              base: s.base,
              contributionBase: s.contributionBase,
              specialAdditionalDeduction: s.specialAdditionalDeduction,
              startDate: s.start,
              endDate,
              opening: s.opening,
            };
          }),
          months: months.slice(first - 1, last).flatMap((m, i) => {
            const n = first + i;
            // The first and the asked-for month are always present; others may be gaps.
            if (!m.present && n !== first && n !== last) return [];
            const seen = new Set<number>();
            const entries = m.entries.filter((e) => (seen.has(e.who) ? false : (seen.add(e.who), true)));
            return [
              {
                month: month(n),
                grossMargin: m.grossMargin,
                salesTarget: m.salesTarget,
                entries: entries.map((e) => ({ staff: ids[e.who]!, reward: e.reward, penalty: e.penalty, paidDays: e.paidDays })),
              },
            ];
          }),
        };
        const parsed = parseConfig(raw);
        if (!parsed.ok) throw new Error(`random config refused: ${JSON.stringify(parsed.errors)}`);
        return { config: parsed.config, month: month(last), lang: p.lang };
      }),
  );
