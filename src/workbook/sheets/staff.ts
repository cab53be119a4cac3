import type { Lang } from "../../data/lang";
import type { CodeSuffix, MessageCode } from "../../data/messages";
import { staffProblem } from "../../core/payroll";
import { roleKey } from "../../core/roles";
import type { Role, Staff } from "../../core/types";
import { SHEET, TABLE } from "../names";
import type { SheetSpec, TableSpec } from "../spec";
import { firstCellColAbs, formulaText } from "../layout";
import { valueCell, wbText } from "../text";
import { STAFF_FIELDS, type TableField } from "../../core/config/tableFields";
import { fieldColumns, fieldRow } from "../fieldColumns";
import { colLetters } from "../address";
import { roleIdOf } from "./roleLookup";
import { hasWildcard } from "./literalLookup";
import { flagValue } from "../choices";
import { a4, wrappedNote } from "./page";
import { heightFor, linesFor } from "../textFit";

/**
 * The role as a Staff row shows it: in a Chinese workbook the role's Chinese name, where that name is
 * the role's alone (no other role has it as id or name: the engine would refuse it as ambiguous), else
 * the id. The engine and the sheets' formulas take a role by id or by name (./roleLookup.ts).
 */
export function staffRoleText(roleId: string, roles: readonly Role[] | undefined, lang: Lang): string {
  if (lang !== "zh-CN" || roles === undefined) return roleId;
  const role = roles.find((r) => r.id === roleId);
  if (!role || role.nameZh.trim() === "") return roleId;
  const k = roleKey(role.nameZh);
  const others = roles.filter((r) => r !== role && (roleKey(r.id) === k || roleKey(r.nameZh) === k || roleKey(r.nameEn) === k));
  return others.length === 0 ? role.nameZh : roleId;
}

/** The columns before Check, and those after it at the table's right end (the 旺旺 nickname and the
 *  personal data, which the user can hide or protect there). */
const MAIN_FIELDS = (STAFF_FIELDS as readonly TableField[]).filter((f) => f.atEnd !== true);
const END_FIELDS = (STAFF_FIELDS as readonly TableField[]).filter((f) => f.atEnd === true);

/** With `roles`, each row's check is written as the formula's cached result. */
export function staffTable(staff: readonly Staff[], lang: Lang, roles?: readonly Role[]): TableSpec {
  const h = (key: CodeSuffix<"wb.col.">) => wbText(`wb.col.${key}`, lang);
  const t = (key: MessageCode) => formulaText(wbText(key, lang));
  const role = `MATCH(${roleIdOf("[@role]")},Roles[id],0)`;
  const bound = (col: "baseMin" | "baseMax") => `INDEX(Roles[${col}],${role})`;
  return {
    name: TABLE.staff,
    at: "A5",
    columns: [
      ...fieldColumns(MAIN_FIELDS, lang, {
        // The drop-down follows the Roles table as it grows: Excel takes no table reference in a list's
        // source, but a formula returning one (INDIRECT of the column's name) it does.
        role: { validation: { kind: "listFrom", source: { table: TABLE.roles, column: lang === "zh-CN" ? "nameZh" : "id" }, error: wbText("wb.staff.roleError", lang) } },
      }),
      {
        key: "check",
        header: h("check"),
        formula:
          // A role with * ? ~ first: MATCH would read it as a pattern and find some role (core refuses it: name.wildcard).
          `IF(${hasWildcard("[@role]")},${t("wb.staff.roleWildcard")},IF(ISNA(${role}),${t("wb.staff.unknownRole")},IF([@base]="",${t("wb.staff.noBase")},` +
          // A missing bound (blank, or "needs input") is no bound.
          `IF(OR(AND(ISNUMBER(${bound("baseMin")}),[@base]<${bound("baseMin")}),` +
          `AND(ISNUMBER(${bound("baseMax")}),[@base]>${bound("baseMax")})),${t("wb.staff.outOfRange")},` +
          // No ID holds * ? ~, so a link with one names none (MATCH would take it as a pattern and find one).
          `IF(AND([@sameAs]&""<>"",OR(${hasWildcard("[@sameAs]")},ISNA(MATCH([@sameAs],[id],0)))),${t("wb.staff.sameAsUnknown")},"")))))`,
        width: 14,
      },
      // Text cells: an 18-digit ID or a 19-digit account typed into a number cell would lose its last
      // digits (Excel keeps 15 significant digits).
      ...fieldColumns(END_FIELDS, lang, { idNumber: { style: "text" }, bankAccount: { style: "text" } }),
    ],
    rows: staff.map((s) => ({
      ...fieldRow(STAFF_FIELDS, s),
      role: staffRoleText(s.role, roles, lang),
      // 是/否 in a Chinese workbook, TRUE/FALSE in an English one (../choices.ts), as Roles' flags.
      previousYearUnder60k: flagValue(s.iit?.previousYearUnder60k ?? false, lang),
      firstJobThisYear: flagValue(s.iit?.firstJobThisYear ?? false, lang),
      ...(roles ? { check: checkText(s, roles, lang) } : {}),
    })),
    reads: { list: "staff" },
  };
}

function checkText(s: Staff, roles: readonly Role[], lang: Lang): string {
  const problem = staffProblem(s, roles);
  return problem === null ? "" : wbText(`wb.staff.${problem}`, lang);
}

/** The Staff sheet: who works here; a base outside the role's range is highlighted and said in Check. */
export function staffSheet(staff: readonly Staff[], lang: Lang, roles?: readonly Role[], company: string | null = null): SheetSpec {
  const table = staffTable(staff, lang, roles);
  const widths = Object.fromEntries(table.columns.map((c, i) => [colLetters(i + 1), c.width ?? 8.43]));
  // Printed up to Check: the nickname and the personal data at the right end (ID and bank numbers) stay
  // on screen only — a printed roster of ID numbers is a privacy leak, and their width shrank the print.
  const last = colLetters(table.columns.findIndex((c) => c.key === "check") + 1);
  const title = wbText("wb.staff.title", lang);
  const note = wrappedNote(3, 1, table.columns.length, wbText("wb.staff.openingNote", lang), widths);
  const header = table.columns.reduce((lines, c) => Math.max(lines, linesFor(c.header, c.width ?? 8.43)), 1);
  return {
    key: SHEET.staff,
    name: wbText("wb.staff.sheet", lang),
    cells: [valueCell("A1", title, "title"), valueCell("A2", wbText("wb.inputHint", lang), "note"), note.cell],
    tables: [table],
    merges: [note.merge],
    rowHeights: { [note.height[0]]: note.height[1], "5": heightFor(header) },
    freeze: { rows: 5, cols: 2 },
    conditionalFormats: [
      { target: { table: TABLE.staff, column: "base" }, expression: `${firstCellColAbs(table, "check")}<>""`, style: "warning" },
    ],
    page: a4({ lang, company }, title, { orientation: "landscape", fitToWidth: true, printArea: `A:${last}`, printTitleRows: [5, 5], narrowMargins: true }),
  };
}
