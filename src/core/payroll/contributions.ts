import { ZERO, clamp, round2, sum, type Dec } from "../money";
import type { HousingFundSettings, SocialInsuranceSettings, Staff } from "../types";
import type { InsuranceType, ProfilePeriod } from "../insurance/profiles";
import { roundContribution, type ContributionRounding } from "../insurance/rounding";
import { laneFen } from "./fenLane";

/**
 * Social insurance (五险) and housing fund (公积金). Every component is rounded on its own, as a
 * payslip prints it, and the totals are sums of the rounded parts (not a rounded sum of rates).
 */

/** The person's base clamped to the city's floor and ceiling: MIN(MAX(x, floor), ceiling). */
export function contributionBase(x: Dec, floor: Dec | null, ceiling: Dec | null): Dec {
  return clamp(x, floor, ceiling);
}

/** ROUND(base × rate, 2): one component of a contribution. */
export function contributionPart(base: Dec, rate: Dec): Dec {
  return round2(base.times(rate));
}

/** Employee part: pension + medical + unemployment, each rounded. */
export function employeeSocialInsurance(base: Dec, rates: SocialInsuranceSettings["employee"]): Dec {
  return sum([rates.pension, rates.medical, rates.unemployment].map((r) => contributionPart(base, r)));
}

/** The employee's parts one by one, as a 工资表 and a slip list them (养老、医疗、失业), and their sum. */
export function employeeParts(base: Dec, rates: SocialInsuranceSettings["employee"]): Pick<Contributions, "pension" | "medical" | "unemployment" | "socialInsurance"> {
  const pension = contributionPart(base, rates.pension);
  const medical = contributionPart(base, rates.medical);
  const unemployment = contributionPart(base, rates.unemployment);
  return { pension, medical, unemployment, socialInsurance: sum([pension, medical, unemployment]) };
}

/** Employer part: pension + medical + unemployment + work injury, each rounded. */
export function employerSocialInsurance(base: Dec, rates: SocialInsuranceSettings["employer"]): Dec {
  return sum([rates.pension, rates.medical, rates.unemployment, rates.injury].map((r) => contributionPart(base, r)));
}

export interface Contributions {
  /** The employee's pension, medical and unemployment insurance, and their sum. */
  pension: Dec;
  medical: Dec;
  unemployment: Dec;
  socialInsurance: Dec;
  housingFund: Dec;
  employerSocialInsurance: Dec;
  employerHousingFund: Dec;
}

/** The bases a person's contributions are computed on: the declared one and its social insurance
 *  and housing fund clamps (the payroll sheet shows all three, insured or not). */
export interface ContributionBases {
  /** The contribution base if given, else the monthly base pay (not the prorated one), else 0. */
  declared: Dec;
  socialInsurance: Dec;
  housingFund: Dec;
}

/** With a city profile's period, the social insurance's is the pension's base (养老缴费基数), as the sheet shows it. */
export function contributionBases(
  staff: Pick<Staff, "base" | "contributionBase">,
  si: Pick<SocialInsuranceSettings, "baseFloor" | "baseCeiling">,
  hf: Pick<HousingFundSettings, "baseFloor" | "baseCeiling">,
  period: ProfilePeriod | null = null,
): ContributionBases {
  const declared = declaredBase(staff);
  const limited = (type: InsuranceType, fallback: Pick<SocialInsuranceSettings, "baseFloor" | "baseCeiling">) => {
    const limits = typeLimits(type, fallback, period);
    return contributionBase(declared, limits.floor, limits.ceiling);
  };
  return { declared, socialInsurance: limited("pension", si), housingFund: limited("housingFund", hf) };
}

/** A type's floor and ceiling: the period's, else (no period, or a type it leaves out) the single ones of Settings. */
export function typeLimits(type: InsuranceType, fallback: Pick<SocialInsuranceSettings, "baseFloor" | "baseCeiling">, period: ProfilePeriod | null): { floor: Dec | null; ceiling: Dec | null } {
  return period?.bases[type] ?? { floor: fallback.baseFloor, ceiling: fallback.baseCeiling };
}

export const NO_CONTRIBUTIONS: Contributions = {
  pension: ZERO,
  medical: ZERO,
  unemployment: ZERO,
  socialInsurance: ZERO,
  housingFund: ZERO,
  employerSocialInsurance: ZERO,
  employerHousingFund: ZERO,
};

/**
 * One person's contributions for a month. The base is the contribution base if given, else the
 * monthly base pay (not the prorated one: contributions are monthly, whatever the paid days), else 0,
 * which the floor then lifts. Roles without insurance (保险) contribute nothing. With a city profile's
 * period (src/core/insurance), each insurance type has its own floor and ceiling and the city's rounding.
 */
export function contributions(...args: Parameters<typeof contributionsWithFen>): Contributions {
  return contributionsWithFen(...args).contributions;
}

/** Contributions in whole fen (./fenLane.ts): each the Decimal's own value, or NaN. */
export type ContributionsFen = { [K in keyof Contributions]: number };

const NO_CONTRIBUTIONS_FEN: ContributionsFen = Object.freeze({ pension: 0, medical: 0, unemployment: 0, socialInsurance: 0, housingFund: 0, employerSocialInsurance: 0, employerHousingFund: 0 });

/** contributions() and the same figures in whole fen, both remembered per person (the pay line sums them in fen: issue 15). */
export function contributionsWithFen(
  staff: Pick<Staff, "base" | "contributionBase">,
  insured: boolean,
  si: SocialInsuranceSettings,
  hf: HousingFundSettings,
  period: ProfilePeriod | null = null,
): { contributions: Contributions; fen: ContributionsFen } {
  if (!insured) return NOT_INSURED;
  // Once per person and settings, not every month (18% of a payroll year, issue 15).
  const known = remembered.get(staff);
  if (known !== undefined && known.period === period && sameInputs(known, staff, si, hf)) return known.result;
  const computed = period === null ? singleLimits(staff, si, hf) : byProfile(staff, { si, hf, period });
  const result = { contributions: computed, fen: contributionsFen(computed) };
  remembered.set(staff, { staff: { base: staff.base, contributionBase: staff.contributionBase }, si: { ...si, employee: { ...si.employee }, employer: { ...si.employer } }, hf: { ...hf }, period, result });
  return result;
}

const NOT_INSURED = Object.freeze({ contributions: NO_CONTRIBUTIONS, fen: NO_CONTRIBUTIONS_FEN });

function contributionsFen(c: Contributions): ContributionsFen {
  return {
    pension: laneFen(c.pension),
    medical: laneFen(c.medical),
    unemployment: laneFen(c.unemployment),
    socialInsurance: laneFen(c.socialInsurance),
    housingFund: laneFen(c.housingFund),
    employerSocialInsurance: laneFen(c.employerSocialInsurance),
    employerHousingFund: laneFen(c.employerHousingFund),
  };
}

/** Without a city profile: one floor and ceiling for the social insurance, one for the housing fund, to the fen. */
function singleLimits(staff: Pick<Staff, "base" | "contributionBase">, si: SocialInsuranceSettings, hf: HousingFundSettings): Contributions {
  const { socialInsurance: siBase, housingFund: hfBase } = contributionBases(staff, si, hf);
  return {
    ...employeeParts(siBase, si.employee),
    housingFund: contributionPart(hfBase, hf.employeeRate),
    employerSocialInsurance: employerSocialInsurance(siBase, si.employer),
    employerHousingFund: contributionPart(hfBase, hf.employerRate),
  };
}

/** What a month's contributions follow when a city profile is in use: the rates of Settings and the profile's period. */
export interface ProfileRules {
  si: SocialInsuranceSettings;
  hf: HousingFundSettings;
  period: ProfilePeriod;
}

/**
 * One part by a city profile: the declared base clamped to the type's own floor and ceiling, times the
 * rate, rounded the city's way. A type the period leaves out (maternity merged into medical, a housing
 * fund without a floor given) takes the single floor and ceiling of Settings, never no limit at all.
 */
export function profilePart(declared: Dec, rate: Dec, type: InsuranceType, rules: ProfileRules): Dec {
  const limits = typeLimits(type, type === "housingFund" ? rules.hf : rules.si, rules.period);
  return roundContribution(clamp(declared, limits.floor, limits.ceiling).times(rate), typeRounding(type, rules.period));
}

/** How a type's contribution is rounded: the period's way for its kind (social insurance or housing fund), else to the fen. */
export function typeRounding(type: InsuranceType, period: ProfilePeriod | null): ContributionRounding {
  if (period === null) return "fen";
  return type === "housingFund" ? period.rounding.housingFund : period.rounding.socialInsurance;
}

function byProfile(staff: Pick<Staff, "base" | "contributionBase">, rules: ProfileRules): Contributions {
  const declared = declaredBase(staff);
  const e = rules.si.employee;
  const r = rules.si.employer;
  // The employee's parts one by one, each clamped and rounded the city's way, as the pay line and the tax filing list them.
  const pension = profilePart(declared, e.pension, "pension", rules);
  const medical = profilePart(declared, e.medical, "medical", rules);
  const unemployment = profilePart(declared, e.unemployment, "unemployment", rules);
  return {
    pension,
    medical,
    unemployment,
    socialInsurance: sum([pension, medical, unemployment]),
    housingFund: profilePart(declared, rules.hf.employeeRate, "housingFund", rules),
    employerSocialInsurance: sum([
      profilePart(declared, r.pension, "pension", rules),
      profilePart(declared, r.medical, "medical", rules),
      profilePart(declared, r.unemployment, "unemployment", rules),
      profilePart(declared, r.injury, "injury", rules),
    ]),
    employerHousingFund: profilePart(declared, rules.hf.employerRate, "housingFund", rules),
  };
}

/** The contribution base if given, else the monthly base pay, else 0. */
function declaredBase(staff: Pick<Staff, "base" | "contributionBase">): Dec {
  return staff.contributionBase ?? staff.base ?? ZERO;
}

/**
 * What a person's contributions were computed from: copies of the objects, holding the same Decimals.
 * Decimals never change, so the same Decimals (by identity) give the same contributions; a base or
 * setting replaced by another Decimal, even of the same value, is simply computed again.
 */
interface Remembered {
  staff: Pick<Staff, "base" | "contributionBase">;
  si: SocialInsuranceSettings;
  hf: HousingFundSettings;
  period: ProfilePeriod | null;
  result: { contributions: Contributions; fen: ContributionsFen };
}

function sameInputs(was: Remembered, staff: Pick<Staff, "base" | "contributionBase">, si: SocialInsuranceSettings, hf: HousingFundSettings): boolean {
  const e = si.employee;
  const r = si.employer;
  const we = was.si.employee;
  const wr = was.si.employer;
  return (
    was.staff.base === staff.base &&
    was.staff.contributionBase === staff.contributionBase &&
    was.si.baseFloor === si.baseFloor &&
    was.si.baseCeiling === si.baseCeiling &&
    we.pension === e.pension &&
    we.medical === e.medical &&
    we.unemployment === e.unemployment &&
    wr.pension === r.pension &&
    wr.medical === r.medical &&
    wr.unemployment === r.unemployment &&
    wr.injury === r.injury &&
    was.hf.baseFloor === hf.baseFloor &&
    was.hf.baseCeiling === hf.baseCeiling &&
    was.hf.employeeRate === hf.employeeRate &&
    was.hf.employerRate === hf.employerRate
  );
}

const remembered = new WeakMap<object, Remembered>();
