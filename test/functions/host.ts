/**
 * A stub of the host, not of the code under test: the two globals the Excel custom functions runtime
 * provides and our functions touch, shaped as in @types/custom-functions-runtime — CustomFunctions.Error
 * (code, message) with ErrorCode's values — and Office.context.displayLanguage.
 */

export const ERROR_CODES = {
  divisionByZero: "#DIV/0!",
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class HostError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

type Globals = { CustomFunctions?: unknown; Office?: unknown };

export function installHost(): void {
  (globalThis as Globals).CustomFunctions = { Error: HostError, ErrorCode: ERROR_CODES };
}

/** Sets Office's display language as the shared runtime exposes it; undefined removes Office. */
export function setDisplayLanguage(lang: string | undefined): void {
  if (lang === undefined) delete (globalThis as Globals).Office;
  else (globalThis as Globals).Office = { context: { displayLanguage: lang } };
}

/** What a function threw: the host error's code and message (fails the test on anything else). */
export function errorOf(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (e) {
    if (e instanceof HostError) return { code: e.code, message: e.message ?? "" };
    throw new Error(`threw something other than CustomFunctions.Error: ${String(e)}`);
  }
  throw new Error("did not throw");
}
