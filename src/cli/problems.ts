import { formatMessage, isMessageCode, type MessageCode } from "../data/messages";
import type { Lang } from "../data/lang";
import type { Warning } from "../core/types";

/** Bad input: the command stops, prints these on stderr and exits 2. */
export class InputProblems extends Error {
  constructor(readonly problems: Warning[]) {
    super(problems.map((p) => p.code).join(", "));
  }
}

export function fail(code: MessageCode, where: string, params: Record<string, string> = {}): never {
  throw new InputProblems([{ code, params, where }]);
}

/** A problem's message; a `reason` param is itself a message code (e.g. "fs.notFound"), put in the language too. */
function message(p: Warning, lang: Lang): string {
  const reason = p.params.reason;
  const params = reason === undefined || !isMessageCode(reason) ? p.params : { ...p.params, reason: formatMessage(reason, p.params, lang) };
  return formatMessage(p.code, params, lang);
}

/** `staff[3].base: "abc" is not an amount` */
export function describe(p: Warning, lang: Lang): string {
  const text = message(p, lang);
  return p.where ? `${p.where}: ${text}` : text;
}

/** The JSON form of a warning: `{code, message, where}`. */
export function warningJson(p: Warning, lang: Lang) {
  return { code: p.code, message: message(p, lang), where: p.where };
}

/**
 * Runs several checks and reports all their problems at once, so the user fixes every bad option
 * in one go: `attempt` returns undefined for a failed check, `done` throws if any failed.
 */
export function collector() {
  const problems: Warning[] = [];
  return {
    attempt<T>(check: () => T): T | undefined {
      try {
        return check();
      } catch (e) {
        if (!(e instanceof InputProblems)) throw e;
        problems.push(...e.problems);
        return undefined;
      }
    },
    done(): void {
      if (problems.length > 0) throw new InputProblems(problems);
    },
  };
}
