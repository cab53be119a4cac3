import { NO_LEAVE, NO_OVERTIME } from "../../../src/core/pay/attendance";
import { defaultEngineSettings } from "../../../src/core/defaults";
import { D, type Dec } from "../../../src/core/money";
import type { Config, MonthEntry, MonthInput, Role, Staff } from "../../../src/core/types";

/** Small builders for engine inputs: every test states only what it is about. */

export const d = (x: string | number): Dec => new D(x);

export function role(id: string, over: Partial<Role> = {}): Role {
  return {
    id,
    nameZh: id,
    nameEn: id,
    headcount: 1,
    baseMin: null,
    baseMax: null,
    share: null,
    shareBasis: "perPerson",
    roomAndBoard: false,
    insured: true,
    ...over,
  };
}

/** The source document's roles with the default reading of their shares. */
export const shopRoles: Role[] = [
  role("manager", { baseMin: d(3000), baseMax: d(50000), share: d("0.30"), shareBasis: "splitRole" }),
  role("promotion", { headcount: 2, baseMin: d(2500), baseMax: d(2500), share: d("0.08") }),
  role("designer", { baseMin: d(2500), baseMax: d(2500), share: d("0.08") }),
  role("service", { headcount: 3, baseMin: d(1800), baseMax: d(1800), share: d("0.08") }),
  role("shipping", { share: null }),
];

export function staff(id: string, roleId: string, over: Partial<Staff> = {}): Staff {
  return {
    id,
    name: id,
    role: roleId,
    base: null,
    contributionBase: null,
    specialAdditionalDeduction: d(0),
    startDate: null,
    endDate: null,
    sameAs: null,
    opening: null,
    ...over,
  };
}

export function monthInput(month: string, over: Partial<MonthInput> = {}): MonthInput {
  return { month, grossMargin: d(0), salesTarget: null, entries: [], ...over };
}

export function entry(staffId: string, over: Partial<Omit<MonthEntry, "staff">> = {}): MonthEntry {
  return { staff: staffId, reward: d(0), penalty: d(0), paidDays: null, overtimeHours: NO_OVERTIME, leaveDays: NO_LEAVE, allowances: [], annualBonus: d(0), annualBonusTaxation: null, base: null, ...over };
}

export function config(over: Partial<Config> = {}): Config {
  return { settings: defaultEngineSettings(), roles: shopRoles, staff: [], months: [], ...over };
}

/** Decimals as fixed two-place strings, so a failing assertion prints something readable. */
export const s2 = (x: Dec): string => x.toFixed(2);
