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

const isZero = (d: Dec) => d.isZero();
/** Every figure of a record of Decimals zero (the constraint keeps a field of another type out). */
const allZero = <T extends { [K in keyof T]: Dec }>(figures: T) => (Object.values(figures) as Dec[]).every(isZero);

/**
 * What each field of an entry holds when nothing was typed into it, or null for the fields that say whose month
 * and on what base, not what was paid. A field added to MonthEntry fails to compile until it is declared here
 * (and one added to OvertimeHours or LeaveDays, all Decimals, is checked by allZero as it is);
 * test/core/payroll/monthBase.test.ts types into each field in turn.
 */
const NOTHING_TYPED: { readonly [K in keyof MonthEntry]-?: ((value: MonthEntry[K]) => boolean) | null } = {
  staff: null,
  base: null,
  reward: isZero,
  penalty: isZero,
  paidDays: (d) => d === null,
  overtimeHours: allZero,
  leaveDays: allZero,
  allowances: (a) => a.length === 0,
  annualBonus: isZero,
  annualBonusTaxation: (t) => t === null,
};
const TYPED_FIELDS = (Object.keys(NOTHING_TYPED) as (keyof MonthEntry)[]).filter((k) => NOTHING_TYPED[k] !== null);

/**
 * Whether an entry carries nothing but the month's base: what a closed month's row without anything typed reads
 * back as. Such a month pays as a month without an entry on that base, so a payroll year may repeat it from the
 * month before (./repeatPay.ts) as it does a month without one — 11,000 of 12,000 lines of a workbook read back
 * in December (issue 15).
 */
export function onlyBase(e: MonthEntry): boolean {
  return TYPED_FIELDS.every((k) => (NOTHING_TYPED[k] as (value: unknown) => boolean)(e[k]));
}

/** Two months' bases the same: the same Decimal (most often), or equal values; null is the Staff base missing. */
export function sameBase(a: Dec | null, b: Dec | null): boolean {
  return a === b || (a !== null && b !== null && a.equals(b));
}
