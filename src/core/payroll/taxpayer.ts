import type { Staff } from "../types";

/**
 * Who is the same taxpayer. A re-hire's record names the person's first record in `sameAs`; every
 * record of one person shares that record's year to date (income tax is withheld cumulatively per
 * taxpayer and employer, across every period of employment in the tax year).
 *
 * Returns, for each record (by index in `staff`), the index of the person's first record: its own
 * index when it has no `sameAs`, or when `sameAs` names no record (the config checks refuse that; the
 * engine then treats the record as a person of its own rather than guess).
 */
export function firstRecordIndex(staff: readonly Pick<Staff, "id" | "sameAs">[]): number[] {
  const byId = new Map(staff.map((s, i) => [s.id, i]));
  return staff.map((s, i) => (s.sameAs === null ? i : (byId.get(s.sameAs) ?? i)));
}
