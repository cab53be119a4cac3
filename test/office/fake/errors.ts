/**
 * Errors as Office.js reports them: an object with a `code` (never localized) and a `message` (in
 * Excel's UI language, not meant for users) — "Error handling with the application-specific
 * JavaScript APIs", https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 * (the table of codes there is the list below).
 *
 * A failing operation rejects context.sync(); the operations queued before it in the same batch stay
 * applied and the ones after it are not executed — the OfficeExtension.Error reference's
 * trace-message example ("The second batch successfully inserts the third and fourth paragraphs but
 * fails in the call to insert the fifth paragraph. All other commands after the failed command in the
 * batch are not executed"), https://learn.microsoft.com/javascript/api/office/officeextension.error
 */

/** The codes of that page that the double raises. */
export const CODES = [
  "AccessDenied",
  "ApiNotFound",
  "BadPassword",
  "InvalidArgument",
  "InvalidOperation",
  "InvalidReference",
  "ItemAlreadyExists",
  "ItemNotFound",
  "ResponsePayloadSizeLimitExceeded",
] as const;

export type OfficeCode = (typeof CODES)[number];

/**
 * Not an Excel code: raised where the double is stricter than Excel. Excel enters a formula that names
 * an undefined name or function and shows #NAME? in the cell; a generated sheet must never show one,
 * so by default (FakeExcel.strictNames) the double refuses the formula instead.
 */
export const STRICT_NAME = "TestDouble.UndefinedName";

export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  constructor(
    readonly code: OfficeCode | typeof STRICT_NAME,
    message: string,
    readonly debugInfo: { code: string; message: string; errorLocation?: string } = { code, message },
  ) {
    super(message);
  }
}
