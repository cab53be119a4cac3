/**
 * The messages the task pane shows, registered when the pane loads (src/data/messages/index.ts): its
 * own, the config checks', the pool's and the targets' warnings, the column labels it shares with the
 * workbook, the weekdays, the personal data's checks (Staff's ID numbers and accounts) and the special
 * deductions' (a staff row's deductions by category). The payroll rules' messages come with the views that run the payroll
 * (./viewMessages.ts), the office commands' with their chunk (src/office/messages.ts).
 */
import { registerMessages } from "../data/messages";
import { personalMessages } from "../data/messages/personal";
import { deductionMessages } from "../data/messages/deductions";
import { payrollMessages } from "../data/messages/payroll";
import { targetMessages } from "../data/messages/targets";
import { taskpaneMessages } from "../data/messages/taskpane";
import { validationMessages } from "../data/messages/validation";
import { weekdayMessages } from "../data/messages/weekdays";
import { workbookMessages } from "../data/messages/workbook";
import { calendarMessages } from "../data/messages/calendar";
import { insuranceMessages } from "../data/messages/insurance";

export const PANE_MESSAGES = [taskpaneMessages, validationMessages, payrollMessages, targetMessages, workbookMessages, weekdayMessages, personalMessages, calendarMessages, insuranceMessages, deductionMessages] as const;

registerMessages(...PANE_MESSAGES);
