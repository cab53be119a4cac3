/**
 * A second, deliberately different implementation of ShopSheet's payroll rules (README "The rules, in
 * short"), for the differential test. It reads the raw config document (strings, as a user writes it),
 * computes in exact fractions (rational.ts: BigInt, no decimal.js), and is organised the other way
 * round from src/core: first every month's facts (who is employed, the pool, each role's commission),
 * then each taxpayer's year, month after month. Written from the rules, not from the engine's code.
 *
 * It models what a valid config means; it does not validate (the generator only makes valid ones).
 */
import calendarData from "chinese-days/dist/chinese-days.json";
import { Q } from "./rational";

export interface RawTeam {
  settings: {
    poolRate: string;
    paidDaysPerMonth: string;
    basicDeduction: string;
    socialInsurance: {
      baseFloor: string;
      baseCeiling: string;
      employee: { pension: string; medical: string; unemployment: string };
      employer: { pension: string; medical: string; unemployment: string; injury: string };
    };
    housingFund: { employeeRate: string; employerRate: string; baseFloor: string; baseCeiling: string };
    taxTable: { upTo: string | null; rate: string; quickDeduction: string }[];
    /** Issue 13: sick pay and the local minimum wage (the hourly one does not enter the pay). */
    sickPay: { rate: string };
    minimumWage: { monthly: string; hourly: string };
    /** Issue 13: the last day of the year-end bonus's separate taxation (null: no end). */
    annualBonus?: { separateTaxationUntil: string | null };
    /** Sales-target settings: not part of the payroll (the model ignores them). */
    targets?: unknown;
  };
  roles: { id: string; nameZh: string; nameEn: string; share: string | null; shareBasis: "perPerson" | "splitRole"; insured: boolean; baseMin: string | null; baseMax?: string | null }[];
  staff: {
    id: string;
    name: string;
    role: string;
    /** Absent: the role's fixed base (min = max); null: no base. */
    base?: string | null;
    contributionBase: string | null;
    specialAdditionalDeduction: string;
    startDate: string | null;
    endDate: string | null;
    sameAs?: string;
    opening: { months: number; gross: string; insurance: string; specialAdditionalDeduction: string; taxWithheld: string } | null;
    /** Issue 13: special taxpayers (a first record's only). */
    iit?: { previousYearUnder60k?: boolean; firstJobThisYear?: boolean };
    /** Issue 13: special additional deductions by category (a first record's only); the monthly figure is then unused. */
    deductions?: RawDeduction[];
  }[];
  months: { month: string; grossMargin: string | null; salesTarget?: string | null; entries: RawEntry[] }[];
}

/** A month's entry as a config file gives it; the issue-13 parts may be left out, each key too. */
export interface RawEntry {
  staff: string;
  reward: string;
  penalty: string;
  paidDays: string | null;
  overtimeHours?: { workday?: string; restDay?: string; holiday?: string };
  leaveDays?: { unpaid?: string; sick?: string };
  /** `taxable` left out: taxed. */
  allowances?: { name: string; amount: string; taxable?: boolean }[];
  /** Issue 13: the year-end bonus, and how to tax it (left out or null: the lower). */
  annualBonus?: string;
  annualBonusTaxation?: "separate" | "merged" | null;
}

/** A deduction item as a config file gives it (category ids only: the model does not read names). */
export interface RawDeduction {
  category: string;
  from: string;
  to?: string;
  amount?: string;
  share?: "full" | "half";
  shared?: boolean;
}

/** One pay line, every money figure as "1234.50". */
export type ModelLine = { id: string } & Record<(typeof MONEY)[number], string>;

export const MONEY = [
  "paidBase", "commission", "reward", "overtimePay", "leaveDeduction", "allowances", "annualBonus", "earningsTotal", "gross", "pension", "medical", "unemployment", "socialInsurance",
  "housingFund", "specialAdditionalDeduction", "cumulativeTaxable", "cumulativeTax", "iit", "annualBonusTax", "penalty", "deductionTotal", "net", "employerSocialInsurance", "employerHousingFund", "employerCost",
] as const;

export interface ModelMonth {
  month: string;
  pool: string;
  allocated: string;
  unallocated: string;
  /** In staff order. */
  lines: ModelLine[];
  /** Ids whose gross is negative this month (the engine must refuse them). */
  negativeGross: string[];
}

// ---------------------------------------------------------------- calendar, by day numbers

const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
const isWeekday = (day: number) => {
  const sundayZero = new Date(day * 86_400_000).getUTCDay();
  return sundayZero >= 1 && sundayZero <= 5;
};
/**
 * Paid by the 21.75-day rule (劳社部发〔2008〕3号; 月计薪天数 = 出勤天数 + 法定节假日天数): read the other way round from
 * core's "days worked + statutory days" — Monday to Friday, less the swapped weekdays (the package's in-lieu
 * days, which its make-up days pay back), plus the make-up weekend days. A weekday holiday that is not in
 * lieu is a statutory day (or the weekday given for one), paid either way.
 */
const inLieu = new Set(Object.keys(calendarData.inLieuDays));
const makeUp = new Set(Object.keys(calendarData.workdays));
const isoOf = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const isPaidDay = (day: number) => (isWeekday(day) ? !inLieu.has(isoOf(day)) : makeUp.has(isoOf(day)));
function monthBounds(month: string): { first: number; last: number } {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return { first: Date.UTC(y, m - 1, 1) / 86_400_000, last: Date.UTC(y, m, 0) / 86_400_000 };
}

/** The months of `month`'s year to compute: from the first one the config lists (not after it), else `month` alone. */
function chainOf(team: RawTeam, month: string): string[] {
  const year = month.slice(0, 4);
  const listed = team.months.map((m) => m.month).filter((m) => m.startsWith(year) && m <= month).sort();
  const from = Number((listed[0] ?? month).slice(5, 7));
  const to = Number(month.slice(5, 7));
  return Array.from({ length: to - from + 1 }, (_, i) => `${year}-${String(from + i).padStart(2, "0")}`);
}

// ---------------------------------------------------------------- special additional deductions

/**
 * The monthly standards from the rules themselves (国发〔2018〕41号; 国发〔2022〕8号 for infant care from
 * 2022; 国发〔2023〕13号 from 2023-01: children 2,000, infants 2,000, elderly 3,000 or 1,500 shared), not
 * from src/data: rent and pension have no standard (their amount is given), a certificate is 3,600 once.
 */
function standardOf(category: string, month: string, shared: boolean): Q {
  const from2023 = month >= "2023-01";
  switch (category) {
    case "childEducation":
      return Q.of(from2023 ? "2000" : "1000");
    case "infantCare":
      return month < "2022-01" ? Q.ZERO : Q.of(from2023 ? "2000" : "1000");
    case "elderlySupport":
      return shared ? Q.of(from2023 ? "1500" : "1000") : Q.of(from2023 ? "3000" : "2000");
    case "housingLoanInterest":
      return Q.of("1000");
    case "continuingEducationDegree":
      return Q.of("400");
    case "continuingEducationCertificate":
      return Q.of("3600");
    default:
      return Q.ZERO;
  }
}

/** What one item deducts in a month: its amount (at most the standard, the pension's as paid), else the standard. */
function deductionOf(item: RawDeduction, month: string): Q {
  const running = item.category === "continuingEducationCertificate" ? item.from === month : item.from <= month && (item.to === undefined || month <= item.to);
  if (!running) return Q.ZERO;
  const standard = standardOf(item.category, month, item.shared === true).mul(item.share === "half" ? Q.of("0.5") : Q.ONE);
  if (item.amount === undefined) return standard;
  if (item.category === "personalPension" || item.category === "housingRent") return Q.of(item.amount);
  return Q.min(Q.of(item.amount), standard);
}

// ---------------------------------------------------------------- the model

const q = (x: string | null | undefined): Q => (x === null || x === undefined ? Q.ZERO : Q.of(x));

export function modelPayroll(team: RawTeam, month: string): ModelMonth[] {
  const s = team.settings;
  const perMonth = Q.of(s.paidDaysPerMonth);
  const roleById = new Map(team.roles.map((r) => [r.id, r]));
  const chain = chainOf(team, month);

  // Employment of each record in each month: the days employed, or null.
  const employed = (p: RawTeam["staff"][number], m: string) => {
    const { first, last } = monthBounds(m);
    const from = Math.max(first, p.startDate === null ? -Infinity : dayNumber(p.startDate));
    const to = Math.min(last, p.endDate === null ? Infinity : dayNumber(p.endDate));
    if (from > to) return null;
    if (from === first && to === last) return { wholeMonth: true, paidDays: 0 };
    let paidDays = 0;
    for (let day = from; day <= to; day++) if (isPaidDay(day)) paidDays++;
    return { wholeMonth: false, paidDays };
  };

  // 1. Each month's facts: the pool, and each role's commission per holder.
  const facts = chain.map((m) => {
    const input = team.months.find((x) => x.month === m);
    const pool = input?.grossMargin == null ? Q.ZERO : Q.max(Q.ZERO, Q.of(input.grossMargin)).mul(Q.of(s.poolRate)).roundFen();
    const onPayroll = team.staff.filter((p) => employed(p, m) !== null);
    const commissionOf = new Map<string, Q>();
    let allocated = Q.ZERO;
    for (const role of team.roles) {
      const holders = onPayroll.filter((p) => p.role === role.id).length;
      let each = Q.ZERO;
      if (role.share !== null && holders > 0) {
        const part = pool.mul(Q.of(role.share));
        each = (role.shareBasis === "splitRole" ? part.div(new Q(BigInt(holders))) : part).floorFen();
      }
      commissionOf.set(role.id, each);
      allocated = allocated.add(each.mul(new Q(BigInt(holders))));
    }
    return { month: m, input, pool, allocated, commissionOf };
  });

  // 2. Each record's month up to gross pay and contributions.
  const clamp = (x: Q, lo: string, hi: string) => Q.min(Q.max(x, Q.of(lo)), Q.of(hi));
  const monthOf = (p: RawTeam["staff"][number], f: (typeof facts)[number]) => {
    const job = employed(p, f.month);
    if (job === null) return null;
    const role = roleById.get(p.role)!;
    const entry = f.input?.entries.find((e) => e.staff === p.id);
    const days = entry?.paidDays != null ? Q.of(entry.paidDays) : job.wholeMonth ? perMonth : new Q(BigInt(job.paidDays));
    // A role whose base range is one amount (an absent maximum is the minimum) gives its staff that base.
    const max = role.baseMax === undefined ? role.baseMin : role.baseMax;
    const fixed = role.baseMin !== null && max !== null && Q.of(role.baseMin).cmp(Q.of(max)) === 0 ? role.baseMin : null;
    const base = p.base === undefined ? fixed : p.base;
    const paidBase = base === null ? Q.ZERO : Q.of(base).mul(Q.min(Q.ONE, days.div(perMonth))).roundFen();
    const commission = f.commissionOf.get(role.id)!;
    const reward = q(entry?.reward);
    const penalty = q(entry?.penalty);
    // Issue 13, from the rules (劳动法 §44, 劳社部发〔2008〕3号, 劳部发〔1995〕309号 §59), on the monthly base:
    // overtime at 150/200/300% of base ÷ paid days ÷ 8; leave: the daily base per unpaid day, and per sick day the
    // daily base less the daily sick pay (the larger of base × rate and 80% of the minimum wage).
    const monthly = q(base);
    const ot = entry?.overtimeHours;
    const weighted = Q.of("1.5").mul(q(ot?.workday)).add(Q.of("2").mul(q(ot?.restDay))).add(Q.of("3").mul(q(ot?.holiday)));
    const overtimePay = monthly.mul(weighted).div(perMonth.mul(Q.of("8"))).roundFen();
    const sickRate = Q.max(monthly.mul(Q.of(s.sickPay.rate)), Q.of("0.8").mul(Q.of(s.minimumWage.monthly)));
    const leaveDeduction = monthly.mul(q(entry?.leaveDays?.unpaid)).add(monthly.sub(sickRate).mul(q(entry?.leaveDays?.sick))).div(perMonth).roundFen();
    const listed = entry?.allowances ?? [];
    const allowances = listed.reduce((acc, a) => acc.add(Q.of(a.amount)), Q.ZERO).roundFen();
    const exemptAllowances = listed.filter((a) => a.taxable === false).reduce((acc, a) => acc.add(Q.of(a.amount)), Q.ZERO).roundFen();
    const wages = paidBase.add(commission).add(reward).sub(penalty).add(overtimePay).sub(leaveDeduction).add(allowances);
    // The year-end bonus is paid with the month (in gross), taxed on its own (step 3).
    const annualBonus = q(entry?.annualBonus);
    const gross = wages.add(annualBonus);
    const declared = p.contributionBase ?? base;
    const si = s.socialInsurance;
    const hf = s.housingFund;
    const siBase = clamp(q(declared), si.baseFloor, si.baseCeiling);
    const hfBase = clamp(q(declared), hf.baseFloor, hf.baseCeiling);
    const part = (b: Q, rate: string) => (role.insured ? b.mul(Q.of(rate)).roundFen() : Q.ZERO);
    const total = (b: Q, rates: string[]) => rates.reduce((acc, r) => acc.add(part(b, r)), Q.ZERO);
    const pension = part(siBase, si.employee.pension);
    const medical = part(siBase, si.employee.medical);
    const unemployment = part(siBase, si.employee.unemployment);
    return {
      id: p.id,
      paidBase, commission, reward, penalty, overtimePay, leaveDeduction, allowances, annualBonus, gross, wages, exemptAllowances, pension, medical, unemployment,
      requested: entry?.annualBonusTaxation ?? null,
      socialInsurance: pension.add(medical).add(unemployment),
      housingFund: part(hfBase, hf.employeeRate),
      employerSocialInsurance: total(siBase, [si.employer.pension, si.employer.medical, si.employer.unemployment, si.employer.injury]),
      employerHousingFund: part(hfBase, hf.employerRate),
      specialAdditionalDeduction: q(p.specialAdditionalDeduction),
    };
  };

  // 3. Each taxpayer's year: every record of one person (a re-hire names the first in sameAs), month by month.
  const bracketTax = (taxable: Q) => {
    const table = s.taxTable;
    const row = table.find((b) => b.upTo === null || taxable.le(Q.of(b.upTo))) ?? table[table.length - 1]!;
    return Q.max(Q.ZERO, taxable.mul(Q.of(row.rate)).sub(Q.of(row.quickDeduction))).roundFen();
  };
  // The year-end bonus taxed separately (财政部 税务总局公告2023年第30号): bonus ÷ 12 finds the row of the monthly table,
  // which is the annual one ÷ 12 (bound and quick deduction); tax = bonus × rate − quick deduction, to the fen.
  const separateTax = (bonus: Q) => {
    const monthly = bonus.div(Q.of("12"));
    const row = s.taxTable.find((b) => b.upTo === null || monthly.le(Q.of(b.upTo).div(Q.of("12")))) ?? s.taxTable[s.taxTable.length - 1]!;
    return Q.max(Q.ZERO, bonus.mul(Q.of(row.rate)).sub(Q.of(row.quickDeduction).div(Q.of("12")))).roundFen();
  };
  const until = s.annualBonus?.separateTaxationUntil === undefined ? "2027-12-31" : s.annualBonus.separateTaxationUntil;
  const lines = new Map<string, ModelLine>(); // by `${month} ${id}`
  const negative: { month: string; id: string }[] = [];
  for (const first of team.staff.filter((p) => p.sameAs === undefined)) {
    const records = team.staff.filter((p) => p.id === first.id || p.sameAs === first.id);
    const o = first.opening;
    let months = o?.months ?? 0;
    let gross = q(o?.gross);
    let insurance = q(o?.insurance);
    let deductions = q(o?.specialAdditionalDeduction);
    let withheld = q(o?.taxWithheld);
    const items = first.deductions ?? [];
    // 国家税务总局公告2020年第19号: 60,000 (12 months) from January; 公告2020年第13号: the month's number; else months here.
    const basicMonths = (m: string) => (first.iit?.previousYearUnder60k ? 12 : first.iit?.firstJobThisYear ? Number(m.slice(5, 7)) : months);
    let separateBonuses = 0;
    for (const f of facts) {
      for (const p of records) {
        const pay = monthOf(p, f);
        if (pay === null) continue;
        months += 1;
        // Exempt allowances are paid but are no taxable income; nor is the bonus, till it is merged below.
        gross = gross.add(pay.wages).sub(pay.exemptAllowances);
        insurance = insurance.add(pay.socialInsurance).add(pay.housingFund);
        const special = items.length === 0 ? pay.specialAdditionalDeduction : items.reduce((acc, item) => acc.add(deductionOf(item, f.month)), Q.ZERO);
        deductions = deductions.add(special);
        const taxable = gross.sub(Q.of(s.basicDeduction).mul(new Q(BigInt(basicMonths(f.month))))).sub(insurance).sub(deductions);
        const tax = bracketTax(taxable);
        const iit = Q.max(Q.ZERO, tax.sub(withheld));
        // The bonus: the lower of the two (a tie: separate) unless asked; separately once a year, and only while in force.
        let annualBonusTax = Q.ZERO;
        if (pay.annualBonus.cmp(Q.ZERO) !== 0) {
          const apart = separateTax(pay.annualBonus);
          const merged = Q.max(Q.ZERO, bracketTax(taxable.add(pay.annualBonus)).sub(withheld)).sub(iit);
          let how = pay.requested ?? (merged.lt(apart) ? "merged" : "separate");
          if (how === "separate" && ((until !== null && `${f.month}-01` > until) || separateBonuses > 0)) how = "merged";
          if (how === "separate") {
            separateBonuses += 1;
            annualBonusTax = apart;
          } else {
            annualBonusTax = merged;
            gross = gross.add(pay.annualBonus);
            withheld = withheld.add(merged);
          }
        }
        withheld = withheld.add(iit);
        if (pay.wages.isNegative()) negative.push({ month: f.month, id: p.id });
        const figures: Record<(typeof MONEY)[number], Q> = {
          ...pay,
          specialAdditionalDeduction: special,
          cumulativeTaxable: taxable,
          cumulativeTax: tax,
          iit,
          annualBonusTax,
          // 应发合计: the items of pay, the penalty not taken off (a 工资表 lists it among the deductions).
          earningsTotal: pay.paidBase.add(pay.commission).add(pay.reward).add(pay.overtimePay).sub(pay.leaveDeduction).add(pay.allowances).add(pay.annualBonus),
          // What a 工资表 takes from 应发合计: insurance, housing fund, the wages' tax, the bonus's and the penalty.
          deductionTotal: pay.socialInsurance.add(pay.housingFund).add(iit).add(annualBonusTax).add(pay.penalty),
          // The tax's base is the pay after the penalty, and so is what is left of it.
          net: pay.gross.sub(pay.socialInsurance).sub(pay.housingFund).sub(iit).sub(annualBonusTax),
          employerCost: pay.gross.add(pay.employerSocialInsurance).add(pay.employerHousingFund),
        };
        lines.set(`${f.month} ${p.id}`, { id: p.id, ...(Object.fromEntries(MONEY.map((k) => [k, figures[k].toMoney()])) as Record<(typeof MONEY)[number], string>) });
      }
    }
  }

  return facts.map((f) => ({
    month: f.month,
    pool: f.pool.toMoney(),
    allocated: f.allocated.toMoney(),
    unallocated: f.pool.sub(f.allocated).toMoney(),
    lines: team.staff.flatMap((p) => lines.get(`${f.month} ${p.id}`) ?? []),
    negativeGross: negative.filter((n) => n.month === f.month).map((n) => n.id),
  }));
}
