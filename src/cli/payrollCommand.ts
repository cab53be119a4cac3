import { month as monthField } from "../core/config/leaves";
import { money } from "../core/money";
import type { Dec } from "../core/money";
import { MONEY_KEYS, PAY_COLUMNS, computePayroll, payColumnsWhere, type MoneyKey, type PayLine, type PayrollResult } from "../core/payroll";
import { formatMessage } from "../data/messages";
import { DEDUCTION_CATEGORIES } from "../core/tax/deductions";
import type { Lang } from "../data/lang";
import { commandHelp } from "./help";
import { langOption, optionValue, parseOptions, required } from "./args";
import { loadConfig } from "./config";
import { roleNameIn } from "../workbook/build";
import { json, label, moneyCell, table, tableOf, warningsBlock } from "./format";
import type { Io } from "./io";
import { InputProblems, collector, warningJson } from "./problems";

/** What `shopsheet payroll` accepts; its help (help.ts) explains each of these. */
export const payrollOptions = {
  config: { type: "string" },
  month: { type: "string" },
  json: { type: "boolean" },
  lang: { type: "string" },
  help: { type: "boolean" },
} as const;

export function payrollCommand(args: string[], io: Io): number {
  const o = parseOptions(args, payrollOptions);
  if (o.help) {
    io.stdout(commandHelp("payroll", payrollOptions, io.lang));
    return 0;
  }
  const checks = collector();
  checks.attempt(() => langOption(o.lang));
  const month = checks.attempt(() => optionValue(monthField, required(o.month, "month"), "month"));
  const loaded = checks.attempt(() => loadConfig(o.config, month, io.cwd));
  checks.done();
  if (month === undefined || loaded === undefined) return 2;
  const { config, example } = loaded;
  const result = computePayroll(config, month);
  // A month that cannot be paid as entered (a negative gross) is bad input, like a bad config.
  if (result.errors.length > 0) throw new InputProblems(result.errors);
  if (o.json) io.stdout(json(payrollJson(result, io.lang)));
  else io.stdout(`${example ? `${formatMessage("cli.example", {}, io.lang)}\n` : ""}${payrollText(result, roleNameIn(config, io.lang), io.lang)}`);
  return 0;
}

const moneyOrNull = (x: Dec | null) => (x === null ? null : money(x));

export function payrollJson(r: PayrollResult, lang: Lang) {
  const moneyKeys = (line: Pick<PayLine, (typeof MONEY_KEYS)[number]>) =>
    Object.fromEntries(MONEY_KEYS.map((k) => [k, money(line[k])]));
  return {
    month: r.month,
    pool: {
      grossMargin: moneyOrNull(r.pool.grossMargin),
      rate: r.pool.rate.toString(),
      pool: money(r.pool.pool),
      allocatedShare: r.pool.allocatedShare.toString(),
      allocated: money(r.pool.allocated),
      unallocated: money(r.pool.unallocated),
    },
    // annualBonusTaxation: "separate" or "merged", the one applied; null without a bonus (issue 13); then the
    // special taxpayers' figures (iitDeductionsJson).
    employees: r.employees.map((e) => ({ id: e.id, name: e.name, role: e.role, ...moneyKeys(e), annualBonusTaxation: e.annualBonusTaxation === "" ? null : e.annualBonusTaxation, ...iitDeductionsJson(e) })),
    totals: moneyKeys(r.totals),
    warnings: r.warnings.map((w) => warningJson(w, lang)),
  };
}

/**
 * Issue 13's special taxpayers: the rule of the basic deduction and its year to date (累计减除费用), and the
 * special additional deductions by category — the month's and the year to date's, as the e-filing export
 * files them — or null when the person gives one monthly figure instead of categories.
 */
function iitDeductionsJson(e: PayLine) {
  const d = e.iitDeductions;
  return {
    basicDeductionRule: d.rule,
    cumulativeBasicDeduction: money(d.basicToDate),
    specialAdditionalDeductions: d.categories === null ? null : Object.fromEntries(DEDUCTION_CATEGORIES.map((c) => [c, { month: money(d.categories!.month[c]), toDate: money(d.categories!.toDate[c]) }])),
  };
}

/** The money columns of the people table (src/core/payroll/payColumns.ts), after id, name and role. */
const TEXT_COLUMNS = payColumnsWhere("cliText").map((c) => ({ key: c.key as MoneyKey, label: c.label }));

/** The people table for a person to read: the role by its name in `lang` (电商部经理, not the id manager: JSON keeps the id). */
function payrollText(r: PayrollResult, roleName: (id: string) => string, lang: Lang): string {
  const people = tableOf(
    [...(["id", "name"] as const).map((k) => PAY_COLUMNS.find((c) => c.key === k)!.label), "wb.col.role" as const, ...TEXT_COLUMNS.map((c) => c.label)],
    [
      ...r.employees.map((e) => [e.id, e.name, roleName(e.role), ...TEXT_COLUMNS.map((c) => moneyCell(e[c.key]))]),
      [label("total", lang), "", "", ...TEXT_COLUMNS.map((c) => moneyCell(r.totals[c.key]))],
    ],
    lang,
  );
  const percent = (x: Dec) => `${x.times(100).toString()}%`;
  const pool = table(
    ["grossMargin", "poolRate", "pool", "allocatedShare", "allocated", "unallocated"],
    [[moneyCell(r.pool.grossMargin), percent(r.pool.rate), moneyCell(r.pool.pool), percent(r.pool.allocatedShare), moneyCell(r.pool.allocated), moneyCell(r.pool.unallocated)]],
    lang,
  );
  return `${label("month", lang)} ${r.month}\n${people}\n${pool}\n${warningsBlock(r.warnings, lang)}`;
}
