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

/** A message in both languages; `{name}` placeholders are filled from a warning's or error's params. */
export type Bilingual = Record<Lang, string>;
export type MessageTable = Record<string, Bilingual>;

export const messages: MessageTable = {
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
};

export function formatMessage(code: string, params: Record<string, string>, lang: Lang): string {
  const template = messages[code]?.[lang];
  if (template === undefined) return `${code} ${JSON.stringify(params)}`;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => params[key] ?? whole);
}
