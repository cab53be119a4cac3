import type { Role, Staff } from "../types";
import { baseInRange } from "./basePay";

/** What the Staff sheet's Check column says about a person, before any month is computed. */
export type StaffProblem = "unknownRole" | "noBase" | "outOfRange";

/**
 * The first problem with a person's role and base, or null: a role that is not in the catalogue, no
 * base pay, or a base outside the role's range (the same range test the payroll warns with).
 */
export function staffProblem(staff: Pick<Staff, "role" | "base">, roles: readonly Pick<Role, "id" | "baseMin" | "baseMax">[]): StaffProblem | null {
  const role = roles.find((r) => r.id === staff.role);
  if (role === undefined) return "unknownRole";
  if (staff.base === null) return "noBase";
  return baseInRange(staff.base, role.baseMin, role.baseMax) ? null : "outOfRange";
}
