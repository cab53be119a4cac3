/**
 * Office.js errors as messages the task pane can show. An OfficeExtension.Error carries a `code`
 * ("AccessDenied", "InvalidArgument", …), which is never localized, and a `message` in Excel's UI
 * language, which is not meant for users — "Error handling with the application-specific JavaScript
 * APIs", https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling.
 * So the kind of failure is told from the code alone; Excel's message only goes along as detail, in a
 * sentence of our own that says what to do.
 */
import type { Lang } from "../../data/lang";
import { message, type CommandMessage } from "../result";
import type { MessageCode } from "../../data/messages";

interface OfficeLikeError {
  code?: unknown;
  message?: unknown;
  debugInfo?: { errorLocation?: unknown };
}

/** Codes of that page, by what the user can do about them. */
const KIND: Record<string, MessageCode> = {
  // "You cannot perform the requested operation." — what a protected sheet gives; and a password.
  AccessDenied: "office.error.protected",
  BadPassword: "office.error.protected",
  ApiNotFound: "office.error.unsupported",
  ApiNotAvailable: "office.error.unsupported",
  NotImplemented: "office.error.unsupported",
  RequestPayloadSizeLimitExceeded: "office.error.tooLarge",
  ResponsePayloadSizeLimitExceeded: "office.error.tooLarge",
};

export function officeErrorMessages(e: unknown, phase: "read" | "write", lang: Lang): CommandMessage[] {
  const err = (typeof e === "object" && e !== null ? e : { message: String(e) }) as OfficeLikeError;
  const code = typeof err.code === "string" ? err.code : "";
  const detail = [typeof err.message === "string" ? err.message : String(e), typeof err.debugInfo?.errorLocation === "string" ? `(${err.debugInfo.errorLocation})` : ""].filter(Boolean).join(" ");
  const out: CommandMessage[] = [];
  const kind = KIND[code];
  if (kind) out.push(message("error", kind, { detail }, lang));
  else if (code === "") out.push(message("error", "office.error.internal", { detail }, lang));
  else out.push(message("error", "office.error.office", { code, detail }, lang));
  if (phase === "write") out.push(message("warning", "office.error.partial", {}, lang));
  return out;
}
