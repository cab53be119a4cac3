/**
 * The example team's payroll for a month, computed in the pane by the engine — what the Payroll view
 * shows outside Excel, where nothing can be written (as the Plan view previews a month's targets).
 * The team is the CLI's built-in example (src/data/exampleTeam.ts: one person per seat, its months from
 * January with their gross margins, a reward and a penalty); the settings and roles are the pane's, as
 * edited in the first view, where they pass the engine's checks — else the defaults and the catalogue.
 */
import { isMonth } from "../core/calendar";
import { parseConfig } from "../core/config";
import { money } from "../core/money";
import { computePayroll, payrollSummary } from "../core/payroll";
import { exampleTeamConfig } from "../data/exampleTeam";
import type { Lang } from "../data/lang";
import { formatMessage } from "../data/messages";
import type { CommandMessage } from "../office/result";
import type { PayrollFigures } from "../office/commands/payroll";
import { roleToRaw, settingsToRaw, type RoleDraft, type SettingsDraft } from "./draft";

export interface ExamplePerson {
  id: string;
  name: string;
  /** Role id. */
  role: string;
  /** 应发合计: the items of pay, the penalty not taken off (it is a deduction). */
  earningsTotal: string;
  iit: string;
  net: string;
}

export interface ExamplePayroll {
  /** Totals and pool, the shape the view shows after a run in Excel. */
  figures: PayrollFigures;
  people: ExamplePerson[];
  /** The example's own gross margin for the month (used when none is typed). */
  exampleMargin: string;
  /** The pane's settings or roles did not pass the engine's checks: the defaults and the catalogue were used. */
  usedDefaults: boolean;
}

/** null for a month that is not YYYY-MM. `grossMargin` (already checked as an amount) replaces the example's. */
export function examplePayroll(month: string, grossMargin: string | null, settings: SettingsDraft, roles: readonly RoleDraft[], lang: Lang): ExamplePayroll | null {
  if (!isMonth(month)) return null;
  const example = exampleTeamConfig(month);
  const months = example.months.map((m) => (m.month === month && grossMargin !== null ? { ...m, grossMargin } : m));
  const exampleMargin = example.months.find((m) => m.month === month)!.grossMargin;
  // The example sets only the funnel's AOV and conversion rate, which payroll does not read.
  const withPane = parseConfig({ settings: settingsToRaw(settings), roles: roles.map(roleToRaw), staff: example.staff, months });
  const parsed = withPane.ok ? withPane : parseConfig({ ...example, months });
  if (!parsed.ok) return null; // the example itself always passes (test/taskpane/examplePayroll.test.ts)
  const r = computePayroll(parsed.config, month);
  const warnings: CommandMessage[] = r.warnings.map((w) => ({ level: "warning", code: w.code, text: formatMessage(w.code, w.params, lang) }));
  return {
    figures: { ...payrollSummary(r), warnings },
    people: r.employees.map((e) => ({ id: e.id, name: e.name, role: e.role, earningsTotal: money(e.earningsTotal), iit: money(e.iit), net: money(e.net) })),
    exampleMargin,
    usedDefaults: !withPane.ok,
  };
}
