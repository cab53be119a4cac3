/**
 * The messages the Targets and Payroll views add to the pane's (./messages.ts), registered when either
 * view's chunk loads: the payroll rules' warnings (insurance, deductions, bonuses, compliance, overtime and allowances), which
 * their previews of the engine's month can show.
 */
import { registerMessages } from "../data/messages";
import { attendanceMessages } from "../data/messages/attendance";
import { ruleMessages } from "../data/messages/rules";

export const VIEW_MESSAGES = [ruleMessages, attendanceMessages] as const;

registerMessages(...VIEW_MESSAGES);
