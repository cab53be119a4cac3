/**
 * Everything the pane runs in the workbook, in one module that commands.ts loads on first use: the
 * Office.js renderer, the sheet builders and the payroll engine stay out of the pane's first download.
 */
import "../office/messages";
export { addNextMonth, planMonth, refreshTargets, runPayroll } from "../office";
export { readPayroll } from "../office/commands/payroll";
export { readSetup, saveSetup } from "../office/commands/setUp";
