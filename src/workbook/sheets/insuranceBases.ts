/**
 * The Settings sheet's InsuranceBases table (issue 13, layout version 12): the city social-insurance
 * profiles as rows of profile × insurance type × dated period — base floor, base ceiling, rounding, source —
 * declared in src/core/config/tableFields.ts (INSURANCE_BASE_FIELDS). It holds the profile in use and the
 * user's own profiles; the payroll sheets look the month's row of each type up once per sheet
 * (./insuranceBand.ts). Helper columns (folded away) turn the words and months into the numbers those
 * lookups compare: Excel's SUMPRODUCT compares numbers, and the words are the workbook's language's.
 */
import { INSURANCE_TYPES, type InsuranceProfile, type InsuranceType } from "../../core/insurance/profiles";
import { CONTRIBUTION_ROUNDINGS } from "../../core/insurance/rounding";
import { availableProfiles } from "../../core/insurance/select";
import type { Lang } from "../../data/lang";
import { INSURANCE_BASE_FIELDS } from "../../core/config/tableFields";
import { fieldColumns } from "../fieldColumns";
import { insuranceTypeText, insuranceTypeWords, profileText, roundingText, roundingWords } from "../insuranceChoices";
import { TABLE } from "../names";
import { formulaText } from "../layout";
import type { CellValue, TableColumnSpec, TableRow, TableSpec } from "../spec";
import { num, wbText } from "../text";
import { wordCode } from "./literalLookup";

/** "Blank" for a floor or ceiling in the helper columns (a base is never negative). */
export const NO_LIMIT = -1;
/** A blank end month in the helper column: after every month. */
export const OPEN_END = 999999;

/** A month cell (YYYY-MM text, or a date Excel made of it) as YYYYMM; 0 when it is neither. */
const monthKey = (ref: string) => `IF(ISNUMBER(${ref}),YEAR(${ref})*100+MONTH(${ref}),IFERROR(VALUE(SUBSTITUTE(${ref},"-","")),0))`;
/** Every word (all languages, then the codes) compared by =, as the code's place 1…n; 0 when none (layout 17: not MATCH, ./literalLookup.ts). */
const wordKey = (ref: string, words: readonly string[], n: number) => wordCode(ref, words, n, formulaText);

/** The helper columns: what the payroll's lookups compare (./insuranceBand.ts). */
function helperColumns(lang: Lang): TableColumnSpec[] {
  const helper = (key: "typeKey" | "fromKey" | "toKey" | "floorKey" | "ceilingKey" | "roundingKey", formula: string): TableColumnSpec => ({
    key,
    header: wbText("wb.col.helper", lang, { what: wbText(`wb.col.${key}`, lang) }),
    formula,
    style: "note",
    width: 10,
  });
  return [
    helper("typeKey", wordKey("[@type]", insuranceTypeWords(lang), INSURANCE_TYPES.length)),
    helper("fromKey", monthKey("[@from]")),
    helper("toKey", `IF([@to]="",${OPEN_END},${monthKey("[@to]")})`),
    helper("floorKey", `IF([@floor]="",${NO_LIMIT},VALUE([@floor]))`),
    helper("ceilingKey", `IF([@ceiling]="",${NO_LIMIT},VALUE([@ceiling]))`),
    helper("roundingKey", wordKey("[@rounding]", roundingWords(lang), CONTRIBUTION_ROUNDINGS.length)),
  ];
}

/** The rows (1) of the row's profile and insurance whose period shares a month with the row's own, itself included. */
const SAME_MONTHS = `(${TABLE.insuranceBases}[profile]=[@profile])*(${TABLE.insuranceBases}[typeKey]=[@typeKey])*(${TABLE.insuranceBases}[fromKey]<=[@toKey])*(${TABLE.insuranceBases}[toKey]>=[@fromKey])`;

/**
 * The check (layout 15): a row whose period overlaps another row's of the same profile and insurance names
 * that row — the payroll's band finds two rows for a month there and shows #N/A (./insuranceBand.ts), a cell
 * that cannot carry words; the reader says the same when the workbook is read (insurance.periodsOverlap). The
 * other row is the last such one by sheet row (SUMPRODUCT makes MAX take the array, in Excel and LibreOffice).
 */
function checkFormula(lang: Lang): string {
  const [before, after] = wbText("wb.settings.basesOverlap", lang, { row: "\u0000" }).split("\u0000") as [string, string];
  const others = `SUMPRODUCT(MAX(${SAME_MONTHS}*(ROW(${TABLE.insuranceBases}[profile])<>ROW())*ROW(${TABLE.insuranceBases}[profile])))`;
  return `IF(OR([@profile]&""="",[@typeKey]=0,[@fromKey]=0),"",IF(SUMPRODUCT(${SAME_MONTHS})>1,${formulaText(before)}&${others}&${formulaText(after)},""))`;
}

/**
 * The profiles the table holds: the one in use (an example or the user's), then the user's others, then the shipped
 * examples not among them — so that a profile named on Settings, even one typed there after the sheet was written,
 * finds its rows, and the user sees the figures an example would use before choosing it. An example's rows as
 * shipped read back as that example, adding nothing to the config (../read/insuranceRows.ts).
 */
export function profilesShown(chosen: string | null, own: readonly InsuranceProfile[]): InsuranceProfile[] {
  const available = availableProfiles(own);
  const inUse = chosen === null ? [] : available.filter((p) => p.id === chosen);
  return [...inUse, ...available.filter((p) => p.id !== chosen)];
}

/** One row per type the period lists, in INSURANCE_TYPES order, with the helper columns' cached figures. */
function profileRows(profile: InsuranceProfile, lang: Lang): TableRow[] {
  const name = profileText(profile.id, lang);
  return profile.periods.flatMap((p) =>
    INSURANCE_TYPES.filter((t) => p.bases[t] !== undefined).map((t: InsuranceType, i): TableRow => {
      const limits = p.bases[t]!;
      const rounding = t === "housingFund" ? p.rounding.housingFund : p.rounding.socialInsurance;
      const limit = (x: typeof limits.floor): CellValue => (x === null ? null : num(x));
      return {
        profile: name,
        type: insuranceTypeText(t, lang),
        from: p.from,
        to: p.to,
        floor: limit(limits.floor),
        ceiling: limit(limits.ceiling),
        rounding: roundingText(rounding, lang),
        // The source on the period's first row; the rows under it say the same period.
        source: i === 0 ? p.source : null,
        typeKey: INSURANCE_TYPES.indexOf(t) + 1,
        fromKey: Number(p.from.replace("-", "")),
        toKey: p.to === null ? OPEN_END : Number(p.to.replace("-", "")),
        floorKey: limits.floor === null ? NO_LIMIT : num(limits.floor),
        ceilingKey: limits.ceiling === null ? NO_LIMIT : num(limits.ceiling),
        roundingKey: CONTRIBUTION_ROUNDINGS.indexOf(rounding) + 1,
        // A profile's periods never overlap (core refuses them: src/core/insurance/profiles.ts).
        check: "",
      };
    }),
  );
}

/** The InsuranceBases table at `at`: the profile in use and the user's own, each type's floor, ceiling and rounding by period. */
export function insuranceBasesTable(at: string, chosen: string | null, own: readonly InsuranceProfile[], lang: Lang): TableSpec {
  const typeList = INSURANCE_TYPES.map((t) => insuranceTypeText(t, lang));
  const roundingList = CONTRIBUTION_ROUNDINGS.map((r) => roundingText(r, lang));
  return {
    name: TABLE.insuranceBases,
    at,
    columns: [
      ...fieldColumns(INSURANCE_BASE_FIELDS, lang, {
        type: { validation: { kind: "list", values: typeList, error: wbText("wb.settings.insuranceTypeError", lang) } },
        // Months as text: typed 2025-07 stays 2025-07 (one typed as a date reads as its month).
        // Wide enough that their headers take two lines, as the tax table's beside them does, not three (row 4 is the settings' too).
        from: { style: "text", width: 14 },
        to: { style: "text", width: 14 },
        rounding: { validation: { kind: "list", values: roundingList, error: wbText("wb.settings.roundingError", lang) } },
        source: { style: ["note", "text"] },
      }),
      ...helperColumns(lang),
      // After the folded workings, so that it shows beside the source when they are folded.
      { key: "check", header: wbText("wb.col.check", lang), formula: checkFormula(lang), width: 30 },
    ],
    rows: profilesShown(chosen, own).flatMap((p) => profileRows(p, lang)),
    reads: { list: "insuranceBases" },
  };
}
