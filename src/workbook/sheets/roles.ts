import type { Lang } from "../../data/lang";
import type { CodeSuffix } from "../../data/messages";
import { findRoleSeed } from "../../data/catalogue";
import { holdersByRole, shareAllocation, type ShareAllocation } from "../../core/pool";
import type { Role, Staff } from "../../core/types";
import { SHEET, TABLE } from "../names";
import type { CellSpec, CellValue, SheetSpec, StyleRef, TableColumnSpec, TableSpec } from "../spec";
import { columnLetter, firstCellColAbs, formulaText } from "../layout";
import { valueCell, formulaCell, wbText } from "../text";
import { ROLE_FIELDS } from "../../core/config/tableFields";
import { fieldColumns, fieldRow } from "../fieldColumns";
import { basisText, basisTexts, flagValue, yesTexts } from "../choices";
import { holdersOfThisRole } from "./roleLookup";
import { colLetters } from "../address";
import { a4, wrappedNote } from "./page";
import { heightFor, linesFor } from "../textFit";
import { shownRoleId } from "../roleIds";

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

/** `[@key]` equals one of `texts` (Excel compares text ignoring case). */
const isAnyOf = (key: string, texts: readonly string[]) => `OR(${texts.map((t) => `[@${key}]=${formulaText(t)}`).join(",")})`;

/**
 * With `staff`, the holders and allocated shares are written as the formulas' cached results. A role's
 * share basis and its flags are words in the workbook's language (src/workbook/choices.ts); two helper
 * columns at the table's end turn what is typed there (in either language, or a code) into the codes
 * the other sheets' formulas read by the keys shareBasis and insured. A missing base or share says so.
 */
export function rolesTable(roles: readonly Role[], lang: Lang, staff?: readonly Pick<Staff, "role">[]): TableSpec {
  const h = (key: CodeSuffix<"wb.col.">) => wbText(`wb.col.${key}`, lang);
  const computed = staff === undefined ? undefined : allocation(roles, staff).roles;
  const needsInput = wbText("wb.needsInput", lang);
  const flagList = lang === "zh-CN" ? [wbText("wb.yes", lang), wbText("wb.no", lang)] : ["TRUE", "FALSE"];
  const helper = (key: CodeSuffix<"wb.col.">) => wbText("wb.col.helper", lang, { what: h(key) });
  return {
    name: TABLE.roles,
    at: "A5",
    // Every cell of a role's row reads from the top: a row is as tall as its wrapped notes, and figures
    // left at the bottom of a tall row (Excel's default) sit lines below the note's first words.
    columns: ([
      ...fieldColumns(ROLE_FIELDS, lang, {
        basis: { validation: { kind: "list", values: [basisText("perPerson", lang), basisText("splitRole", lang)], error: wbText("wb.roles.basisError", lang) } },
        roomAndBoard: { validation: { kind: "list", values: flagList, error: wbText("wb.roles.flagError", lang) } },
        insurance: { validation: { kind: "list", values: flagList, error: wbText("wb.roles.flagError", lang) } },
      }),
      { key: "holders", header: h("holders"), formula: holdersOfThisRole, style: "integer", width: 8 },
      {
        key: "allocatedShare",
        header: h("allocatedShare"),
        // Per person: each holder takes the share; split: the role takes it once if anyone holds it.
        formula: 'IF([@shareBasis]="splitRole",IF([@holders]>0,N([@share]),0),N([@share])*[@holders])',
        style: "percent",
        width: 9,
      },
      { key: "notes", header: h("notes"), input: true, width: 40, style: "wrap" },
      // The codes the formulas read (helper columns, folded away): a basis typed in any language, or left
      // from an older workbook as a code; a flag typed as 是, yes or TRUE.
      { key: "shareBasis", header: helper("basisCode"), formula: `IF(${isAnyOf("basis", basisTexts("splitRole"))},"splitRole","perPerson")`, width: 10 },
      { key: "insured", header: helper("insuredCode"), formula: `OR([@insurance]=TRUE,${isAnyOf("insurance", yesTexts())})`, width: 10 },
    ] satisfies TableColumnSpec[]).map((c): TableColumnSpec => ({ ...c, style: fromTop(c.style) })),
    rows: roles.map((r, i) => ({
      ...fieldRow(ROLE_FIELDS, r),
      // A catalogue role's id in a Chinese workbook is its Chinese key, read back as the id (../roleIds.ts).
      id: shownRoleId(r.id, roles, lang),
      basis: basisText(r.shareBasis, lang),
      roomAndBoard: flagValue(r.roomAndBoard, lang),
      insurance: flagValue(r.insured, lang),
      // A missing base or share says so in its cell (the reader takes the words for blank).
      ...(r.baseMin === null ? { baseMin: needsInput } : {}),
      ...(r.share === null ? { share: needsInput } : {}),
      notes: roleNotes(r, lang),
      ...(computed ? { holders: computed[i]!.holders, allocatedShare: computed[i]!.share.toNumber(), shareBasis: r.shareBasis, insured: r.insured } : {}),
    })),
    reads: { list: "roles", locateBy: "id" },
  };
}

function fromTop(style: StyleRef | undefined): StyleRef {
  return style === undefined ? "top" : [...(typeof style === "string" ? [style] : style), "top"];
}

/** The pool's allocation cells above the table: in the notes column (the fields, holders, allocated share, notes). */
const SUMMARY_COLUMN = colLetters(ROLE_FIELDS.length + 3);
export const ROLES_SUMMARY = { allocated: `${SUMMARY_COLUMN}2`, unallocated: `${SUMMARY_COLUMN}3`, overAllocated: `${SUMMARY_COLUMN}4` } as const;

/** Column widths of the Roles table by letter (for the notes laid across them). */
function widths(table: TableSpec): Record<string, number> {
  return Object.fromEntries(table.columns.map((c, i) => [colLetters(i + 1), c.width ?? 8.43]));
}

/**
 * The Roles sheet: the catalogue table and the pool's allocation across it (cached results with
 * `staff`). The sheet's texts start in column B, so that a Chinese workbook can print without the role
 * ids of column A.
 */
export function rolesSheet(roles: readonly Role[], lang: Lang, staff?: readonly Pick<Staff, "role">[], company: string | null = null): SheetSpec {
  const table = rolesTable(roles, lang, staff);
  const summary = staff === undefined ? undefined : allocation(roles, staff);
  const cached = (cell: CellSpec, x: "allocated" | "unallocated" | "overAllocated"): CellSpec => (summary ? { ...cell, result: summary[x].toNumber() } : cell);
  const notNumber = (key: string) => ({ target: { table: TABLE.roles, column: key }, expression: `NOT(ISNUMBER(${firstCellColAbs(table, key)}))`, style: "needsInput" as const });
  const col = (key: string) => columnLetter(table, key);
  const w = widths(table);
  const title = wbText("wb.roles.title", lang);
  // The pool's allocation above the table's right end: labels across three columns, figures in the notes column.
  const [s1, s2] = [col("insurance"), col("allocatedShare")];
  const v = col("notes");
  if (v !== SUMMARY_COLUMN) throw new Error(`rolesSheet: the notes are in ${v}, the summary expects ${SUMMARY_COLUMN}`);
  const note = wrappedNote(3, 2, table.columns.findIndex((c) => c.key === "basis") + 1, wbText("wb.roles.basisNote", lang), w);
  // A Chinese sheet folds the English names away (an English one shows both: the source is Chinese).
  const englishName = col("nameEn");
  const header = table.columns.reduce((lines, c) => (c.formula !== undefined && c.key !== "holders" && c.key !== "allocatedShare" ? lines : Math.max(lines, linesFor(c.header, c.width ?? 8.43))), 1);
  return {
    key: SHEET.roles,
    name: wbText("wb.roles.sheet", lang),
    cells: [
      valueCell("B1", title, "title"),
      valueCell("B2", wbText("wb.inputHint", lang), "note"),
      note.cell,
      valueCell(`${s1}1`, wbText("wb.roles.summary", lang), "header"),
      valueCell(`${s1}2`, wbText("wb.roles.allocated", lang), "label"),
      cached(formulaCell(`${v}2`, `SUM(${TABLE.roles}[allocatedShare])`, ["percent", "right"]), "allocated"),
      valueCell(`${s1}3`, wbText("wb.roles.unallocated", lang), "label"),
      cached(formulaCell(`${v}3`, `MAX(0,1-${v}2)`, ["percent", "right"]), "unallocated"),
      valueCell(`${s1}4`, wbText("wb.roles.overAllocated", lang), "label"),
      cached(formulaCell(`${v}4`, `MAX(0,${v}2-1)`, ["percent", "right"]), "overAllocated"),
    ],
    tables: [table],
    merges: [note.merge, `${s1}1:${v}1`, `${s1}2:${s2}2`, `${s1}3:${s2}3`, `${s1}4:${s2}4`],
    // Each role's row as tall as its notes, wrapped in their column.
    rowHeights: {
      [note.height[0]]: note.height[1],
      "5": heightFor(header),
      ...Object.fromEntries(table.rows.flatMap((r, i) => (typeof r.notes === "string" && linesFor(r.notes, w[v]!) > 1 ? [[String(6 + i), heightFor(linesFor(r.notes, w[v]!))]] : []))),
    },
    columnGroups: [
      // In Chinese the role is named in Chinese everywhere a person reads it; its id (the key the config, the
      // formulas and SHOP.COMMISSION use: a catalogue role's shows as its Chinese key, ../roleIds.ts) is folded
      // away like the English name — a new role's id is typed there after the + above the sheet unfolds it (a
      // blank id is reported by row).
      ...(lang === "zh-CN" ? [{ from: "A", to: "A", collapsed: true }, { from: englishName, to: englishName, collapsed: true }] : []),
      { from: col("shareBasis"), to: col("insured"), collapsed: true },
    ],
    freeze: { rows: 5, cols: lang === "zh-CN" ? 2 : 1 },
    conditionalFormats: [notNumber("baseMin"), notNumber("share"), { target: `${v}4`, expression: `${v}4>0`, style: "warning" }],
    page: a4({ lang, company }, title, { orientation: "landscape", fitToWidth: true, printArea: `${lang === "zh-CN" ? "B" : "A"}:${v}`, printTitleRows: [5, 5], narrowMargins: true }),
  };
}

export type { CellValue };
