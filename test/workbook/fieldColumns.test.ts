import { D } from "../../src/core/money";
import { EVENT_FIELDS, ROLE_FIELDS, STAFF_FIELDS } from "../../src/core/config/tableFields";
import { fieldCell, fieldColumn, fieldColumns, fieldRow } from "../../src/workbook/fieldColumns";

const staff = (key: string) => STAFF_FIELDS.find((f) => f.key === key)!;

describe("columns for declared fields", () => {
  it("are input columns with the header in the workbook's language, their look by kind, and the field they read back to", () => {
    expect(fieldColumn(staff("base"), "zh-CN")).toEqual({ key: "base", header: "底薪", input: true, style: "money", width: 11, reads: staff("base") });
    expect(fieldColumn(staff("startDate"), "en-US")).toMatchObject({ header: "Start date", style: "date" });
    expect(fieldColumn(staff("name"), "en-US")).not.toHaveProperty("style");
    expect(fieldColumns(ROLE_FIELDS, "en-US").map((c) => c.style ?? "")).toEqual(["", "", "", "integer", "money", "money", "percent", "", "", ""]);
  });

  it("take what only the workbook knows on top (a drop-down, another look)", () => {
    const [date] = fieldColumns(EVENT_FIELDS, "zh-CN", { date: { style: "text" } });
    expect(date).toMatchObject({ key: "date", style: "text", input: true });
  });

  it("write an engine value as the cell holds it: a number for a decimal, a date for a date column, blank for none", () => {
    expect(fieldCell(staff("base"), new D("8000.50"))).toBe(8000.5);
    expect(fieldCell(staff("startDate"), "2026-03-01")).toEqual({ date: "2026-03-01" });
    expect(fieldCell(staff("endDate"), null)).toBeNull();
    // An event's date stays the text typed: "11-11" recurs every year.
    expect(fieldCell(EVENT_FIELDS[0], "11-11")).toBe("11-11");
    expect(fieldCell(staff("name"), "=HYPERLINK(\"x\")")).toBe("=HYPERLINK(\"x\")");
  });

  it("make a row from an engine object by each field's path, a missing group's cells blank", () => {
    const row = fieldRow(STAFF_FIELDS, { id: "E1", name: "王", role: "manager", base: new D(6000), contributionBase: null, specialAdditionalDeduction: new D(0), startDate: null, endDate: null, sameAs: null, opening: null });
    expect(row).toEqual({ id: "E1", name: "王", role: "manager", base: 6000, contributionBase: null, specialAdditionalDeduction: 0, previousYearUnder60k: null, firstJobThisYear: null, startDate: null, endDate: null, sameAs: null, openingMonths: null, openingGross: null, openingInsurance: null, openingSpecialAdditionalDeduction: null, openingTax: null, nickname: null, idType: null, idNumber: null, bank: null, bankAccount: null });
  });
});
