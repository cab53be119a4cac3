/**
 * The built-in sales events carry one name for both languages ("双十一 / Singles' Day", src/data/defaults.ts).
 * A workbook shows such a name in its own language — 双十一 in Chinese, Singles' Day in English — and
 * what it shows is what it reads back (a name the user typed cannot be told from a built-in one's half).
 * Any other name is the user's and is shown as it is.
 */
import { defaultLists } from "../data/defaults";
import type { Lang } from "../data/lang";

const BILINGUAL = defaultLists.targets.events.map((e) => {
  const [zh, en] = e.name.split(" / ") as [string, string];
  return { name: e.name as string, zh, en };
});

/** The name a sheet shows for an event's name: a built-in one in the workbook's language. */
export function shownEventName(name: string, lang: Lang): string {
  const b = BILINGUAL.find((x) => x.name === name);
  return b === undefined ? name : lang === "zh-CN" ? b.zh : b.en;
}

