/**
 * The messages the office commands show, registered when their chunk loads (src/data/messages/index.ts):
 * their own, every sheet's texts, and what the engine and the readers report.
 */
import { registerMessages } from "../data/messages";
import { attendanceMessages } from "../data/messages/attendance";
import { deductionMessages } from "../data/messages/deductions";
import { importMessages } from "../data/messages/imports";
import { officeMessages } from "../data/messages/office";
import { personalMessages } from "../data/messages/personal";
import { payrollMessages } from "../data/messages/payroll";
import { ruleMessages } from "../data/messages/rules";
import { calendarMessages } from "../data/messages/calendar";
import { insuranceMessages } from "../data/messages/insurance";
import { targetMessages } from "../data/messages/targets";
import { taskpaneMessages } from "../data/messages/taskpane";
import { taskpaneViewMessages } from "../data/messages/taskpaneViews";
import { validationMessages } from "../data/messages/validation";
import { weekdayMessages } from "../data/messages/weekdays";
import { workbookMessages } from "../data/messages/workbook";
import { workbookTargetMessages } from "../data/messages/workbookTargets";

export const OFFICE_MESSAGES = [officeMessages, workbookMessages, workbookTargetMessages, validationMessages, payrollMessages, targetMessages, ruleMessages, calendarMessages, insuranceMessages, deductionMessages, importMessages, personalMessages, attendanceMessages, taskpaneMessages, taskpaneViewMessages, weekdayMessages] as const;

registerMessages(...OFFICE_MESSAGES);
