/**
 * The fixed English identifiers the workbook's formulas rely on, in both languages: defined names
 * for single settings, table names, and sheet keys. Readers and the Office.js renderer use the same.
 */
import type { Month } from "../core/calendar";

/** Defined names of the single-value settings (all on the Settings sheet). */
export const NAME = {
  poolRate: "PoolRate",
  paidDaysPerMonth: "PaidDaysPerMonth",
  basicDeduction: "BasicDeduction",
  siFloor: "SI_Floor",
  siCeiling: "SI_Ceiling",
  siEmployeePension: "SI_EE_Pension",
  siEmployeeMedical: "SI_EE_Medical",
  siEmployeeUnemployment: "SI_EE_Unemployment",
  siEmployerPension: "SI_ER_Pension",
  siEmployerMedical: "SI_ER_Medical",
  siEmployerUnemployment: "SI_ER_Unemployment",
  siEmployerInjury: "SI_ER_Injury",
  hfEmployeeRate: "HF_EE_Rate",
  hfEmployerRate: "HF_ER_Rate",
  hfFloor: "HF_Floor",
  hfCeiling: "HF_Ceiling",
  aov: "Target_AOV",
  cvr: "Target_CVR",
  holidayFactor: "Target_HolidayFactor",
} as const;

export const TABLE = {
  taxTable: "TaxTable",
  weekdayWeights: "WeekdayWeights",
  events: "Events",
  roles: "Roles",
  staff: "Staff",
} as const;

/** "2026-11" → "2026_11", the month part of a table name. */
export function monthTag(month: Month): string {
  return month.replace("-", "_");
}

export const payrollTable = (month: Month) => `Payroll_${monthTag(month)}`;
export const targetsTable = (month: Month) => `Targets_${monthTag(month)}`;
export const weeksTable = (month: Month) => `Weeks_${monthTag(month)}`;
export const membersTable = (roleId: string) => `Members_${roleId.replace(/[^A-Za-z0-9_]/g, "_")}`;

export const SHEET = {
  settings: "settings",
  roles: "roles",
  staff: "staff",
  role: (roleId: string) => `role:${roleId.toLowerCase().replace(/[^a-z0-9-]/g, "-")}`,
  targets: (month: Month) => `targets:${month}`,
  payroll: (month: Month) => `payroll:${month}`,
  slips: (month: Month) => `slips:${month}`,
} as const;
