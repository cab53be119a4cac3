import { addMonths, monthNumber, monthYear, firstDay, lastDay, type Month } from "../calendar";
import { chainMonths } from "../payroll/yearToDate";
import type { Config, OpeningBalance, Warning } from "../types";
import type { MessageCode } from "../../data/messages";

type Problem = { code: MessageCode; params: Record<string, string> };

/**
 * An opening balance (the year to date from before the months this config computes) that cannot
 * be: figures without a month employed, or more tax withheld than was earned. Negative figures and
 * more than 11 months are refused by the schema.
 */
export function openingProblems(o: OpeningBalance): Problem[] {
  const problems: Problem[] = [];
  const figures = [o.gross, o.insurance, o.specialAdditionalDeduction, o.taxWithheld];
  if (o.months === 0 && figures.some((x) => !x.isZero())) problems.push({ code: "opening.figuresWithoutMonths", params: {} });
  if (o.taxWithheld.greaterThan(o.gross))
    problems.push({ code: "opening.taxAboveGross", params: { tax: o.taxWithheld.toFixed(2), gross: o.gross.toFixed(2) } });
  return problems;
}

/**
 * Opening months the calendar rules out, once the month asked for is known: the balance covers the
 * months of the tax year before the chain starts (README: "months"), and only those in which the
 * person was employed — 11 months already employed in March is impossible, and so are 3 months for
 * someone who joined in February.
 */
export function openingMonthProblems(config: Config, month: Month): Warning[] {
  const start = chainMonths(config.months, month)[0] ?? month;
  const before = Array.from({ length: monthNumber(start) - 1 }, (_, i) => `${monthYear(start)}-${String(i + 1).padStart(2, "0")}`);
  return config.staff.flatMap((s, i) => {
    if (s.opening === null) return [];
    const employed = before.filter((m) => (s.startDate === null || s.startDate <= lastDay(m)) && (s.endDate === null || s.endDate >= firstDay(m))).length;
    if (s.opening.months <= employed) return [];
    const params = { months: String(s.opening.months), start, possible: String(employed), from: s.startDate ?? firstDay(addMonths(start, -(monthNumber(start) - 1))) };
    return [{ code: "opening.tooManyMonths", params, where: `staff[${i}].opening.months` }];
  });
}
