import { z } from "zod";
import { amountLimitProblem, parseAmount, type Dec } from "../money";
import { isIsoDate, isMonth, FIRST_YEAR, LAST_YEAR } from "../calendar";
import { illegalCharacter, MAX_CELL_TEXT } from "./characters";
import { maskIdNumber } from "../personal/idNumber";
import { maskBankAccount } from "../personal/bankAccount";
import type { MessageCode } from "../../data/messages";

/**
 * Leaf schemas for the config. Each takes `unknown` and reports its own message code with the value
 * as the user wrote it, so an error reads `staff[3].base: "abc" is not an amount`, not zod's English.
 */

type Ctx = z.RefinementCtx;

/** Records the problem; the returned NEVER must be returned at once (zod then drops the value). */
export function reject(ctx: Ctx, code: MessageCode, params: Record<string, string> = {}): never {
  ctx.addIssue({ code: "custom", message: code, params });
  return z.NEVER as never;
}

/** The value as the user wrote it, for a message. */
export function shown(v: unknown): string {
  return typeof v === "string" ? v : JSON.stringify(v) ?? String(v);
}

/**
 * Every leaf schema, with what ./lenient.ts reads in place of a bad value: absent (undefined), or for
 * text the text itself, so a refused id still matches what refers to it and the cross-reference
 * checks report no problem that the refused value alone caused.
 */
export const leaves = new WeakMap<z.ZodType, (input: unknown) => unknown>();

const absent = () => undefined;
const asTyped = (input: unknown) => (typeof input === "string" ? input.trim() : typeof input === "number" ? String(input) : undefined);

/** A leaf that reports a missing required value as "is required" rather than as a bad value. */
function leaf<T>(check: (v: unknown, ctx: Ctx) => T, fallback: (input: unknown) => unknown = absent) {
  const schema = z.unknown().transform((v, ctx) => (v === undefined ? reject(ctx, "config.required") : check(v, ctx)));
  leaves.set(schema, fallback);
  return schema;
}

/** A number within what a cell holds exactly (money: also at most MAX_AMOUNT), or a rejection. */
function withinLimits(d: Dec, v: unknown, ctx: Ctx, money: boolean): Dec {
  const problem = amountLimitProblem(d, v, money);
  return problem === null ? d : reject(ctx, problem.code, { value: shown(v), ...problem.params });
}

function amountOrReject(v: unknown, ctx: Ctx): Dec {
  const d = parseAmount(v);
  return d === null ? reject(ctx, "value.notAmount", { value: shown(v) }) : withinLimits(d, v, ctx, true);
}

/** Any amount, negative too (a gross margin can be a loss). */
export const amount = leaf(amountOrReject);

export const nonNegativeAmount = leaf((v, ctx) => {
  const d = parseAmount(v);
  if (d === null) return reject(ctx, "value.notAmount", { value: shown(v) });
  if (d.isNegative() && !d.isZero()) return reject(ctx, "value.negative", { value: shown(v) });
  return withinLimits(d, v, ctx, true);
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
  return withinLimits(d, v, ctx, false);
});

/** A non-negative factor or weight ("1.5"); unlike a rate it may exceed 1. */
export const factor = nonNegativeAmount;

export function wholeNumber(min: number, max: number) {
  return leaf((v, ctx) => {
    const d = parseAmount(v);
    if (d === null || !d.isInteger()) return reject(ctx, "value.notWholeNumber", { value: shown(v) });
    if (d.lessThan(min) || d.greaterThan(max))
      return reject(ctx, "value.outOfRange", { value: shown(v), min: String(min), max: String(max) });
    return withinLimits(d, v, ctx, false).toNumber();
  });
}

/** A whole number from min to max, kept as a Decimal (a setting's number). */
export function decimalWhole(min: number, max: number) {
  return leaf((v, ctx) => {
    const d = parseAmount(v);
    if (d === null || !d.isInteger()) return reject(ctx, "value.notWholeNumber", { value: shown(v) });
    if (d.lessThan(min) || d.greaterThan(max))
      return reject(ctx, "value.outOfRange", { value: shown(v), min: String(min), max: String(max) });
    return withinLimits(d, v, ctx, false);
  });
}

export function boundedAmount(min: number, max: number) {
  return leaf((v, ctx) => {
    const d = parseAmount(v);
    if (d === null) return reject(ctx, "value.notAmount", { value: shown(v) });
    if (d.lessThan(min) || d.greaterThan(max))
      return reject(ctx, "value.outOfRange", { value: shown(v), min: String(min), max: String(max) });
    return withinLimits(d, v, ctx, false);
  });
}

/** Text as it will stand in a cell: trimmed, not empty, every character one an .xlsx can hold. */
function textOrReject(v: unknown, ctx: Ctx): string {
  if (typeof v === "number") return String(v);
  if (typeof v !== "string") return reject(ctx, "value.notText", { value: shown(v) });
  const s = v.trim();
  if (s === "") return reject(ctx, "value.empty");
  const bad = illegalCharacter(s);
  if (bad) return reject(ctx, "value.badCharacter", { char: bad.char, position: String(bad.position) });
  if (s.length > MAX_CELL_TEXT) return reject(ctx, "value.tooLong", { max: String(MAX_CELL_TEXT) });
  return s;
}

export const text = leaf(textOrReject, asTyped);

/**
 * An id (a staff member's or a role's), looked up in the workbook by MATCH, COUNTIF and SUMIFS. Those
 * read * ? ~ in the value looked up as wildcards (ECMA-376 Part 4 / ISO 29500 on MATCH and COUNTIF;
 * LibreOffice does the same in .xlsx files), so "E?1" would find E01's row; and a leading = < > turns a
 * COUNTIF criterion into a comparison. Line breaks and tabs are refused too: an id is one line.
 * Excel also ignores case in these lookups: uniqueness is checked ignoring case (resolve.ts).
 */
function idLeaf(maxLength: number) {
  return leaf((v, ctx) => {
    const s = textOrReject(v, ctx);
    if (typeof s !== "string") return s; // already rejected (z.NEVER)
    const wildcard = /[*?~]/.exec(s);
    if (wildcard) return reject(ctx, "id.wildcard", { value: s, char: wildcard[0] });
    if (/^[=<>]/.test(s)) return reject(ctx, "id.comparison", { value: s, char: s[0]! });
    if (/[\t\n\r]/.test(s)) return reject(ctx, "id.lineBreak", { value: shown(s) });
    if ([...s].length > maxLength) return reject(ctx, "id.tooLong", { value: s, max: String(maxLength) });
    return s;
  }, asTyped);
}

/** Excel's lookups (MATCH, COUNTIF) take a value of at most 255 characters. */
export const staffId = idLeaf(255);

/**
 * A role id also names the role's sheet key and Members_ table (src/workbook/names.ts), which Excel
 * caps at 255 characters after encoding; 24 characters keep every encoding well inside that.
 */
export const roleId = idLeaf(24);

/**
 * An ID or bank account number, as text: a number cell cannot hold it (a double keeps 15 significant
 * digits, so 330106199001011234 becomes 330106199001011000), and a masked one ("3301**********1234",
 * as ShopSheet shows numbers outside their cell) is not the number. Its rules (GB 11643 check digit,
 * length) are checked in ./resolve.ts, where the ID type is known. A message never shows the number
 * whole: the value is masked.
 */
function personalNumber(field: "idNumber" | "bankAccount", mask: (s: string) => string) {
  return leaf((v, ctx) => {
    if (typeof v === "number") return reject(ctx, `${field}.notText`, { masked: mask(shown(v)) });
    if (typeof v !== "string") return reject(ctx, "value.notText", { value: "…" });
    const s = v.trim();
    if (s === "") return reject(ctx, "value.empty");
    if (s.includes("*")) return reject(ctx, `${field}.masked`, { masked: mask(s) });
    const bad = illegalCharacter(s);
    if (bad) return reject(ctx, "value.badCharacter", { char: bad.char, position: String(bad.position) });
    if (s.length > 64) return reject(ctx, "value.tooLong", { max: "64" });
    return s;
  }, asTyped);
}

export const idNumber = personalNumber("idNumber", maskIdNumber);
export const bankAccount = personalNumber("bankAccount", maskBankAccount);

export const flag = leaf((v, ctx) => {
  if (typeof v === "boolean") return v;
  if (v === "true" || v === "false") return v === "true";
  return reject(ctx, "value.notBoolean", { value: shown(v) });
});

/** Excel's dates run from 1900 to 9999 (1900 itself has Excel's phantom 29 February): 1901–9999. */
function inYears(s: string, v: unknown, ctx: Ctx): string {
  const year = Number(s.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR)
    return reject(ctx, "value.yearRange", { value: shown(v), min: String(FIRST_YEAR), max: String(LAST_YEAR) });
  return s;
}

export const isoDate = leaf((v, ctx) => (isIsoDate(v) ? inYears(v, v, ctx) : reject(ctx, "value.notDate", { value: shown(v) })));

export const month = leaf((v, ctx) => (isMonth(v) ? inYears(v, v, ctx) : reject(ctx, "value.notMonth", { value: shown(v) })));

export const shareBasis = leaf((v, ctx) =>
  v === "perPerson" || v === "splitRole" ? v : reject(ctx, "value.notShareBasis", { value: shown(v) }),
);

const EVENT_DATE = /^(\d{4}-)?(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** "MM-DD" recurs every year; "YYYY-MM-DD" is one day. */
export const eventDate = leaf((v, ctx) => {
  if (typeof v === "string" && EVENT_DATE.test(v) && v.length === 5) return v;
  if (typeof v === "string" && EVENT_DATE.test(v) && isIsoDate(v)) return inYears(v, v, ctx);
  return reject(ctx, "config.eventDate", { value: shown(v) });
});

/**
 * The leaf schemas the field registries name (./settingFields.ts, ./tableFields.ts), by name: a registry
 * says `leaf: "rate"` without importing zod, so what reads only the registry (the custom functions'
 * defaults) does not carry the checking code.
 */
export const LEAVES = {
  amount,
  money: nonNegativeAmount,
  rate,
  factor,
  text,
  staffId,
  roleId,
  idNumber,
  bankAccount,
  flag,
  isoDate,
  shareBasis,
  eventDate,
  /** Days of pay in a month (the statutory 21.75, or a shop's own). */
  monthPaidDays: boundedAmount(1, 31),
  /** Days paid in one month (a joiner's or leaver's). */
  paidDays: boundedAmount(0, 31),
  /** Overtime hours of one kind in one month: at most every hour of 31 days. */
  overtimeHours: boundedAmount(0, 744),
  headcount: wholeNumber(0, 10000),
  /** The day of the following month wages are paid (a slip shows that date; a short month takes its last day). */
  payDay: decimalWhole(1, 31),
  openingMonths: wholeNumber(0, 11),
} as const;
