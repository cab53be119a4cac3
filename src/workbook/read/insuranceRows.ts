/**
 * The Settings sheet's InsuranceBases rows (../sheets/insuranceBases.ts) back into a config's
 * `insuranceProfiles[]` and `settings.insuranceProfile`: the rows of one profile and one period (same from
 * and to) make one period, each row one insurance type's floor and ceiling. A shipped example the table
 * holds unchanged stays the example (only its id is kept); anything else is the user's profile. The core
 * parser (src/core/insurance/profiles.ts) then checks each profile; every path it may name
 * (`insuranceProfiles[0].periods[1].bases.pension.floor`) is placed on the cell it came from.
 */
import { INSURANCE_TYPES, parseInsuranceProfile, type InsuranceProfile, type InsuranceType } from "../../core/insurance/profiles";
import { isContributionRounding } from "../../core/insurance/rounding";
import { exampleProfiles } from "../../core/insurance/select";
import { serialToIso } from "../../core/serialDate";
import type { Lang } from "../../data/lang";
import { readInsuranceType, readProfileId, readRounding } from "../insuranceChoices";
import type { Locator } from "./locator";
import { checkProfileNames } from "./profileNames";
import type { ReadProblem } from "./problems";

type Row = Record<string, unknown>;

interface PeriodDraft {
  from: unknown;
  to: unknown;
  bases: Record<string, { floor: unknown; ceiling: unknown }>;
  rounding: { socialInsurance?: string; housingFund?: string };
  source: string;
  /** Row indexes in the table, for placing messages. */
  rows: Map<string, number>;
  first: number;
  roundingRow?: number;
  /** The social insurances' rounding as its first row shows it (到角), for a message. */
  roundingShown?: string;
}

/** A month cell as YYYY-MM: text as typed, a date (ISO text, or a serial) by its month. */
function monthOf(v: unknown): unknown {
  if (typeof v === "number") return serialToIso(v)?.slice(0, 7) ?? String(v);
  if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v)) return v.slice(0, 7);
  return v === undefined || v === null ? null : String(v);
}

/** What the rows say, profile by profile, with every path's cell. */
export function readInsuranceRows(
  rows: readonly unknown[],
  chosenCell: unknown,
  locator: Locator,
  problems: ReadProblem[],
  lang: Lang,
): { profiles: unknown[]; chosen: string | null } {
  const list = "settings.insuranceBases";
  const cell = (i: number, field: string) => locator.find(`${list}[${i}].${field}`);
  const problem = (code: ReadProblem["code"], params: Record<string, string>, i: number, field: string) => {
    const place = cell(i, field);
    problems.push({ code, params, path: `${list}[${i}].${field}`, ...(place ? { place } : {}) });
  };
  const chosen = typeof chosenCell === "string" && chosenCell.trim() !== "" ? readProfileId(chosenCell) : null;
  checkProfileNames(rows, chosenCell, locator, problems, list, lang);

  const byProfile = new Map<string, Map<string, PeriodDraft>>();
  rows.forEach((raw, i) => {
    const row = raw as Row;
    for (const field of ["profile", "type", "from", "rounding"]) if (row[field] === undefined) problem("config.required", {}, i, field);
    if (row.profile === undefined || row.type === undefined || row.from === undefined || row.rounding === undefined) return;
    const id = readProfileId(String(row.profile));
    const type = readInsuranceType(row.type);
    if (!(INSURANCE_TYPES as readonly unknown[]).includes(type)) return problem("insurance.typeNotListed", { value: String(row.type) }, i, "type");
    const rounding = readRounding(row.rounding);
    if (!isContributionRounding(rounding)) return problem("insurance.roundingNotListed", { value: String(row.rounding) }, i, "rounding");
    const from = monthOf(row.from);
    const to = monthOf(row.to);
    const periods = byProfile.get(id) ?? new Map<string, PeriodDraft>();
    byProfile.set(id, periods);
    const key = `${String(from)}|${String(to)}`;
    const period: PeriodDraft = periods.get(key) ?? { from, to, bases: {}, rounding: {}, source: "", rows: new Map(), first: i };
    periods.set(key, period);
    const t = type as InsuranceType;
    if (period.bases[t] !== undefined) return problem("insurance.typeTwice", { profile: id, from: String(from), type: String(row.type) }, i, "type");
    period.bases[t] = { floor: row.floor ?? null, ceiling: row.ceiling ?? null };
    period.rows.set(t, i);
    if (period.source === "" && typeof row.source === "string") period.source = row.source;
    if (t === "housingFund") period.rounding.housingFund = rounding;
    else if (period.rounding.socialInsurance === undefined) {
      period.rounding.socialInsurance = rounding;
      period.roundingRow = i;
      period.roundingShown = String(row.rounding);
    } else if (period.rounding.socialInsurance !== rounding)
      problem("insurance.roundingDiffers", { profile: id, from: String(from), first: String(row.rounding), second: period.roundingShown ?? "" }, i, "rounding");
  });

  const profiles: unknown[] = [];
  for (const [id, periods] of byProfile) {
    const example = exampleProfiles().find((p) => p.id === id);
    const at = `insuranceProfiles[${profiles.length}]`;
    const data = {
      id,
      nameZh: example?.nameZh ?? id,
      nameEn: example?.nameEn ?? id,
      example: false,
      periods: [...periods.values()].map((p) => ({ from: p.from, to: p.to, bases: p.bases, rounding: p.rounding, source: p.source })),
    };
    if (example !== undefined && sameFigures(data, example)) continue;
    placeProfile(at, [...periods.values()], locator, list);
    profiles.push(data);
  }
  return { profiles, chosen };
}

/** The example as shipped: the rows hold exactly its periods, floors, ceilings, rounding and sources. */
function sameFigures(data: unknown, example: InsuranceProfile): boolean {
  const read = parseInsuranceProfile(data, "").profile;
  return read !== null && canonical({ ...read, example: true }) === canonical(example);
}

const canonical = (p: InsuranceProfile) => JSON.stringify(p, (_k, v: unknown) => (v !== null && typeof v === "object" && "toFixed" in v ? String(v) : v));

/** Each path the core parser may name, on its cell (a period by its place in the list given to the parser). */
function placeProfile(at: string, periods: PeriodDraft[], locator: Locator, list: string): void {
  const place = (path: string, i: number, field: string) => {
    const p = locator.find(`${list}[${i}].${field}`);
    if (p) locator.set(path, p);
  };
  place(at, periods[0]!.first, "profile");
  place(`${at}.id`, periods[0]!.first, "profile");
  place(`${at}.periods`, periods[0]!.first, "from");
  periods.forEach((p, k) => {
    const pa = `${at}.periods[${k}]`;
    place(pa, p.first, "from");
    place(`${pa}.from`, p.first, "from");
    place(`${pa}.to`, p.first, "to");
    if (p.roundingRow !== undefined) place(`${pa}.rounding.socialInsurance`, p.roundingRow, "rounding");
    for (const [type, i] of p.rows) {
      place(`${pa}.bases.${type}`, i, "type");
      place(`${pa}.bases.${type}.floor`, i, "floor");
      place(`${pa}.bases.${type}.ceiling`, i, "ceiling");
      if (type === "housingFund") place(`${pa}.rounding.housingFund`, i, "rounding");
    }
  });
}
