import type { Lang } from "../lang";
import type { validationMessages } from "./validation";
import type { payrollMessages } from "./payroll";
import type { targetMessages } from "./targets";
import type { cliMessages } from "./cli";
import type { workbookMessages } from "./workbook";
import type { workbookTargetMessages } from "./workbookTargets";
import type { officeMessages } from "./office";
import type { functionMessages } from "./functions";
import type { functionHelpMessages } from "./functionHelp";
import type { taskpaneMessages } from "./taskpane";
import type { taskpaneViewMessages } from "./taskpaneViews";
import type { importMessages } from "./imports";
import type { ruleMessages } from "./rules";
import type { calendarMessages } from "./calendar";
import type { insuranceMessages } from "./insurance";
import type { deductionMessages } from "./deductions";
import type { weekdayMessages } from "./weekdays";
import type { attendanceMessages } from "./attendance";
import type { personalMessages } from "./personal";
import type { Bilingual, MessageTable } from "./table";

export type { Bilingual, MessageTable } from "./table";

/** Every table's entries, as a type only: a surface's bundle carries just the tables it registers. */
type AllMessages = typeof validationMessages &
  typeof payrollMessages &
  typeof targetMessages &
  typeof cliMessages &
  typeof workbookMessages &
  typeof workbookTargetMessages &
  typeof officeMessages &
  typeof functionMessages &
  typeof functionHelpMessages &
  typeof taskpaneMessages &
  typeof taskpaneViewMessages &
  typeof importMessages &
  typeof ruleMessages &
  typeof calendarMessages &
  typeof insuranceMessages &
  typeof deductionMessages &
  typeof weekdayMessages &
  typeof attendanceMessages &
  typeof personalMessages;

/**
 * Every message code there is, taken from the tables themselves: a code that is misspelled, or built
 * from a key that has no message (`wb.col.${key}` with a key missing from the table), is a type error.
 */
export type MessageCode = keyof AllMessages;

/** Codes starting with `prefix`, with the prefix cut off: `CodeSuffix<"weekday.">` is "1" | … | "7". */
export type CodeSuffix<Prefix extends string> = MessageCode extends infer C ? (C extends `${Prefix}${infer Rest}` ? Rest : never) : never;

/**
 * The messages this program has registered. Each surface registers the tables it shows (issue 15: the
 * task pane's bundle does not carry the CLI's help or the workbook's sheet texts): the CLI and the
 * tests all of them (./all.ts), the pane, the custom functions and the office commands their own
 * (src/taskpane/messages.ts, src/functions/messages.ts, src/office/messages.ts); test/data/messages/
 * surfaces.test.ts checks that each registers every code its code can show.
 */
const registered = new Map<string, Bilingual>();

export function registerMessages(...tables: readonly MessageTable[]): void {
  for (const t of tables) for (const [code, text] of Object.entries(t)) registered.set(code, text);
}

/** True for a code of a registered table. */
export function isMessageCode(code: string): code is MessageCode {
  return registered.has(code);
}

/** The message code of an ISO weekday's name (1 = Monday … 7 = Sunday; ./weekdays.ts). */
export function weekdayCode(isoWeekday: number): MessageCode {
  if (!Number.isInteger(isoWeekday) || isoWeekday < 1 || isoWeekday > 7) throw new RangeError(`not an ISO weekday: ${isoWeekday}`);
  return `weekday.${isoWeekday}` as MessageCode;
}

export function formatMessage(code: MessageCode, params: Record<string, string>, lang: Lang): string {
  const template = registered.get(code)?.[lang];
  if (template === undefined) return `${code} ${JSON.stringify(params)}`;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => params[key] ?? whole);
}
