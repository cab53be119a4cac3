import { D, fenOf, money, round2, type Dec } from "../money";
import type { Warning } from "../types";

/**
 * Pay below the local minimum wage (a setting; each province publishes monthly and hourly figures).
 * 最低工资规定 (劳动和社会保障部令第21号) 第十二条: with normal work, the pay LESS overtime pay, shift /
 * high-temperature / hazardous-condition allowances and statutory welfare must not be below the local
 * minimum (https://33.wendadaohang.com/zd/h5Bd0ch5WWc4hcPcRc.html quotes the article). So the caller
 * passes the pay for normal hours: base as paid + commission + taxable allowances that are not
 * condition allowances — never overtime pay.
 *
 * A person who worked part of the month is held to the minimum prorated by the paid days
 * (minimum × paid days ÷ 21.75), and an hourly worker to the hourly minimum × hours. Each floor is
 * rounded to the fen (half away from zero), as the pay it is compared with is: a base of exactly the
 * minimum, prorated and rounded to the fen, is not "below" a floor a fraction of a fen above it. The
 * warning fires when the pay is STRICTLY below (at the minimum itself is lawful).
 */

export interface MinimumWageInput {
  /** Pay for normal hours this month (see above). */
  pay: Dec;
  monthlyMinimum: Dec;
  /** Paid days of the month (21.75 for a full month). */
  paidDays: Dec;
  paidDaysPerMonth: Dec;
  /** For an hourly (非全日制) worker: hours worked and the hourly minimum. */
  hours?: Dec | null;
  hourlyMinimum?: Dec | null;
  where: string;
  params: Record<string, string>;
}

/**
 * True when the pay is certainly not below the monthly floor, whatever the paid days: a pay of at least
 * the (whole-fen, non-negative) monthly minimum. The floor is the minimum itself for a full month and
 * ROUND(minimum × a share below 1, 2) otherwise, never above the minimum, which rounding cannot pass
 * (the minimum is a whole number of fen). Compared in whole fen: most pay is far above the minimum, and
 * the exact floor costs a few decimal.js operations a person and month (issue 15).
 */
export function clearsMonthlyMinimum(pay: Dec, monthlyMinimum: Dec, paidDaysPerMonth: Dec): boolean {
  return clearsMonthlyMinimumFen(fenOf(pay) ?? NaN, fenOf(monthlyMinimum) ?? NaN, paidDaysPerMonth);
}

/** clearsMonthlyMinimum on the pay and the minimum in whole fen (NaN where either is not a whole number of fen: never clears). */
export function clearsMonthlyMinimumFen(payFen: number, minimumFen: number, paidDaysPerMonth: Dec): boolean {
  // A share is below 1 only for a positive paid days per month (it is a setting, always so in practice).
  return payFen >= minimumFen && minimumFen >= 0 && paidDaysPerMonth.isPositive() && !paidDaysPerMonth.isZero();
}

/** The monthly floor when the pay is below it (the exact rule, decimal.js), else null. */
export function belowMonthlyFloor(input: Pick<MinimumWageInput, "pay" | "monthlyMinimum" | "paidDays" | "paidDaysPerMonth">): Dec | null {
  const share = input.paidDays.greaterThanOrEqualTo(input.paidDaysPerMonth) ? new D(1) : input.paidDays.div(input.paidDaysPerMonth);
  // pay < ROUND(minimum × paid days ÷ paid days per month, 2): multiplied before dividing, as the sheet does.
  const monthlyFloor = share.equals(1) ? round2(input.monthlyMinimum) : round2(input.monthlyMinimum.times(input.paidDays).div(input.paidDaysPerMonth));
  return input.pay.lessThan(monthlyFloor) ? monthlyFloor : null;
}

/**
 * belowMonthlyFloor for a full month (paid days at least the month's) and a whole-fen minimum: the floor is
 * the minimum itself, which needs no rounding. Undefined outside that case.
 */
export function belowFullMonthMinimum(input: Pick<MinimumWageInput, "pay" | "monthlyMinimum" | "paidDays" | "paidDaysPerMonth">): Dec | null | undefined {
  const payFen = fenOf(input.pay);
  const minimumFen = fenOf(input.monthlyMinimum);
  if (payFen === null || minimumFen === null || !input.paidDays.greaterThanOrEqualTo(input.paidDaysPerMonth)) return undefined;
  return payFen < minimumFen ? input.monthlyMinimum : null;
}

/** The monthly floor when the pay is below it, else null: by the shortcuts where they answer, else by the exact rule. */
function monthlyFloorBelow(input: MinimumWageInput): Dec | null {
  if (clearsMonthlyMinimum(input.pay, input.monthlyMinimum, input.paidDaysPerMonth)) return null;
  const fullMonth = belowFullMonthMinimum(input);
  return fullMonth !== undefined ? fullMonth : belowMonthlyFloor(input);
}

/** The monthly check's answer for one pay, and its warning's figures as text (null when the pay is not below). */
interface MonthlyVerdict {
  monthlyMinimum: Dec;
  paidDays: Dec;
  paidDaysPerMonth: Dec;
  figures: Readonly<Record<"pay" | "minimum" | "monthlyMinimum" | "paidDays", string>> | null;
}

/**
 * The verdicts by the pay's Decimal (a Decimal never changes): a low wage is the same Decimal month after
 * month (src/core/payroll/repeatPay.ts), and so are the minimum and the days — the floor and its texts are
 * made once, not once a warning (issue 15: a payroll of low wages says this for a third of its lines).
 */
const verdicts = new WeakMap<Dec, MonthlyVerdict>();

function monthlyVerdict(input: MinimumWageInput): MonthlyVerdict {
  const was = verdicts.get(input.pay);
  if (was !== undefined && was.monthlyMinimum === input.monthlyMinimum && was.paidDays === input.paidDays && was.paidDaysPerMonth === input.paidDaysPerMonth) return was;
  const floor = monthlyFloorBelow(input);
  const figures = floor === null ? null : Object.freeze({ pay: money(input.pay), minimum: money(floor), monthlyMinimum: money(input.monthlyMinimum), paidDays: input.paidDays.toString() });
  const verdict = { monthlyMinimum: input.monthlyMinimum, paidDays: input.paidDays, paidDaysPerMonth: input.paidDaysPerMonth, figures };
  verdicts.set(input.pay, verdict);
  return verdict;
}

export function checkMinimumWage(input: MinimumWageInput): Warning[] {
  const out: Warning[] = [];
  const { figures } = monthlyVerdict(input);
  if (figures !== null) {
    out.push({
      code: "compliance.belowMinimumWage",
      // Object.assign, not a spread followed by more keys: V8 (Node 20) builds that literal on its slow path, about
      // 3 µs an object, and a payroll of low wages says this a third of its lines (issue 15). The same keys, in the same order.
      params: Object.assign({}, input.params, figures),
      where: input.where,
    });
  }
  if (input.hours && input.hourlyMinimum && input.hours.greaterThan(0)) {
    const perHour = input.pay.div(input.hours);
    if (input.pay.lessThan(round2(input.hourlyMinimum.times(input.hours)))) {
      out.push({
        code: "compliance.belowHourlyMinimum",
        params: { ...input.params, pay: money(input.pay), hours: input.hours.toString(), perHour: money(perHour), hourlyMinimum: money(input.hourlyMinimum) },
        where: input.where,
      });
    }
  }
  return out;
}
