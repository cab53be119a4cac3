import type { IsoDate } from "../calendar";
import { ZERO, type Dec } from "../money";
import { commissionSteps, holdersByRole, personShareOfPool, type CommissionSteps } from "../pool";
import type { Config, MonthEntry, MonthInput, Role, ShareBasis } from "../types";
import { contributionBases, type ContributionBases } from "./contributions";
import { monthStaff } from "./monthBase";
import type { PayLine } from "./payLine";
import type { ProfilePeriod } from "../insurance/profiles";

/**
 * What one pay line was computed from, as the payroll sheet lays it out beside the line (its helper
 * columns): the person's base and dates, the role's share and how it is split, the contribution
 * bases. Each figure comes from the same core function the pay line used, so the sheet's cached
 * values follow the rules wherever they change.
 */
export interface PayLineInputs {
  /** The taxpayer: the person's first Staff record (a re-hire names it in sameAs), else this record. */
  person: string;
  /** The role's names (its id where the role is not in the catalogue): a sheet shows one. */
  roleName: { zh: string; en: string };
  /** The monthly base pay; 0 where none is given. */
  base: Dec;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  /** The role's share of the pool; 0 where the role or its share is missing. */
  share: Dec;
  /** Null where the role is not in the catalogue. */
  shareBasis: ShareBasis | null;
  /** People of the same role on this month's payroll, the person included. */
  holders: number;
  /** The person's own fraction of the pool (the share, or the share split across the holders). */
  personShare: Dec;
  insured: boolean;
  contributionBases: ContributionBases;
  /** The whole numbers the sheet floors the commission with (pool.ts commissionSteps). */
  commission: CommissionSteps;
}

/** The inputs of every line of one month's payroll, in the lines' order; `period`: the city profile's for the month, if any. */
export function payLineInputs(config: Config, lines: readonly PayLine[], pool: Dec, period: ProfilePeriod | null = null, input?: MonthInput): PayLineInputs[] {
  const holders = holdersByRole(lines.map((l) => l.role));
  // By id, not by a search per line: at 10,000 staff that search was most of building the workbook.
  const staffById = new Map(config.staff.map((s) => [s.id, s]));
  const rolesById = new Map(config.roles.map((r) => [r.id, r]));
  // A closed month's base is its entry's (./monthBase.ts): the first entry of a person counts, as the month's run takes it.
  const entries = new Map<string, MonthEntry>();
  for (const e of input?.entries ?? []) if (!entries.has(e.staff)) entries.set(e.staff, e);
  // A role's share of the pool and its commission's steps depend on the role and its holders only: made once a
  // role (by Decimal division, about a fifth of building the workbook at 1,000 staff when made for every line,
  // issue 15) and shared by its lines, which nobody changes.
  const byRole = new Map<Role | undefined, Map<number, Pick<PayLineInputs, "personShare" | "commission">>>();
  const roleShare = (role: Role | undefined, n: number): Pick<PayLineInputs, "personShare" | "commission"> => {
    let byHolders = byRole.get(role);
    if (byHolders === undefined) byRole.set(role, (byHolders = new Map()));
    let found = byHolders.get(n);
    if (found === undefined)
      byHolders.set(n, (found = { personShare: role === undefined ? ZERO : personShareOfPool(role.share, role.shareBasis, n), commission: commissionSteps(pool, role?.share ?? null, role?.shareBasis ?? null, n) }));
    return found;
  };
  return lines.map((line) => {
    const record = staffById.get(line.id);
    if (record === undefined) throw new Error(`payLineInputs: no staff ${line.id}`); // lines are made from config.staff
    const staff = monthStaff(record, entries.get(line.id));
    const role = rolesById.get(staff.role);
    const n = holders.get(line.role) ?? 0;
    const { personShare, commission } = roleShare(role, n);
    return {
      person: staff.sameAs ?? staff.id,
      roleName: { zh: role?.nameZh ?? line.role, en: role?.nameEn ?? line.role },
      base: staff.base ?? ZERO,
      startDate: staff.startDate,
      endDate: staff.endDate,
      share: role?.share ?? ZERO,
      shareBasis: role?.shareBasis ?? null,
      holders: n,
      personShare,
      insured: role?.insured ?? false,
      contributionBases: contributionBases(staff, config.settings.socialInsurance, config.settings.housingFund, period),
      commission,
    };
  });
}
