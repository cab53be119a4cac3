import { fromFen, type Dec } from "../money";
import type { ProfilePeriod } from "../insurance/profiles";
import type { Role } from "../types";
import type { MonthPay } from "./month";
import { fenSum } from "./fenLane";
import { sameBase as sameBaseImport } from "./monthBase";

// The imported bindings a line uses, read once, not at every use (under tsx each read is two getters: ./fenLane.ts).
const sameBase = sameBaseImport;

/**
 * A person's month without an entry, from the month before's (issue 15). Most people of a payroll year
 * have no entry in most months, and then monthPay (./month.ts) reads nothing of the month but the paid
 * days by default, the role's commission and the city profile's period, and writes the month into its
 * messages only. Of those, the commission changes every month a shop's margin does; nothing else of the
 * MonthPay depends on it but the gross (paid base + commission without an entry). So a payroll year
 * keeps, per Staff record, the last pay computed without an entry and without a message, with what it
 * was computed from, and while paid days, role and period are the same makes this month's pay from it:
 * a new MonthPay with this month's commission and the gross added again in whole fen (./fenLane.ts) —
 * the figures monthPay computes, without its decimal.js (prorated base, contributions, the conversions).
 *
 * It falls back to monthPay (undefined) where monthPay would say something or compute otherwise: a
 * commission or gross not in whole fen (monthPay then adds in decimal.js), or a negative gross (an error
 * message). A pay that had a message, or had an entry, is never kept: its month is computed again.
 *
 * What "the same" means (the Staff record, the role and the settings are the payroll year's own
 * objects, which nothing changes while it runs): paid days the same Decimal, and not derived from
 * dates (a derived count comes with a message); the role and the insurance period the same objects.
 *
 * Every month gets its own MonthPay object (and its own `fen`): a month's pay is never another
 * month's, so nothing that holds one month's result sees a later month through it.
 */

/** What a month's pay without an entry is computed from, besides the payroll year's own objects and the commission. */
interface Kept {
  paidDays: Dec;
  /** The month's base (./monthBase.ts): a closed month's entry may carry its own. */
  base: Dec | null;
  role: Role | undefined;
  period: ProfilePeriod | null;
  pay: MonthPay;
}

/** One payroll year's kept months, by Staff record index. */
export type RepeatedPays = (Kept | undefined)[];

/** Read once: under tsx (the CLI's runner) each use of an imported binding is a getter call (issue 15). */
const decimalOfFen = fromFen;
const sumOfParts = fenSum;

/**
 * This month's pay from the kept one when paid days, role and period are the same as it was computed
 * from, else undefined (monthPay computes it). `commissionFen` is laneFen(commission). The inputs one by
 * one, not in an object: this asks once a line (issue 15).
 */
export function repeatedPay(kept: RepeatedPays, staffIndex: number, paidDays: Dec, role: Role | undefined, commission: Dec, commissionFen: number, period: ProfilePeriod | null, base: Dec | null): MonthPay | undefined {
  const was = kept[staffIndex];
  if (was === undefined || was.paidDays !== paidDays || was.role !== role || was.period !== period || !sameBase(was.base, base)) return undefined;
  const pay = was.pay;
  // Without an entry, gross = paid base + commission (./month.ts); the kept gross is in whole fen (keepPay).
  const grossFen = sumOfParts(pay.fen.paidBase + commissionFen);
  // NaN (not whole fen: decimal.js in monthPay) fails both tests; a negative gross is monthPay's error.
  if (!(grossFen >= 0)) return undefined;
  return withCommission(pay, commission, commissionFen, grossFen);
}

/**
 * `pay` with another commission and gross, field by field in monthPay's order (./month.ts), not by spreading
 * the two objects: a spread copies and then replaces fields that V8 had marked constant (issue 15, 2026-12-07:
 * the year of 1,000 staff 24.5 against 27.1 ms, medians of six processes alternated at load 12–15).
 */
function withCommission(pay: MonthPay, commission: Dec, commissionFen: number, grossFen: number): MonthPay {
  const f = pay.fen;
  return {
    staffIndex: pay.staffIndex,
    id: pay.id,
    name: pay.name,
    role: pay.role,
    paidDays: pay.paidDays,
    paidBase: pay.paidBase,
    commission,
    reward: pay.reward,
    penalty: pay.penalty,
    overtimePay: pay.overtimePay,
    leaveDeduction: pay.leaveDeduction,
    allowances: pay.allowances,
    exemptAllowances: pay.exemptAllowances,
    annualBonus: pay.annualBonus,
    annualBonusTaxation: pay.annualBonusTaxation,
    gross: decimalOfFen(grossFen),
    specialAdditionalDeduction: pay.specialAdditionalDeduction,
    pension: pay.pension,
    medical: pay.medical,
    unemployment: pay.unemployment,
    socialInsurance: pay.socialInsurance,
    housingFund: pay.housingFund,
    employerSocialInsurance: pay.employerSocialInsurance,
    employerHousingFund: pay.employerHousingFund,
    fen: {
      paidBase: f.paidBase,
      commission: commissionFen,
      reward: f.reward,
      penalty: f.penalty,
      overtimePay: f.overtimePay,
      leaveDeduction: f.leaveDeduction,
      allowances: f.allowances,
      exemptAllowances: f.exemptAllowances,
      annualBonus: f.annualBonus,
      gross: grossFen,
      specialAdditionalDeduction: f.specialAdditionalDeduction,
      pension: f.pension,
      medical: f.medical,
      unemployment: f.unemployment,
      socialInsurance: f.socialInsurance,
      housingFund: f.housingFund,
      employerSocialInsurance: f.employerSocialInsurance,
      employerHousingFund: f.employerHousingFund,
    },
  };
}

/** Keeps `pay` for the next months (computed without an entry and without a message), or forgets the person's kept pay (null). */
export function keepPay(kept: RepeatedPays, staffIndex: number, pay: MonthPay | null, paidDays: Dec, role: Role | undefined, period: ProfilePeriod | null, base: Dec | null): void {
  // Only a pay whose base is in whole fen can be added to again in whole fen.
  kept[staffIndex] = pay === null || Number.isNaN(pay.fen.paidBase) ? undefined : { paidDays, base, role, period, pay };
}
