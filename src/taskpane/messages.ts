/**
 * The messages the task pane shows, registered when the pane loads (src/data/messages/index.ts): its
 * own, the config checks', the pool's and the targets' warnings, the column labels it shares with the
 * workbook, the weekdays and the personal data's checks (Staff's ID numbers and accounts). The payroll rules' messages come with the views that run the payroll
 * (./viewMessages.ts), the office commands' with their chunk (src/office/messages.ts).
 */
import { registerMessages } from "../data/messages";
import { personalMessages } from "../data/messages/personal";
import { payrollMessages } from "../data/messages/payroll";
import { targetMessages } from "../data/messages/targets";
import { taskpaneMessages } from "../data/messages/taskpane";
import { validationMessages } from "../data/messages/validation";
import { weekdayMessages } from "../data/messages/weekdays";
import { workbookMessages } from "../data/messages/workbook";
import { calendarMessages } from "../data/messages/calendar";
import { insuranceMessages } from "../data/messages/insurance";

export const PANE_MESSAGES = [taskpaneMessages, validationMessages, payrollMessages, targetMessages, workbookMessages, weekdayMessages, personalMessages, calendarMessages, insuranceMessages] as const;

registerMessages(...PANE_MESSAGES);
