import type { Lang } from "../lang";
import { validationMessages } from "./validation";
import { payrollMessages } from "./payroll";
import { targetMessages } from "./targets";
import { cliMessages } from "./cli";
import { workbookMessages } from "./workbook";
import { workbookTargetMessages } from "./workbookTargets";
import { officeMessages } from "./office";
import { functionMessages } from "./functions";
import { taskpaneMessages } from "./taskpane";
import { importMessages } from "./imports";
import { ruleMessages } from "./rules";
import type { MessageTable } from "./table";

export type { Bilingual, MessageTable } from "./table";

export const messages = {
  ...validationMessages,
  ...payrollMessages,
  ...targetMessages,
  ...cliMessages,
  ...workbookMessages,
  ...workbookTargetMessages,
  ...officeMessages,
  ...functionMessages,
  ...taskpaneMessages,
  ...importMessages,
  ...ruleMessages,
} satisfies MessageTable;

/**
 * Every message code there is, taken from the tables themselves: a code that is misspelled, or built
 * from a key that has no message (`wb.col.${key}` with a key missing from the table), is a type error.
 */
export type MessageCode = keyof typeof messages;

/** Codes starting with `prefix`, with the prefix cut off: `CodeSuffix<"weekday.">` is "1" | … | "7". */
export type CodeSuffix<Prefix extends string> = MessageCode extends infer C ? (C extends `${Prefix}${infer Rest}` ? Rest : never) : never;

export function isMessageCode(code: string): code is MessageCode {
  return Object.prototype.hasOwnProperty.call(messages, code);
}

/** The message code of an ISO weekday's name (1 = Monday … 7 = Sunday). */
export function weekdayCode(isoWeekday: number): MessageCode {
  const code = `weekday.${isoWeekday}`;
  if (!isMessageCode(code)) throw new RangeError(`not an ISO weekday: ${isoWeekday}`);
  return code;
}

export function formatMessage(code: MessageCode, params: Record<string, string>, lang: Lang): string {
  const template: string | undefined = (messages as MessageTable)[code]?.[lang];
  if (template === undefined) return `${code} ${JSON.stringify(params)}`;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => params[key] ?? whole);
}
