import { cli, tempFile } from "./run";

/**
 * Issue 13, the calendar past the package's years: a month outside it is said in the JSON's warnings, and
 * `--config` gives the user's holiday years. The 2027 arrangement here is MADE UP for the test (the State
 * Council's notice for 2027 was not found: src/data/rules/holidayArrangements.ts).
 */
describe("shopsheet targets and the holiday calendar", () => {
  test("a month outside the calendar is said as {code, message, where}", async () => {
    const r = await cli(["targets", "--month", "2027-10", "--target", "3100", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).warnings).toEqual([
      {
        code: "calendar.notCovered",
        message: expect.stringMatching(/^2027-10 is in 2027, outside the known holiday calendar \(2004–2026\)/),
        where: "calendar",
      },
    ]);
  });

  test("--config gives the user's year and the targets settings; an option still wins", async () => {
    const config = tempFile("shop.json", {
      settings: { targets: { holidayFactor: "2", events: [] } },
      calendar: [{ year: 2027, holidays: ["2027-10-01", "2027-10-02", "2027-10-03", "2027-10-04", "2027-10-05", "2027-10-06", "2027-10-07"], makeUpWorkdays: ["2027-10-09"] }],
    });
    const r = await cli(["targets", "--config", config, "--month", "2027-10", "--target", "3800", "--json"]);
    expect(r.stderr).toBe("");
    const doc = JSON.parse(r.stdout);
    expect(doc.warnings).toEqual([]);
    // 24 days of weight 1 and 7 holidays of weight 2: 38 units of 100.00.
    expect(doc.days.slice(0, 9).map((d: { target: string }) => d.target)).toEqual([...Array(7).fill("200.00"), "100.00", "100.00"]);
    const flat = JSON.parse((await cli(["targets", "--config", config, "--month", "2027-10", "--target", "3800", "--event", "2027-10-31=1", "--json"])).stdout);
    expect(flat.days[0].target).toBe("200.00"); // the config's holiday factor, with the option's event
  });

  test("a config's bad calendar is refused with its place, exit 2", async () => {
    const config = tempFile("bad.json", { calendar: [{ year: 2027, makeUpWorkdays: ["2027-10-08"] }] });
    const r = await cli(["targets", "--config", config, "--month", "2027-10", "--target", "1"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("calendar[0].makeUpWorkdays[0]: 2027-10-08 is a weekday");
  });
});
