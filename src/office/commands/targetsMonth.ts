/** What the commands that write a month's Targets sheet read first (./targets.ts, ./importActuals.ts). */
import type { Month } from "../../core/calendar";
import { SHEET } from "../../workbook/names";
import { readInputs, readTargets, type ReadContext } from "../reconcile/inputs";
import type { LiveWorkbook } from "../reconcile/liveModel";
import { workbookLang } from "../reconcile/workbookLang";
import { CommandStop } from "../result";
import { load, parsed, type Session } from "./session";

/**
 * The Settings sheet and the month's Targets sheet loaded (the latter with the user's edits), the settings
 * parsed, and what the Targets sheet holds (its target, actual sales, orders and visitors), or null without
 * one. Roles and Staff are not read: sales are planned without them. Stops on a Targets sheet it cannot read.
 */
export async function readTargetsMonth(s: Session, live: LiveWorkbook, month: Month) {
  const key = SHEET.targets(month);
  const lang = workbookLang(live, s.uiLang);
  const data = await load(s, live, lang, (k) => k === SHEET.settings || k === key, (k) => k === key);
  const ctx: ReadContext = { live, data, lang, uiLang: s.uiLang };
  const inputs = readInputs(ctx, []);
  delete inputs.raw.roles;
  delete inputs.raw.staff;
  const config = parsed(inputs, s.uiLang);
  const existing = readTargets(ctx, month);
  if (existing && existing.errors.length) throw new CommandStop(existing.errors);
  return { key, lang, data, inputs, config, existing };
}
