/**
 * The festivals' names in an English workbook: every name the holiday package gives (read from its own data
 * file, not from our table) is shown in English, and read back as itself, so a year left as written is not
 * taken for the user's; a Chinese workbook and a user's own name are left as they are.
 */
import calendarData from "chinese-days/dist/chinese-days.json";
import { readHolidayName, shownHolidayName } from "../../src/workbook/holidayNames";

const packageNames = [
  ...new Set(
    (["holidays", "workdays", "inLieuDays"] as const).flatMap((k) =>
      Object.values((calendarData as unknown as Record<string, Record<string, string>>)[k] ?? {}).map((v) => v.split(",")[1] ?? v),
    ),
  ),
];

test("every festival the package names is shown in English, and read back as the package's name", () => {
  expect(packageNames).toContain("春节");
  for (const name of packageNames) {
    const shown = shownHolidayName(name, "en-US");
    expect([name, /[\u4e00-\u9fff]/.test(shown)]).toEqual([name, false]);
    expect(readHolidayName(shown)).toBe(name);
  }
  expect(shownHolidayName("国庆节", "en-US")).toBe("National Day");
  expect(readHolidayName(" national day ")).toBe("国庆节");
});

test("a Chinese workbook shows the names as they are; a user's own name is shown and read as typed", () => {
  expect(shownHolidayName("春节", "zh-CN")).toBe("春节");
  expect(shownHolidayName("店庆", "en-US")).toBe("店庆");
  expect(readHolidayName("Shop anniversary")).toBe("Shop anniversary");
});
