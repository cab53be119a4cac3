import { cli, tempFile } from "./run";

/** Issue 13: a city social-insurance profile through `shopsheet payroll --json` and `shopsheet workbook`. */
describe("shopsheet payroll with a city profile", () => {
  const config = () =>
    tempFile("shanghai.json", {
      settings: { insuranceProfile: "shanghai" },
      staff: [{ id: "E1", name: "王五", role: "manager", base: "12345.67" }],
      months: [{ month: "2025-03", grossMargin: "0" }],
    });

  test("the profile's bases and rounding, and the example said as {code, message, where}", async () => {
    const r = await cli(["payroll", "--config", config(), "--month", "2025-03", "--json"]);
    expect(r.stderr).toBe("");
    const doc = JSON.parse(r.stdout);
    // Worked by hand in test/core/insurance/select.test.ts: 987.70 + 247.00 + 61.80; 617.2835 to the yuan.
    expect(doc.employees[0]).toMatchObject({ socialInsurance: "1296.50", housingFund: "617.00", employerSocialInsurance: "3234.80", employerHousingFund: "617.00" });
    expect(doc.warnings).toContainEqual({
      code: "insurance.exampleInUse",
      message: expect.stringContaining("It is an example — check your city's current figures"),
      where: "settings.insuranceProfile",
    });
  });

  test("an unknown profile is refused with its place; the workbook refuses a profile its formulas do not know yet", async () => {
    const unknown = tempFile("x.json", { settings: { insuranceProfile: "wuxi" } });
    const r = await cli(["payroll", "--config", unknown, "--month", "2025-03"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('settings.insuranceProfile: There is no social-insurance city profile "wuxi". Known: shanghai, beijing, hangzhou');
    const w = await cli(["workbook", "--config", config(), "--month", "2025-03", "--out", tempFile("book.xlsx", "")]);
    expect(w.code).toBe(2);
    expect(w.stderr).toContain("settings.insuranceProfile: The workbook's contribution formulas know only the single floors and ceilings");
  });
});
