import { annualBonusPolicy } from "../../data/rules/annualBonus";
import { D, FEN, ZERO, max, round2, type Dec } from "../money";
import type { TaxBracket } from "../types";
import { cumulativeTax, taxBracket } from "./cnIit";

/**
 * The year-end one-off bonus (全年一次性奖金): taxed separately with the monthly-converted table
 * (财政部 税务总局公告2023年第30号), or merged into the month's wages in the cumulative withholding
 * (the same announcement, art. 2). Pure functions over Decimals; the policy's table is data in
 * src/data/rules/annualBonus.ts.
 */

export type BonusTaxation = "separate" | "merged";

/** The monthly-converted table of announcement 2023 No. 30, as Decimals. */
export const ANNUAL_BONUS_MONTHLY_TABLE: readonly TaxBracket[] = annualBonusPolicy.monthlyTable.map((b) => ({
  upTo: b.upTo === null ? null : new D(b.upTo),
  rate: new D(b.rate),
  quickDeduction: new D(b.quickDeduction),
}));

const TWELVE = new D(12);

/**
 * The bracket of a bonus: the first whose bound × 12 is at least the bonus. Comparing bonus ≤ 12 × bound
 * is the same test as bonus ÷ 12 ≤ bound, without a division that does not terminate (36,001 ÷ 12).
 */
export function separateBonusBracket(bonus: Dec, table: readonly TaxBracket[] = ANNUAL_BONUS_MONTHLY_TABLE): TaxBracket {
  const last = table[table.length - 1];
  if (last === undefined) throw new Error("The bonus tax table is empty: settings validation should have refused it.");
  return table.find((b) => b.upTo === null || bonus.lessThanOrEqualTo(b.upTo.times(TWELVE))) ?? last;
}

/** 应纳税额 = 全年一次性奖金收入 × 适用税率 − 速算扣除数, rounded to the fen; never below 0. */
export function separateBonusTax(bonus: Dec, table: readonly TaxBracket[] = ANNUAL_BONUS_MONTHLY_TABLE): Dec {
  const b = separateBonusBracket(bonus, table);
  return round2(max(0, bonus.times(b.rate).minus(b.quickDeduction)));
}

export interface MergedBonusTax {
  /** Cumulative tax on the year so far without the bonus, and with it. */
  cumulativeTaxWithout: Dec;
  cumulativeTaxWith: Dec;
  /** What merging adds to this month's withholding. */
  extraWithholding: Dec;
}

/**
 * Merged taxation: the bonus is added to the month's wages in the cumulative withholding. Given the
 * person's cumulative taxable income up to and including this month WITHOUT the bonus (累计预扣预缴应纳税
 * 所得额, from cnIit.cumulativeTaxable or the pay line) and the tax withheld in earlier months, the month's
 * withholding grows by the difference of the two withholdings (the same arithmetic as src/core/tax/cnIit.ts:
 * cumulativeTax, then MAX(0, cumulative tax − withheld)). A negative cumulative taxable (unused deductions,
 * e.g. a special taxpayer's 60,000) absorbs part of the bonus first.
 */
export function mergedBonusTax(bonus: Dec, taxableWithoutBonus: Dec, annualTable: readonly TaxBracket[], withheldSoFar: Dec = ZERO): MergedBonusTax {
  const cumulativeTaxWithout = cumulativeTax(taxableWithoutBonus, annualTable);
  const cumulativeTaxWith = cumulativeTax(taxableWithoutBonus.plus(bonus), annualTable);
  const withholdingWithout = max(0, cumulativeTaxWithout.minus(withheldSoFar));
  const withholdingWith = max(0, cumulativeTaxWith.minus(withheldSoFar));
  return { cumulativeTaxWithout, cumulativeTaxWith, extraWithholding: withholdingWith.minus(withholdingWithout) };
}

export interface BonusComparison {
  separateTax: Dec;
  mergedTax: Dec;
  /** The lower; on a tie "separate", which leaves the wages' cumulative figures (and later months) alone. */
  cheaper: BonusTaxation;
  /** How much the cheaper one saves (0 on a tie). */
  saving: Dec;
}

/**
 * Separate vs merged for one bonus. `taxableWithoutBonus` is the taxable income the merged bonus would sit
 * on: the year's projected taxable income for the true annual cost (汇算清缴 settles on the whole year), or
 * the cumulative taxable income to this month for what this month's withholding sees (a lower bound when
 * the later months will push the year into a higher bracket). The caller says which; both are the same
 * arithmetic.
 */
export function compareBonusTaxation(
  bonus: Dec,
  taxableWithoutBonus: Dec,
  annualTable: readonly TaxBracket[],
  monthlyTable: readonly TaxBracket[] = ANNUAL_BONUS_MONTHLY_TABLE,
): BonusComparison {
  const separateTax = separateBonusTax(bonus, monthlyTable);
  const mergedTax = mergedBonusTax(bonus, taxableWithoutBonus, annualTable).extraWithholding;
  const cheaper: BonusTaxation = mergedTax.lessThan(separateTax) ? "merged" : "separate";
  return { separateTax, mergedTax, cheaper, saving: separateTax.minus(mergedTax).abs() };
}

/**
 * A cliff of the separate method (the "无效区间"): just above bound = 12 × a bracket's upper bound the
 * whole bonus moves to the next rate, so the tax jumps (36,000 → 1,080.00; 36,000.01 → 3,390.00) and a
 * bonus from `from` to `to` leaves LESS after tax than a bonus of exactly `bound` would. At `breakEven`
 * the bonus after tax catches up with the bound's.
 */
export interface BonusCliff {
  bound: Dec;
  taxAtBound: Dec;
  taxJustAbove: Dec;
  /** The first and last fen amounts that net less than `bound` (inclusive). */
  from: Dec;
  to: Dec;
  breakEven: Dec;
}

const net = (bonus: Dec, table: readonly TaxBracket[]) => bonus.minus(separateBonusTax(bonus, table));

/**
 * The first fen amount from `from` on that nets at least `target`, or null. Within one bracket the net is
 * nondecreasing (a fen more of bonus adds at most a fen of tax while the rate is below 100%), so each
 * bracket from `bracket` on is searched by halving — a fen at a time, a table whose quick deductions do not
 * fit its rates (a user's) took millions of steps (77 s for one random team of the differential test).
 */
function firstNetting(target: Dec, from: Dec, table: readonly TaxBracket[], bracket: number): Dec | null {
  let lo = from;
  for (let j = bracket; j < table.length; j++) {
    const b = table[j]!;
    let hi: Dec;
    if (b.upTo !== null) {
      hi = b.upTo.times(TWELVE);
      if (hi.lessThan(lo)) continue;
    } else {
      // The last bracket has no end: double the span until the net reaches the target (or cannot).
      if (b.rate.greaterThanOrEqualTo(1)) return net(lo, table).greaterThanOrEqualTo(target) ? lo : null;
      let span = FEN;
      hi = lo;
      while (net(hi, table).lessThan(target)) {
        span = span.times(2);
        hi = lo.plus(span);
      }
    }
    if (net(hi, table).greaterThanOrEqualTo(target)) {
      // net(lo) < target ≤ net(hi) once lo is below: halve to the fen.
      if (net(lo, table).greaterThanOrEqualTo(target)) return lo;
      while (hi.minus(lo).greaterThan(FEN)) {
        const mid = lo.plus(hi).div(2).toDecimalPlaces(2, D.ROUND_DOWN);
        if (net(mid, table).greaterThanOrEqualTo(target)) hi = mid;
        else lo = mid;
      }
      return hi;
    }
    lo = hi.plus(FEN);
  }
  return null;
}

/** Every cliff of the table, found exactly to the fen. */
export function bonusCliffs(table: readonly TaxBracket[] = ANNUAL_BONUS_MONTHLY_TABLE): BonusCliff[] {
  const cliffs: BonusCliff[] = [];
  table.forEach((below, i) => {
    const above = table[i + 1];
    if (below.upTo === null || above === undefined) return;
    const bound = below.upTo.times(TWELVE);
    const netAtBound = net(bound, table);
    const from = bound.plus(FEN);
    if (net(from, table).greaterThanOrEqualTo(netAtBound)) return; // no cliff (a table without jumps)
    // Above the bound: net(x) = x − (x × r − q) = x(1 − r) + q, which reaches netAtBound at
    // x = (netAtBound − q) ÷ (1 − r). Round that to the fen and step to the first fen that truly catches up
    // (the tax itself is rounded to the fen).
    const x = firstNetting(netAtBound, from, table, i + 1);
    if (x === null) return; // never catches up (a rate of 100% or more above): no break-even to name
    cliffs.push({ bound, taxAtBound: separateBonusTax(bound, table), taxJustAbove: separateBonusTax(from, table), from, to: x.minus(FEN), breakEven: x });
  });
  return cliffs;
}

/** The cliff a bonus sits in (it nets less than the cliff's bound would), or null. */
export function bonusCliffOf(bonus: Dec, table: readonly TaxBracket[] = ANNUAL_BONUS_MONTHLY_TABLE): BonusCliff | null {
  return bonusCliffs(table).find((c) => bonus.greaterThanOrEqualTo(c.from) && bonus.lessThanOrEqualTo(c.to)) ?? null;
}

/**
 * Whether the separate option is in force on a payment date: announcement 2023 No. 30 runs to
 * 2027-12-31. `separateTaxationUntil` is a setting, so a later announcement that extends the policy (as
 * 2021 No. 42 and 2023 No. 30 each extended the one before) is one edit, not a code change; null means
 * the user says the policy has been extended without end.
 */
export function separateTaxationInForce(paidOn: string, separateTaxationUntil: string | null = annualBonusPolicy.separateTaxationUntil): boolean {
  return separateTaxationUntil === null || paidOn <= separateTaxationUntil;
}

/**
 * The separate method on the settings' annual table. The announcement's table is the comprehensive income
 * table "按月换算" (converted per month): each bound and quick deduction of the annual table ÷ 12 (36,000 ÷ 12
 * = 3,000; 2,520 ÷ 12 = 210; … 181,920 ÷ 12 = 15,160 — test/core/tax/annualBonus.test.ts checks the
 * published table against it). Comparing the bonus with the annual bound (bonus ≤ 12 × bound ⇔ bonus ≤
 * annual bound) keeps the bracket exact for any table, as the payroll sheet's COUNTIF does, so a user who
 * edits the tax table on Settings moves both methods together.
 */
export function separateBonusTaxOnAnnualTable(bonus: Dec, annualTable: readonly TaxBracket[]): Dec {
  const b = taxBracket(bonus, annualTable);
  return round2(max(0, bonus.times(b.rate).minus(b.quickDeduction.div(TWELVE))));
}

/** The monthly-converted table of an annual one (bounds and quick deductions ÷ 12): for the cliffs' warnings. */
export function monthlyTableOf(annualTable: readonly TaxBracket[]): TaxBracket[] {
  return annualTable.map((b) => ({ upTo: b.upTo === null ? null : b.upTo.div(TWELVE), rate: b.rate, quickDeduction: b.quickDeduction.div(TWELVE) }));
}
