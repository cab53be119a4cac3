/**
 * The city profile in use as the payroll's band of limits finds its rows: InsuranceBases rows whose profile cell
 * equals Settings' SI_Profile as text, ignoring case and nothing else (../sheets/insuranceBand.ts). Reading groups
 * rows by a profile's id instead: a shipped example answers to its id and both its names (../insuranceChoices.ts
 * readProfileId: shanghai, 上海（示例，请核对本市标准）, "Shanghai (example — check your city)"), and a user's
 * profile is its text as typed, case and all. Where the two would take different rows for the month's limits the
 * engine clamps bases to one city's floors and ceilings and the sheet to another's, or to Settings' single ones
 * (test/oracle/profileAliases.oracle.test.ts) — so the cell naming the profile otherwise is refused, on its cell,
 * naming the text to write. Spaces around either are refused before this (./asTyped.ts).
 */
import type { Lang } from "../../data/lang";
import { profileText, readProfileId } from "../insuranceChoices";
import type { Locator } from "./locator";
import type { ReadProblem } from "./problems";

const textOf = (row: unknown): string | null => {
  const v = typeof row === "object" && row !== null ? (row as Record<string, unknown>).profile : undefined;
  return typeof v === "string" && v.trim() !== "" ? v.trim() : null;
};

export function checkProfileNames(rows: readonly unknown[], chosenCell: unknown, locator: Locator, problems: ReadProblem[], list: string, lang: Lang): void {
  if (typeof chosenCell !== "string" || chosenCell.trim() === "") return;
  const chosen = chosenCell.trim();
  const id = readProfileId(chosen);
  const texts = rows.map(textOf);
  const bySheet = (t: string | null) => t !== null && t.toLowerCase() === chosen.toLowerCase();
  const byEngine = (t: string | null) => t !== null && readProfileId(t) === id;
  // An example's name in the workbook's language (上海（示例，请核对本市标准）in a Chinese one): what to offer first when
  // the other text is its id or its other language's name (insurance.profileAliasName).
  const name = profileText(id, lang);
  const push = (code: ReadProblem["code"], typed: string, shown: string, path: string) => {
    const place = locator.find(path);
    const offerName = code === "insurance.profileAlias" && name !== id && shown !== name;
    problems.push({ code: offerName ? "insurance.profileAliasName" : code, params: { typed, shown, ...(offerName ? { name } : {}) }, path, ...(place ? { place } : {}) });
  };
  // None of the profile's rows is named as Settings names it: the one cell to change is Settings'.
  const first = texts.find((t) => byEngine(t));
  if (first !== undefined && first !== null && !texts.some(bySheet)) return push("insurance.profileAlias", chosen, first, "settings.insuranceProfile");
  texts.forEach((t, i) => {
    if (t === null || bySheet(t) === byEngine(t)) return;
    // One profile to the engine, another name to the sheet (an example's other name) — or the other way, case apart.
    push(byEngine(t) ? "insurance.profileAlias" : "insurance.profileCase", t, chosen, `${list}[${i}].profile`);
  });
}
