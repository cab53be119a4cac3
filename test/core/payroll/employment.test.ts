import { defaultPaidDays, employedSpan, isEmployed } from "../../../src/core/payroll/employment";
import { d } from "./fixtures";

const FULL = d("21.75");
const dates = (startDate: string | null, endDate: string | null) => ({ startDate, endDate });

describe("isEmployed", () => {
  it("counts anyone employed on at least one day of the month", () => {
    expect(isEmployed(dates(null, null), "2026-03")).toBe(true);
    expect(isEmployed(dates("2026-03-31", null), "2026-03")).toBe(true); // joins on the last day
    expect(isEmployed(dates(null, "2026-03-01"), "2026-03")).toBe(true); // leaves on the first day
    expect(isEmployed(dates("2026-04-01", null), "2026-03")).toBe(false); // joins next month
    expect(isEmployed(dates(null, "2026-02-28"), "2026-03")).toBe(false); // left last month
    expect(isEmployed(dates("2026-03-20", "2026-03-10"), "2026-03")).toBe(false); // end before start
  });

  it("clips the span to the month", () => {
    expect(employedSpan(dates("2026-03-16", null), "2026-03")).toEqual({ from: "2026-03-16", to: "2026-03-31" });
    expect(employedSpan(dates("2025-01-01", "2026-03-10"), "2026-03")).toEqual({ from: "2026-03-01", to: "2026-03-10" });
  });
});

describe("defaultPaidDays", () => {
  it("is a full month (21.75) for someone employed the whole month", () => {
    expect(defaultPaidDays(dates("2026-03-01", "2026-03-31"), "2026-03", FULL)).toEqual({
      paidDays: FULL,
      derived: false,
      span: { from: "2026-03-01", to: "2026-03-31" },
    });
  });

  it("counts Monday to Friday of the employed span for a joiner", () => {
    // March 2026 starts on a Sunday. Joining Monday 16th: 16–20 (5) + 23–27 (5) + 30–31 (2) = 12 weekdays.
    const r = defaultPaidDays(dates("2026-03-16", null), "2026-03", FULL);
    expect(r?.paidDays.toString()).toBe("12");
    expect(r?.derived).toBe(true);
  });

  it("counts Monday to Friday of the employed span for a leaver", () => {
    // April 2026 starts on a Wednesday. Leaving Friday 10th: 1–3 (3) + 6–10 (5) = 8 weekdays.
    expect(defaultPaidDays(dates(null, "2026-04-10"), "2026-04", FULL)?.paidDays.toString()).toBe("8");
  });

  it("is null for someone not employed in the month", () => {
    expect(defaultPaidDays(dates("2026-05-01", null), "2026-04", FULL)).toBeNull();
  });
});
