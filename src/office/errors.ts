/**
 * Office.js errors as messages the task pane can show. An OfficeExtension.Error carries a `code`
 * ("AccessDenied", "ApiNotFound", …) and a message in Excel's UI language; we keep both, in a
 * sentence of our own that says what to do.
 */
import type { Lang } from "../data/lang";
import { message, type CommandMessage } from "./result";

interface OfficeLikeError {
  code?: unknown;
  message?: unknown;
  debugInfo?: { errorLocation?: unknown };
}

export function officeErrorMessages(e: unknown, phase: "read" | "write", lang: Lang): CommandMessage[] {
  const err = (typeof e === "object" && e !== null ? e : { message: String(e) }) as OfficeLikeError;
  const code = typeof err.code === "string" ? err.code : "";
  const detail = [typeof err.message === "string" ? err.message : String(e), typeof err.debugInfo?.errorLocation === "string" ? `(${err.debugInfo.errorLocation})` : ""].filter(Boolean).join(" ");
  const out: CommandMessage[] = [];
  if (code === "AccessDenied" || (code === "InvalidOperation" && /protect/i.test(detail))) out.push(message("error", "office.error.protected", { detail }, lang));
  else if (code === "ApiNotFound" || code === "NotImplemented") out.push(message("error", "office.error.unsupported", { detail }, lang));
  else if (code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded" || code === "PayloadTooLarge") out.push(message("error", "office.error.tooLarge", { detail }, lang));
  else if (code === "") out.push(message("error", "office.error.internal", { detail }, lang));
  else out.push(message("error", "office.error.office", { code, detail }, lang));
  if (phase === "write") out.push(message("warning", "office.error.partial", {}, lang));
  return out;
}
