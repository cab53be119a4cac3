import type { Lang } from "../data/lang";
import { calendarDays, calendarOf, yearCovered, type HolidayCalendar } from "../core/holidayCalendar";
import type { IsoDate, Month } from "../core/calendar";
import { ZERO, type Dec } from "../core/money";
import type { Config } from "../core/types";
import { computePayrollYear, payLineInputs, type PayrollResult } from "../core/payroll";
import { holdersByRole } from "../core/pool";
import { monthProfile } from "../core/insurance/select";
import { spreadTarget, type TargetPlan } from "../core/targets";
import type { SheetSpec, WorkbookSpec } from "./spec";
import { settingsSheet } from "./sheets/settings";
import { rolesSheet } from "./sheets/roles";
import { staffSheet } from "./sheets/staff";
import { deductionsSheet } from "./sheets/deductions";
import { payrollSheet } from "./sheets/payroll";
import { payrollPositions } from "./sheets/payrollPositions";
import { slipsSheet } from "./sheets/slips";
import { cutTo, roleSheet } from "./sheets/roleSheet";
import { targetsSheet } from "./sheets/targets";
import { contentsSheet } from "./sheets/contents";
import { SHEET } from "./names";
import { wbText } from "./text";
import { shownRoleIds } from "./roleIds";

export interface BuiltWorkbook {
  spec: WorkbookSpec;
  /** What the engine computed for the same inputs: the figures the workbook's formulas must reproduce. */
  payroll: PayrollResult[];
  plan: TargetPlan;
  /** The workbook's months no holiday calendar covers (Settings says so above its Holidays table). */
  uncoveredMonths: Month[];
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
  /** The month's actual sales, orders and visitors (`shopsheet workbook --actuals`): written into the
   *  Targets sheet's actual columns, the rest of the target re-spread over the other days. */
  actuals?: MonthActuals;
  /** Years the workbook's Holidays table has rows of already: the table written keeps them. */
  holidayYears?: readonly number[];
  /**
   * The text each role's id cell in the workbook's Roles table holds, by id, where the command leaves those cells
   * as they are (readConfig's roleIdTexts): the role sheets' B3 and the payroll's role column show the same, as
   * their lookups match it against Roles[id]. A role not in it shows its id as a fresh Roles table would
   * (./roleIds.ts shownRoleId).
   */
  roleIdTexts?: ReadonlyMap<string, string>;
}

export interface MonthActuals {
  sales: ReadonlyMap<IsoDate, Dec>;
  orders: ReadonlyMap<IsoDate, number>;
  visitors: ReadonlyMap<IsoDate, number>;
}

export function buildWorkbook(config: Config, month: Month, lang: Lang, options: BuildOptions = {}): BuiltWorkbook {
  const payroll = computePayrollYear(config, month);
  const calendar = calendarOf(config);
  const holidays = workbookCalendar(calendar, [...payroll.map((r) => r.month), month], [...(config.calendar ?? []), ...(options.holidayYears ?? []).map((year) => ({ year }))]);
  const settings = settingsSheet(config.settings, lang, config.insuranceProfiles ?? [], holidays);
  const company = config.settings.companyName;
  const inputs = new Map(config.months.map((m) => [m.month, m]));

  // The role ids as the sheets show them (a catalogue role's Chinese key in a Chinese workbook: ./roleIds.ts).
  const fresh = shownRoleIds(config.roles, lang);
  const shownRoles = new Map(config.roles.map((r) => [r.id, options.roleIdTexts?.get(r.id) ?? fresh.get(r.id)!]));
  const lineInputs = payroll.map((result) => payLineInputs(config, result.employees, result.pool.pool, monthProfile(config, result.month).period, config.months.find((m) => m.month === result.month)));
  const positions = payrollPositions(config, payroll, lineInputs);
  const payrollSheets = payroll.map((result, i) =>
    payrollSheet({
      month: result.month,
      ids: result.employees.map((e) => e.id),
      input: inputs.get(result.month),
      earlier: payroll.slice(0, i).map((r) => r.month),
      lang,
      company: config.settings.companyName,
      computed: { result, inputs: lineInputs[i]!, positions: positions[i]!, shownRoles },
      bases: { settings: config.settings, period: monthProfile(config, result.month).period },
      closed: isClosed(result, month, inputs.get(result.month)),
    }),
  );
  const current = payroll[payroll.length - 1]!;
  const ids = current.employees.map((e) => e.id);

  const target = inputs.get(month)?.salesTarget ?? ZERO;
  const a = options.actuals;
  const actuals = a ? { actuals: a.sales, actualOrders: a.orders, actualVisitors: a.visitors } : {};
  const plan = spreadTarget({ month, target, settings: config.settings.targets, ...actuals, calendar });

  // The Roles sheet counts holders over the whole staff list; the role sheets show that count.
  const holders = holdersByRole(config.staff.map((s) => s.role));
  const roleSheets = config.roles.map((role) => {
    const members = current.employees.filter((e) => e.role === role.id);
    return roleSheet(role, members.map((e) => e.id), month, lang, { holders: holders.get(role.id) ?? 0, lines: members }, company, shownRoles.get(role.id));
  });

  const sheets: SheetSpec[] = [
    settings.sheet,
    rolesSheet(config.roles, lang, config.staff, company),
    staffSheet(config.staff, lang, config.roles, company),
    deductionsSheet(config.staff, lang, company),
    targetsSheet({ month, target, plan, lang, ...actuals, events: config.settings.targets.events, company }),
    ...payrollSheets,
    slipsSheet(month, ids, lang, { lines: current.employees, company: config.settings.companyName, payDay: config.settings.payDate, roleName: roleNameIn(config, lang) }),
  ];
  // The first sheet, where every other one is and what to do next, is named before the role sheets
  // (a role called 目录 gets a suffix, not the contents' tab).
  const contentsName = { name: wbText("wb.contents.sheet", lang) } as SheetSpec;
  sheets.push(...uniqueNames(roleSheets, [...sheets, contentsName]));
  sheets.unshift(contentsSheet(sheets, month, { lang, company }));
  const open = new Set<string>([SHEET.contents, settings.sheet.key, "roles", "staff", SHEET.deductions]);
  const finished = options.protect ? sheets.map((s) => (open.has(s.key) ? s : { ...s, protect: { allowFilter: true, allowSort: true, allowFormatColumns: true } })) : sheets;
  return { spec: { sheets: finished, names: settings.names, ...(lang === "zh-CN" ? { font: CHINESE_FONT } : {}) }, payroll, plan, uncoveredMonths: holidays.uncovered };
}

/**
 * A closed month keeps the base it was paid with (issue 15): every month before the workbook's, and the
 * workbook's own when its entries carry a base for everyone on its payroll — a closed month read back and
 * written again (a payroll run again for a month already followed by another) stays closed.
 */
function isClosed(result: PayrollResult, month: Month, input: Config["months"][number] | undefined): boolean {
  if (result.month < month) return true;
  const based = new Set((input?.entries ?? []).filter((e) => e.base !== null).map((e) => e.staff));
  return result.employees.length > 0 && result.employees.every((l) => based.has(l.id));
}

/**
 * The Holidays table's rows (issue 13): every day the calendar knows of the years the workbook's months
 * touch and of the user's own years (or the table's, kept), and the months no calendar covers (said above the table).
 */
export function workbookCalendar(calendar: HolidayCalendar, months: readonly Month[], userYears: readonly { year: number }[]): { days: ReturnType<typeof calendarDays>; uncovered: Month[] } {
  const years = [...months.map((m) => Number(m.slice(0, 4))), ...userYears.map((y) => y.year)];
  const uncovered = [...new Set(months)].filter((m) => !yearCovered(calendar, Number(m.slice(0, 4)))).sort();
  return { days: calendarDays(calendar, years), uncovered };
}

/**
 * The body font of a Chinese workbook: 等线 (DengXian), Office's own for simplified Chinese — the
 * theme's Hans font in Office's theme, and the default font (charset 134, GB2312) of a workbook a
 * Chinese Excel saves. An English workbook keeps Calibri.
 */
export const CHINESE_FONT = { name: "等线", charset: 134, script: "Hans" } as const;

/** A role's name in the workbook's language, by id (the id itself for a role not in the config). */
export function roleNameIn(config: Pick<Config, "roles">, lang: Lang): (roleId: string) => string {
  const names = new Map(config.roles.map((r) => [r.id, lang === "zh-CN" ? r.nameZh : r.nameEn]));
  return (id) => names.get(id) || id;
}

/**
 * Tab names are compared the way Excel compares them, ignoring case; full/half width is folded too,
 * to be safe (two tabs that look alike are confusing even where Excel tells them apart).
 */
const tabKey = (name: string) => name.normalize("NFKC").toLowerCase();

/**
 * Role sheets are named after roles; a name another sheet has (two roles with one name, names
 * alike in their first 31 characters, a role called 设置) or Excel's reserved "History" gets a
 * suffix " (2)", " (3)" …, the name cut so that the whole stays within 31 characters.
 */
export function uniqueNames(sheets: SheetSpec[], others: SheetSpec[]): SheetSpec[] {
  const taken = new Set(["history", ...others.map((s) => tabKey(s.name))]);
  return sheets.map((s) => {
    let name = s.name;
    for (let n = 2; taken.has(tabKey(name)); n++) {
      const suffix = ` (${n})`;
      name = `${cutTo(s.name, 31 - suffix.length).replace(/\s+$/, "")}${suffix}`;
    }
    taken.add(tabKey(name));
    return { ...s, name };
  });
}
