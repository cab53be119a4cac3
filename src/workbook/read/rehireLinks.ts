/**
 * A re-hire's link (Staff's 同一人 / sameAs cell) as the sheet's formulas follow it: MATCH([@sameAs], [id], 0)
 * on Staff and on every payroll sheet, which ignores case and nothing else. Core links a record to the
 * first one by a key that also folds width and the kind of space (src/core/config/rehire.ts: Ｅ01 or
 * "E　01" with a full-width space finds E01 or "E 01"), right for a config file — whose Staff sheet
 * ShopSheet writes with the id linked to — but not for a typed cell the sheet keeps: there the engine
 * would carry one taxpayer's year to date and the sheet two. Such a link is refused on its cell, as a
 * deduction's person is (./deductionRows.ts).
 */
import { idKey } from "../../core/roles";
import type { Locator } from "./locator";
import type { ReadProblem } from "./problems";

const textOf = (row: unknown, key: "id" | "sameAs"): string | null => {
  const v = typeof row === "object" && row !== null ? (row as Record<string, unknown>)[key] : undefined;
  return typeof v === "string" ? v : null;
};

export function checkRehireLinks(staff: readonly unknown[], locator: Locator, problems: ReadProblem[]): void {
  const ids = staff.map((row) => textOf(row, "id"));
  staff.forEach((row, i) => {
    const sameAs = textOf(row, "sameAs");
    if (sameAs === null) return;
    if (ids.some((id) => id !== null && id.toLowerCase() === sameAs.toLowerCase())) return;
    const linked = ids.find((id) => id !== null && idKey(id) === idKey(sameAs));
    // Nobody by either key: core says so (staff.sameAsUnknown).
    if (linked === undefined || linked === null) return;
    const path = `staff[${i}].sameAs`;
    const place = locator.find(path);
    problems.push({ code: "staff.sameAsWidth", params: { sameAs, id: linked }, path, ...(place ? { place } : {}) });
  });
}
