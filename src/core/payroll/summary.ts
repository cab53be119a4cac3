import type { Month } from "../calendar";
import { money } from "../money";
import { MONEY_KEYS, type MoneyKey } from "./payColumns";
import type { PayrollResult } from "./index";

/** A month's totals and pool with money as "1234.50" strings and the pool's share as a fraction string:
 *  what the task pane shows of a payroll, in Excel and outside it. */
export interface PayrollSummary {
  month: Month;
  people: number;
  totals: Record<MoneyKey, string>;
  pool: {
    grossMargin: string | null;
    rate: string;
    pool: string;
    allocatedShare: string;
    allocated: string;
    unallocated: string;
  };
}

export function payrollSummary(r: PayrollResult): PayrollSummary {
  const p = r.pool;
  return {
    month: r.month,
    people: r.employees.length,
    totals: Object.fromEntries(MONEY_KEYS.map((k) => [k, money(r.totals[k])])) as Record<MoneyKey, string>,
    pool: {
      grossMargin: p.grossMargin === null ? null : money(p.grossMargin),
      rate: p.rate.toString(),
      pool: money(p.pool),
      allocatedShare: p.allocatedShare.toString(),
      allocated: money(p.allocated),
      unallocated: money(p.unallocated),
    },
  };
}
