import type { Lang } from "../../data/lang";
import type { CodeSuffix } from "../../data/messages";
import { findRoleSeed } from "../../data/catalogue";
import { holdersByRole, shareAllocation, type ShareAllocation } from "../../core/pool";
import type { Role, Staff } from "../../core/types";
import { SHEET, TABLE } from "../names";
import type { CellSpec, SheetSpec, TableSpec } from "../spec";
import { firstCellColAbs } from "../layout";
import { valueCell, formulaCell, wbText } from "../text";
import { ROLE_FIELDS } from "../../core/config/tableFields";
import { fieldColumns, fieldRow } from "../fieldColumns";

/** The catalogue's notes on a role's gaps, in the chosen language; custom roles have none. */
function roleNotes(role: Role, lang: Lang): string {
  const seed = findRoleSeed(role.id);
  if (!seed) return "";
  return seed.notes.map((n) => (lang === "zh-CN" ? n.text.zh : n.text.en)).join(" ");
}

/** The catalogue's allocation over the whole staff list, as the Roles sheet counts it. */
function allocation(roles: readonly Role[], staff: readonly Pick<Staff, "role">[]): ShareAllocation {
  return shareAllocation(roles, holdersByRole(staff.map((s) => s.role)));
}

/** With `staff`, the holders and allocated shares are written as the formulas' cached results. */
export function rolesTable(roles: readonly Role[], lang: Lang, staff?: readonly Pick<Staff, "role">[]): TableSpec {
  const h = (key: CodeSuffix<"wb.col.">) => wbText(`wb.col.${key}`, lang);
  const computed = staff === undefined ? undefined : allocation(roles, staff).roles;
  return {
    name: TABLE.roles,
    at: "A5",
    columns: [
      ...fieldColumns(ROLE_FIELDS, lang, {
        shareBasis: { validation: { kind: "list", values: ["perPerson", "splitRole"], error: wbText("wb.roles.basisNote", lang).slice(0, 225) } },
      }),
      { key: "holders", header: h("holders"), formula: `COUNTIF(${TABLE.staff}[role],[@id])`, style: "integer", width: 9 },
      {
        key: "allocatedShare",
        header: h("allocatedShare"),
        // Per person: each holder takes the share; split: the role takes it once if anyone holds it.
        formula: 'IF([@shareBasis]="splitRole",IF([@holders]>0,N([@share]),0),N([@share])*[@holders])',
        style: "percent",
        width: 10,
      },
      { key: "notes", header: h("notes"), input: true, width: 60 },
    ],
    rows: roles.map((r, i) => ({
      ...fieldRow(ROLE_FIELDS, r),
      notes: roleNotes(r, lang),
      ...(computed ? { holders: computed[i]!.holders, allocatedShare: computed[i]!.share.toNumber() } : {}),
    })),
    reads: { list: "roles", locateBy: "id" },
  };
}

/** The Roles sheet: the catalogue table and the pool's allocation across it (cached results with `staff`). */
export function rolesSheet(roles: readonly Role[], lang: Lang, staff?: readonly Pick<Staff, "role">[]): SheetSpec {
  const table = rolesTable(roles, lang, staff);
  const summary = staff === undefined ? undefined : allocation(roles, staff);
  const cached = (cell: CellSpec, x: "allocated" | "unallocated" | "overAllocated"): CellSpec => (summary ? { ...cell, result: summary[x].toNumber() } : cell);
  const needsInput = (key: string) => ({ target: { table: TABLE.roles, column: key }, expression: `ISBLANK(${firstCellColAbs(table, key)})`, style: "needsInput" as const });
  return {
    key: SHEET.roles,
    name: wbText("wb.roles.sheet", lang),
    cells: [
      valueCell("A1", wbText("wb.roles.title", lang), "title"),
      valueCell("A2", wbText("wb.inputHint", lang), "note"),
      valueCell("A3", wbText("wb.roles.basisNote", lang), "note"),
      valueCell("O5", wbText("wb.roles.summary", lang), "header"),
      valueCell("O6", wbText("wb.roles.allocated", lang), "label"),
      cached(formulaCell("P6", `SUM(${TABLE.roles}[allocatedShare])`, "percent"), "allocated"),
      valueCell("O7", wbText("wb.roles.unallocated", lang), "label"),
      cached(formulaCell("P7", "MAX(0,1-P6)", "percent"), "unallocated"),
      valueCell("O8", wbText("wb.roles.overAllocated", lang), "label"),
      cached(formulaCell("P8", "MAX(0,P6-1)", "percent"), "overAllocated"),
    ],
    tables: [table],
    columnWidths: { N: 3, O: 30, P: 12 },
    freeze: { rows: 5, cols: 1 },
    conditionalFormats: [
      needsInput("baseMin"),
      needsInput("share"),
      { target: "P8", expression: "P8>0", style: "warning" },
    ],
  };
}
