import { defaultEngineSettings } from "../defaults";
import { catalogueRoles, findRole, fixedBase } from "../roles";
import { ZERO } from "../money";
import type { Config, MonthInput, Role, Settings, Staff, Warning } from "../types";
import type { ConfigInput } from "./schema";
import { linkRehires } from "./rehire";
import { SHARE_DECIMALS, shareFitsSheet } from "../pool";
import { weightDecimalsProblems } from "../targets/weights";

/**
 * Turns a checked config into engine inputs: fills defaults and checks what refers to what.
 * Returns the problems found (errors: the run must stop) next to the config.
 */
export function resolveConfig(input: ConfigInput): { config: Config; errors: Warning[] } {
  const errors: Warning[] = [];
  const err = (code: string, where: string, params: Record<string, string> = {}) =>
    errors.push({ code, params, where });

  const settings = resolveSettings(input.settings ?? {}, err);
  const roles = input.roles ? resolveRoles(input.roles, err) : catalogueRoles();
  const staff = resolveStaff(input.staff ?? [], roles, err);
  errors.push(...linkRehires(staff));
  const months = resolveMonths(input.months ?? [], staff, err);
  return { config: { settings, roles, staff, months }, errors };
}

type Report = (code: string, where: string, params?: Record<string, string>) => void;

function resolveSettings(s: NonNullable<ConfigInput["settings"]>, err: Report): Settings {
  const d = defaultEngineSettings();
  const si = s.socialInsurance ?? {};
  const hf = s.housingFund ?? {};
  const t = s.targets ?? {};
  const settings: Settings = {
    poolRate: s.poolRate ?? d.poolRate,
    paidDaysPerMonth: s.paidDaysPerMonth ?? d.paidDaysPerMonth,
    basicDeduction: s.basicDeduction ?? d.basicDeduction,
    socialInsurance: {
      baseFloor: si.baseFloor ?? d.socialInsurance.baseFloor,
      baseCeiling: si.baseCeiling ?? d.socialInsurance.baseCeiling,
      employee: { ...d.socialInsurance.employee, ...defined(si.employee ?? {}) },
      employer: { ...d.socialInsurance.employer, ...defined(si.employer ?? {}) },
    },
    housingFund: { ...d.housingFund, ...defined(hf) },
    taxTable: s.taxTable ?? d.taxTable,
    targets: {
      aov: t.aov === undefined ? d.targets.aov : t.aov,
      cvr: t.cvr === undefined ? d.targets.cvr : t.cvr,
      weekdayWeights: t.weekdayWeights ?? d.targets.weekdayWeights,
      events: t.events ? t.events.map((e) => ({ date: e.date, factor: e.factor, name: e.name ?? e.date })) : d.targets.events,
      holidayFactor: t.holidayFactor ?? d.targets.holidayFactor,
    },
  };
  const { socialInsurance: siv, housingFund: hfv, targets } = settings;
  if (siv.baseFloor.greaterThan(siv.baseCeiling))
    err("config.floorAboveCeiling", "settings.socialInsurance", { floor: siv.baseFloor.toString(), ceiling: siv.baseCeiling.toString() });
  if (hfv.baseFloor.greaterThan(hfv.baseCeiling))
    err("config.floorAboveCeiling", "settings.housingFund", { floor: hfv.baseFloor.toString(), ceiling: hfv.baseCeiling.toString() });
  if (!taxTableIsOrdered(settings)) err("config.taxTableOrder", "settings.taxTable");
  if (targets.weekdayWeights.length !== 7)
    err("config.weekdayWeights", "settings.targets.weekdayWeights", { count: String(targets.weekdayWeights.length) });
  else if (targets.weekdayWeights.every((w) => w.isZero())) err("config.weightsAllZero", "settings.targets.weekdayWeights");
  // One factor per date: the workbook looks a day's event up by its date, so a second one would be lost.
  targets.events.forEach((e, i) => {
    if (targets.events.findIndex((x) => x.date === e.date) < i) err("config.eventDuplicate", `settings.targets.events[${i}].date`, { date: e.date });
  });
  for (const p of weightDecimalsProblems(targets)) err(p.code, p.where, p.params);
  return settings;
}

function taxTableIsOrdered({ taxTable }: Settings): boolean {
  if (taxTable.length === 0) return false;
  return taxTable.every((b, i) => {
    const last = i === taxTable.length - 1;
    if (last) return b.upTo === null;
    const prev = i > 0 ? taxTable[i - 1]!.upTo : null;
    return b.upTo !== null && (prev === null || b.upTo.greaterThan(prev));
  });
}

/** Drops keys whose value is undefined, so spreading over defaults keeps the defaults. */
function defined<T extends object>(o: T): { [K in keyof T]-?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as never;
}

function resolveRoles(input: NonNullable<ConfigInput["roles"]>, err: Report): Role[] {
  const seen = new Set<string>();
  return input.map((r, i) => {
    const where = `roles[${i}]`;
    if (seen.has(r.id)) err("roles.duplicate", `${where}.id`, { id: r.id });
    seen.add(r.id);
    const baseMin = r.baseMin ?? null;
    const baseMax = r.baseMax === undefined ? baseMin : r.baseMax;
    if (baseMin !== null && baseMax !== null && baseMin.greaterThan(baseMax))
      err("roles.baseRange", `${where}.baseMin`, { min: baseMin.toString(), max: baseMax.toString() });
    if (r.share != null && !shareFitsSheet(r.share)) err("roles.shareDecimals", `${where}.share`, { value: r.share.toString(), max: String(SHARE_DECIMALS) });
    return {
      id: r.id,
      nameZh: r.nameZh ?? r.id,
      nameEn: r.nameEn ?? r.id,
      headcount: r.headcount ?? 1,
      baseMin,
      baseMax,
      share: r.share ?? null,
      shareBasis: r.shareBasis ?? "perPerson",
      roomAndBoard: r.roomAndBoard ?? false,
      insured: r.insured ?? true,
    };
  });
}

function resolveStaff(input: NonNullable<ConfigInput["staff"]>, roles: Role[], err: Report): Staff[] {
  const seen = new Set<string>();
  const known = roles.map((r) => r.id).join(", ");
  return input.map((p, i) => {
    const where = `staff[${i}]`;
    const id = p.id ?? `S${i + 1}`;
    if (seen.has(id)) err("staff.duplicate", `${where}.id`, { id });
    seen.add(id);
    const role = findRole(roles, p.role);
    if (!role) err("staff.unknownRole", `${where}.role`, { role: p.role, known });
    const startDate = p.startDate ?? null;
    const endDate = p.endDate ?? null;
    if (startDate !== null && endDate !== null && endDate < startDate)
      err("staff.endBeforeStart", `${where}.endDate`, { start: startDate, end: endDate });
    const o = p.opening ?? null;
    return {
      id,
      name: p.name ?? id,
      role: role?.id ?? p.role,
      base: p.base === undefined ? (role ? fixedBase(role) : null) : p.base,
      contributionBase: p.contributionBase ?? null,
      specialAdditionalDeduction: p.specialAdditionalDeduction ?? ZERO,
      startDate,
      endDate,
      sameAs: p.sameAs ?? null,
      opening:
        o === null
          ? null
          : {
              months: o.months ?? 0,
              gross: o.gross ?? ZERO,
              insurance: o.insurance ?? ZERO,
              specialAdditionalDeduction: o.specialAdditionalDeduction ?? ZERO,
              taxWithheld: o.taxWithheld ?? ZERO,
            },
    };
  });
}

function resolveMonths(input: NonNullable<ConfigInput["months"]>, staff: Staff[], err: Report): MonthInput[] {
  const seen = new Set<string>();
  const byId = new Map(staff.map((s) => [s.id, s]));
  const byName = new Map(staff.map((s) => [s.name, s]));
  return input.map((m, i) => {
    const where = `months[${i}]`;
    if (seen.has(m.month)) err("months.duplicate", `${where}.month`, { month: m.month });
    seen.add(m.month);
    const entered = new Set<string>();
    const entries = (m.entries ?? []).map((e, j) => {
      const person = byId.get(e.staff) ?? byName.get(e.staff);
      if (!person) err("months.unknownStaff", `${where}.entries[${j}].staff`, { staff: e.staff });
      const id = person?.id ?? e.staff;
      if (entered.has(id)) err("months.duplicateEntry", `${where}.entries[${j}]`, { staff: e.staff, month: m.month });
      entered.add(id);
      return { staff: id, reward: e.reward ?? ZERO, penalty: e.penalty ?? ZERO, paidDays: e.paidDays ?? null };
    });
    return { month: m.month, grossMargin: m.grossMargin ?? null, salesTarget: m.salesTarget ?? null, entries };
  });
}
