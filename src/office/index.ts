/**
 * The Office.js side of ShopSheet: what the task pane calls. Every command runs inside Excel.run,
 * makes a fixed number of round trips (4 unless a write is larger than 4 MB), keeps what the user
 * typed, upgrades a workbook of an older layout in place, and resolves to a CommandResult — it never
 * throws. What the user typed over cells ShopSheet computes stops a command, naming the cells, unless
 * the options say replaceEdits (./edits.ts).
 *
 *   setUpRolesAndStaff(input?)             Settings, Roles, Staff (+ role sheets once a payroll exists)
 *   planMonth(month, target?, options?)    the month's Targets sheet
 *   refreshTargets(month, options?)        the Targets sheet again, after actuals were typed
 *   runPayroll(month, options?)            payroll chain of the tax year, slips, role sheets
 *   addNextMonth(options?)                 targets, payroll, slips and role sheets of the next month
 *                                          (after options.after, or after the latest month)
 */
export { addNextMonth, planMonth, refreshTargets, runPayroll, setUpRolesAndStaff } from "./commands/steps";
export type { CommandOptions, NextMonthOptions, PayrollOptions, SetUpInput } from "./commands/steps";
export type { CellLocation, CommandFailure, CommandMessage, CommandResult, CommandStats, CommandSuccess } from "./result";
export { PAYLOAD_LIMIT } from "./reconcile/ops";
