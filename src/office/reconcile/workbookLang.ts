import type { Lang } from "../../data/lang";
import { columnPlaces } from "../../workbook/layoutUpgrades";
import { TABLE } from "../../workbook/names";
import { tableTemplate } from "../../workbook/templates";
import type { LiveWorkbook } from "./liveModel";

/** The workbook's language: the one whose headers its tables have (a workbook made in Chinese stays
 *  Chinese when the pane runs in English); the pane's for a new workbook. */
export function workbookLang(live: LiveWorkbook, preferred: Lang): Lang {
  const other: Lang = preferred === "zh-CN" ? "en-US" : "zh-CN";
  for (const lang of [preferred, other]) {
    for (const name of [TABLE.roles, TABLE.staff, TABLE.taxTable]) {
      const lt = live.tables.get(name.toLowerCase());
      const template = tableTemplate(name, lang);
      if (lt && template && columnPlaces(template, lt.headers, live.layout.version, lang).ok) return lang;
    }
  }
  return preferred;
}
