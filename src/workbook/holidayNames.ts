/**
 * The festivals' names as an English workbook shows them. The holiday calendar (the chinese-days package, the
 * shipped years, the user's) names each day in Chinese — 春节, 国庆节 — and an English sheet shows the festival
 * in English; what it shows is read back as the Chinese name, so a year left as ShopSheet wrote it is still
 * ShopSheet's own (src/workbook/read/holidayRows.ts). A name the user typed is shown and read as it is.
 */
import type { Lang } from "../data/lang";
import { UNNAMED_HOLIDAY, UNNAMED_MAKE_UP } from "../core/holidayCalendar";

const ENGLISH: Readonly<Record<string, string>> = {
  元旦: "New Year's Day",
  春节: "Spring Festival",
  清明: "Qingming Festival",
  清明节: "Qingming Festival",
  劳动节: "Labour Day",
  端午: "Dragon Boat Festival",
  端午节: "Dragon Boat Festival",
  中秋: "Mid-Autumn Festival",
  中秋节: "Mid-Autumn Festival",
  国庆节: "National Day",
  中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日: "Victory Day (70th anniversary, 2015)",
  [UNNAMED_HOLIDAY]: "Holiday",
  [UNNAMED_MAKE_UP]: "Make-up workday",
};

/** The name a sheet of `lang` shows for a calendar day's (Chinese) name. */
export function shownHolidayName(name: string, lang: Lang): string {
  return lang === "en-US" ? (ENGLISH[name] ?? name) : name;
}

/** The calendar's (Chinese) name for a name read from a sheet: an English festival's first Chinese name. */
export function readHolidayName(name: string): string {
  const hit = Object.entries(ENGLISH).find(([, en]) => en.toLowerCase() === name.trim().toLowerCase());
  return hit === undefined ? name : hit[0];
}
