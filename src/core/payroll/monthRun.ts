import type { Month } from "../calendar";
import { ZERO as ZEROImport } from "../money";
import { allocatePool, holdersByRole, type PoolSummary } from "../pool";
import type { Config, MonthEntry, MonthInput, Warning } from "../types";
import { defaultPaidDays as defaultPaidDaysImport, type DefaultPaidDays } from "./employment";
import { keepPay as keepPayImport, repeatedPay as repeatedPayImport, type RepeatedPays } from "./repeatPay";
import { onlyBase as onlyBaseImport } from "./monthBase";
import { monthPay as monthPayImport, personParams as personParamsImport, type MonthPay } from "./month";
import { complianceMayWarn as complianceMayWarnImport, complianceWarnings as complianceWarningsImport } from "./compliance";
import { calendarOf, coverageWarnings, holidayOvertimeWarnings as holidayOvertimeWarningsImport } from "../holidayCalendar";
import { monthProfile } from "../insurance/select";
import { laneFen } from "./fenLane";

// The imported bindings a line uses, read once, not at every use (under tsx each read is two getters: ./fenLane.ts).
const ZERO = ZEROImport;
const defaultPaidDays = defaultPaidDaysImport;
const keepPay = keepPayImport;
const repeatedPay = repeatedPayImport;
const onlyBase = onlyBaseImport;
const monthPay = monthPayImport;
const personParams = personParamsImport;
const complianceMayWarn = complianceMayWarnImport;
const complianceWarnings = complianceWarningsImport;
const holidayOvertimeWarnings = holidayOvertimeWarningsImport;

/** One month's payroll before income tax: the pool, then every person employed in the month. */
export interface MonthRun {
  month: Month;
  /** The month's input row; undefined when config.months has none (computed with defaults). */
  input: MonthInput | undefined;
  pool: PoolSummary;
  people: MonthPay[];
  warnings: Warning[];
  /** What makes the month unpayable as entered (each with its config path): the run must stop. */
  errors: Warning[];
}

/**
 * The month's entries by staff id. An entry for someone not on the month's payroll (unknown id, or
 * not employed in the month) would silently vanish, so it is reported; so is a second entry for the
 * same person (the first one counts).
 */
interface PlacedEntry {
  entry: MonthEntry;
  /** Its config path, by the month's index in config.months: `months[2].entries[0]`. */
  where: string;
}

function entriesByStaff(input: MonthInput, monthIndex: number, onPayroll: ReadonlySet<string>): { entries: Map<string, PlacedEntry>; warnings: Warning[] } {
  const entries = new Map<string, PlacedEntry>();
  const warnings: Warning[] = [];
  input.entries.forEach((entry, i) => {
    const where = `months[${input.month}].entries[${i}]`;
    const params = { month: input.month, staff: entry.staff };
    if (!onPayroll.has(entry.staff)) warnings.push({ code: "payroll.entryIgnored", params, where });
    else if (entries.has(entry.staff)) warnings.push({ code: "payroll.entryDuplicate", params, where });
    else entries.set(entry.staff, { entry, where: `months[${monthIndex}].entries[${i}]` });
  });
  return { entries, warnings };
}

/** A month of the chain with no input row: computed with defaults, and it changes later months' tax. */
export function monthMissing(month: Month): Warning {
  return { code: "history.monthMissing", params: { month }, where: `months[${month}]` };
}

/**
 * One month's payroll before income tax. `kept` is the payroll year's kept months (./repeatPay.ts): a
 * person's month without an entry is made from the last one with this month's commission when nothing
 * else it reads has changed.
 */
export function runMonth(config: Config, month: Month, kept: RepeatedPays = []): MonthRun {
  const monthIndex = config.months.findIndex((m) => m.month === month);
  const input = config.months[monthIndex];
  const calendar = calendarOf(config);
  // On the payroll: everyone employed on at least one day of the month, with their paid days by default
  // (null: not employed), by Staff record index — one array a month, not an object a person (issue 15).
  const fullOrWorkedOf: (DefaultPaidDays | null)[] = [];
  const employedIds = new Set<string>();
  const employedRoles: string[] = [];
  config.staff.forEach((staff, staffIndex) => {
    const fullOrWorked = defaultPaidDays(staff, month, config.settings.paidDaysPerMonth, calendar);
    fullOrWorkedOf[staffIndex] = fullOrWorked;
    if (fullOrWorked === null) return;
    employedIds.add(staff.id);
    employedRoles.push(staff.role);
  });

  const warnings: Warning[] = input === undefined ? [monthMissing(month)] : [];
  // Once a month, not once a person: a year outside the holiday calendar, the city profile's period.
  warnings.push(...coverageWarnings(calendar, month, "calendar"));
  const insurance = monthProfile(config, month);
  warnings.push(...insurance.warnings);

  // Holders of a role are the people of that role on this month's payroll, joiners and leavers included.
  const holders = holdersByRole(employedRoles);

  const allocation = allocatePool({
    month,
    grossMargin: input?.grossMargin ?? null,
    rate: config.settings.poolRate,
    roles: config.roles,
    holders,
    marginKnownMissing: input === undefined,
  });
  warnings.push(...allocation.warnings);

  const { entries, warnings: entryWarnings } =
    input === undefined ? { entries: new Map<string, PlacedEntry>(), warnings: [] } : entriesByStaff(input, monthIndex, employedIds);
  warnings.push(...entryWarnings);

  const people: MonthPay[] = [];
  const errors: Warning[] = [];
  // Once a month, not once a line (issue 15): each role's place in config.roles (the first of an id, as
  // findIndex gives it), its commission in whole fen, the minimum wage in whole fen.
  const roleIndexOf = new Map<string, number>();
  config.roles.forEach((r, i) => {
    if (!roleIndexOf.has(r.id)) roleIndexOf.set(r.id, i);
  });
  const commissionFen = new Map([...allocation.commissionByRole].map(([id, c]) => [id, laneFen(c)]));
  const minimumFen = laneFen(config.settings.minimumWage.monthly);
  const paidDaysPerMonth = config.settings.paidDaysPerMonth;
  config.staff.forEach((staff, staffIndex) => {
    const fullOrWorked = fullOrWorkedOf[staffIndex];
    if (fullOrWorked == null) return;
    const roleIndex = roleIndexOf.get(staff.role) ?? -1;
    const role = config.roles[roleIndex];
    const placed = entries.get(staff.id);
    // One object a line for every message about the person, and only for a line that may have one (issue 15).
    let who: Record<string, string> | undefined;
    const commission = role === undefined ? ZERO : (allocation.commissionByRole.get(role.id) ?? ZERO);
    const fenOfCommission = role === undefined ? 0 : (commissionFen.get(role.id) ?? 0);
    // An entry with nothing but the month's base (a closed month read back: ./monthBase.ts) pays as no entry on that base.
    const baseOnly = placed !== undefined && onlyBase(placed.entry);
    const repeatable = (placed === undefined || baseOnly) && !fullOrWorked.derived;
    const base = placed?.entry.base ?? staff.base;
    let pay = repeatable ? repeatedPay(kept, staffIndex, fullOrWorked.paidDays, role, commission, fenOfCommission, insurance.period, base) : undefined;
    if (pay === undefined) {
      const result = monthPay({
        staff,
        staffIndex,
        role,
        month,
        entry: placed?.entry,
        entryWhere: placed?.where ?? null,
        fullOrWorked,
        commission,
        commissionFen: fenOfCommission,
        settings: config.settings,
        who: (who ??= personParams(staff, month)),
        insurancePeriod: insurance.period,
      });
      pay = result.pay;
      const quiet = result.warnings.length === 0 && result.errors.length === 0;
      keepPay(kept, staffIndex, repeatable && quiet ? pay : null, fullOrWorked.paidDays, role, insurance.period, base);
      // A spread of an empty list still costs a call: most lines have nothing to say (issue 15).
      if (result.warnings.length > 0) warnings.push(...result.warnings);
      if (result.errors.length > 0) errors.push(...result.errors);
    }
    people.push(pay);
    if (placed) warnings.push(...holidayOvertimeWarnings(calendar, month, placed.entry.overtimeHours.holiday, `${placed.where}.overtimeHours.holiday`, (who ??= personParams(staff, month))));
    if (complianceMayWarn(pay, staff, role, month, baseOnly ? undefined : placed?.entry, minimumFen, paidDaysPerMonth)) {
      const compliance = complianceWarnings({ pay, staff, staffIndex, role, roleIndex, month, entry: placed?.entry, entryWhere: placed?.where ?? null, settings: config.settings, who: (who ??= personParams(staff, month)), minimumFen });
      if (compliance.length > 0) warnings.push(...compliance);
    }
  });

  return { month, input, pool: allocation.summary, people, warnings, errors };
}
