import type { MessageTable } from "./index";

export const validationMessages: MessageTable = {
};
