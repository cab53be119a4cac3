import { runLeaf } from "../../src/core/config/leafChecks";
import { BRACKET_FIELDS, EVENT_FIELDS, ROLE_FIELDS, SETTING_FIELDS, STAFF_FIELDS, STAFF_KEPT, WEIGHT_FIELD } from "../../src/taskpane/fields";
import { SETTING_FIELDS as CORE_SETTINGS } from "../../src/core/config/settingFields";
import { emptyStaff, staffToRaw } from "../../src/taskpane/draft";

describe("the pane's fields, from the registries", () => {
  it("are every setting, required unless blank means none", () => {
    expect(SETTING_FIELDS.map((f) => f.path)).toEqual(CORE_SETTINGS.map((f) => f.path));
    expect(SETTING_FIELDS.filter((f) => !f.required).map((f) => f.path)).toEqual(["targets.aov", "targets.cvr", "companyName", "payDate", "annualBonus.separateTaxationUntil", "insuranceProfile"]);
  });

  it("edit a role's typed fields (its basis and benefits are a select and check boxes)", () => {
    expect(ROLE_FIELDS.map((f) => [f.path, f.required])).toEqual([
      ["id", true], ["nameZh", false], ["nameEn", false], ["headcount", false], ["baseMin", false], ["baseMax", false], ["share", false],
    ]);
  });

  it("edit a person's fields but the Staff sheet's own (opening balances, a re-hire's link, the ID and bank account), which are kept", () => {
    expect(STAFF_FIELDS.map((f) => [f.path, f.required])).toEqual([
      ["id", true], ["name", true], ["role", true], ["base", false], ["contributionBase", false], ["specialAdditionalDeduction", false], ["iit.previousYearUnder60k", false], ["iit.firstJobThisYear", false], ["startDate", false], ["endDate", false],
      ["nickname", false],
    ]);
    // The personal data is never a field the pane shows: only kept as read, and shown masked.
    // The special deductions by category are edited on their own sheet (issue 13): kept too, so Save does not empty it.
    expect(STAFF_KEPT).toEqual(["sameAs", "opening", "idType", "idNumber", "bank", "bankAccount", "deductions"]);
  });

  it("check the lists' cells as the config does", () => {
    expect(EVENT_FIELDS.map((f) => [f.path, f.required])).toEqual([["date", true], ["factor", true], ["name", false]]);
    expect(BRACKET_FIELDS.map((f) => [f.path, f.required, f.nullable])).toEqual([["upTo", false, true], ["rate", true, false], ["quickDeduction", true, false]]);
    expect(runLeaf(WEIGHT_FIELD.check, "1.5").ok).toBe(true);
    expect(runLeaf(WEIGHT_FIELD.check, "-1").ok).toBe(false);
  });

  it("write a blank person's field as the config reads it: a base left out (the role's fixed one), dates and contribution base none", () => {
    const p = { ...emptyStaff("designer"), id: "E9", name: "钱七", kept: { sameAs: "E2" } };
    expect(staffToRaw(p)).toEqual({ id: "E9", name: "钱七", role: "designer", contributionBase: null, startDate: null, endDate: null, sameAs: "E2" });
  });
});
