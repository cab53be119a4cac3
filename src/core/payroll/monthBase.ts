import type { Dec } from "../money";
import type { MonthEntry, Staff } from "../types";

/**
 * A Staff record as one month reads it: with the month entry's base when the entry carries one — a closed
 * month keeps the base it was paid with (issue 15; payroll practice: a paid month settles, a raise or a
 * correction is paid in the current month, 补发/调薪) — else the record itself (the same object, so what is
 * remembered per record, the contributions, stays remembered).
 */
export function monthStaff<S extends Pick<Staff, "base" | "contributionBase">>(staff: S, entry: Pick<MonthEntry, "base"> | undefined): S {
  const base = entry?.base;
  return base === undefined || base === null || base === staff.base ? staff : { ...staff, base };
}

/**
 * Whether an entry carries nothing but the month's base: what a closed month's row without anything typed reads
 * back as. Such a month pays as a month without an entry on that base, so a payroll year may repeat it from the
 * month before (./repeatPay.ts) as it does a month without one — 11,000 of 12,000 lines of a workbook read back
 * in December (issue 15).
 */
export function onlyBase(e: MonthEntry): boolean {
  return (
    e.reward.isZero() &&
    e.penalty.isZero() &&
    e.paidDays === null &&
    e.allowances.length === 0 &&
    e.annualBonus.isZero() &&
    e.annualBonusTaxation === null &&
    e.overtimeHours.workday.isZero() &&
    e.overtimeHours.restDay.isZero() &&
    e.overtimeHours.holiday.isZero() &&
    e.leaveDays.unpaid.isZero() &&
    e.leaveDays.sick.isZero()
  );
}

/** Two months' bases the same: the same Decimal (most often), or equal values; null is the Staff base missing. */
export function sameBase(a: Dec | null, b: Dec | null): boolean {
  return a === b || (a !== null && b !== null && a.equals(b));
}
