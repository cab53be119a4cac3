/**
 * The messages the custom functions show, registered when they load (src/data/messages/index.ts): their
 * own, the config checks' (a bad argument is said as a config value would be), the pool's and the
 * targets' and the column labels of SHOP.ROLES.
 */
import { registerMessages } from "../data/messages";
import { functionMessages } from "../data/messages/functions";
import { payrollMessages } from "../data/messages/payroll";
import { targetMessages } from "../data/messages/targets";
import { validationMessages } from "../data/messages/validation";
import { workbookMessages } from "../data/messages/workbook";

export const FUNCTION_MESSAGES = [functionMessages, validationMessages, payrollMessages, targetMessages, workbookMessages] as const;

registerMessages(...FUNCTION_MESSAGES);
