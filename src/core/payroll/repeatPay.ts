import type { Dec } from "../money";
import type { ProfilePeriod } from "../insurance/profiles";
import type { Role } from "../types";
import type { MonthPay } from "./month";

/**
 * A person's month repeated (issue 15): most people of a payroll year have no entry in most months, and
 * then their MonthPay is the month before's — monthPay (./month.ts) reads nothing of the month itself but
 * the entry, the paid days by default, the role's commission and the city profile's period, and writes the
 * month into its messages only. So a payroll year keeps, per Staff record, the last month's pay computed
 * without an entry and without a message, with what it was computed from, and gives the same object back
 * while those are the same. A pay that had a message, or had an entry, is never kept: its month is computed
 * again, messages and all.
 *
 * What "the same" means, input by input (the Staff record, the role and the settings are the payroll
 * year's own objects, which nothing changes while it runs):
 * - paid days: the same Decimal, and not derived from dates (a derived count comes with a message);
 * - commission: the same number of whole fen and the same sign (./fenLane.ts; NaN is never the same). A
 *   Decimal is stored normalised (decimal.js keeps no trailing zero words), so two of equal value and
 *   sign print alike — the MonthPay keeps the earlier month's Decimal, which is the same figure;
 * - the role and the insurance period: the same objects.
 *
 * The kept MonthPay is shared by the months that repeat it: nothing may change a MonthPay once made.
 */

/** What a month's pay without an entry is computed from, besides the payroll year's own objects. */
interface Kept {
  paidDays: Dec;
  role: Role | undefined;
  /** The commission's whole fen; its sign is the kept pay's commission's. */
  commissionFen: number;
  period: ProfilePeriod | null;
  pay: MonthPay;
}

/** One payroll year's kept months, by Staff record index. */
export type RepeatedPays = (Kept | undefined)[];

/**
 * The kept pay when every input is the same as it was computed from, else undefined. The inputs one by
 * one, not in an object: this asks once a line (issue 15).
 */
export function repeatedPay(kept: RepeatedPays, staffIndex: number, paidDays: Dec, role: Role | undefined, commission: Dec, commissionFen: number, period: ProfilePeriod | null): MonthPay | undefined {
  const was = kept[staffIndex];
  if (was === undefined) return undefined;
  const same = was.paidDays === paidDays && was.role === role && was.period === period && was.commissionFen === commissionFen && was.pay.commission.s === commission.s;
  return same ? was.pay : undefined;
}

/** Keeps `pay` for the next months (computed without an entry and without a message), or forgets the person's kept pay (null). */
export function keepPay(kept: RepeatedPays, staffIndex: number, pay: MonthPay | null, paidDays: Dec, role: Role | undefined, commissionFen: number, period: ProfilePeriod | null): void {
  kept[staffIndex] = pay === null ? undefined : { paidDays, role, commissionFen, period, pay };
}
