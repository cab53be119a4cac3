/**
 * The messages the Targets and Payroll views add to the pane's (./messages.ts), registered when either
 * view's chunk loads: the views' own strings (the month, the plan, the payroll, imports and exports), and
 * the payroll rules' warnings (insurance, deductions, bonuses, compliance, overtime and allowances), which
 * their previews of the engine's month can show.
 */
import { registerMessages } from "../data/messages";
import { attendanceMessages } from "../data/messages/attendance";
import { ruleMessages } from "../data/messages/rules";
import { taskpaneViewMessages } from "../data/messages/taskpaneViews";

export const VIEW_MESSAGES = [taskpaneViewMessages, ruleMessages, attendanceMessages] as const;

registerMessages(...VIEW_MESSAGES);
