/** The bench's team: the example team's roles and history with `n` people spread over the seats (as in bench/workbook.ts). */
import { parseConfig } from "../src/core/config";
import type { Config } from "../src/core/types";
import { exampleTeamConfig } from "../src/data/exampleTeam";

/** The month every workbook figure is for: December, so a book holds 12 payroll months. */
export const BENCH_MONTH = "2026-12";

export function benchTeam(n: number, month: string = BENCH_MONTH): Config {
  const example = exampleTeamConfig(month);
  const roles = ["manager", "promoter", "designer", "service", "shipping"];
  const staff = Array.from({ length: n }, (_, i) => ({ id: `P${i + 1}`, name: `员工${i + 1}`, role: roles[i % roles.length]!, base: String(2500 + (i % 40) * 100) }));
  // Split every share across its holders, so a big team does not over-allocate the pool n times.
  const rolesConfig = roles.map((id) => ({ id, share: id === "manager" ? "0.30" : id === "shipping" ? null : "0.08", shareBasis: "splitRole", baseMin: 0, baseMax: 60000 }));
  const parsed = parseConfig({ ...example, roles: rolesConfig, staff, months: example.months.map((m) => ({ ...m, entries: [] })) });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.config;
}
