import { defaultEngineSettings } from "../defaults";
import { catalogueRoles, fixedBase, idKey, roleKey } from "../roles";
import { ZERO } from "../money";
import type { Config, MonthEntry, MonthInput, Role, Settings, Staff, Warning } from "../types";
import type { ConfigInput } from "./schema";
import type { BonusTaxation } from "../tax/annualBonus";
import type { Lenient } from "./lenient";
import { openingProblems } from "./openings";
import { linkRehires } from "./rehire";
import { spreadLimitProblem } from "./spreadLimit";
import { SHARE_DECIMALS, shareFitsSheet } from "../pool";
import { weightDecimalsProblems } from "../targets/weights";
import { getPath, setPath } from "./pathTypes";
import { SETTING_FIELDS, type SettingField } from "./settingFields";
import type { MessageCode } from "../../data/messages";
import { checkPersonal, personalProblems } from "./personal";
import { buildHolidayCalendar, parseCalendarYears, type HolidayCalendar } from "../holidayCalendar";
import { readProfiles } from "../insurance/select";
import { parseDeductions } from "../tax/deductionEntries";

/** What resolve reads: a checked config, or the lenient reading of a refused one (./lenient.ts). */
type Input = Lenient<ConfigInput>;

/**
 * Turns a checked config into engine inputs: fills defaults and checks what refers to what.
 * Returns the problems found (errors: the run must stop) next to the config.
 */
export function resolveConfig(input: Input): { config: Config; errors: Warning[] } {
  const errors: Warning[] = [];
  const err = (code: MessageCode, where: string, params: Record<string, string> = {}) =>
    errors.push({ code, params, where });

  // The user's holiday years first: a day weight's decimals depend on which days are holidays.
  const calendar = parseCalendarYears(input.calendar, "calendar");
  errors.push(...calendar.problems);
  const settings = resolveSettings(input.settings ?? {}, err, buildHolidayCalendar(calendar.years));
  const roles = input.roles ? resolveRoles(input.roles, err) : catalogueRoles();
  const placed = resolveStaff(input.staff ?? [], roles, err);
  errors.push(...linkRehires(placed));
  errors.push(...personalProblems(placed));
  const months = resolveMonths(input.months ?? [], placed, err);
  const { profiles: insuranceProfiles, problems: profileProblems } = readProfiles(input.insuranceProfiles, settings.insuranceProfile ?? null);
  errors.push(...profileProblems);
  months.forEach((m) => {
    const problem = m.salesTarget === null ? null : spreadLimitProblem(m.salesTarget, settings.targets);
    const i = (input.months ?? []).findIndex((x) => x?.month === m.month);
    if (problem) err(problem.code, `months[${i}].salesTarget`, problem.params);
  });
  const config: Config = { settings, roles, staff: placed.map((p) => p.staff), months };
  if (calendar.years.length > 0) config.calendar = calendar.years;
  if (insuranceProfiles.length > 0) config.insuranceProfiles = insuranceProfiles;
  return { config, errors };
}


type Report = (code: MessageCode, where: string, params?: Record<string, string>) => void;

function resolveSettings(s: NonNullable<Input["settings"]>, err: Report, calendar: HolidayCalendar): Settings {
  const d = defaultEngineSettings();
  const t = s.targets ?? {};
  // Every single setting: as given, else its default. Null is "none" where a setting may be none;
  // elsewhere it was refused by the schema, and its lenient reading (null) falls back to the default.
  const resolved: Record<string, unknown> = {};
  for (const f of SETTING_FIELDS as readonly SettingField[]) {
    const given = getPath(s, f.path);
    const none = f.nullable === true ? given === undefined : given === undefined || given === null;
    setPath(resolved, f.path, none ? getPath(d, f.path) : given);
  }
  resolved.taxTable = s.taxTable ? s.taxTable.map((b) => ({ upTo: b?.upTo ?? null, rate: b?.rate ?? ZERO, quickDeduction: b?.quickDeduction ?? ZERO })) : d.taxTable;
  setPath(resolved, "targets.weekdayWeights", t.weekdayWeights ? t.weekdayWeights.map((w) => w ?? ZERO) : d.targets.weekdayWeights);
  setPath(
    resolved,
    "targets.events",
    t.events ? t.events.flatMap((e) => (e?.date === undefined || e.factor === undefined ? [] : [{ date: e.date, factor: e.factor, name: e.name ?? e.date }])) : d.targets.events,
  );
  // Field by field from the registry the Settings type is derived from, each value checked by its leaf schema.
  const settings = resolved as unknown as Settings;
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
  for (const p of weightDecimalsProblems(targets, undefined, calendar)) err(p.code, p.where, p.params);
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

/** Two ids that Excel's lookups (and a reader) take for one: case and full/half width ignored. */
function firstWith<T>(seen: Map<string, T>, key: string, value: T): T | undefined {
  const before = seen.get(key);
  if (before === undefined) seen.set(key, value);
  return before;
}

function resolveRoles(input: NonNullable<Input["roles"]>, err: Report): Role[] {
  const seen = new Map<string, number>();
  return input.flatMap((r, i) => {
    const where = `roles[${i}]`;
    if (r?.id === undefined) return []; // refused by the schema: reported there
    const twin = firstWith(seen, roleKey(r.id), i);
    if (twin !== undefined) err("roles.duplicate", `${where}.id`, { id: r.id, other: input[twin]?.id ?? "", at: `roles[${twin}]` });
    const baseMin = r.baseMin ?? null;
    const baseMax = r.baseMax === undefined ? baseMin : r.baseMax;
    if (baseMin !== null && baseMax !== null && baseMin.greaterThan(baseMax))
      err("roles.baseRange", `${where}.baseMin`, { min: baseMin.toString(), max: baseMax.toString() });
    if (r.share != null && !shareFitsSheet(r.share)) err("roles.shareDecimals", `${where}.share`, { value: r.share.toString(), max: String(SHARE_DECIMALS) });
    if (twin !== undefined) return []; // the first one is the role: staff naming it are not also "ambiguous"
    return [
      {
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
      },
    ];
  });
}

/**
 * The role a staff row names, by id, Chinese or English name (ignoring case and width). A word that
 * names two roles — one's id and another's name, or two roles' names — is refused: which one was
 * meant is the user's to say, with the id.
 */
function roleFor(roles: readonly Role[], given: string, where: string, err: Report): Role | undefined {
  const k = roleKey(given);
  const matches = roles.filter((r) => roleKey(r.id) === k || roleKey(r.nameZh) === k || roleKey(r.nameEn) === k);
  if (matches.length > 1) {
    err("staff.ambiguousRole", where, { role: given, ids: matches.map((r) => r.id).join(", ") });
    return undefined;
  }
  // In Chinese the roles by their Chinese names (taken as well as ids): a catalogue role's id is an English code.
  if (matches.length === 0) err("staff.unknownRole", where, { role: given, known: roles.map((r) => r.id).join(", "), knownZh: roles.map((r) => r.nameZh).join("、") });
  return matches[0];
}

/** Staff with their place in the config's list (a refused row is a hole, so places stay right). */
interface Placed {
  index: number;
  staff: Staff;
}

function resolveStaff(input: NonNullable<Input["staff"]>, roles: Role[], err: Report): Placed[] {
  const seen = new Map<string, number>();
  return input.flatMap((p, i) => {
    if (p === undefined) return [];
    const where = `staff[${i}]`;
    const id = p.id ?? `S${i + 1}`;
    const twin = firstWith(seen, idKey(id), i);
    if (twin !== undefined) err("staff.duplicate", `${where}.id`, { id, other: input[twin]?.id ?? `S${twin + 1}`, at: `staff[${twin}]` });
    const role = p.role === undefined ? undefined : roleFor(roles, p.role, `${where}.role`, err);
    const startDate = p.startDate ?? null;
    const endDate = p.endDate ?? null;
    if (startDate !== null && endDate !== null && endDate < startDate)
      err("staff.endBeforeStart", `${where}.endDate`, { start: startDate, end: endDate });
    const o = p.opening ?? null;
    const opening =
      o === null
        ? null
        : {
            months: o.months ?? 0,
            gross: o.gross ?? ZERO,
            insurance: o.insurance ?? ZERO,
            specialAdditionalDeduction: o.specialAdditionalDeduction ?? ZERO,
            taxWithheld: o.taxWithheld ?? ZERO,
          };
    if (opening !== null) for (const problem of openingProblems(opening)) err(problem.code, `${where}.opening`, problem.params);
    const staff: Staff = {
      id,
      name: p.name ?? id,
      role: role?.id ?? p.role ?? "",
      base: p.base === undefined ? (role ? fixedBase(role) : null) : p.base,
      contributionBase: p.contributionBase ?? null,
      specialAdditionalDeduction: p.specialAdditionalDeduction ?? ZERO,
      startDate,
      endDate,
      sameAs: p.sameAs ?? null,
      opening,
      ...personalData(p, where, err),
      ...taxpayerData(p, where, err),
    };
    return [{ index: i, staff }];
  });
}

/**
 * A staff row's special-taxpayer flags and deductions by category (issue 13), only the keys given. Every
 * problem of a deduction item is an error, named by its item (`staff[2].deductions[1].amount`): an item
 * left out would change the tax without a word.
 */
function taxpayerData(p: NonNullable<NonNullable<Input["staff"]>[number]>, where: string, err: Report): Partial<Staff> {
  const out: Partial<Staff> = {};
  // Neither flag set is no special taxpayer: a workbook's blank or 否 cells read back as the file left them out.
  if (p.iit?.previousYearUnder60k === true || p.iit?.firstJobThisYear === true) out.iit = { previousYearUnder60k: p.iit.previousYearUnder60k ?? false, firstJobThisYear: p.iit.firstJobThisYear ?? false };
  if (p.deductions !== undefined && p.deductions !== null) {
    const parsed = parseDeductions(p.deductions, `${where}.deductions`);
    for (const problem of parsed.problems) err(problem.code, problem.where, problem.params);
    out.deductions = parsed.entries;
  }
  return out;
}

/** A staff row's nickname and personal data, checked (./personal.ts), only the keys given. */
function personalData(p: NonNullable<NonNullable<Input["staff"]>[number]>, where: string, err: Report): Partial<Staff> {
  const out: Partial<Staff> = {};
  if (p.nickname !== undefined) out.nickname = p.nickname;
  if (p.bank !== undefined) out.bank = p.bank;
  const checked = checkPersonal({ idType: p.idType ?? null, idNumber: p.idNumber ?? null, bankAccount: p.bankAccount ?? null });
  for (const problem of checked.problems) err(problem.code, `${where}.${problem.field}`, problem.params);
  if (p.idType !== undefined || checked.idType !== null) out.idType = checked.idType;
  if (p.idNumber !== undefined) out.idNumber = checked.idNumber;
  if (p.bankAccount !== undefined) out.bankAccount = checked.bankAccount;
  return out;
}

/**
 * The person an entry names: by id (ignoring case and width, as Excel's lookups do) or by name. A
 * word that names two people — two staff called 王五, or one's id and another's name — is refused
 * rather than paid to whichever comes last.
 */
function personFor(staff: readonly Placed[], given: string, where: string, err: Report): Staff | undefined {
  const k = idKey(given);
  // A duplicated id is reported with the staff; here it is one person, not two.
  const matches = staff.filter((p, i) => (idKey(p.staff.id) === k || p.staff.name === given) && staff.findIndex((q) => idKey(q.staff.id) === idKey(p.staff.id)) === i);
  if (matches.length > 1) {
    err("months.ambiguousStaff", where, { staff: given, ids: matches.map((p) => p.staff.id).join(", ") });
    return undefined;
  }
  if (matches.length === 0) err("months.unknownStaff", where, { staff: given });
  return matches[0]?.staff;
}

function resolveMonths(input: NonNullable<Input["months"]>, staff: Placed[], err: Report): MonthInput[] {
  const seen = new Set<string>();
  return input.flatMap((m, i) => {
    const month = m?.month;
    if (month === undefined) return [];
    const where = `months[${i}]`;
    if (seen.has(month)) err("months.duplicate", `${where}.month`, { month });
    seen.add(month);
    const entered = new Set<string>();
    const entries = (m?.entries ?? []).flatMap((e, j) => {
      if (e?.staff === undefined) return [];
      const person = personFor(staff, e.staff, `${where}.entries[${j}].staff`, err);
      const id = person?.id ?? e.staff;
      if (entered.has(idKey(id))) err("months.duplicateEntry", `${where}.entries[${j}]`, { staff: e.staff, month });
      entered.add(idKey(id));
      return [{ staff: id, reward: e.reward ?? ZERO, penalty: e.penalty ?? ZERO, paidDays: e.paidDays ?? null, ...attendanceOf(e), annualBonus: e.annualBonus ?? ZERO, annualBonusTaxation: (e.annualBonusTaxation ?? null) as BonusTaxation | null, base: e.base ?? null }];
    });
    return [{ month, grossMargin: m?.grossMargin ?? null, salesTarget: m?.salesTarget ?? null, entries }];
  });
}

/** An entry's overtime, leave and allowances (issue 13), 0 and none where not given. */
function attendanceOf(e: NonNullable<NonNullable<NonNullable<NonNullable<Input["months"]>[number]>["entries"]>[number]>): Pick<MonthEntry, "overtimeHours" | "leaveDays" | "allowances"> {
  const listed: MonthEntry["allowances"] = (e.allowances ?? []).flatMap((a) =>
    a?.name === undefined || a.amount === undefined ? [] : [a.taxable === undefined ? { name: a.name, amount: a.amount, taxable: true, taxableAssumed: true as const } : { name: a.name, amount: a.amount, taxable: a.taxable }],
  );
  // The workbook's two sums, named by the column they come from.
  const totals = e.allowanceTotals;
  if (totals?.taxable !== undefined && !totals.taxable.isZero()) listed.push({ name: "allowanceTotals.taxable", amount: totals.taxable, taxable: true });
  if (totals?.exempt !== undefined && !totals.exempt.isZero()) listed.push({ name: "allowanceTotals.exempt", amount: totals.exempt, taxable: false });
  return {
    overtimeHours: { workday: e.overtimeHours?.workday ?? ZERO, restDay: e.overtimeHours?.restDay ?? ZERO, holiday: e.overtimeHours?.holiday ?? ZERO },
    leaveDays: { unpaid: e.leaveDays?.unpaid ?? ZERO, sick: e.leaveDays?.sick ?? ZERO },
    allowances: listed,
  };
}
