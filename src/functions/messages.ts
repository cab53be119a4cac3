/**
 * The messages the custom functions show, registered when they load (src/data/messages/index.ts): their
 * own, the config checks' (a bad argument is said as a config value would be), the pool's and the
 * targets', the column labels of SHOP.ROLES and what reading a month's entries
 * says (overtime, leave, allowances), and the special deductions' (SHOP.SPECIALDEDUCTION reads its standards
 * from src/core/tax/deductions.ts, whose entry checks raise them: a module of the standards alone would spare
 * the functions these texts).
 */
import { registerMessages } from "../data/messages";
import { attendanceMessages } from "../data/messages/attendance";
import { functionMessages } from "../data/messages/functions";
import { payrollMessages } from "../data/messages/payroll";
import { targetMessages } from "../data/messages/targets";
import { validationMessages } from "../data/messages/validation";
import { workbookMessages } from "../data/messages/workbook";
import { calendarMessages } from "../data/messages/calendar";
import { deductionMessages } from "../data/messages/deductions";

export const FUNCTION_MESSAGES = [functionMessages, validationMessages, payrollMessages, targetMessages, workbookMessages, attendanceMessages, calendarMessages, deductionMessages] as const;

registerMessages(...FUNCTION_MESSAGES);
