import type { Lang } from "../../data/lang";
import type { CodeSuffix, MessageCode } from "../../data/messages";
import { staffProblem } from "../../core/payroll";
import type { Role, Staff } from "../../core/types";
import { SHEET, TABLE } from "../names";
import type { CellValue, SheetSpec, TableSpec } from "../spec";
import { firstCellColAbs, formulaText } from "../layout";
import { num, valueCell, wbText } from "../text";

const date = (d: string | null): CellValue => (d === null ? null : { date: d });

/** With `roles`, each row's check is written as the formula's cached result. */
export function staffTable(staff: readonly Staff[], lang: Lang, roles?: readonly Role[]): TableSpec {
  const h = (key: CodeSuffix<"wb.col.">) => wbText(`wb.col.${key}`, lang);
  const t = (key: MessageCode) => formulaText(wbText(key, lang));
  const role = "MATCH([@role],Roles[id],0)";
  return {
    name: TABLE.staff,
    at: "A5",
    columns: [
      { key: "id", header: h("id"), input: true, width: 8 },
      { key: "name", header: h("name"), input: true, width: 16 },
      {
        key: "role",
        header: h("role"),
        input: true,
        width: 11,
        validation: { kind: "listFrom", source: { table: TABLE.roles, column: "id" }, error: wbText("wb.staff.roleError", lang) },
      },
      { key: "base", header: h("base"), input: true, style: "money", width: 11 },
      { key: "contributionBase", header: h("contributionBase"), input: true, style: "money", width: 12 },
      { key: "sad", header: h("sad"), input: true, style: "money", width: 12 },
      { key: "startDate", header: h("startDate"), input: true, style: "date", width: 11 },
      { key: "endDate", header: h("endDate"), input: true, style: "date", width: 11 },
      // A re-hire's row names the person's first row: one taxpayer, one year to date (core: Staff.sameAs).
      { key: "sameAs", header: h("sameAs"), input: true, width: 12 },
      { key: "openingMonths", header: h("openingMonths"), input: true, style: "integer", width: 9 },
      { key: "openingGross", header: h("openingGross"), input: true, style: "money", width: 12 },
      { key: "openingInsurance", header: h("openingInsurance"), input: true, style: "money", width: 12 },
      { key: "openingSad", header: h("openingSad"), input: true, style: "money", width: 12 },
      { key: "openingTax", header: h("openingTax"), input: true, style: "money", width: 12 },
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
      id: s.id,
      name: s.name,
      role: s.role,
      base: num(s.base),
      contributionBase: num(s.contributionBase),
      sad: num(s.specialAdditionalDeduction),
      startDate: date(s.startDate),
      endDate: date(s.endDate),
      sameAs: s.sameAs,
      openingMonths: s.opening?.months ?? null,
      openingGross: num(s.opening?.gross ?? null),
      openingInsurance: num(s.opening?.insurance ?? null),
      openingSad: num(s.opening?.specialAdditionalDeduction ?? null),
      openingTax: num(s.opening?.taxWithheld ?? null),
      ...(roles ? { check: checkText(s, roles, lang) } : {}),
    })),
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
