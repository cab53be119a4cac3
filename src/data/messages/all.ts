/**
 * Every message table, merged and registered: what the `shopsheet` command shows (it runs every part of
 * the project) and what the tests check the tables with. A bundle that imports this carries them all.
 */
import { registerMessages } from "./index";
import { validationMessages } from "./validation";
import { payrollMessages } from "./payroll";
import { targetMessages } from "./targets";
import { cliMessages } from "./cli";
import { workbookMessages } from "./workbook";
import { workbookTargetMessages } from "./workbookTargets";
import { officeMessages } from "./office";
import { functionMessages } from "./functions";
import { functionHelpMessages } from "./functionHelp";
import { taskpaneMessages } from "./taskpane";
import { taskpaneViewMessages } from "./taskpaneViews";
import { importMessages } from "./imports";
import { ruleMessages } from "./rules";
import { calendarMessages } from "./calendar";
import { insuranceMessages } from "./insurance";
import { deductionMessages } from "./deductions";
import { attendanceMessages } from "./attendance";
import { personalMessages } from "./personal";
import { weekdayMessages } from "./weekdays";
import type { MessageTable } from "./table";

export const messages = {
  ...validationMessages,
  ...payrollMessages,
  ...targetMessages,
  ...cliMessages,
  ...workbookMessages,
  ...workbookTargetMessages,
  ...officeMessages,
  ...functionMessages,
  ...functionHelpMessages,
  ...taskpaneMessages,
  ...taskpaneViewMessages,
  ...importMessages,
  ...ruleMessages,
  ...calendarMessages,
  ...insuranceMessages,
  ...deductionMessages,
  ...attendanceMessages,
  ...personalMessages,
  ...weekdayMessages,
} satisfies MessageTable;

registerMessages(messages);
