import type { MessageTable } from "./index";

export const payrollMessages: MessageTable = {
};
