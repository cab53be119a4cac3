/** What the commands take besides their subject (a month, the pane's sections). */
import type { Month } from "../../core/calendar";
import type { Lang } from "../../data/lang";

export interface CommandOptions {
  /** Language of messages, and of the sheets in a workbook that has none yet (an existing workbook
   *  keeps its own). Default zh-CN. */
  lang?: Lang;
  /** Protect the generated month and role sheets (no password; input cells stay editable). Default:
   *  protect if ShopSheet's month or role sheets are protected now (an earlier run protected them). */
  protect?: boolean;
  /** What was typed over cells ShopSheet computes (or where it rewrites the slips) is replaced, and the
   *  result says which cells — instead of the command stopping and naming them (../reconcile/edits.ts). */
  replaceEdits?: boolean;
}

export interface SetUpInput extends CommandOptions {
  /** Seed the Staff table with the example team (and its example AOV and conversion rate). */
  example?: boolean;
  /** Seeds in the config-file shape (README "Config format"), used only for tables that do not exist
   *  yet: an existing Settings sheet, Roles or Staff table is the user's and is kept. */
  settings?: unknown;
  roles?: unknown[];
  staff?: unknown[];
  /** The user's city profiles, as the pane read them (passed back unchanged with its edits). */
  insuranceProfiles?: unknown[];
}

export interface PayrollOptions extends CommandOptions {
  /** The month's gross margin, typed in the pane; written into the payroll sheet's input cell. */
  grossMargin?: number | string | null;
}

export interface NextMonthOptions extends CommandOptions {
  /** The month to add the next one after. Default: the latest month in the workbook — so each call
   *  without it adds one more month, while a call with it gives the same workbook however often it
   *  runs. */
  after?: Month;
}
