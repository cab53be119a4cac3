import type { Dec } from "./money";
import type { Allowance, LeaveDays, OvertimeHours } from "./pay/attendance";
import type { BonusTaxation } from "./tax/annualBonus";
import type { IsoDate, Month } from "./calendar";
import type { SpecialTaxpayer } from "./tax/basicDeduction";
import type { DeductionEntry } from "./tax/deductions";
import type { MessageCode } from "../data/messages";
import type { SETTING_FIELDS } from "./config/settingFields";
import type { Merged, Nest, UnionToIntersection } from "./config/pathTypes";
import type { CalendarYear } from "./holidayCalendar";
import type { InsuranceProfile } from "./insurance/profiles";

/**
 * The validated inputs of the engine. Every amount and rate is a Decimal; a value the user has not
 * given (or the source document does not state) is null, never 0, so "missing" can be reported.
 */

export type { Lang } from "../data/lang";
export type ShareBasis = "perPerson" | "splitRole";

export interface Role {
  id: string;
  nameZh: string;
  nameEn: string;
  headcount: number;
  baseMin: Dec | null;
  baseMax: Dec | null;
  /** Share of the profit pool, as a fraction (0.08 = 8%); null where the source leaves it out. */
  share: Dec | null;
  shareBasis: ShareBasis;
  roomAndBoard: boolean;
  insured: boolean;
}

/** Year-to-date figures from before the first month this workbook computes (another payroll system). */
export interface OpeningBalance {
  months: number;
  gross: Dec;
  /** Employee social insurance plus housing fund already deducted. */
  insurance: Dec;
  specialAdditionalDeduction: Dec;
  taxWithheld: Dec;
}

export interface Staff {
  id: string;
  name: string;
  role: string;
  /** Monthly base pay; null where neither the person nor a fixed role base gives one. */
  base: Dec | null;
  /** Social insurance and housing fund base before the floor and ceiling; null means the base pay. */
  contributionBase: Dec | null;
  /**
   * Monthly special additional deduction (专项附加扣除) as one figure. Used when `deductions` lists none
   * (files from before issue 13 keep working); with categories listed, they are used and a warning says so.
   */
  specialAdditionalDeduction: Dec;
  /**
   * Special taxpayers (issue 13): STA 2020 No. 19 (`previousYearUnder60k`: 60,000 from January) and No. 13
   * (`firstJobThisYear`: months counted from January). Absent: neither. A re-hire's taxpayer is the
   * first record, whose flags and deductions apply to every record of the person.
   */
  iit?: SpecialTaxpayer;
  /** The special additional deductions by category, each with its months (src/core/tax/deductions.ts). */
  deductions?: DeductionEntry[];
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  /**
   * A re-hire: the id of the person's first record (the one without sameAs). Someone who leaves and
   * comes back in the same tax year is the same taxpayer at the same employer, so the year to date
   * (income, months, insurance, deductions, tax withheld) runs on across both records; the opening
   * balance is the first record's. Null: the record is a person of its own.
   */
  sameAs: string | null;
  opening: OpeningBalance | null;
  /** 旺旺昵称: the shop sub-account the customer-service export names the person by. */
  nickname?: string | null;
  /**
   * What the tax filing (证件类型, 证件号码) and the bank payment list need. Personal data: kept where the
   * user puts it (the Staff table, the config file) and shown masked everywhere else
   * (src/core/personal). Absent or null: not given. The ID number is checked and normalised (an 18-
   * character resident number upper-case, without spaces); idType is 居民身份证 when a number is given
   * without a type.
   */
  idType?: string | null;
  idNumber?: string | null;
  bank?: string | null;
  /** Digits only. */
  bankAccount?: string | null;
}

/** One row of the annual IIT table: taxable income up to `upTo` (null = no upper bound). */
export interface TaxBracket {
  upTo: Dec | null;
  rate: Dec;
  quickDeduction: Dec;
}

/** A day that sells differently: "MM-DD" recurs every year, "YYYY-MM-DD" is one day. */
export interface SalesEvent {
  date: string;
  factor: Dec;
  name: string;
}

type SettingFieldDef = (typeof SETTING_FIELDS)[number];
type SettingValue<F> = (F extends { kind: "text" } ? string : Dec) | (F extends { nullable: true } ? null : never);

/** The single settings, by their paths in ./config/settingFields.ts: a Decimal (a string for text), null where nullable. */
type SingleSettings = UnionToIntersection<SettingFieldDef extends infer F ? (F extends SettingFieldDef ? Nest<F["path"], SettingValue<F>> : never) : never>;

/** The lists of the settings (./config/tableFields.ts). */
interface SettingLists {
  taxTable: TaxBracket[];
  targets: {
    /** Monday first, seven weights. */
    weekdayWeights: Dec[];
    events: SalesEvent[];
  };
}

/**
 * The engine's settings: every single setting of ./config/settingFields.ts (poolRate, paidDaysPerMonth,
 * basicDeduction, socialInsurance.{baseFloor, baseCeiling, employee.*, employer.*}, housingFund.*,
 * targets.{aov, cvr, holidayFactor} …) and the lists. Derived, so a setting declared there is here.
 */
export type Settings = Merged<SingleSettings & SettingLists, Dec>;
export type SocialInsuranceSettings = Settings["socialInsurance"];
export type HousingFundSettings = Settings["housingFund"];
/** Sales targets: AOV (客单价) and conversion rate (转化率), null to leave orders or visitors out; the
 *  weekday weights, events and the factor for China's official public holidays (1 leaves them as ordinary days). */
export type TargetSettings = Settings["targets"];

export interface MonthEntry {
  staff: string;
  reward: Dec;
  penalty: Dec;
  /** Null: a full month, or the weekdays worked for a joiner or leaver. */
  paidDays: Dec | null;
  /** Overtime hours on workdays (150%), rest days (200%) and public holidays (300%); 0 where not given. */
  overtimeHours: OvertimeHours;
  /** Unpaid (事假) and sick (病假) leave days; 0 where not given. */
  leaveDays: LeaveDays;
  /**
   * The allowances (津贴/补贴): the config's named list, then the workbook's two sums (allowanceTotals) as
   * one allowance each. `taxableAssumed`: the config did not say, so it is taxed (and a warning says so).
   */
  allowances: (Allowance & { taxableAssumed?: true })[];
  /** The year-end one-off bonus paid with this month (0 where none) and its taxation as asked (null: the cheaper). */
  annualBonus: Dec;
  annualBonusTaxation: BonusTaxation | null;
  /**
   * The monthly base this month is paid on (a closed month keeps the base it was paid with: issue 15), or
   * null: the person's Staff base. Everything that reads the base in a month reads this one: proration,
   * overtime and leave, the contribution base without a declared one, the range and minimum-wage checks.
   */
  base: Dec | null;
}

export interface MonthInput {
  month: Month;
  grossMargin: Dec | null;
  salesTarget: Dec | null;
  entries: MonthEntry[];
}

export interface Config {
  settings: Settings;
  roles: Role[];
  staff: Staff[];
  months: MonthInput[];
  /** The user's holiday years (config `calendar`), each replacing that year of the shipped calendar. */
  calendar?: CalendarYear[];
  /** The user's own city profiles (config `insuranceProfiles`), beside the shipped examples. */
  insuranceProfiles?: InsuranceProfile[];
}

/**
 * Something the user should look at (or, in an `errors` list, must fix); `code` keys a message in
 * src/data/messages, `params` fill it, `where` says where (`staff[3].base`, `roles[shipping].share`).
 */
export interface Warning {
  code: MessageCode;
  params: Record<string, string>;
  where: string;
}
