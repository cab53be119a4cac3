/**
 * The messages the custom functions show, registered when they load (src/data/messages/index.ts): their
 * own, the config checks' (a bad argument is said as a config value would be), the pool's and the
 * targets', the column labels of SHOP.ROLES and what reading a month's entries
 * says (overtime, leave, allowances). Not the special deductions' entry checks: SHOP.SPECIALDEDUCTION reads
 * only the standards (src/core/tax/deductions.ts); the checks that raise those texts are
 * src/core/tax/deductionEntries.ts.
 */
import { registerMessages } from "../data/messages";
import { attendanceMessages } from "../data/messages/attendance";
import { functionMessages } from "../data/messages/functions";
import { payrollMessages } from "../data/messages/payroll";
import { targetMessages } from "../data/messages/targets";
import { validationMessages } from "../data/messages/validation";
import { workbookMessages } from "../data/messages/workbook";
import { calendarMessages } from "../data/messages/calendar";

export const FUNCTION_MESSAGES = [functionMessages, validationMessages, payrollMessages, targetMessages, workbookMessages, attendanceMessages, calendarMessages] as const;

registerMessages(...FUNCTION_MESSAGES);
