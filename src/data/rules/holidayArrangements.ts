/**
 * Official holiday arrangements shipped for years the chinese-days package does not cover yet, in the
 * shape of the user's own entries (src/core/holidayCalendar.ts CalendarYear).
 *
 * Empty on purpose: the State Council's notice for 2027 (国务院办公厅关于2027年部分节假日安排的通知) could not
 * be found in the sources this project can search (December 2026; chinese-days' own issue #44 of
 * 2026-04-25 says it had not been published then: https://github.com/vsme/chinese-days/issues/44). A year
 * added here needs its notice's URL in `source`.
 */
export interface HolidayArrangementData {
  year: number;
  /** Every day off; `statutory`: a paid statutory holiday (法定节假日, or the weekday given for one), else a swapped rest day. */
  holidays: { date: string; name: string; statutory?: boolean }[];
  makeUpWorkdays: { date: string; name: string }[];
  source: string;
}

export const shippedHolidayArrangements: readonly HolidayArrangementData[] = [];
