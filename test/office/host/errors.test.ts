/**
 * Office errors are told apart by their code, never by their message, which is in Excel's UI language
 * ("Error codes are not localized … The error message isn't intended for consumption by end users",
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 */
import { officeErrorMessages } from "../../../src/office/host/errors";

const codes = (e: unknown, phase: "read" | "write" = "read") => officeErrorMessages(e, phase, "en-US").map((m) => m.code);

test("a protected sheet (AccessDenied) or a password (BadPassword) is said to be protection, in any UI language", () => {
  expect(codes({ code: "AccessDenied", message: "您无法执行请求的操作。" })).toEqual(["office.error.protected"]);
  expect(codes({ code: "BadPassword", message: "Le mot de passe que vous avez fourni est incorrect." })).toEqual(["office.error.protected"]);
});

test("the words of a message decide nothing: an InvalidOperation that mentions protection is reported as what it is", () => {
  const m = officeErrorMessages({ code: "InvalidOperation", message: "The cell you're trying to change is on a protected sheet." }, "read", "en-US");
  expect(m.map((x) => x.code)).toEqual(["office.error.office"]);
  expect(m[0]!.text).toContain("InvalidOperation");
  expect(m[0]!.text).toContain("protected sheet"); // Excel's own words go along as detail
});

test("the other codes of the page", () => {
  expect(codes({ code: "ApiNotFound", message: "x" })).toEqual(["office.error.unsupported"]);
  expect(codes({ code: "RequestPayloadSizeLimitExceeded", message: "x" })).toEqual(["office.error.tooLarge"]);
  expect(codes({ code: "ResponsePayloadSizeLimitExceeded", message: "x" })).toEqual(["office.error.tooLarge"]);
  expect(codes({ code: "InvalidArgument", message: "x" }, "write")).toEqual(["office.error.office", "office.error.partial"]);
  expect(codes(new Error("boom"))).toEqual(["office.error.internal"]);
});
