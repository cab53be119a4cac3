/**
 * The payroll sheet's band of the month's contribution bases (issue 13): for each insurance type, the
 * floor, the ceiling and the rounding of the city profile's row for the month — looked up ONCE per sheet,
 * here, from the Settings sheet's InsuranceBases table (./insuranceBases.ts), so a payroll row makes no
 * lookup of its own (issue 15). Without a profile, or for a type or month the profile leaves out, the
 * single floors and ceilings of Settings, as core does (src/core/payroll/contributions.ts typeLimits,
 * typeRounding): the workbook without a profile computes what it did before.
 *
 * A blank floor or ceiling (the profile gives none) is the empty text "": MIN and MAX ignore text in a
 * reference (Excel: "empty cells, logical values, or text in the array or reference are ignored",
 * support.microsoft.com MAX function; LibreOffice alike), so MAX("", x) is x — no floor. The LibreOffice
 * oracle proves it (test/oracle/insuranceProfiles.oracle.test.ts, Beijing's housing fund has no floor).
 */
import { INSURANCE_TYPES, type InsuranceType, type ProfilePeriod } from "../../core/insurance/profiles";
import { CONTRIBUTION_ROUNDINGS, type ContributionRounding } from "../../core/insurance/rounding";
import { typeLimits, typeRounding } from "../../core/payroll/contributions";
import type { Settings } from "../../core/types";
import type { Lang } from "../../data/lang";
import { NAME, TABLE } from "../names";
import type { CellSpec, CellValue } from "../spec";
import { formulaCell, num, valueCell, wbText } from "../text";
import { insuranceTypeText, roundingText } from "../insuranceChoices";
import { formulaText } from "../layout";

/**
 * The band's place, rows 3 (types) to 6, right of the pool's figures (C:G): labels in H, a type a column
 * from I — skipping L, the year-end bonus's column, which is folded away in a month without a bonus
 * (./payroll.ts), so no type is ever hidden with it. All within the printed columns.
 */
const LABEL_COL = "H";
const TYPE_COLS: Readonly<Record<InsuranceType, string>> = { pension: "I", medical: "J", unemployment: "K", injury: "M", maternity: "N", housingFund: "O" };
const ROW = { type: 3, floor: 4, ceiling: 5, rounding: 6 } as const;

/** The band's cell of `type` in `row` (I4). */
const bandAt = (type: InsuranceType, row: keyof typeof ROW) => `${TYPE_COLS[type]}${ROW[row]}`;

/** The same, absolute ($J$4), as the table's formulas name it. */
export function bandCell(type: InsuranceType, row: "floor" | "ceiling" | "rounding"): string {
  return bandAt(type, row).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
}

/** The month as YYYYMM, from the payroll sheet's first day (B5). */
const MONTH = "(YEAR($B$5)*100+MONTH($B$5))";
const col = (key: string) => `${TABLE.insuranceBases}[${key}]`;
/** 1 on the rows of the profile in use covering the month, times `also`. */
const rowsOfMonth = (also: string) => `(${col("profile")}=${NAME.insuranceProfile})*(${col("fromKey")}<=${MONTH})*(${col("toKey")}>=${MONTH})*${also}`;

function bandFormulas(type: InsuranceType, lang: Lang): Record<"floor" | "ceiling" | "rounding", string> {
  const k = INSURANCE_TYPES.indexOf(type) + 1;
  const m = rowsOfMonth(`(${col("typeKey")}=${k})`);
  const n = `SUMPRODUCT(${m})`;
  const hf = type === "housingFund";
  const fallback = hf ? { floor: NAME["housingFund.baseFloor"], ceiling: NAME["housingFund.baseCeiling"] } : { floor: NAME["socialInsurance.baseFloor"], ceiling: NAME["socialInsurance.baseCeiling"] };
  // Two rows for a type and month (periods that overlap) is #N/A here, not a sum: the command's reading says where.
  const limit = (key: "floorKey" | "ceilingKey", settings: string) => `IF(${n}=0,${settings},IF(${n}>1,NA(),IF(SUMPRODUCT(${m}*${col(key)})<0,"",SUMPRODUCT(${m}*${col(key)}))))`;
  // A type without a row takes its kind's rounding in the period (the social insurances round alike), else to the fen.
  const kind = rowsOfMonth(`(${col("typeKey")}>=1)*(${col("typeKey")}<=5)`);
  const kindCode = hf ? "1" : `IFERROR(ROUND(SUMPRODUCT(${kind}*${col("roundingKey")})/SUMPRODUCT(${kind}),0),1)`;
  const code = `IF(${n}=0,${kindCode},IF(${n}>1,NA(),SUMPRODUCT(${m}*${col("roundingKey")})))`;
  const words = CONTRIBUTION_ROUNDINGS.map((r) => formulaText(roundingText(r, lang))).join(",");
  return { floor: limit("floorKey", fallback.floor), ceiling: limit("ceilingKey", fallback.ceiling), rounding: `CHOOSE(${code},${words})` };
}

/** What the band shows for a month: each type's floor, ceiling and rounding, as core computes with them. */
export interface BandFigures {
  settings: Pick<Settings, "socialInsurance" | "housingFund">;
  period: ProfilePeriod | null;
}

/** The band's cells: labels, then per type its name and its three formulas (with core's figures as cached results). */
export function insuranceBandCells(lang: Lang, figures?: BandFigures): CellSpec[] {
  const label = LABEL_COL;
  const cells: CellSpec[] = [
    valueCell(`${label}${ROW.type}`, wbText("wb.payroll.bases", lang), "header"),
    valueCell(`${label}${ROW.floor}`, wbText("wb.payroll.baseFloor", lang), "label"),
    valueCell(`${label}${ROW.ceiling}`, wbText("wb.payroll.baseCeiling", lang), "label"),
    valueCell(`${label}${ROW.rounding}`, wbText("wb.payroll.rounding", lang), "label"),
  ];
  for (const type of INSURANCE_TYPES) {
    const at = (row: keyof typeof ROW) => bandAt(type, row);
    const f = bandFormulas(type, lang);
    const cached = figures ? cachedFigures(type, figures, lang) : undefined;
    const withResult = (cell: CellSpec, result: CellValue | undefined) => (result === undefined ? cell : { ...cell, result });
    cells.push(
      valueCell(at("type"), insuranceTypeText(type, lang), ["header", "center"]),
      withResult(formulaCell(at("floor"), f.floor, "money"), cached?.floor),
      withResult(formulaCell(at("ceiling"), f.ceiling, "money"), cached?.ceiling),
      withResult(formulaCell(at("rounding"), f.rounding, "center"), cached?.rounding),
    );
  }
  return cells;
}

function cachedFigures(type: InsuranceType, { settings, period }: BandFigures, lang: Lang): { floor: CellValue; ceiling: CellValue; rounding: CellValue } {
  const limits = typeLimits(type, type === "housingFund" ? settings.housingFund : settings.socialInsurance, period);
  const rounding: ContributionRounding = typeRounding(type, period);
  return { floor: limits.floor === null ? "" : num(limits.floor), ceiling: limits.ceiling === null ? "" : num(limits.ceiling), rounding: roundingText(rounding, lang) };
}

/**
 * One contribution of a payroll row: the declared base clamped to the type's floor and ceiling in the
 * band, times `rate`, rounded the type's way. One formula for the four ways: ROUND to d decimals (2, 1,
 * or 0 for the yuan), in whole fen, then up to a multiple of s fen (1, or 10 for 见分进角) — so to the fen,
 * ROUND(x,2); to the jiao, ROUND(x,1); to the yuan, ROUND(x,0); up to the jiao, CEILING of the fen to 10
 * fen (the jiaoUp formula proven in test/oracle/ruleFormulas.ts roundContributionFormula).
 */
export function contributionPart(type: InsuranceType, rate: string, lang: Lang): string {
  const r = bandCell(type, "rounding");
  const word = (x: ContributionRounding) => formulaText(roundingText(x, lang));
  const base = clampedBase(type);
  const decimals = `IF(${r}=${word("jiao")},1,IF(${r}=${word("yuan")},0,2))`;
  const step = `IF(${r}=${word("jiaoUp")},10,1)`;
  return `CEILING(ROUND(ROUND(${base}*${rate},${decimals})*100,0),${step})/100`;
}

/** A type's clamped base (the helper columns siBase and hfBase). */
export function clampedBase(type: InsuranceType): string {
  return `MIN(${bandCell(type, "ceiling")},MAX(${bandCell(type, "floor")},[@contributionBase]))`;
}
