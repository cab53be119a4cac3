import fc from "fast-check";
import { parseConfig } from "../../src/core/config";
import type { Config } from "../../src/core/types";
import type { RawDeduction, RawTeam } from "./model/payrollModel";

/** An amount with two decimals as the user would type it, from whole fen. */
const amount = (maxYuan: number, minYuan = 0) =>
  fc.integer({ min: Math.round(minYuan * 100), max: Math.round(maxYuan * 100) }).map((f) => (f / 100).toFixed(2));
/** A rate with up to four decimals, as a string. */
const rate = (max: number) => fc.integer({ min: 0, max: Math.round(max * 10000) }).map((n) => (n / 10000).toString());
const isoDay = (year: number, fromMonth = 1, toMonth = 12) => {
  const from = Date.UTC(year, fromMonth - 1, 1) / 86_400_000;
  const to = Date.UTC(year, toMonth, 0) / 86_400_000;
  return fc.integer({ min: from, max: to }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
};
/**
 * Paid days as people record them: whole or half days, or hours ÷ 8 (0.125 a day) — among them odd
 * multiples of 3 hours (0.375, 1.125, 2.625 days…), which with a base of an odd multiple of 0.29 yuan
 * (halfFenBase) and 21.75 paid days a month make the prorated base an exact half fen:
 * 29(2j+1) fen × 3(2h+1)/8 ÷ 87/4 = (2j+1)(2h+1)/2 fen. That is where dividing first used to round down.
 */
const paidDays = fc.oneof(
  fc.integer({ min: 0, max: 2300 }).map((n) => (n / 100).toString()),
  fc.integer({ min: 0, max: 31 * 8 }).map((hours) => (hours / 8).toString()),
  fc.integer({ min: 0, max: 40 }).map((h) => ((3 * (2 * h + 1)) / 8).toString()),
);
/**
 * Overtime hours (quarter hours, some of each kind), leave days (half days) and allowances (named, taxable,
 * exempt or not said) of an entry (issue 13), each part sometimes left out as a config file may.
 */
const quarterHours = (max: number) => fc.integer({ min: 0, max: max * 4 }).map((n) => (n / 4).toString());
const halfDays = (max: number) => fc.integer({ min: 0, max: max * 2 }).map((n) => (n / 2).toString());
const attendance = fc.record(
  {
    overtimeHours: fc.record({ workday: quarterHours(60), restDay: quarterHours(40), holiday: quarterHours(24) }, { requiredKeys: [] }),
    leaveDays: fc.record({ unpaid: halfDays(10), sick: halfDays(10) }, { requiredKeys: [] }),
    allowances: fc.array(
      fc.record({ name: fc.constantFrom("交通补贴", "误餐补助", "=津贴", "高温补贴"), amount: amount(2000), taxable: fc.boolean() }, { requiredKeys: ["name", "amount"] }),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: [] },
);
/**
 * Issue 13: special taxpayers and deductions by category, only as the checks accept them (the model does not
 * validate): at most one elderly item, rent or loan interest (never both), a pension of at most 1,000 a month
 * within one year, a degree for at most 24 months — with and without amounts, halves and shared elderly support.
 */
const iitFlags = fc.option(
  fc.constantFrom<NonNullable<RawTeam["staff"][number]["iit"]>>({ previousYearUnder60k: true }, { firstJobThisYear: true }, { previousYearUnder60k: false, firstJobThisYear: false }),
  { freq: 3, nil: undefined },
);
const deductionItems = (year: number) => {
  const m = (n: number) => `${year}-${String(n).padStart(2, "0")}`;
  const inYear = fc.integer({ min: 1, max: 12 });
  const span = fc.tuple(inYear, fc.integer({ min: 0, max: 11 })).map(([a, k]) => ({ from: m(a), to: m(Math.min(12, a + k)) }));
  const item = fc.oneof(
    fc.record({ from: inYear.map(m), amount: fc.constantFrom(undefined, "1234.56", "2000") }).map(({ amount: a, ...i }) => ({ category: "childEducation", ...i, ...(a === undefined ? { share: "half" as const } : { amount: a }) })),
    fc.record({ from: inYear.map(m), share: fc.constantFrom("full" as const, "half" as const) }).map((i) => ({ category: "infantCare", ...i })),
    span.map((s) => ({ category: "continuingEducationDegree", ...s })),
    inYear.map((a) => ({ category: "continuingEducationCertificate", from: m(a) })),
    fc.tuple(span, fc.constantFrom("1000", "345.67")).map(([s, a]) => ({ category: "personalPension", ...s, amount: a })),
  );
  const elderly = fc.option(
    fc.oneof(fc.constant({ category: "elderlySupport", from: `${year - 1}-07` }), fc.constantFrom("1500", "800.08").map((a) => ({ category: "elderlySupport", from: m(2), shared: true, amount: a }))),
    { nil: undefined },
  );
  const housing = fc.option(
    fc.oneof(
      fc.tuple(span, fc.constantFrom("1500", "1100", "800")).map(([s, a]) => ({ category: "housingRent", ...s, amount: a })),
      fc.record({ from: inYear.map(m), share: fc.constantFrom("full" as const, "half" as const) }).map((i) => ({ category: "housingLoanInterest", ...i })),
    ),
    { nil: undefined },
  );
  return fc.option(
    fc.tuple(fc.uniqueArray(item, { maxLength: 3, selector: (i) => i.category }), elderly, housing).map(([items, e, h]) => [...items, ...(e ? [e] : []), ...(h ? [h] : [])] as RawDeduction[]),
    { freq: 3, nil: undefined },
  );
};

/**
 * A year-end bonus (issue 13): around the cliffs of the separate method (12 × a monthly bound, ± a few fen) or
 * anywhere, with its taxation asked or left to the lower.
 */
const cliffs = [36000, 144000, 300000, 420000, 660000, 960000];
const bonus = fc.record({
  annualBonus: fc.oneof(
    fc.tuple(fc.constantFrom(...cliffs), fc.integer({ min: -3, max: 3 })).map(([b, fen]) => (b + fen / 100).toFixed(2)),
    amount(200000, 1),
  ),
  annualBonusTaxation: fc.constantFrom("separate", "merged", null),
});
const halfFenBase = fc.integer({ min: 17, max: 70_000 }).map((j) => ((29 * (2 * j + 1)) / 100).toFixed(2));

/** China's annual table (the default), or a random ascending one: custom tables must work too. */
type Bracket = RawTeam["settings"]["taxTable"][number];
const DEFAULT_TAX_TABLE: Bracket[] = [
  { upTo: "36000", rate: "0.03", quickDeduction: "0" },
  { upTo: "144000", rate: "0.10", quickDeduction: "2520" },
  { upTo: "300000", rate: "0.20", quickDeduction: "16920" },
  { upTo: "420000", rate: "0.25", quickDeduction: "31920" },
  { upTo: "660000", rate: "0.30", quickDeduction: "52920" },
  { upTo: "960000", rate: "0.35", quickDeduction: "85920" },
  { upTo: null, rate: "0.45", quickDeduction: "181920" },
];
const taxTable: fc.Arbitrary<Bracket[]> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(DEFAULT_TAX_TABLE) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.tuple(fc.integer({ min: 1, max: 20_000_000 }), rate(0.45), amount(50_000)), { minLength: 1, maxLength: 6 })
      .map((rows) => {
        let upTo = 0;
        const table: Bracket[] = rows.map(([step, r, qd]) => ({ upTo: ((upTo += step) / 100).toFixed(2), rate: r, quickDeduction: qd }));
        table[table.length - 1]!.upTo = null;
        return table;
      }),
  },
);

/** Names as users type them, hostile ones included: formula prefixes, quotes, brackets, Chinese. */
const HOSTILE_NAMES = ["=HYPERLINK(\"http://x\",\"点我\")", "+86 138 0000", "-负数", "@SUM(A1)", "O'Brien", "[经理]", "王五", "Ann \"Q\"", "00123", "1,234.50"];

const roleArb = (i: number) =>
  fc.record({
    share: fc.option(rate(0.4), { freq: 6, nil: null }),
    shareBasis: fc.constantFrom<"perPerson" | "splitRole">("perPerson", "splitRole"),
    insured: fc.boolean(),
    base: fc.oneof(fc.constant(null), amount(5000).map((b) => [b, null] as const), amount(5000).map((b) => [b, b] as const)),
    nameZh: fc.constantFrom(`岗位${i}`, `岗位${i} [临时]`, `'岗位${i}'`),
  }).map((r) => ({
    id: `r${i}`,
    nameZh: r.nameZh,
    nameEn: `Role ${i}`,
    share: r.share,
    shareBasis: r.shareBasis,
    insured: r.insured,
    baseMin: r.base === null ? null : r.base[0],
    baseMax: r.base === null ? null : r.base[1],
  }));

/**
 * The last role takes whatever the others leave of 100% (a splitRole share, so it is exact whatever the
 * number of holders): shares that add up to exactly 100% for a team employed all year.
 */
function allocateEverything(roles: RawTeam["roles"], staff: RawTeam["staff"]): RawTeam["roles"] {
  const holders = (id: string) => staff.filter((p) => p.role === id).length;
  const last = roles[roles.length - 1]!;
  const others = roles.slice(0, -1);
  // In ten-thousandths: the shares have at most 4 decimals.
  const used = others.reduce((n, r) => {
    const share = r.share === null ? 0 : Math.round(Number(r.share) * 10000);
    return n + (r.shareBasis === "perPerson" ? share * holders(r.id) : holders(r.id) > 0 ? share : 0);
  }, 0);
  if (used > 10000 || holders(last.id) === 0) return roles;
  return [...others, { ...last, shareBasis: "splitRole", share: ((10000 - used) / 10000).toString() }];
}

/**
 * A random team and tax-year history as the config file a user writes (every setting spelled out, so
 * an independent model needs no defaults): random roles and shares (missing ones too, and now and then
 * shares adding up to exactly 100%), bases with fen (or the role's fixed base), contribution bases
 * around the floor and ceiling, joiners and leavers, re-hires (a second record naming the first in
 * sameAs), opening balances, rewards, penalties (now and then more than the pay), paid days with
 * fractions (hours ÷ 8), loss months, gaps in the history, custom tax tables.
 */
export const randomRawTeam: fc.Arbitrary<{ raw: RawTeam; month: string; lang: "zh-CN" | "en-US" }> = fc
  .record({
    year: fc.constantFrom(2025, 2026),
    last: fc.integer({ min: 1, max: 12 }),
    chainLength: fc.integer({ min: 1, max: 12 }),
    lang: fc.constantFrom("zh-CN" as const, "en-US" as const),
    roleCount: fc.integer({ min: 1, max: 4 }),
    staffCount: fc.integer({ min: 1, max: 10 }),
    allYear: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
    settings: fc.record({
      poolRate: rate(0.6),
      paidDaysPerMonth: fc.constantFrom("21.75", "21.75", "21.75", "22", "21", "20.83"),
      basicDeduction: fc.constantFrom("5000", "5000", "5000", "6000.50"),
      socialInsurance: fc.record({
        baseFloor: amount(6000, 2000),
        baseCeiling: amount(40000, 6000),
        employee: fc.record({ pension: rate(0.1), medical: rate(0.03), unemployment: rate(0.01) }),
        employer: fc.record({ pension: rate(0.2), medical: rate(0.1), unemployment: rate(0.01), injury: rate(0.02) }),
      }),
      housingFund: fc.record({ employeeRate: rate(0.12), employerRate: rate(0.12), baseFloor: amount(3000, 1000), baseCeiling: amount(45000, 3000) }),
      taxTable,
      // Issue 13: sick pay (often floored at 80% of the minimum wage: a low rate) and the minimum wage.
      sickPay: fc.record({ rate: rate(1) }),
      // The separate option's end: the default, none, or a date that falls inside the random months.
      annualBonus: fc.record({ separateTaxationUntil: fc.constantFrom("2027-12-31", null, "2026-06-30", "2025-12-31") }),
      minimumWage: fc.record({ monthly: amount(3000, 1500), hourly: amount(30, 15) }),
      // Sales-target settings (the payroll ignores them): each day's weight keeps at most 4 decimals
      // (weekday weight 2 + event factor 1 + holiday factor 1), as the config requires.
      targets: fc.record({
        aov: fc.option(amount(500, 1), { nil: null }),
        cvr: fc.option(rate(0.2).filter((r) => Number(r) > 0), { nil: null }),
        weekdayWeights: fc.array(fc.integer({ min: 0, max: 300 }).map((n) => (n / 100).toString()), { minLength: 7, maxLength: 7 }),
        events: fc.uniqueArray(
          fc.record({
            date: fc.constantFrom("11-11", "06-18", "12-12", "01-01", "02-29", "2025-03-08", "2026-05-20"),
            factor: fc.integer({ min: 0, max: 50 }).map((n) => (n / 10).toString()),
            name: fc.constantFrom("双十一", "店庆", "=1+1"),
          }),
          { maxLength: 4, selector: (e) => e.date },
        ),
        holidayFactor: fc.integer({ min: 0, max: 30 }).map((n) => (n / 10).toString()),
      }),
    }),
  })
  .chain((p) =>
    fc
      .record({
        roles: fc.tuple(...Array.from({ length: p.roleCount }, (_, i) => roleArb(i + 1))),
        staff: fc.array(
          fc.record({
            role: fc.integer({ min: 1, max: p.roleCount }).map((i) => `r${i}`),
            base: fc.option(fc.option(fc.oneof(amount(40000, 1000), halfFenBase), { freq: 8, nil: null }), { freq: 6, nil: undefined }),
            contributionBase: fc.option(amount(45000, 1000), { freq: 2, nil: null }),
            specialAdditionalDeduction: fc.constantFrom("0", "1000", "2000", "3000", "1500.50"),
            start: fc.option(isoDay(p.year), { freq: 2, nil: null }),
            endAfter: fc.option(fc.integer({ min: 0, max: 200 }), { freq: 3, nil: null }),
            // A possible balance (parseConfig refuses others): figures only with a month employed before
            // the chain starts, and no more tax withheld than was earned.
            opening: fc.option(
              fc
                .record({ months: fc.integer({ min: 1, max: 5 }), gross: amount(200000), insurance: amount(20000), specialAdditionalDeduction: amount(10000), taxShare: fc.integer({ min: 0, max: 20 }) })
                .map(({ taxShare, ...o }) => ({ ...o, taxWithheld: ((Number(o.gross) * taxShare) / 100).toFixed(2) })),
              { freq: 3, nil: null },
            ),
            name: fc.oneof(fc.constant(null), fc.constantFrom(...HOSTILE_NAMES)),
            chineseId: fc.boolean(),
            iit: iitFlags,
            deductions: deductionItems(p.year),
            // Leaves in month `leaves` and comes back in a later one, as a second record.
            rehire: fc.option(
              fc.record({ leaves: fc.integer({ min: 1, max: 10 }), gap: fc.integer({ min: 1, max: 3 }), role: fc.integer({ min: 1, max: p.roleCount }), base: amount(40000, 1000), day: fc.integer({ min: 1, max: 28 }) }),
              { freq: 4, nil: null },
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
                who: fc.integer({ min: 0, max: 2 * p.staffCount - 1 }),
                reward: amount(5000),
                penalty: fc.oneof({ weight: 9, arbitrary: amount(1000) }, { weight: 1, arbitrary: amount(60000) }),
                paidDays: fc.option(paidDays, { freq: 2, nil: null }),
                attendance: fc.option(attendance, { freq: 3, nil: null }),
                bonus: fc.option(bonus, { freq: 3, nil: null }),
              }),
              { maxLength: 5 },
            ),
          }),
          { minLength: 12, maxLength: 12 },
        ),
      })
      .map(({ roles, staff, months }) => {
        const last = p.last;
        const first = Math.max(1, last - p.chainLength + 1);
        const month = (n: number) => `${p.year}-${String(n).padStart(2, "0")}`;
        const day = (m: number, d: number) => `${month(m)}-${String(d).padStart(2, "0")}`;
        const records: RawTeam["staff"] = staff.flatMap((s, i): RawTeam["staff"] => {
          const id = s.chineseId ? `员工${i + 1}` : `P${i + 1}`;
          const name = s.name ?? `人员 ${i + 1}`;
          // Months employed before the chain's first month: at most first − 1, and only for someone
          // employed since before the year (a start date in the year may allow fewer).
          const opening = s.opening === null || first === 1 || (!p.allYear && s.start !== null) ? null : { ...s.opening, months: Math.min(s.opening.months, first - 1) };
          const base = s.base === undefined ? {} : { base: s.base };
          // The special-taxpayer keys are the first record's only (a re-hire's record holds none).
          const taxpayer = { ...(s.iit === undefined ? {} : { iit: s.iit }), ...(s.deductions === undefined ? {} : { deductions: s.deductions }) };
          const common = { id, name, role: s.role, ...base, contributionBase: s.contributionBase, specialAdditionalDeduction: s.specialAdditionalDeduction, opening, ...taxpayer };
          if (p.allYear) return [{ ...common, startDate: null, endDate: null }];
          if (s.rehire !== null) {
            const back = s.rehire.leaves + s.rehire.gap;
            const firstRecord = { ...common, startDate: null, endDate: day(s.rehire.leaves, s.rehire.day) };
            if (back > 12) return [firstRecord];
            const again = { id: `${id}R`, name, role: `r${s.rehire.role}`, base: s.rehire.base, contributionBase: null, specialAdditionalDeduction: s.specialAdditionalDeduction, startDate: day(back, s.rehire.day), endDate: null, sameAs: id, opening: null };
            return [firstRecord, again];
          }
          const startDate = s.start;
          const endDate = startDate !== null && s.endAfter !== null ? new Date(Date.parse(startDate) + s.endAfter * 86_400_000).toISOString().slice(0, 10) : null;
          return [{ ...common, startDate, endDate }];
        });
        const ids = records.map((r) => r.id);
        const raw: RawTeam = {
          settings: p.settings,
          roles: p.allYear ? allocateEverything(roles, records) : roles,
          staff: records,
          months: months.slice(first - 1, last).flatMap((m, i) => {
            const n = first + i;
            // The first and the asked-for month are always present; others may be gaps.
            if (!m.present && n !== first && n !== last) return [];
            const seen = new Set<string>();
            const entries = m.entries.flatMap((e) => {
              const who = ids[e.who % ids.length]!;
              if (seen.has(who)) return [];
              seen.add(who);
              return [{ staff: who, reward: e.reward, penalty: e.penalty, paidDays: e.paidDays, ...(e.attendance ?? {}), ...(e.bonus ?? {}) }];
            });
            return [{ month: month(n), grossMargin: m.grossMargin, salesTarget: m.salesTarget, entries }];
          }),
        };
        return { raw, month: month(last), lang: p.lang };
      }),
  );

/**
 * The same teams as engine input (parseConfig must accept every one), for the workbook's tests: with the
 * special-taxpayer flags (on Staff since layout 10), without the deductions by category until the sheets
 * carry them.
 */
export const randomTeam: fc.Arbitrary<{ config: Config; month: string; lang: "zh-CN" | "en-US" }> = randomRawTeam.map(({ raw: withKeys, month, lang }) => {
  const raw = { ...withKeys, staff: withKeys.staff.map(({ deductions: _deductions, ...s }) => s) };
  const parsed = parseConfig(raw);
  if (!parsed.ok) throw new Error(`random config refused: ${JSON.stringify(parsed.errors)}`);
  return { config: parsed.config, month, lang };
});
