import { z } from "zod";
import { amount, boundedAmount, eventDate, factor, flag, isoDate, month, nonNegativeAmount, rate, roleId, shareBasis, staffId, text, wholeNumber } from "./fields";

/**
 * The shape of a config file (README: "Config format"). Every key is optional; unknown keys are
 * errors, so a typo such as "baes" is reported instead of silently ignored. Values are checked here;
 * cross-references (a staff member's role, an entry's staff id) are checked in resolve.ts.
 */

const opt = <T extends z.ZodType>(s: T) => s.optional();
const optNull = <T extends z.ZodType>(s: T) => s.nullable().optional();

const socialInsurance = z.strictObject({
  baseFloor: opt(nonNegativeAmount),
  baseCeiling: opt(nonNegativeAmount),
  employee: opt(z.strictObject({ pension: opt(rate), medical: opt(rate), unemployment: opt(rate) })),
  employer: opt(
    z.strictObject({ pension: opt(rate), medical: opt(rate), unemployment: opt(rate), injury: opt(rate) }),
  ),
});

const housingFund = z.strictObject({
  employeeRate: opt(rate),
  employerRate: opt(rate),
  baseFloor: opt(nonNegativeAmount),
  baseCeiling: opt(nonNegativeAmount),
});

const taxBracket = z.strictObject({
  upTo: z.union([z.null(), nonNegativeAmount]),
  rate: rate,
  quickDeduction: nonNegativeAmount,
});

const salesEvent = z.strictObject({ date: eventDate, factor: factor, name: opt(text) });

const targets = z.strictObject({
  aov: optNull(nonNegativeAmount),
  cvr: optNull(rate),
  weekdayWeights: opt(z.array(factor)),
  events: opt(z.array(salesEvent)),
  holidayFactor: opt(factor),
});

export const settingsSchema = z.strictObject({
  poolRate: opt(rate),
  paidDaysPerMonth: opt(boundedAmount(1, 31)),
  basicDeduction: opt(nonNegativeAmount),
  socialInsurance: opt(socialInsurance),
  housingFund: opt(housingFund),
  taxTable: opt(z.array(taxBracket)),
  targets: opt(targets),
});

export const roleSchema = z.strictObject({
  id: roleId,
  nameZh: opt(text),
  nameEn: opt(text),
  headcount: opt(wholeNumber(0, 10000)),
  baseMin: optNull(nonNegativeAmount),
  baseMax: optNull(nonNegativeAmount),
  share: optNull(rate),
  shareBasis: opt(shareBasis),
  roomAndBoard: opt(flag),
  insured: opt(flag),
});

const openingBalance = z.strictObject({
  months: opt(wholeNumber(0, 11)),
  // Gross to date cannot be negative: a month's negative gross is itself refused.
  gross: opt(nonNegativeAmount),
  insurance: opt(nonNegativeAmount),
  specialAdditionalDeduction: opt(nonNegativeAmount),
  taxWithheld: opt(nonNegativeAmount),
});

export const staffSchema = z.strictObject({
  id: opt(staffId),
  name: opt(text),
  role: text,
  base: optNull(nonNegativeAmount),
  contributionBase: optNull(nonNegativeAmount),
  specialAdditionalDeduction: opt(nonNegativeAmount),
  startDate: optNull(isoDate),
  endDate: optNull(isoDate),
  sameAs: optNull(text),
  opening: optNull(openingBalance),
});

const entrySchema = z.strictObject({
  staff: text,
  reward: opt(nonNegativeAmount),
  penalty: opt(nonNegativeAmount),
  paidDays: optNull(boundedAmount(0, 31)),
});

export const monthSchema = z.strictObject({
  month: month,
  grossMargin: optNull(amount),
  salesTarget: optNull(nonNegativeAmount),
  entries: opt(z.array(entrySchema)),
});

export const configSchema = z.strictObject({
  settings: opt(settingsSchema),
  roles: opt(z.array(roleSchema)),
  staff: opt(z.array(staffSchema)),
  months: opt(z.array(monthSchema)),
});

export type ConfigInput = z.output<typeof configSchema>;
