/** What a pay line was computed from (the payroll sheet's helper columns), checked by hand. */
import { parseConfig } from "../../../src/core/config";
import { computePayrollYear, payLineInputs, staffProblem } from "../../../src/core/payroll";
import { contributionBases } from "../../../src/core/payroll/contributions";
import { holdersByRole, personShareOfPool, shareAllocation } from "../../../src/core/pool";
import type { Config } from "../../../src/core/types";
import { exampleTeamConfig } from "../../../src/data/exampleTeam";
import { d, role } from "./fixtures";

const s = (x: { toString(): string }) => x.toString();

function configOf(raw: unknown): Config {
  const parsed = parseConfig(raw);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.config;
}

test("contribution bases: declared (contribution base, else base, else 0) and its clamps to each floor and ceiling", () => {
  const si = { baseFloor: d(4462), baseCeiling: d(22311) };
  const hf = { baseFloor: d(2490), baseCeiling: d(38390) };
  const bases = (base: number | null, cb: number | null) => Object.values(contributionBases({ base: base === null ? null : d(base), contributionBase: cb === null ? null : d(cb) }, si, hf)).map(s);
  expect(bases(1800, null)).toEqual(["1800", "4462", "2490"]);
  expect(bases(30000, null)).toEqual(["30000", "22311", "30000"]);
  expect(bases(30000, 5000)).toEqual(["5000", "5000", "5000"]);
  expect(bases(null, null)).toEqual(["0", "4462", "2490"]);
});

test("a person's share of the pool: the share, or the share split across the holders; 0 without a share or holder", () => {
  expect(s(personShareOfPool(d("0.08"), "perPerson", 3))).toBe("0.08");
  expect(personShareOfPool(d("0.08"), "splitRole", 3).times(3).toDecimalPlaces(30).toString()).toBe("0.08");
  expect(s(personShareOfPool(d("0.09"), "splitRole", 3))).toBe("0.03");
  expect([personShareOfPool(null, "perPerson", 2), personShareOfPool(d("0.3"), "perPerson", 0)].map(s)).toEqual(["0", "0"]);
});

test("the catalogue's allocation: 30% + 2 × 8% + 8% split + nothing = 54%; over 100% is reported, not capped", () => {
  const roles = [role("m", { share: d("0.3") }), role("p", { share: d("0.08") }), role("s", { share: d("0.08"), shareBasis: "splitRole" }), role("x")];
  const a = shareAllocation(roles, holdersByRole(["m", "p", "p", "s", "s", "s", "x"]));
  expect(a.roles.map((r) => [r.holders, s(r.share)])).toEqual([[1, "0.3"], [2, "0.16"], [3, "0.08"], [1, "0"]]);
  expect([a.allocated, a.unallocated, a.overAllocated].map(s)).toEqual(["0.54", "0.46", "0"]);
  const over = shareAllocation([role("m", { share: d("0.6") })], holdersByRole(["m", "m"]));
  expect([over.allocated, over.unallocated, over.overAllocated].map(s)).toEqual(["1.2", "0", "0.2"]);
});

test("staffProblem: unknown role, then no base, then a base outside the range (a missing bound does not bind)", () => {
  const roles = [role("m", { baseMin: d(3000), baseMax: d(50000) }), role("open")];
  expect([
    staffProblem({ role: "nope", base: d(1) }, roles),
    staffProblem({ role: "m", base: null }, roles),
    staffProblem({ role: "m", base: d(2999.99) }, roles),
    staffProblem({ role: "m", base: d(50000.01) }, roles),
    staffProblem({ role: "m", base: d(3000) }, roles),
    staffProblem({ role: "open", base: d(1) }, roles),
  ]).toEqual(["unknownRole", "noBase", "outOfRange", "outOfRange", null, null]);
});

describe("the example team, November 2026", () => {
  const config = configOf(exampleTeamConfig("2026-11"));
  const year = computePayrollYear(config, "2026-11");

  test("the year to date runs on: each month's 'before' is the month before's 'after'; January starts from nothing", () => {
    const jan = year[0]!.employees.find((e) => e.id === "E01")!;
    // Manager, base 8000, January margin 98000: pool 39200, commission 30% = 11760, gross 19760.
    expect([jan.yearToDate.before.months, s(jan.yearToDate.before.gross)]).toEqual([0, "0"]);
    expect([jan.yearToDate.after.months, s(jan.yearToDate.after.gross)]).toEqual([1, "19760"]);
    for (let m = 1; m < year.length; m++) {
      const prev = year[m - 1]!.employees.find((e) => e.id === "E01")!;
      const now = year[m]!.employees.find((e) => e.id === "E01")!;
      expect(now.yearToDate.before).toEqual(prev.yearToDate.after);
      expect(s(now.yearToDate.after.taxWithheld)).toBe(s(now.yearToDate.before.taxWithheld.plus(now.iit)));
    }
  });

  test("line inputs: holders and person share per role, contribution bases, the base and dates from Staff", () => {
    const nov = year[year.length - 1]!;
    const inputs = new Map(payLineInputs(config, nov.employees, nov.pool.pool).map((x, i) => [nov.employees[i]!.id, x]));
    const e01 = inputs.get("E01")!;
    expect([s(e01.base), e01.startDate, e01.endDate, s(e01.share), e01.shareBasis, e01.holders, s(e01.personShare), e01.insured]).toEqual(["8000", "2024-03-01", null, "0.3", "perPerson", 1, "0.3", true]);
    // Three customer-service people, 8% each by default.
    expect(["E05", "E06", "E07"].map((id) => [inputs.get(id)!.holders, s(inputs.get(id)!.personShare)])).toEqual([[3, "0.08"], [3, "0.08"], [3, "0.08"]]);
    // The designer declares a contribution base of 5000, above the social insurance floor of 4462.
    expect(Object.values(inputs.get("E04")!.contributionBases).map(s)).toEqual(["5000", "5000", "5000"]);
    // Shipping: the share is missing in the source.
    expect([s(inputs.get("E08")!.share), s(inputs.get("E08")!.personShare)]).toEqual(["0", "0"]);
  });
});
