/**
 * A cell whose text the workbook's formulas compare as typed (TableField.matchedAsTyped: a staff id, a
 * re-hire's or a deduction's reference to one, a city profile's name). Excel's MATCH, SUMIFS and =
 * ignore case but not spaces ("E01 " is not "E01"), while reading trims every text (./cellValues.ts): a
 * space before or after such a text would make the engine pay a row the sheet's lookups never find. So
 * the cell is refused where it is, with the spaces shown, rather than trimmed.
 * MATCH: https://support.microsoft.com/office/match-function-e8dffd45-c762-47d6-bf89-533f4a37673a
 */
import type { CellLocation, GridValue } from "./grid";
import type { ReadProblem } from "./problems";

/** Each space, full-width space, tab… at either end shown as ␣ (U+2423), so a message can point at it. */
export function showSurroundingSpaces(s: string): string {
  const inner = s.trim();
  const at = s.indexOf(inner);
  const mark = (part: string) => "␣".repeat([...part].length);
  return inner === "" ? mark(s) : `${mark(s.slice(0, at))}${inner}${mark(s.slice(at + inner.length))}`;
}

/** The problem of a cell whose text has a space at either end; undefined for any other value. */
export function surroundingSpaceProblem(v: GridValue, path: string, place: CellLocation | undefined): ReadProblem | undefined {
  if (typeof v !== "string" || v === v.trim() || v.trim() === "") return undefined;
  return { code: "id.surroundingSpace", params: { value: showSurroundingSpaces(v) }, path, ...(place ? { place } : {}) };
}
