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
