import type { Lang } from "../../data/lang";
import type { CodeSuffix, MessageCode } from "../../data/messages";
import { staffProblem } from "../../core/payroll";
import type { Role, Staff } from "../../core/types";
import { SHEET, TABLE } from "../names";
import type { SheetSpec, TableSpec } from "../spec";
import { firstCellColAbs, formulaText } from "../layout";
import { valueCell, wbText } from "../text";
import { STAFF_FIELDS, type TableField } from "../../core/config/tableFields";
import { fieldColumns, fieldRow } from "../fieldColumns";

/** The columns before Check, and those after it at the table's right end (the 旺旺 nickname and the
 *  personal data, which the user can hide or protect there). */
const MAIN_FIELDS = (STAFF_FIELDS as readonly TableField[]).filter((f) => f.atEnd !== true);
const END_FIELDS = (STAFF_FIELDS as readonly TableField[]).filter((f) => f.atEnd === true);

/** With `roles`, each row's check is written as the formula's cached result. */
export function staffTable(staff: readonly Staff[], lang: Lang, roles?: readonly Role[]): TableSpec {
  const h = (key: CodeSuffix<"wb.col.">) => wbText(`wb.col.${key}`, lang);
  const t = (key: MessageCode) => formulaText(wbText(key, lang));
  const role = "MATCH([@role],Roles[id],0)";
  return {
    name: TABLE.staff,
    at: "A5",
    columns: [
      ...fieldColumns(MAIN_FIELDS, lang, {
        role: { validation: { kind: "listFrom", source: { table: TABLE.roles, column: "id" }, error: wbText("wb.staff.roleError", lang) } },
      }),
      {
        key: "check",
        header: h("check"),
        formula:
          `IF(ISNA(${role}),${t("wb.staff.unknownRole")},IF([@base]="",${t("wb.staff.noBase")},` +
          `IF(OR(AND(INDEX(Roles[baseMin],${role})<>"",[@base]<INDEX(Roles[baseMin],${role})),` +
          `AND(INDEX(Roles[baseMax],${role})<>"",[@base]>INDEX(Roles[baseMax],${role}))),${t("wb.staff.outOfRange")},` +
          `IF(AND([@sameAs]&""<>"",ISNA(MATCH([@sameAs],[id],0))),${t("wb.staff.sameAsUnknown")},""))))`,
        width: 18,
      },
      // Text cells: an 18-digit ID or a 19-digit account typed into a number cell would lose its last
      // digits (Excel keeps 15 significant digits).
      ...fieldColumns(END_FIELDS, lang, { idNumber: { style: "text" }, bankAccount: { style: "text" } }),
    ],
    rows: staff.map((s) => ({
      ...fieldRow(STAFF_FIELDS, s),
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
export function staffSheet(staff: readonly Staff[], lang: Lang, roles?: readonly Role[]): SheetSpec {
  const table = staffTable(staff, lang, roles);
  return {
    key: SHEET.staff,
    name: wbText("wb.staff.sheet", lang),
    cells: [
      valueCell("A1", wbText("wb.staff.title", lang), "title"),
      valueCell("A2", wbText("wb.inputHint", lang), "note"),
      valueCell("A3", wbText("wb.staff.openingNote", lang), "note"),
    ],
    tables: [table],
    freeze: { rows: 5, cols: 2 },
    conditionalFormats: [
      { target: { table: TABLE.staff, column: "base" }, expression: `${firstCellColAbs(table, "check")}<>""`, style: "warning" },
    ],
  };
}
