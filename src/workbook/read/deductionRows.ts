/**
 * The Special deductions sheet's rows (one per item, each naming its person) into the config's shape:
 * each person's `staff[i].deductions` list, in the sheet's order. Each item's cells keep their places
 * under the new path (`staff[2].deductions[0].amount`), so what core's checks say of an item is said on
 * its cell; an item whose person is not on Staff is reported there.
 */
import { idKey } from "../../core/roles";
import { categoryOf, DEDUCTION_CATEGORIES } from "../../core/tax/deductions";
import { CATEGORY_TEXTS, SHARE_TEXT } from "../sheets/deductions";
import type { Locator } from "./locator";
import type { ReadProblem } from "./problems";

const ITEM_PATHS = ["", ".category", ".from", ".to", ".amount", ".share", ".shared", ".note"] as const;

/** Excel's TRIM: ASCII spaces only, at the ends, and each run inside made one. */
const excelTrim = (s: string) => s.replace(/ +/g, " ").replace(/^ | $/g, "");

/**
 * The category's names the sheet would find for `typed`, when core reads it as a category the sheet does not
 * (its code compares TRIM(cell) by = ignoring case only, while core folds width and drops every kind of
 * space: ｃｈｉｌｄＥｄｕｃａｔｉｏｎ, 子女 教育); undefined when the two agree.
 */
function categoryAsTyped(typed: unknown): { categoryZh: string; categoryEn: string } | undefined {
  if (typeof typed !== "string") return undefined;
  const category = categoryOf(typed);
  const at = DEDUCTION_CATEGORIES.indexOf(category as never);
  if (at < 0) return undefined;
  const sheet = excelTrim(typed).toLowerCase();
  if (CATEGORY_TEXTS.some((w) => w.toLowerCase() === sheet)) return undefined;
  const n = DEDUCTION_CATEGORIES.length;
  return { categoryZh: CATEGORY_TEXTS[n + at]!, categoryEn: CATEGORY_TEXTS[2 * n + at]! };
}

/** A share as the sheet shows it ("50%", 0.5 once Excel made a number of it) as the config's word; anything else as it is, for the checks. */
function shareOf(v: unknown): unknown {
  if (v === 1 || (typeof v === "string" && v.trim() === SHARE_TEXT.full)) return "full";
  if (v === 0.5 || (typeof v === "string" && v.trim() === SHARE_TEXT.half)) return "half";
  return typeof v === "string" ? v.trim().toLowerCase() : v;
}

export function attachDeductions(staff: unknown[], items: readonly unknown[], locator: Locator, problems: ReadProblem[]): void {
  const keys = staff.map((s) => (typeof s === "object" && s !== null && "id" in s ? idKey(String((s as { id: unknown }).id)) : null));
  items.forEach((raw, k) => {
    const { staff: person, ...item } = raw as Record<string, unknown>;
    const at = `deductions[${k}]`;
    const id = String(person ?? "");
    // A blank person is reported where it is already (readTableRows), with a placeholder id "?row".
    if (id.startsWith("?")) return;
    const i = keys.indexOf(idKey(id));
    if (i < 0) {
      const place = locator.find(`${at}.staff`);
      problems.push({ code: "deductions.personUnknown", params: { staff: id }, path: `${at}.staff`, ...(place ? { place } : {}) });
      return;
    }
    // The engine's key folds width (Ｅ01 is E01), the sheet's MATCH and the payroll's SUMIFS fold only case:
    // an item the two would count differently is refused here, on its cell, rather than counted by one alone.
    const staffId = String((staff[i] as { id: unknown }).id);
    if (id.toLowerCase() !== staffId.toLowerCase()) {
      const place = locator.find(`${at}.staff`);
      problems.push({ code: "deductions.personWidth", params: { staff: id, id: staffId }, path: `${at}.staff`, ...(place ? { place } : {}) });
      return;
    }
    // A row with its person but no category or start month is missing them, said on the cell (not "undefined is no category").
    const missing = (["category", "from"] as const).filter((k) => item[k] === undefined);
    for (const k of missing) {
      const place = locator.find(`${at}.${k}`);
      problems.push({ code: "config.required", params: {}, path: `${at}.${k}`, ...(place ? { place } : {}) });
    }
    if (missing.length > 0) return;
    const written = categoryAsTyped(item.category);
    if (written !== undefined) {
      const place = locator.find(`${at}.category`);
      problems.push({ code: "deductions.categoryAsTyped", params: { typed: String(item.category), ...written }, path: `${at}.category`, ...(place ? { place } : {}) });
      return;
    }
    if (item.share !== undefined) item.share = shareOf(item.share);
    const row = staff[i] as Record<string, unknown>;
    const list = (row.deductions ??= []) as unknown[];
    const target = `staff[${i}].deductions[${list.length}]`;
    list.push(item);
    for (const p of ITEM_PATHS) {
      const place = locator.find(`${at}${p}`);
      if (place) locator.set(`${target}${p}`, place);
    }
    const first = locator.find(at);
    if (first) locator.setFirst(`staff[${i}].deductions`, first);
  });
}
