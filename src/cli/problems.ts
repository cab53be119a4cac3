import { formatMessage } from "../data/messages";
import type { Lang } from "../data/lang";
import type { Warning } from "../core/types";

/** Bad input: the command stops, prints these on stderr and exits 2. */
export class InputProblems extends Error {
  constructor(readonly problems: Warning[]) {
    super(problems.map((p) => p.code).join(", "));
  }
}

export function fail(code: string, where: string, params: Record<string, string> = {}): never {
  throw new InputProblems([{ code, params, where }]);
}

/** `staff[3].base: "abc" is not an amount` */
export function describe(p: Warning, lang: Lang): string {
  const message = formatMessage(p.code, p.params, lang);
  return p.where ? `${p.where}: ${message}` : message;
}

/** The JSON form of a warning: `{code, message, where}`. */
export function warningJson(p: Warning, lang: Lang) {
  return { code: p.code, message: formatMessage(p.code, p.params, lang), where: p.where };
}
