import { ZERO, clamp, round2, sum, type Dec } from "../money";
import type { HousingFundSettings, SocialInsuranceSettings, Staff } from "../types";

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

export function contributionBases(
  staff: Pick<Staff, "base" | "contributionBase">,
  si: Pick<SocialInsuranceSettings, "baseFloor" | "baseCeiling">,
  hf: Pick<HousingFundSettings, "baseFloor" | "baseCeiling">,
): ContributionBases {
  const declared = staff.contributionBase ?? staff.base ?? ZERO;
  return {
    declared,
    socialInsurance: contributionBase(declared, si.baseFloor, si.baseCeiling),
    housingFund: contributionBase(declared, hf.baseFloor, hf.baseCeiling),
  };
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
 * which the floor then lifts. Roles without insurance (保险) contribute nothing.
 */
export function contributions(
  staff: Pick<Staff, "base" | "contributionBase">,
  insured: boolean,
  si: SocialInsuranceSettings,
  hf: HousingFundSettings,
): Contributions {
  if (!insured) return NO_CONTRIBUTIONS;
  // Once per person and settings, not every month (18% of a payroll year, issue 15).
  const known = remembered.get(staff);
  if (known !== undefined && sameInputs(known, staff, si, hf)) return known.contributions;
  const { socialInsurance: siBase, housingFund: hfBase } = contributionBases(staff, si, hf);
  const computed = {
    ...employeeParts(siBase, si.employee),
    housingFund: contributionPart(hfBase, hf.employeeRate),
    employerSocialInsurance: employerSocialInsurance(siBase, si.employer),
    employerHousingFund: contributionPart(hfBase, hf.employerRate),
  };
  remembered.set(staff, { staff: { base: staff.base, contributionBase: staff.contributionBase }, si: { ...si, employee: { ...si.employee }, employer: { ...si.employer } }, hf: { ...hf }, contributions: computed });
  return computed;
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
  contributions: Contributions;
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
