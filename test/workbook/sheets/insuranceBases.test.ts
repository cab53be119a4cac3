import { parseConfig } from "../../../src/core/config";
import type { InsuranceProfile } from "../../../src/core/insurance/profiles";
import { insuranceBasesTable, NO_LIMIT, OPEN_END, profilesShown } from "../../../src/workbook/sheets/insuranceBases";

const profiles = (raw: unknown[]): InsuranceProfile[] => {
  const r = parseConfig({ insuranceProfiles: raw });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.config.insuranceProfiles ?? [];
};

const CITY = {
  id: "苏州",
  periods: [
    { from: "2025-01", to: "2025-06", bases: { pension: { floor: "4494", ceiling: "24042" }, housingFund: { floor: null, ceiling: "24042" } }, rounding: { socialInsurance: "jiao", housingFund: "yuan" }, source: "人社局" },
    { from: "2025-07", to: null, bases: { pension: { floor: "4700", ceiling: "25000" } }, rounding: { socialInsurance: "jiaoUp", housingFund: "fen" }, source: "" },
  ],
};

describe("Settings' InsuranceBases table", () => {
  it("one row per type and period, in the workbook's words, with the helper columns' figures", () => {
    const t = insuranceBasesTable("J4", "苏州", profiles([CITY]), "zh-CN");
    // The user's profile, then the shipped examples' rows (the last test).
    expect(t.rows.filter((r) => r.profile === "苏州").map((r) => [r.profile, r.type, r.from, r.to, r.floor, r.ceiling, r.rounding, r.source])).toEqual([
      ["苏州", "养老", "2025-01", "2025-06", 4494, 24042, "到角", "人社局"],
      ["苏州", "住房公积金", "2025-01", "2025-06", null, 24042, "到元", null],
      ["苏州", "养老", "2025-07", null, 4700, 25000, "见分进角", ""],
    ]);
    expect(t.rows.slice(0, 3).map((r) => [r.typeKey, r.fromKey, r.toKey, r.floorKey, r.roundingKey])).toEqual([
      [1, 202501, 202506, 4494, 2],
      [6, 202501, 202506, NO_LIMIT, 4],
      [1, 202507, OPEN_END, 4700, 3],
    ]);
  });

  it("the helper formulas accept the words of either language and the codes, and a month typed as a date", () => {
    const t = insuranceBasesTable("J4", null, [], "en-US");
    const formula = (key: string) => t.columns.find((c) => c.key === key)!.formula!;
    expect(formula("typeKey")).toContain('"Pension"');
    expect(formula("typeKey")).toContain('"养老"');
    expect(formula("typeKey")).toContain('"pension"');
    expect(formula("roundingKey")).toContain('"见分进角"');
    expect(formula("fromKey")).toContain("ISNUMBER([@from])");
    expect(formula("floorKey")).toBe(`IF([@floor]="",${NO_LIMIT},VALUE([@floor]))`);
    // No profile chosen: the examples' rows all the same, for the user to see what naming one would use.
    expect([...new Set(t.rows.map((r) => r.profile))]).toEqual(["Shanghai (example — check your city)", "Beijing (example — check your city)", "Hangzhou (example — check your city)"]);
  });

  it("holds the profile in use first (an example by its name), then the user's others, then the examples not among them", () => {
    const own = profiles([CITY, { ...CITY, id: "无锡" }]);
    expect(profilesShown("shanghai", own).map((p) => p.id)).toEqual(["shanghai", "苏州", "无锡", "beijing", "hangzhou"]);
    expect(profilesShown("无锡", own).map((p) => p.id)).toEqual(["无锡", "苏州", "shanghai", "beijing", "hangzhou"]);
    // None chosen: the examples, so that the one Settings' note points at is there to see and to name.
    expect(profilesShown(null, []).map((p) => p.id)).toEqual(["shanghai", "beijing", "hangzhou"]);
    // A user's own profile of an example's id replaces it.
    expect(profilesShown(null, profiles([{ ...CITY, id: "beijing" }])).map((p) => [p.id, p.example])).toEqual([["beijing", false], ["shanghai", true], ["hangzhou", true]]);
    expect(insuranceBasesTable("J4", "shanghai", [], "en-US").rows[0]!.profile).toBe("Shanghai (example — check your city)");
  });
});
