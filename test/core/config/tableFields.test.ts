import { parseConfig } from "../../../src/core/config";
import { ENTRY_FIELDS, EVENT_FIELDS, ROLE_FIELDS, STAFF_FIELDS, TAX_BRACKET_FIELDS, WEEKDAY_WEIGHT_FIELDS, type TableField } from "../../../src/core/config/tableFields";
import { formatMessage } from "../../../src/data/messages";

const LISTS: Record<string, readonly TableField[]> = {
  roles: ROLE_FIELDS,
  staff: STAFF_FIELDS,
  entries: ENTRY_FIELDS,
  taxTable: TAX_BRACKET_FIELDS,
  weekdayWeights: WEEKDAY_WEIGHT_FIELDS,
  events: EVENT_FIELDS,
};

const errorsOf = (raw: unknown) => {
  const r = parseConfig(raw);
  return r.ok ? [] : r.errors.map((e) => [e.code, e.where]);
};

describe("the table registries", () => {
  it.each(Object.entries(LISTS))("%s: one column per key and per path, keys that formulas can name, labels in both languages", (_, fields) => {
    expect(new Set(fields.map((f) => f.key)).size).toBe(fields.length);
    expect(new Set(fields.map((f) => f.path)).size).toBe(fields.length);
    for (const f of fields) {
      expect(f.key).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
      for (const lang of ["zh-CN", "en-US"] as const) expect(formatMessage(f.label, {}, lang)).not.toMatch(/^wb\./);
    }
  });

  it("keeps only a staff member's opening balances, re-hire link and personal data to the sheet", () => {
    const sheetOnly = Object.values(LISTS).flatMap((fields) => fields.filter((f) => f.sheetOnly).map((f) => f.path));
    expect(sheetOnly).toEqual(["sameAs", "opening.months", "opening.gross", "opening.insurance", "opening.specialAdditionalDeduction", "opening.taxWithheld", "idType", "idNumber", "bank", "bankAccount"]);
  });

  it("marks the ID and account numbers as personal, and puts the personal columns at the table's end", () => {
    const all = Object.values(LISTS).flat();
    expect(all.filter((f) => f.personal).map((f) => f.path)).toEqual(["idNumber", "bankAccount"]);
    expect(all.filter((f) => f.atEnd).map((f) => f.path)).toEqual(["nickname", "idType", "idNumber", "bank", "bankAccount"]);
  });

  it("asks a config file for what it declares required, and takes null only where blank means none", () => {
    // A role needs its id; a staff member a role; an entry the person; a bracket all three, its upper bound possibly null.
    expect(errorsOf({ roles: [{ nameZh: "经理" }] })).toContainEqual(["config.required", "roles[0].id"]);
    expect(errorsOf({ staff: [{ id: "E1" }] })).toContainEqual(["config.required", "staff[0].role"]);
    expect(errorsOf({ months: [{ month: "2026-01", entries: [{ reward: "1" }] }] })).toContainEqual(["config.required", "months[0].entries[0].staff"]);
    expect(errorsOf({ settings: { taxTable: [{ rate: "0.03", quickDeduction: "0" }] } })).toContainEqual(["config.required", "settings.taxTable[0].upTo"]);
    expect(errorsOf({ settings: { taxTable: [{ upTo: null, rate: "0.03", quickDeduction: "0" }] } })).toEqual([]);
    // Nullable: a base, a share, a start date; not a name or a reward.
    expect(errorsOf({ roles: [{ id: "x", share: null, baseMin: null }], staff: [{ role: "x", base: null, startDate: null }] })).toEqual([]);
    expect(errorsOf({ staff: [{ role: "manager", name: null }] }).map(([, w]) => w)).toEqual(["staff[0].name"]);
    expect(errorsOf({ staff: [{ role: "manager" }], months: [{ month: "2026-01", entries: [{ staff: "S1", reward: null }] }] }).map(([, w]) => w)).toEqual(["months[0].entries[0].reward"]);
  });

  it("takes a staff member's opening balance as a group that may be null, and refuses a key that is no column", () => {
    expect(errorsOf({ staff: [{ role: "manager", opening: null }] })).toEqual([]);
    expect(errorsOf({ staff: [{ role: "manager", opening: { months: 2, gross: "9000", tax: "1" } }] })).toEqual([["config.unknownKey", "staff[0].opening"]]);
  });
});
