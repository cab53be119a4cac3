import type { MessageTable } from "./index";

export const targetMessages: MessageTable = {
};
