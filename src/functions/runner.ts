/* global CustomFunctions */
import Decimal from "decimal.js";
import { isBlank, isBlankRange } from "./cells";
import { displayLanguage } from "./lang";
import type { Param } from "./params";
import { describeProblem, hostError, Problem, problem, problemMessage } from "./problem";

/**
 * The single runner every custom function goes through (HyperFormula's pattern): read each argument
 * through its declared Param, call the body with engine values, and turn the result into what a cell
 * holds. Whatever goes wrong becomes a CustomFunctions.Error with a message in the user's language;
 * nothing else escapes, and every function is synchronous, so no cell is left at #BUSY! (but for a
 * moment, for a call that comes before this code has arrived in the page: ./deferred.ts).
 */

/** What a body may return: money as a Decimal, a plain number, or a table of cells to spill. */
export type BodyResult = Decimal | number | readonly (readonly Cell[])[];
export type Cell = Decimal | number | string | null;

type ArgsOf<P extends readonly Param<unknown>[]> = { -readonly [K in keyof P]: P[K] extends Param<infer T> ? T : never };

export interface ShopFunction<R> {
  (...raw: unknown[]): R;
  /** "SHOP.COMMISSION": the name the user types, used in messages. */
  readonly fullName: string;
  readonly params: readonly Param<unknown>[];
}

/** A Decimal as the number a cell holds (never -0); beyond a double's range it is an error, not ±Infinity. */
export function cellNumber(x: Decimal): number {
  return finite(x.isZero() ? 0 : x.toNumber());
}

function finite(n: number): number {
  if (!Number.isFinite(n)) throw problem("fn.tooLarge", {}, "invalidValue");
  return n;
}

function toCell(c: Cell): number | string {
  if (c === null) return "";
  return Decimal.isDecimal(c) ? cellNumber(c) : c;
}

function readArg(p: Param<unknown>, raw: unknown): unknown {
  try {
    if (p.range ? isBlankRange(raw) : isBlank(raw)) {
      if (p.blank === undefined) throw problem("fn.required", {}, "notAvailable");
      return p.blank();
    }
    return p.read(raw);
  } catch (e) {
    throw e instanceof Problem ? e.at(p.name) : e;
  }
}

/** The error a cell shows for whatever was thrown: our Problem, or anything unexpected. */
export function toHostError(fullName: string, e: unknown): CustomFunctions.Error | Error {
  const lang = displayLanguage();
  if (e instanceof Problem) return hostError(e.kind, problemMessage(fullName, e, lang));
  const detail = e instanceof Error ? e.message : String(e);
  return hostError("invalidValue", describeProblem(problem("fn.internal", { fn: fullName, detail }), lang));
}

/** What a cell gets for a body's result: a number, or the rows of a spilled table. */
type Shipped<R> = R extends readonly (readonly Cell[])[] ? (number | string)[][] : number;

/**
 * A shortcut for the common calls of a function called thousands of times per recalculation: it takes
 * the raw arguments and returns the cell's value, or undefined for anything it does not handle, which
 * then goes through the params and the body (and their messages). It must agree with them exactly.
 */
export type FastPath<R> = (raw: readonly unknown[]) => R | undefined;

export function defineFunction<const P extends readonly Param<unknown>[], R extends BodyResult>(
  fullName: string,
  params: P,
  body: (...args: ArgsOf<P>) => R,
  fast?: FastPath<Shipped<R>>,
): ShopFunction<Shipped<R>> {
  const run = (...raw: unknown[]): Shipped<R> => {
    try {
      const quick = fast?.(raw);
      if (quick !== undefined) return quick;
      const args = params.map((p, i) => readArg(p, raw[i])) as ArgsOf<P>;
      const result: BodyResult = body(...args);
      if (typeof result === "number") return finite(result) as Shipped<R>;
      if (Decimal.isDecimal(result)) return cellNumber(result) as Shipped<R>;
      return result.map((row) => row.map(toCell)) as Shipped<R>;
    } catch (e) {
      throw toHostError(fullName, e);
    }
  };
  return Object.assign(run, { fullName, params });
}
