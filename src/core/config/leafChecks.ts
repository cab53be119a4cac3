import { amountLimitProblem, parseAmount, type Dec } from "../money";
import { isIsoDate, isMonth, FIRST_YEAR, LAST_YEAR } from "../calendar";
import { illegalCharacter, MAX_CELL_TEXT } from "./characters";
import { maskIdNumber } from "../personal/idNumber";
import { maskBankAccount } from "../personal/bankAccount";
import type { MessageCode } from "../../data/messages";

/**
 * The config's leaf checks, one per kind of value, as plain functions (no zod): each takes `unknown`
 * and returns the value read, or throws a LeafProblem with its own message code and the value as the
 * user wrote it, so an error reads `staff[3].base: "abc" is not an amount`. The config's schema wraps
 * them for zod (./leaves.ts); the task pane checks a field with them directly, without zod in its
 * first download (issue 15).
 */

/** A value a leaf refuses: the message code and its params. */
export class LeafProblem extends Error {
  constructor(
    readonly code: MessageCode,
    readonly params: Record<string, string> = {},
  ) {
    super(code);
    this.name = "LeafProblem";
  }
}

/** Refuses the value being checked. */
export function fail(code: MessageCode, params: Record<string, string> = {}): never {
  throw new LeafProblem(code, params);
}

/** A leaf check: the value read from `v`, or a LeafProblem thrown. */
export type LeafCheck<T = unknown> = (v: unknown) => T;

/** A check's verdict as data, for a caller that shows it. */
export type LeafResult<T> = { ok: true; value: T } | { ok: false; code: MessageCode; params: Record<string, string> };

export function runLeaf<T>(check: LeafCheck<T>, v: unknown): LeafResult<T> {
  try {
    return { ok: true, value: check(v) };
  } catch (e) {
    if (e instanceof LeafProblem) return { ok: false, code: e.code, params: e.params };
    throw e;
  }
}

/** The value as the user wrote it, for a message. */
export function shown(v: unknown): string {
  return typeof v === "string" ? v : JSON.stringify(v) ?? String(v);
}

/** A number within what a cell holds exactly (money: also at most MAX_AMOUNT), or a refusal. */
function withinLimits(d: Dec, v: unknown, money: boolean): Dec {
  const problem = amountLimitProblem(d, v, money);
  return problem === null ? d : fail(problem.code, { value: shown(v), ...problem.params });
}

/** Any amount, negative too (a gross margin can be a loss). */
export const amount: LeafCheck<Dec> = (v) => {
  const d = parseAmount(v);
  return d === null ? fail("value.notAmount", { value: shown(v) }) : withinLimits(d, v, true);
};

export const nonNegativeAmount: LeafCheck<Dec> = (v) => {
  const d = parseAmount(v);
  if (d === null) return fail("value.notAmount", { value: shown(v) });
  if (d.isNegative() && !d.isZero()) return fail("value.negative", { value: shown(v) });
  return withinLimits(d, v, true);
};

/** A rate written as 0.08, "0.08" or "8%". */
export function parseRate(v: unknown): Dec | null {
  if (typeof v === "string" && v.trim().endsWith("%")) {
    const d = parseAmount(v.trim().slice(0, -1));
    return d === null ? null : d.dividedBy(100);
  }
  return parseAmount(v);
}

/** A rate between 0 and 1 (0% to 100%). */
export const rate: LeafCheck<Dec> = (v) => {
  const d = parseRate(v);
  if (d === null) return fail("value.notRate", { value: shown(v) });
  if (d.isNegative() || d.greaterThan(1)) return fail("value.rateRange", { value: shown(v) });
  return withinLimits(d, v, false);
};

/** A non-negative factor or weight ("1.5"); unlike a rate it may exceed 1. */
export const factor = nonNegativeAmount;

export function wholeNumber(min: number, max: number): LeafCheck<number> {
  return (v) => {
    const d = parseAmount(v);
    if (d === null || !d.isInteger()) return fail("value.notWholeNumber", { value: shown(v) });
    if (d.lessThan(min) || d.greaterThan(max)) return fail("value.outOfRange", { value: shown(v), min: String(min), max: String(max) });
    return withinLimits(d, v, false).toNumber();
  };
}

/** A whole number kept as a Dec (a day of the month the slips compute a date from). */
export function decimalWhole(min: number, max: number): LeafCheck<Dec> {
  return (v) => {
    const d = parseAmount(v);
    if (d === null || !d.isInteger()) return fail("value.notWholeNumber", { value: shown(v) });
    if (d.lessThan(min) || d.greaterThan(max)) return fail("value.outOfRange", { value: shown(v), min: String(min), max: String(max) });
    return withinLimits(d, v, false);
  };
}

export function boundedAmount(min: number, max: number): LeafCheck<Dec> {
  return (v) => {
    const d = parseAmount(v);
    if (d === null) return fail("value.notAmount", { value: shown(v) });
    if (d.lessThan(min) || d.greaterThan(max)) return fail("value.outOfRange", { value: shown(v), min: String(min), max: String(max) });
    return withinLimits(d, v, false);
  };
}

/** Text as it will stand in a cell: trimmed, not empty, every character one an .xlsx can hold. */
export const text: LeafCheck<string> = (v) => {
  if (typeof v === "number") return String(v);
  if (typeof v !== "string") return fail("value.notText", { value: shown(v) });
  const s = v.trim();
  if (s === "") return fail("value.empty");
  const bad = illegalCharacter(s);
  if (bad) return fail("value.badCharacter", { char: bad.char, position: String(bad.position) });
  if (s.length > MAX_CELL_TEXT) return fail("value.tooLong", { max: String(MAX_CELL_TEXT) });
  return s;
};

/**
 * The first of * ? ~ in `s`, which Excel's MATCH (type 0), COUNTIF and SUMIF read as wildcards in a value
 * looked up, or undefined. Only the ASCII three: Excel knows no others, and LibreOffice takes full-width
 * ＊ ？ ～ as themselves (test/oracle/lookupWildcards.oracle.test.ts).
 */
export function excelWildcardIn(s: string): string | undefined {
  return /[*?~]/.exec(s)?.[0];
}

/**
 * An id (a staff member's or a role's), looked up in the workbook by MATCH, COUNTIF and SUMIFS. Those
 * read * ? ~ in the value looked up as wildcards (ECMA-376 Part 4 / ISO 29500 on MATCH and COUNTIF;
 * LibreOffice does the same in .xlsx files), so "E?1" would find E01's row; and a leading = < > turns a
 * COUNTIF criterion into a comparison. Line breaks and tabs are refused too: an id is one line.
 * Excel also ignores case in these lookups: uniqueness is checked ignoring case (resolve.ts).
 */
function idCheck(maxLength: number): LeafCheck<string> {
  return (v) => {
    const s = text(v);
    const wildcard = excelWildcardIn(s);
    if (wildcard !== undefined) return fail("id.wildcard", { value: s, char: wildcard });
    if (/^[=<>]/.test(s)) return fail("id.comparison", { value: s, char: s[0]! });
    if (/[\t\n\r]/.test(s)) return fail("id.lineBreak", { value: shown(s) });
    if ([...s].length > maxLength) return fail("id.tooLong", { value: s, max: String(maxLength) });
    return s;
  };
}

/**
 * A role's name (nameZh, nameEn) or a Staff row's role, which the sheets MATCH against the Roles table's ids
 * and names (src/workbook/sheets/roleLookup.ts): MATCH reads * ? ~ in the text it looks up as wildcards, so a
 * Staff role "客*" would find 客服 in Excel while the engine, which compares text, finds no role — one pays
 * a commission the other does not (excelWildcardIn). A leading
 * = < > is fine here: MATCH takes it literally, and a name never becomes a COUNTIF criterion (the payroll
 * counts holders by the role's id).
 */
export const roleName: LeafCheck<string> = (v) => {
  const s = text(v);
  const wildcard = excelWildcardIn(s);
  return wildcard !== undefined ? fail("name.wildcard", { value: s, char: wildcard }) : s;
};

/** Excel's lookups (MATCH, COUNTIF) take a value of at most 255 characters. */
export const staffId = idCheck(255);

/**
 * A role id also names the role's sheet key and Members_ table (src/workbook/names.ts), which Excel
 * caps at 255 characters after encoding; 24 characters keep every encoding well inside that.
 */
export const roleId = idCheck(24);

/**
 * An ID or bank account number, as text: a number cell cannot hold it (a double keeps 15 significant
 * digits, so 330106199001011234 becomes 330106199001011000), and a masked one ("3301**********1234",
 * as ShopSheet shows numbers outside their cell) is not the number. Its rules (GB 11643 check digit,
 * length) are checked in ./resolve.ts, where the ID type is known. A message never shows the number
 * whole: the value is masked.
 */
function personalNumber(field: "idNumber" | "bankAccount", mask: (s: string) => string): LeafCheck<string> {
  return (v) => {
    if (typeof v === "number") return fail(`${field}.notText`, { masked: mask(shown(v)) });
    if (typeof v !== "string") return fail("value.notText", { value: "…" });
    const s = v.trim();
    if (s === "") return fail("value.empty");
    if (s.includes("*")) return fail(`${field}.masked`, { masked: mask(s) });
    const bad = illegalCharacter(s);
    if (bad) return fail("value.badCharacter", { char: bad.char, position: String(bad.position) });
    if (s.length > 64) return fail("value.tooLong", { max: "64" });
    return s;
  };
}

export const idNumber = personalNumber("idNumber", maskIdNumber);
export const bankAccount = personalNumber("bankAccount", maskBankAccount);

export const flag: LeafCheck<boolean> = (v) => {
  if (typeof v === "boolean") return v;
  if (v === "true" || v === "false") return v === "true";
  return fail("value.notBoolean", { value: shown(v) });
};

/** Excel's dates run from 1900 to 9999 (1900 itself has Excel's phantom 29 February): 1901–9999. */
function inYears(s: string, v: unknown): string {
  const year = Number(s.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) return fail("value.yearRange", { value: shown(v), min: String(FIRST_YEAR), max: String(LAST_YEAR) });
  return s;
}

export const isoDate: LeafCheck<string> = (v) => (isIsoDate(v) ? inYears(v, v) : fail("value.notDate", { value: shown(v) }));

export const month: LeafCheck<string> = (v) => (isMonth(v) ? inYears(v, v) : fail("value.notMonth", { value: shown(v) }));

export const shareBasis: LeafCheck<"perPerson" | "splitRole"> = (v) => (v === "perPerson" || v === "splitRole" ? v : fail("value.notShareBasis", { value: shown(v) }));

/** How a year-end bonus is taxed (issue 13: `annualBonusTaxation: "separate" | "merged"`). */
export const bonusTaxation: LeafCheck<"separate" | "merged"> = (v) => (v === "separate" || v === "merged" ? v : fail("value.notBonusTaxation", { value: shown(v) }));

const EVENT_DATE = /^(\d{4}-)?(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** "MM-DD" recurs every year; "YYYY-MM-DD" is one day. */
export const eventDate: LeafCheck<string> = (v) => {
  if (typeof v === "string" && EVENT_DATE.test(v) && v.length === 5) return v;
  if (typeof v === "string" && EVENT_DATE.test(v) && isIsoDate(v)) return inYears(v, v);
  return fail("config.eventDate", { value: shown(v) });
};

/**
 * The leaf checks the field registries name (./settingFields.ts, ./tableFields.ts), by name: a registry
 * says `leaf: "rate"` without importing any check, so what reads only the registry (the custom
 * functions' defaults) does not carry the checking code.
 */
export const LEAF_CHECKS = {
  amount,
  money: nonNegativeAmount,
  rate,
  factor,
  text,
  roleName,
  staffId,
  roleId,
  idNumber,
  bankAccount,
  flag,
  isoDate,
  shareBasis,
  bonusTaxation,
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

/** What ./lenient.ts reads in place of a refused text or id: the text itself, so a refused id still
 *  matches what refers to it and the cross-reference checks report no problem that value alone caused. */
export const TEXT_LEAVES: ReadonlySet<LeafCheck> = new Set<LeafCheck>([text, roleName, staffId, roleId, idNumber, bankAccount]);
