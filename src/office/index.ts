/**
 * The Office.js side of ShopSheet: what the task pane calls. Every command runs inside Excel.run,
 * makes a fixed number of round trips (4 unless a write is larger than 4 MB), keeps what the user
 * typed, upgrades a workbook of an older layout in place, and resolves to a CommandResult — it never
 * throws. What the user typed over cells ShopSheet computes stops a command, naming the cells, unless
 * the options say replaceEdits (./reconcile/edits.ts).
 *
 *   reconcile/   pure: what must change in the live workbook (the plan), user input kept
 *   host/        Office.js: discover, read, execute the plan, requirement sets, Office errors
 *   commands/    the commands, each discover → read → reconcile → execute
 *
 *   setUpRolesAndStaff(input?)             Settings, Roles, Staff (+ role sheets once a payroll exists)
 *   readSetup(options) / saveSetup(…)      the pane's Set up view: read, and write its edits
 *   planMonth(month, target?, options?)    the month's Targets sheet
 *   refreshTargets(month, options?)        the Targets sheet again, after actuals were typed
 *   runPayroll(month, options?)            payroll chain of the tax year, slips, role sheets
 *   readPayroll(month, options?)           the month's totals and pool for the pane (nothing written)
 *   addNextMonth(options?)                 targets, payroll, slips and role sheets of the next month
 *                                          (after options.after, or after the latest month)
 */
export { setUpRolesAndStaff, readSetup, saveSetup, type SetupRead, type SetupSections } from "./commands/setUp";
export { planMonth, refreshTargets } from "./commands/targets";
export { addNextMonth, readPayroll, runPayroll, type PayrollFigures, type PayrollRead } from "./commands/payroll";
export type { CommandOptions, NextMonthOptions, PayrollOptions, SetUpInput } from "./commands/options";
export type { CellLocation, CommandFailure, CommandMessage, CommandResult, CommandStats, CommandSuccess } from "./result";
export { PAYLOAD_LIMIT } from "./reconcile/ops";
