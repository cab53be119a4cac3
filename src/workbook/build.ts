import type { Lang } from "../data/lang";
import type { Month } from "../core/calendar";
import { ZERO } from "../core/money";
import type { Config } from "../core/types";
import { computePayrollYear, type PayrollResult } from "../core/payroll";
import { spreadTarget, type TargetPlan } from "../core/targets";
import type { SheetSpec, WorkbookSpec } from "./spec";
import { settingsSheet } from "./sheets/settings";
import { rolesSheet } from "./sheets/roles";
import { staffSheet } from "./sheets/staff";
import { payrollSheet } from "./sheets/payroll";
import { slipsSheet } from "./sheets/slips";
import { roleSheet } from "./sheets/roleSheet";
import { targetsSheet } from "./sheets/targets";

export interface BuiltWorkbook {
  spec: WorkbookSpec;
  /** What the engine computed for the same inputs: the figures the workbook's formulas must reproduce. */
  payroll: PayrollResult[];
  plan: TargetPlan;
}

/**
 * The whole workbook for `month`: Settings, Roles, Staff, the month's targets, a payroll sheet for
 * every month of the tax year's chain (so the year to date is carried by formulas), the month's
 * slips, and one sheet per role.
 */
export interface BuildOptions {
  /**
   * Protect the generated month sheets and role sheets without a password, leaving only the input
   * cells editable. Settings, Roles and Staff stay open: Excel cannot add rows to a table on a
   * protected sheet, and those are the tables the user extends.
   */
  protect?: boolean;
}

export function buildWorkbook(config: Config, month: Month, lang: Lang, options: BuildOptions = {}): BuiltWorkbook {
  const settings = settingsSheet(config.settings, lang);
  const payroll = computePayrollYear(config, month);
  const inputs = new Map(config.months.map((m) => [m.month, m]));

  const payrollSheets = payroll.map((result, i) =>
    payrollSheet({
      month: result.month,
      ids: result.employees.map((e) => e.id),
      input: inputs.get(result.month),
      earlier: payroll.slice(0, i).map((r) => r.month),
      lang,
    }),
  );
  const current = payroll[payroll.length - 1]!;
  const ids = current.employees.map((e) => e.id);

  const target = inputs.get(month)?.salesTarget ?? ZERO;
  const plan = spreadTarget({ month, target, settings: config.settings.targets });

  const roleSheets = config.roles.map((role) =>
    roleSheet(role, current.employees.filter((e) => e.role === role.id).map((e) => e.id), month, lang),
  );

  const sheets: SheetSpec[] = [
    settings.sheet,
    rolesSheet(config.roles, lang),
    staffSheet(config.staff, lang),
    targetsSheet({ month, target, plan, lang }),
    ...payrollSheets,
    slipsSheet(month, ids, lang),
  ];
  sheets.push(...uniqueNames(roleSheets, sheets));
  const open = new Set<string>([settings.sheet.key, "roles", "staff"]);
  const finished = options.protect ? sheets.map((s) => (open.has(s.key) ? s : { ...s, protect: { allowFilter: true, allowSort: true, allowFormatColumns: true } })) : sheets;
  return { spec: { sheets: finished, names: settings.names }, payroll, plan };
}

/** Role sheets are named after roles; two roles with one name (or a name used by another sheet) get a suffix. */
function uniqueNames(sheets: SheetSpec[], others: SheetSpec[]): SheetSpec[] {
  const taken = new Set(others.map((s) => s.name.toLowerCase()));
  return sheets.map((s) => {
    let name = s.name;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${s.name.slice(0, 28)} (${n})`;
    taken.add(name.toLowerCase());
    return { ...s, name };
  });
}
