import { z } from "zod";
import { parseAmount, type Dec } from "../money";
import { isIsoDate, isMonth } from "../calendar";

/**
 * Leaf schemas for the config. Each takes `unknown` and reports its own message code with the value
 * as the user wrote it, so an error reads `staff[3].base: "abc" is not an amount`, not zod's English.
 */

type Ctx = z.RefinementCtx;

/** Records the problem; the returned NEVER must be returned at once (zod then drops the value). */
export function reject(ctx: Ctx, code: string, params: Record<string, string> = {}): never {
  ctx.addIssue({ code: "custom", message: code, params });
  return z.NEVER as never;
}

/** The value as the user wrote it, for a message. */
export function shown(v: unknown): string {
  return typeof v === "string" ? v : JSON.stringify(v) ?? String(v);
}

/** A leaf that reports a missing required value as "is required" rather than as a bad value. */
function leaf<T>(check: (v: unknown, ctx: Ctx) => T) {
  return z.unknown().transform((v, ctx) => (v === undefined ? reject(ctx, "config.required") : check(v, ctx)));
}

function amountOrReject(v: unknown, ctx: Ctx): Dec {
  const d = parseAmount(v);
  return d ?? reject(ctx, "value.notAmount", { value: shown(v) });
}

/** Any amount, negative too (a gross margin can be a loss). */
export const amount = leaf(amountOrReject);

export const nonNegativeAmount = leaf((v, ctx) => {
  const d = parseAmount(v);
  if (d === null) return reject(ctx, "value.notAmount", { value: shown(v) });
  return d.isNegative() && !d.isZero() ? reject(ctx, "value.negative", { value: shown(v) }) : d;
});

/** A rate written as 0.08, "0.08" or "8%". */
export function parseRate(v: unknown): Dec | null {
  if (typeof v === "string" && v.trim().endsWith("%")) {
    const d = parseAmount(v.trim().slice(0, -1));
    return d === null ? null : d.dividedBy(100);
  }
  return parseAmount(v);
}

/** A rate between 0 and 1 (0% to 100%). */
export const rate = leaf((v, ctx) => {
  const d = parseRate(v);
  if (d === null) return reject(ctx, "value.notRate", { value: shown(v) });
  if (d.isNegative() || d.greaterThan(1)) return reject(ctx, "value.rateRange", { value: shown(v) });
  return d;
});

/** A non-negative factor or weight ("1.5"); unlike a rate it may exceed 1. */
export const factor = nonNegativeAmount;

export function wholeNumber(min: number, max: number) {
  return leaf((v, ctx) => {
    const d = parseAmount(v);
    if (d === null || !d.isInteger()) return reject(ctx, "value.notWholeNumber", { value: shown(v) });
    if (d.lessThan(min) || d.greaterThan(max))
      return reject(ctx, "value.outOfRange", { value: shown(v), min: String(min), max: String(max) });
    return d.toNumber();
  });
}

export function boundedAmount(min: number, max: number) {
  return leaf((v, ctx) => {
    const d = parseAmount(v);
    if (d === null) return reject(ctx, "value.notAmount", { value: shown(v) });
    if (d.lessThan(min) || d.greaterThan(max))
      return reject(ctx, "value.outOfRange", { value: shown(v), min: String(min), max: String(max) });
    return d;
  });
}

export const text = leaf((v, ctx) => {
  if (typeof v === "number") return String(v);
  if (typeof v !== "string") return reject(ctx, "value.notText", { value: shown(v) });
  const s = v.trim();
  return s === "" ? reject(ctx, "value.empty") : s;
});

export const flag = leaf((v, ctx) => {
  if (typeof v === "boolean") return v;
  if (v === "true" || v === "false") return v === "true";
  return reject(ctx, "value.notBoolean", { value: shown(v) });
});

export const isoDate = leaf((v, ctx) =>
  isIsoDate(v) ? v : reject(ctx, "value.notDate", { value: shown(v) }),
);

export const month = leaf((v, ctx) =>
  isMonth(v) ? v : reject(ctx, "value.notMonth", { value: shown(v) }),
);

export const shareBasis = leaf((v, ctx) =>
  v === "perPerson" || v === "splitRole" ? v : reject(ctx, "value.notShareBasis", { value: shown(v) }),
);

const EVENT_DATE = /^(\d{4}-)?(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** "MM-DD" recurs every year; "YYYY-MM-DD" is one day. */
export const eventDate = leaf((v, ctx) => {
  if (typeof v === "string" && EVENT_DATE.test(v) && (v.length === 5 || isIsoDate(v))) return v;
  return reject(ctx, "config.eventDate", { value: shown(v) });
});
