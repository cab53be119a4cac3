/**
 * A Staff row's role (岗位) as the sheet's formulas find it: MATCH against the Roles table's id, Chinese
 * name and English name cells (./../sheets/roleLookup.ts), and = in the Roles table's holders — ignoring
 * case and nothing else. Core finds a role by a key that also folds width and the kind and number of spaces
 * (src/core/roles.ts roleKey: ｍａｎａｇｅｒ, "Store  Ops", 运　营 are manager, "Store Ops", 运营), right for a
 * config file — whose Staff sheet ShopSheet writes with the role it found — but not for a typed cell the sheet
 * keeps: the engine would pay the role's commission and the sheet none (test/oracle/roleSpaces.oracle.test.ts).
 * Such a role is refused on its cell, naming the text the sheet would find, as a re-hire's link is
 * (./rehireLinks.ts). Spaces at either end are refused before this, on the cell itself (./asTyped.ts).
 */
import { excelWildcardIn } from "../../core/config/leafChecks";
import { roleKey } from "../../core/roles";
import type { Locator } from "./locator";
import type { ReadProblem } from "./problems";

const textOf = (row: unknown, key: string): string | null => {
  const v = typeof row === "object" && row !== null ? (row as Record<string, unknown>)[key] : undefined;
  return typeof v === "string" && v !== "" ? v : null;
};

/** The texts a Roles row answers to in the sheet's lookups: the id as its cell shows it, and both names. */
const cellTexts = (row: unknown): string[] => ["id", "nameZh", "nameEn"].flatMap((k) => textOf(row, k) ?? []);

/**
 * `staff`: the Staff rows as read (role as typed, trimmed); `shown`: the Roles rows as read, id as the cell
 * shows it; `roles`: the same rows with each id as the config holds it (a Chinese workbook's 电商部经理 read as
 * manager: ../roleIds.ts), which core also finds a role by.
 */
export function checkStaffRoles(staff: readonly unknown[], shown: readonly unknown[], roles: readonly unknown[], locator: Locator, problems: ReadProblem[]): void {
  const inSheet = new Set(shown.flatMap(cellTexts).map((t) => t.toLowerCase()));
  staff.forEach((row, i) => {
    const role = textOf(row, "role");
    // A role holding * ? ~ is core's to refuse (name.wildcard: MATCH reads a pattern), though its key may fold to
    // a role's (＊ and ～ fold to * and ~): "write 客服＊" would hide why the text is wrong.
    if (role === null || inSheet.has(role.toLowerCase()) || excelWildcardIn(role) !== undefined) return;
    const k = roleKey(role);
    const found = shown.findIndex((r, j) => [...cellTexts(r), textOf(roles[j], "id") ?? ""].some((t) => t !== "" && roleKey(t) === k));
    // No role by either key: core says so (staff.unknownRole).
    if (found < 0) return;
    const texts = cellTexts(shown[found]);
    const path = `staff[${i}].role`;
    const place = locator.find(path);
    problems.push({ code: "staff.roleAsTyped", params: { role, shown: texts.find((t) => roleKey(t) === k) ?? texts[0] ?? "" }, path, ...(place ? { place } : {}) });
  });
}
