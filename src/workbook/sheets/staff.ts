import type { Lang } from "../../data/lang";
import type { CodeSuffix, MessageCode } from "../../data/messages";
import { staffProblem } from "../../core/payroll";
import type { Role, Staff } from "../../core/types";
import { SHEET, TABLE } from "../names";
import type { SheetSpec, TableSpec } from "../spec";
import { firstCellColAbs, formulaText } from "../layout";
import { valueCell, wbText } from "../text";
import { STAFF_FIELDS } from "../../core/config/tableFields";
import { fieldColumns, fieldRow } from "../fieldColumns";

/** With `roles`, each row's check is written as the formula's cached result. */
export function staffTable(staff: readonly Staff[], lang: Lang, roles?: readonly Role[]): TableSpec {
  const h = (key: CodeSuffix<"wb.col.">) => wbText(`wb.col.${key}`, lang);
  const t = (key: MessageCode) => formulaText(wbText(key, lang));
  const role = "MATCH([@role],Roles[id],0)";
  return {
    name: TABLE.staff,
    at: "A5",
    columns: [
      ...fieldColumns(STAFF_FIELDS, lang, {
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
