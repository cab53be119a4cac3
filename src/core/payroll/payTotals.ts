import { fromFen, sum, type Dec } from "../money";
import { MONEY_KEYS, type MoneyKey } from "./payColumns";
import type { PayLine } from "./payLine";

/**
 * The column sums of a month's payroll: every money key, as a SUM row under each money column would give.
 * The cumulative columns are summed too for that reason, though only the per-person figures mean much.
 */
export type PayTotals = Record<MoneyKey, Dec>;

export function payTotals(lines: readonly PayLine[]): PayTotals {
  return Object.fromEntries(MONEY_KEYS.map((k) => [k, columnSum(lines, k)])) as PayTotals;
}

/**
 * Each money column read by a function of its own: `line[key]` with a key that changes from call to
 * call is a slow (megamorphic) property load, a fifth of payTotals' time at 1,000 staff (issue 15).
 * The Record type makes a new money key a compile error here until it has its reader.
 */
const READ: { [K in MoneyKey]: (line: PayLine) => Dec } = {
  paidBase: (l) => l.paidBase,
  commission: (l) => l.commission,
  reward: (l) => l.reward,
  overtimePay: (l) => l.overtimePay,
  leaveDeduction: (l) => l.leaveDeduction,
  allowances: (l) => l.allowances,
  annualBonus: (l) => l.annualBonus,
  earningsTotal: (l) => l.earningsTotal,
  gross: (l) => l.gross,
  pension: (l) => l.pension,
  medical: (l) => l.medical,
  unemployment: (l) => l.unemployment,
  socialInsurance: (l) => l.socialInsurance,
  housingFund: (l) => l.housingFund,
  specialAdditionalDeduction: (l) => l.specialAdditionalDeduction,
  cumulativeTaxable: (l) => l.cumulativeTaxable,
  cumulativeTax: (l) => l.cumulativeTax,
  iit: (l) => l.iit,
  annualBonusTax: (l) => l.annualBonusTax,
  penalty: (l) => l.penalty,
  deductionTotal: (l) => l.deductionTotal,
  net: (l) => l.net,
  employerSocialInsurance: (l) => l.employerSocialInsurance,
  employerHousingFund: (l) => l.employerHousingFund,
  employerCost: (l) => l.employerCost,
};

/** One column's sum in decimal.js. */
function columnSum(lines: readonly PayLine[], key: MoneyKey): Dec {
  return sum(lines.map(READ[key]));
}

/**
 * The largest running total the fen sums keep: with every addend a lane figure (at most 2⁴⁹ fen), a total
 * within 2⁵³ − 2⁴⁹ plus one more addend is at most 2⁵³, so every addition is exact. A total past it, or a
 * NaN addend, makes the column NaN for good: that column is summed in decimal.js at the end.
 */
const TOTAL_LIMIT = 2 ** 53 - 2 ** 49;

/** The running fen totals of a month's columns, in MONEY_KEYS order, all 0. */
export function fenTotals(): Float64Array {
  return new Float64Array(MONEY_KEYS.length);
}

/** Each money column's place in the running totals: its place in MONEY_KEYS. */
export const TOTAL_AT: Readonly<Record<MoneyKey, number>> = Object.freeze(Object.fromEntries(MONEY_KEYS.map((k, i) => [k, i])) as Record<MoneyKey, number>);

/**
 * Adds one figure of a line, in whole fen (./fenLane.ts: NaN where it is not), to its column's running
 * total, as the line is made (issue 15: no object of the line's fen figures, and no property read by a
 * key that changes from call to call). A NaN figure, or a total past TOTAL_LIMIT, makes the column NaN.
 */
export function addFen(totals: Float64Array, at: number, fen: number): void {
  const t = totals[at]! + fen;
  totals[at] = t <= TOTAL_LIMIT && t >= -TOTAL_LIMIT ? t : NaN;
}

const KEYS = MONEY_KEYS;

/** The totals of `lines` from their running fen totals: a NaN column is summed again in decimal.js, so the result is payTotals' exactly. */
export function finishTotals(totals: Float64Array, lines: readonly PayLine[]): PayTotals {
  const out: Partial<PayTotals> = {};
  KEYS.forEach((key, k) => {
    const t = totals[k]!;
    out[key] = Number.isNaN(t) ? columnSum(lines, key) : fromFen(t);
  });
  return out as PayTotals;
}
