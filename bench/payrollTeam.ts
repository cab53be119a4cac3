/** The engine bench's team: n people over four roles, a margin that differs every month (as a shop's does: a month repeating the one before would flatter any reuse of last month's pay) and a reward for every tenth person each month of `year`. */
import { parseConfig } from "../src/core/config";
import type { Config } from "../src/core/types";

const ROLES = ["manager", "promoter", "designer", "service"] as const;
const SHARES: Record<(typeof ROLES)[number], number> = { manager: 0.3, promoter: 0.08, designer: 0.08, service: 0.08 };
const BASES: Record<(typeof ROLES)[number], number> = { manager: 8000, promoter: 2500, designer: 2500, service: 1800 };

export function payrollTeam(n: number, year: number): Config {
  const staff = Array.from({ length: n }, (_, i) => {
    const role = ROLES[i % ROLES.length]!;
    return { id: `P${i + 1}`, name: `Person ${i + 1}`, role, base: String(BASES[role] + (i % 7) * 100) };
  });
  const months = Array.from({ length: 12 }, (_, m) => ({
    month: `${year}-${String(m + 1).padStart(2, "0")}`,
    grossMargin: (1200000 + m * 12345.67).toFixed(2),
    entries: staff.filter((_, i) => i % 10 === 0).map((s) => ({ staff: s.id, reward: "200" })),
  }));
  // A large team splits each role's share, so the pool is not over-allocated a thousand times.
  const roles = ROLES.map((id) => ({ id, share: SHARES[id], shareBasis: "splitRole", baseMin: 0, baseMax: 60000 }));
  const parsed = parseConfig({ roles, staff, months });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.config;
}
