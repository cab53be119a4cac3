import type { Month } from "./calendar";
import { D, ONE, ZERO, max, money, mulDivFloor, round2, sum, type Dec } from "./money";
import type { Role, ShareBasis, Warning } from "./types";

/**
 * The profit pool and the commissions paid from it:
 *   pool       = ROUND(MAX(0, margin) * rate, 2)
 *   commission = ⌊pool × share⌋ to the fen             (perPerson: every holder gets the share)
 *              = ⌊pool × share ÷ holders⌋ to the fen   (splitRole: the share is split across holders)
 *
 * Why round commissions down: rounded to the nearest fen, shares adding up to exactly 100% can pay
 * more than the pool (pool 100.01, 50% to one person and 50% split over three: 50.01 + 3 × 16.67 =
 * 100.02). Each commission at most its exact share, the commissions of shares adding up to at most
 * 100% add up to at most the pool; the fens left over show as unallocated. The payroll sheet repeats
 * the floor in whole numbers (src/workbook/sheets/payroll.ts), and SHOP.COMMISSION calls this.
 */

/**
 * A share has at most 6 decimals (0.0001%): the payroll sheet floors pool in fen × share × 10⁶, a
 * whole number, so that the floor is exact in the sheet's binary numbers too.
 */
export const SHARE_DECIMALS = 6;

export function shareFitsSheet(share: Dec): boolean {
  return share.decimalPlaces() <= SHARE_DECIMALS;
}

/** ROUND(MAX(0, grossMargin) × rate, 2): a loss month pays no commission rather than a negative one. */
export function profitPool(grossMargin: Dec, rate: Dec): Dec {
  return round2(max(0, grossMargin).times(rate));
}

/**
 * What one holder of a role gets from the pool, rounded down to the fen (see above); a missing share
 * pays nothing (and is warned about).
 */
export function commission(pool: Dec, share: Dec | null, basis: ShareBasis, holders: number): Dec {
  if (share === null || holders <= 0) return ZERO;
  return mulDivFloor(max(0, pool), share, basis === "perPerson" ? 1 : holders);
}

/**
 * The whole numbers the payroll sheet floors a commission with (its helper columns): the share in
 * 10⁻⁶, what the role's share is split by, the pool in fen and its part above 10⁶ fen, and the
 * commission that part alone earns. commission() is their exact result; this gives the steps.
 */
export interface CommissionSteps {
  shareUnits: number;
  splitBy: number;
  poolFen: number;
  poolHigh: number;
  commissionHigh: number;
}

export function commissionSteps(pool: Dec, share: Dec | null, basis: ShareBasis | null, holders: number): CommissionSteps {
  const shareUnits = (share ?? ZERO).times(10 ** SHARE_DECIMALS).toDecimalPlaces(0).toNumber();
  const splitBy = basis === "splitRole" ? Math.max(1, holders) : 1;
  const poolFen = pool.times(100).toDecimalPlaces(0).toNumber();
  const poolHigh = Math.floor(poolFen / 1_000_000);
  const commissionHigh = new D(poolHigh).times(shareUnits).dividedToIntegerBy(splitBy).toNumber();
  return { shareUnits, splitBy, poolFen, poolHigh, commissionHigh };
}

/** The fraction of the pool a role takes this month: a perPerson share counts once per holder. */
export function roleShareOfPool(share: Dec | null, basis: ShareBasis, holders: number): Dec {
  if (share === null || holders <= 0) return ZERO;
  return basis === "perPerson" ? share.times(holders) : share;
}

export interface PoolSummary {
  /** Null when the month has no gross margin entered. */
  grossMargin: Dec | null;
  rate: Dec;
  pool: Dec;
  /** Σ of the roles' shares of the pool for the holders this month; above 1 is over-allocation. */
  allocatedShare: Dec;
  /** Σ of the commissions actually paid (each one rounded down): at most the pool when allocatedShare ≤ 1. */
  allocated: Dec;
  /** pool − allocated: the fens the floors leave, plus any share not allocated; negative only when over-allocated. */
  unallocated: Dec;
}

export interface PoolAllocation {
  summary: PoolSummary;
  /** Commission per holder, by role id (every role, 0 where it has no holder or no share). */
  commissionByRole: Map<string, Dec>;
  warnings: Warning[];
}

/** A share as a percent string for messages: 1.18 → "118". */
function percent(x: Dec): string {
  return x.times(100).toDecimalPlaces(4).toString();
}

/**
 * Splits one month's pool across the roles. `holders` counts, per role id, the staff employed in the
 * month. A month with no margin entered is reported unless the caller already reports the whole month
 * as missing (`marginKnownMissing`), so the user sees one warning for one gap.
 */
export function allocatePool(input: {
  month: Month;
  grossMargin: Dec | null;
  rate: Dec;
  roles: readonly Role[];
  holders: ReadonlyMap<string, number>;
  marginKnownMissing?: boolean;
}): PoolAllocation {
  const { month, grossMargin, rate, roles, holders } = input;
  const warnings: Warning[] = [];

  if (grossMargin === null) {
    if (!input.marginKnownMissing) {
      warnings.push({ code: "pool.marginMissing", params: { month }, where: `months[${month}].grossMargin` });
    }
  } else if (grossMargin.isNegative()) {
    warnings.push({ code: "pool.lossMonth", params: { month, grossMargin: money(grossMargin) }, where: `months[${month}].grossMargin` });
  }
  const pool = grossMargin === null ? ZERO : profitPool(grossMargin, rate);

  const commissionByRole = new Map<string, Dec>();
  const shares: Dec[] = [];
  const paid: Dec[] = [];
  for (const role of roles) {
    const n = holders.get(role.id) ?? 0;
    if (role.share === null && n > 0) {
      warnings.push({
        code: "pool.shareMissing",
        params: { month, role: role.id, roleZh: role.nameZh, roleEn: role.nameEn, holders: String(n) },
        where: `roles[${role.id}].share`,
      });
    }
    const each = commission(pool, role.share, role.shareBasis, n);
    commissionByRole.set(role.id, each);
    shares.push(roleShareOfPool(role.share, role.shareBasis, n));
    paid.push(each.times(n));
  }

  const allocatedShare = sum(shares);
  const allocated = sum(paid);
  const unallocated = pool.minus(allocated);
  if (allocatedShare.greaterThan(1)) {
    warnings.push({
      code: "pool.overAllocated",
      params: { month, allocatedShare: percent(allocatedShare), pool: money(pool), allocated: money(allocated), unallocated: money(unallocated) },
      where: "roles",
    });
  }

  return {
    summary: { grossMargin, rate, pool, allocatedShare, allocated, unallocated },
    commissionByRole,
    warnings,
  };
}

/** How many of the given people hold each role, by role id (one role id per person). */
export function holdersByRole(roleIds: Iterable<string>): Map<string, number> {
  const holders = new Map<string, number>();
  for (const id of roleIds) holders.set(id, (holders.get(id) ?? 0) + 1);
  return holders;
}

/**
 * One holder's fraction of the pool, as the payroll sheet shows it beside the commission: the share
 * (perPerson) or the share split across the holders (splitRole); 0 without a share or a holder.
 */
export function personShareOfPool(share: Dec | null, basis: ShareBasis, holders: number): Dec {
  if (share === null || holders <= 0) return ZERO;
  return basis === "perPerson" ? share : share.div(holders);
}

export interface ShareAllocation {
  /** Per role, in the order given: its holders and the fraction of the pool it takes. */
  roles: { holders: number; share: Dec }[];
  /** Σ of the roles' fractions; above 1 is over-allocation. */
  allocated: Dec;
  /** MAX(0, 1 − allocated). */
  unallocated: Dec;
  /** MAX(0, allocated − 1). */
  overAllocated: Dec;
}

/**
 * The catalogue's allocation of the pool for the given holders (the Roles sheet counts every person on
 * the staff list, employed this month or not): each role's roleShareOfPool and their sum.
 */
export function shareAllocation(roles: readonly Pick<Role, "id" | "share" | "shareBasis">[], holders: ReadonlyMap<string, number>): ShareAllocation {
  const rows = roles.map((r) => {
    const n = holders.get(r.id) ?? 0;
    return { holders: n, share: roleShareOfPool(r.share, r.shareBasis, n) };
  });
  const allocated = sum(rows.map((r) => r.share));
  return { roles: rows, allocated, unallocated: max(0, ONE.minus(allocated)), overAllocated: max(0, allocated.minus(ONE)) };
}
