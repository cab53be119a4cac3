/**
 * Every single setting, declared once. From this list come the config schema's `settings` part
 * (./schema.ts), the engine's defaults and the Settings type (../defaults.ts, ../types.ts), the
 * workbook's defined names and the rows of its Settings sheet (src/workbook/names.ts,
 * sheets/settings.ts), the reader that takes them back, and the task pane's settings fields.
 *
 * The lists of the settings (the tax table, weekday weights, sales events) are tables: see
 * ./tableFields.ts.
 *
 * Defaults are data, as strings, so nothing passes through a binary float. The social insurance and
 * housing fund figures are an EXAMPLE: each city sets its own and changes them every year, so the
 * workbook labels them "example — check your city's current rates".
 *
 * To add a setting: one entry here (its label, and note if any, in src/data/messages/workbook.ts), then
 * use it where it matters. Appending a group keeps every other named cell where older workbooks have it.
 */
import type { MessageCode } from "../../data/messages";
import type { LEAVES } from "./leaves";

/** How a value is shown and typed: rates as percents, money with two decimals, numbers as typed, text. */
export type FieldKind = "rate" | "money" | "number" | "text";

/** The sections of the Settings sheet and of the pane's settings, in order. */
export const SETTING_GROUPS = [
  { id: "pay", heading: "wb.settings.pay" },
  { id: "si", heading: "wb.settings.si" },
  { id: "hf", heading: "wb.settings.hf" },
  { id: "targets", heading: "wb.settings.targets" },
  { id: "attendance", heading: "wb.settings.attendance" },
  // Last but one, so that every named cell above stays where older workbooks have it.
  { id: "company", heading: "wb.settings.company" },
  // Last: the year-end bonus (layout version 9), after the company's group of version 8.
  { id: "annualBonus", heading: "wb.settings.annualBonus" },
  // Last: the city social-insurance profile (layout version 12), after the bonus's group of version 9.
  { id: "insurance", heading: "wb.settings.insurance" },
  // Last (layout version 13): the compliance checks' thresholds, after the year-end bonus's group.
  { id: "compliance", heading: "wb.settings.compliance" },
] as const satisfies readonly { id: string; heading: MessageCode }[];

export type SettingGroup = (typeof SETTING_GROUPS)[number]["id"];

export interface SettingField {
  /** Path under `settings` in a config file and in the engine's Settings ("socialInsurance.baseFloor"). */
  path: string;
  /** The workbook's defined name of its cell, which formulas use (fixed English, both languages). */
  name: string;
  kind: FieldKind;
  /** The config check (src/core/config/leaves.ts LEAVES). */
  leaf: keyof typeof LEAVES;
  /** As a config file would give it; null only where `nullable`. */
  default: string | null;
  /** Blank means "none" (null), not "missing": AOV without which no orders are planned. */
  nullable?: true;
  /** The workbook's formulas compare the cell's text as typed: a space around it is refused (TableField.matchedAsTyped). */
  matchedAsTyped?: true;
  label: MessageCode;
  note?: MessageCode;
  group: SettingGroup;
}

export const SETTING_FIELDS = [
  // Pool and pay
  { path: "poolRate", name: "PoolRate", kind: "rate", leaf: "rate", default: "0.40", label: "wb.settings.poolRate", note: "wb.settings.poolRate.note", group: "pay" },
  { path: "paidDaysPerMonth", name: "PaidDaysPerMonth", kind: "number", leaf: "monthPaidDays", default: "21.75", label: "wb.settings.paidDays", note: "wb.settings.paidDays.note", group: "pay" },
  { path: "basicDeduction", name: "BasicDeduction", kind: "money", leaf: "money", default: "5000", label: "wb.settings.basicDeduction", group: "pay" },
  // Social insurance (an example: check your city)
  { path: "socialInsurance.baseFloor", name: "SI_Floor", kind: "money", leaf: "money", default: "4462", label: "wb.settings.siFloor", group: "si" },
  { path: "socialInsurance.baseCeiling", name: "SI_Ceiling", kind: "money", leaf: "money", default: "22311", label: "wb.settings.siCeiling", group: "si" },
  { path: "socialInsurance.employee.pension", name: "SI_EE_Pension", kind: "rate", leaf: "rate", default: "0.08", label: "wb.settings.eePension", group: "si" },
  { path: "socialInsurance.employee.medical", name: "SI_EE_Medical", kind: "rate", leaf: "rate", default: "0.02", label: "wb.settings.eeMedical", group: "si" },
  { path: "socialInsurance.employee.unemployment", name: "SI_EE_Unemployment", kind: "rate", leaf: "rate", default: "0.005", label: "wb.settings.eeUnemployment", group: "si" },
  { path: "socialInsurance.employer.pension", name: "SI_ER_Pension", kind: "rate", leaf: "rate", default: "0.16", label: "wb.settings.erPension", group: "si" },
  { path: "socialInsurance.employer.medical", name: "SI_ER_Medical", kind: "rate", leaf: "rate", default: "0.095", label: "wb.settings.erMedical", group: "si" },
  { path: "socialInsurance.employer.unemployment", name: "SI_ER_Unemployment", kind: "rate", leaf: "rate", default: "0.005", label: "wb.settings.erUnemployment", group: "si" },
  { path: "socialInsurance.employer.injury", name: "SI_ER_Injury", kind: "rate", leaf: "rate", default: "0.002", label: "wb.settings.erInjury", group: "si" },
  // Housing fund (an example: check your city)
  { path: "housingFund.employeeRate", name: "HF_EE_Rate", kind: "rate", leaf: "rate", default: "0.05", label: "wb.settings.hfEmployee", group: "hf" },
  { path: "housingFund.employerRate", name: "HF_ER_Rate", kind: "rate", leaf: "rate", default: "0.05", label: "wb.settings.hfEmployer", group: "hf" },
  { path: "housingFund.baseFloor", name: "HF_Floor", kind: "money", leaf: "money", default: "2490", label: "wb.settings.hfFloor", group: "hf" },
  { path: "housingFund.baseCeiling", name: "HF_Ceiling", kind: "money", leaf: "money", default: "38390", label: "wb.settings.hfCeiling", group: "hf" },
  // Sales targets
  { path: "targets.aov", name: "Target_AOV", kind: "money", leaf: "money", default: null, nullable: true, label: "wb.settings.aov", note: "wb.settings.aov.note", group: "targets" },
  { path: "targets.cvr", name: "Target_CVR", kind: "rate", leaf: "rate", default: null, nullable: true, label: "wb.settings.cvr", note: "wb.settings.cvr.note", group: "targets" },
  { path: "targets.holidayFactor", name: "Target_HolidayFactor", kind: "number", leaf: "factor", default: "1", label: "wb.settings.holidayFactor", note: "wb.settings.holidayFactor.note", group: "targets" },
  // Leave and the minimum wage (issue 13; an example: check your city). Sick pay is a share of the base,
  // never below 80% of the local minimum wage (劳部发〔1995〕309号 第59条: src/core/pay/attendance.ts); 60% is a
  // common local rate (it rises with seniority in many cities). The minimum wage is Shanghai's of
  // 2023-07-01 (2,690 a month, 24 an hour) as an example only: each province publishes its own.
  { path: "sickPay.rate", name: "SickPayRate", kind: "rate", leaf: "rate", default: "0.6", label: "wb.settings.sickPayRate", note: "wb.settings.sickPayRate.note", group: "attendance" },
  { path: "minimumWage.monthly", name: "MinWage_Monthly", kind: "money", leaf: "money", default: "2690", label: "wb.settings.minWageMonthly", note: "wb.settings.minWage.note", group: "attendance" },
  { path: "minimumWage.hourly", name: "MinWage_Hourly", kind: "money", leaf: "money", default: "24", label: "wb.settings.minWageHourly", group: "attendance" },
  // The shop on every printed page and slip (blank: none), and the day of the following month wages
  // are paid, on each slip (blank: none).
  { path: "companyName", name: "CompanyName", kind: "text", leaf: "text", default: null, nullable: true, label: "wb.settings.companyName", note: "wb.settings.companyName.note", group: "company" },
  { path: "payDate", name: "PayDate", kind: "number", leaf: "payDay", default: "15", nullable: true, label: "wb.settings.payDate", note: "wb.settings.payDate.note", group: "company" },
  // The year-end bonus's separate taxation runs to 2027-12-31 (财政部 税务总局公告2023年第30号 art. 3); each
  // announcement so far has extended the one before (2021 No. 42, 2023 No. 30), so the end is a setting:
  // typed as text YYYY-MM-DD, blank = extended without end (src/core/tax/annualBonus.ts separateTaxationInForce).
  { path: "annualBonus.separateTaxationUntil", name: "Bonus_SeparateUntil", kind: "text", leaf: "isoDate", default: "2027-12-31", nullable: true, label: "wb.settings.bonusSeparateUntil", note: "wb.settings.bonusSeparateUntil.note", group: "annualBonus" },
  // The city social-insurance profile in use (src/core/insurance): an example's id or one of the user's profiles,
  // whose per-type floors, ceilings and rounding are the Settings sheet's InsuranceBases table (../tableFields.ts
  // INSURANCE_BASE_FIELDS). Blank (null): the single floors and ceilings above, rounded to the fen. The sheet
  // shows an example by its name in the workbook's language (src/workbook/insuranceChoices.ts).
  { path: "insuranceProfile", name: "SI_Profile", kind: "text", leaf: "text", default: null, nullable: true, matchedAsTyped: true, label: "wb.settings.insuranceProfile", note: "wb.settings.insuranceProfile.note", group: "insurance" },
  // A late joiner's employee insurance and housing fund above this share of the month's wages is flagged
  // (src/core/compliance/insurance.ts): many cities start insurance the next month for a late joiner.
  { path: "compliance.lateJoinerShare", name: "LateJoinerShare", kind: "rate", leaf: "rate", default: "0.5", label: "wb.settings.lateJoinerShare", note: "wb.settings.lateJoinerShare.note", group: "compliance" },
] as const satisfies readonly SettingField[];

export type SettingPath = (typeof SETTING_FIELDS)[number]["path"];

/** The field at `path`. */
export function settingField(path: SettingPath): SettingField {
  return SETTING_FIELDS.find((f) => f.path === path)!;
}
