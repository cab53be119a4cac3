/* global CustomFunctions */
import type { Lang } from "../data/lang";
import { formatMessage, type MessageCode } from "../data/messages";

/**
 * Bad input, as data: a message code from src/data/messages/functions.ts and its params. It becomes
 * a CustomFunctions.Error only at the edge (runner.ts), in the user's language, so one Problem can be
 * cached (a roles range that does not parse) and shown in either language.
 */

/** The two error values whose custom message Excel shows: #VALUE! and #N/A. */
export type ErrorKind = "invalidValue" | "notAvailable";

/** A param is text, a nested problem (its message is the detail), or text that depends on the language. */
export type ProblemParam = string | Problem | ((lang: Lang) => string);

export class Problem extends Error {
  constructor(
    readonly code: MessageCode,
    readonly params: Readonly<Record<string, ProblemParam>> = {},
    readonly kind: ErrorKind = "invalidValue",
    /** The function argument it concerns; the runner fills it in for problems found reading an argument. */
    readonly arg?: string,
  ) {
    super(code);
    this.name = "Problem";
  }

  /** The same problem, blamed on `arg` unless it already names one. */
  at(arg: string): Problem {
    return this.arg === undefined ? new Problem(this.code, this.params, this.kind, arg) : this;
  }
}

export function problem(code: MessageCode, params: Record<string, ProblemParam> = {}, kind: ErrorKind = "invalidValue"): Problem {
  return new Problem(code, params, kind);
}

/** The problem's own message (without the function and argument). */
export function describeProblem(p: Problem, lang: Lang): string {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(p.params)) {
    params[key] = typeof value === "string" ? value : typeof value === "function" ? value(lang) : describeProblem(value, lang);
  }
  return formatMessage(p.code, params, lang);
}

/** The full message: `SHOP.POOL, argument rate: the rate -0.1 must not be negative`. */
export function problemMessage(fn: string, p: Problem, lang: Lang): string {
  const detail = describeProblem(p, lang);
  return p.arg === undefined ? formatMessage("fn.in", { fn, detail }, lang) : formatMessage("fn.at", { fn, arg: p.arg, detail }, lang);
}

/**
 * The one place that makes the host's error value: `new CustomFunctions.Error(code, message)`. Where
 * the runtime is absent (a plain page, Node), an Error carrying the same code and message, so callers
 * still see what went wrong instead of a ReferenceError.
 */
export function hostError(kind: ErrorKind, message: string): CustomFunctions.Error | Error {
  if (typeof CustomFunctions !== "undefined" && typeof CustomFunctions.Error === "function") {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode[kind], message);
  }
  return Object.assign(new Error(message), { code: kind === "invalidValue" ? "#VALUE!" : "#N/A" });
}
