import type { Month } from "../calendar";
import { money } from "../money";
import type { PoolSummary } from "../pool";
import { EMPTY_YEAR_TO_DATE, type YearToDate } from "../tax/cnIit";
import type { Config, Warning } from "../types";
import { personParams } from "./month";
import { monthMissing, runMonth } from "./monthRun";
import { payLine, payTotals, type PayLine, type PayTotals } from "./payLine";
import { chainMonths, withholdMonth, yearToDateIncomplete } from "./yearToDate";

export type { PoolSummary } from "../pool";
export type { PayLine, PayTotals, MoneyKey } from "./payLine";
export { MONEY_KEYS } from "./payLine";
export { payLineInputs, type PayLineInputs } from "./lineInputs";
export { staffProblem, type StaffProblem } from "./staffCheck";

export interface PayrollResult {
  month: Month;
  pool: PoolSummary;
  /** The people employed in the month, in config.staff order. */
  employees: PayLine[];
  totals: PayTotals;
  /**
   * What the user should look at for this month: its own warnings (each once: every check runs once
   * per month and person, role or entry), plus the gaps in the chain before it.
   */
  warnings: Warning[];
}

/**
 * Every month of the cumulative chain up to `month`, in order (the workbook writes one sheet per
 * month). Each result carries its own month's warnings, plus the gaps in the chain before it, which
 * change its income tax too.
 */
export function computePayrollYear(config: Config, month: Month): PayrollResult[] {
  const chain = chainMonths(config.months, month);
  const chainStart = chain[0] ?? month;
  // By index in config.staff: the year so far (from the opening balance), and who lacks one they need.
  const yearToDate = new Map<number, YearToDate>(config.staff.map((s, i) => [i, s.opening ?? EMPTY_YEAR_TO_DATE]));
  const incomplete = new Set(config.staff.flatMap((s, i) => (yearToDateIncomplete(s, chainStart) ? [i] : [])));
  const earlierGaps: Warning[] = [];

  return chain.map((m) => {
    const run = runMonth(config, m);
    const warnings: Warning[] = [...earlierGaps, ...run.warnings];

    const employees = run.people.map((pay) => {
      const before = yearToDate.get(pay.staffIndex) ?? EMPTY_YEAR_TO_DATE;
      const { after, tax } = withholdMonth(before, pay, config.settings);
      yearToDate.set(pay.staffIndex, after);

      const line = payLine(pay, tax, { before, after });
      const at = `staff[${pay.staffIndex}]`;
      if (line.net.isNegative()) {
        warnings.push({ code: "payroll.negativeNet", params: { ...personParams(pay, m), net: money(line.net) }, where: at });
      }
      if (incomplete.has(pay.staffIndex)) {
        warnings.push({ code: "history.ytdIncomplete", params: { ...personParams(pay, m), from: chainStart }, where: `${at}.opening` });
      }
      return line;
    });

    if (run.input === undefined) earlierGaps.push(monthMissing(m));
    return { month: m, pool: run.pool, employees, totals: payTotals(employees), warnings };
  });
}

/** One month's payroll, its income tax withheld by the cumulative method over the months before it. */
export function computePayroll(config: Config, month: Month): PayrollResult {
  const year = computePayrollYear(config, month);
  const last = year[year.length - 1];
  if (last === undefined) throw new Error(`No payroll chain for ${month}`); // the chain always ends at `month`
  return last;
}
