import type { Lang } from "../../data/lang";
import type { CodeSuffix } from "../../data/messages";
import { findRoleSeed, type Bilingual } from "../../data/catalogue";
import type { Month } from "../../core/calendar";
import type { PayLine } from "../../core/payroll";
import type { Role } from "../../core/types";
import { SHEET, TABLE, membersTable, payrollTable } from "../names";
import type { CellSpec, CellValue, SheetSpec, TableSpec, ValueCell } from "../spec";
import { num, valueCell, formulaCell, wbText } from "../text";
import { formulaText } from "../layout";
import { basisText, yesTexts } from "../choices";
import { heightFor, linesFor } from "../textFit";
import { a4 } from "./page";
import { roleIdForms, shownRoleId } from "../roleIds";

const pick = (b: Bilingual, lang: Lang) => (lang === "zh-CN" ? b.zh : b.en);

/** At most `max` UTF-16 units (Excel's count), never cutting a character in two. */
export function cutTo(s: string, max: number): string {
  let out = "";
  for (const c of s) {
    if (out.length + c.length > max) break;
    out += c;
  }
  return out;
}

/** Text as a tab name can carry it: no : \ / ? * [ ] or control characters, no ' at either end. */
function tabText(s: string): string {
  const cleaned = s.replace(/[:\\/?*[\]\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ");
  return cutTo(cleaned.replace(/^['\s]+|['\s]+$/g, ""), 31).replace(/['\s]+$/, "");
}

/**
 * A tab name for the role: its name in the language (or else its id) as a tab can carry it, at most
 * Excel's 31 characters. Uniqueness (and "History", which Excel reserves) is build.ts's uniqueNames.
 */
export function roleSheetName(role: Role, lang: Lang): string {
  return tabText(lang === "zh-CN" ? role.nameZh : role.nameEn) || tabText(role.id) || wbText("wb.role.sheet", lang);
}

/** What the engine knows of the role this month: its holders on the staff list and its members' pay lines. */
export interface RoleSheetFigures {
  /** People on the staff list with this role (as the Roles sheet counts them). */
  holders: number;
  /** The members' pay lines, in the order of `members`. */
  lines: readonly PayLine[];
}

/**
 * The live pay settings of the role, looked up in Roles by the id written in B3, in words (每人/平分,
 * 是/否) as the Roles sheet shows them; with `holders`, the role's own values are written as the cached
 * results. Labels in A:B, values in C:E (merged), so that neither is cut.
 */
function liveRows(role: Role, lang: Lang, startRow: number, holders: number | undefined): { cells: CellSpec[]; merges: string[] } {
  const at = (col: string) => `INDEX(${TABLE.roles}[${col}],MATCH($B$3,${TABLE.roles}[id],0))`;
  const needsInput = wbText("wb.needsInput", lang);
  const orNeedsInput = (x: CellValue) => (x === null ? needsInput : x);
  const yes = wbText("wb.yes", lang);
  const no = wbText("wb.no", lang);
  // A missing base or share (blank, or saying "needs input") says so.
  const orMissing = (col: string) => `IF(ISNUMBER(${at(col)}),${at(col)},${formulaText(needsInput)})`;
  const yesNo = (test: string) => `IF(${test},${formulaText(yes)},${formulaText(no)})`;
  const rows: [CodeSuffix<"wb.col.">, string, CellSpec["style"], CellValue][] = [
    ["headcount", at("headcount"), "integer", role.headcount],
    ["holders", at("holders"), "integer", holders ?? null],
    ["baseMin", orMissing("baseMin"), "money", orNeedsInput(num(role.baseMin))],
    ["baseMax", orMissing("baseMax"), "money", orNeedsInput(num(role.baseMax))],
    ["share", orMissing("share"), "percent", orNeedsInput(num(role.share))],
    ["shareBasis", `IF(${at("shareBasis")}="splitRole",${formulaText(basisText("splitRole", lang))},${formulaText(basisText("perPerson", lang))})`, undefined, basisText(role.shareBasis, lang)],
    ["roomAndBoard", yesNo(`OR(${at("roomAndBoard")}=TRUE,${yesTexts().map((t) => `${at("roomAndBoard")}=${formulaText(t)}`).join(",")})`), undefined, role.roomAndBoard ? yes : no],
    ["insured", yesNo(`${at("insured")}=TRUE`), undefined, role.insured ? yes : no],
  ];
  const cells = rows.flatMap(([key, formula, style, value], i) => {
    const cell = formulaCell(`C${startRow + i}`, formula, [...(style === undefined ? [] : [style]), "left"] as CellSpec["style"]);
    return [valueCell(`A${startRow + i}`, wbText(`wb.col.${key}`, lang), "label"), holders === undefined ? cell : { ...cell, result: value }];
  });
  return { cells, merges: rows.flatMap((_, i) => [`A${startRow + i}:B${startRow + i}`, `C${startRow + i}:E${startRow + i}`]) };
}

/** B3: the role's id as Roles shows it. A text: the other form ShopSheet writes there (a Chinese sheet's only) is
 *  named as its own, and either with spaces around it too (a lookup key: ValueCell.lookupKey). */
function idCell(id: string, shownId: string, lang: Lang): ValueCell {
  const others = (lang === "zh-CN" ? roleIdForms(id) : [id]).filter((t) => t !== shownId);
  return { at: "B3", value: shownId, lookupKey: true, ...(others.length > 0 ? { alsoWritten: others } : {}) };
}

/** The members of the role on the month's payroll, with their pay linked from the payroll sheet. */
function membersTableSpec(role: Role, ids: readonly string[], month: Month, lang: Lang, at: string, lines: readonly PayLine[] | undefined): TableSpec {
  const pay = payrollTable(month);
  const fromPay = (col: string) => `IFERROR(INDEX(${pay}[${col}],MATCH([@id],${pay}[id],0)),"")`;
  const h = (key: CodeSuffix<"wb.col.">) => wbText(`wb.col.${key}`, lang);
  return {
    name: membersTable(role.id),
    at,
    columns: [
      { key: "id", header: h("id"), width: WIDTHS.A },
      { key: "name", header: h("name"), formula: `IFERROR(INDEX(${TABLE.staff}[name],MATCH([@id],${TABLE.staff}[id],0)),"")`, width: WIDTHS.B },
      { key: "paidBase", header: h("paidBase"), formula: fromPay("paidBase"), style: "money" },
      { key: "commission", header: h("commission"), formula: fromPay("commission"), style: "money" },
      // 应发合计 (the key stays: older workbooks have the column).
      { key: "gross", header: h("earningsTotal"), formula: fromPay("earningsTotal"), style: "money" },
    ],
    rows: ids.map((id, i) => {
      const line = lines?.[i];
      if (line === undefined) return { id };
      if (line.id !== id) throw new Error(`role ${role.id}: pay line ${line.id} is not member ${id}`);
      return { id, name: line.name, paidBase: line.paidBase.toNumber(), commission: line.commission.toNumber(), gross: line.earningsTotal.toNumber() };
    }),
  };
}

/** The role sheet's columns (the Members table's: id, name, paid base, commission, gross). */
const WIDTHS = { A: 10, B: 16, C: 13, D: 13, E: 13 } as const;
/** Texts run across B:E (the duties, the notes) or A:E (the pay rule): their widths. */
const TEXT_WIDTH = WIDTHS.B + WIDTHS.C + WIDTHS.D + WIDTHS.E;
const FULL_WIDTH = WIDTHS.A + TEXT_WIDTH;

/** One sheet per role: what the source says (pay rule, duties, gaps) and what the workbook holds now.
 *  With `figures`, the engine's values are written as the formulas' cached results. `shownId` is the role's
 *  id as the Roles table shows it (../roleIds.ts shownRoleId among all the roles). */
export function roleSheet(
  role: Role,
  members: readonly string[],
  month: Month,
  lang: Lang,
  figures?: RoleSheetFigures,
  company: string | null = null,
  shownId: string = shownRoleId(role.id, [role], lang),
): SheetSpec {
  const seed = findRoleSeed(role.id);
  const title = lang === "zh-CN" ? role.nameZh : role.nameEn;
  const merges: string[] = [];
  const heights: Record<string, number> = {};
  /** A text across `from`:E of `row`, wrapped, its row as tall as it needs. */
  const across = (row: number, from: "A" | "B", text: string, style: CellSpec["style"]): CellSpec => {
    merges.push(`${from}${row}:E${row}`);
    const lines = linesFor(text, from === "A" ? FULL_WIDTH : TEXT_WIDTH);
    if (lines > 1) heights[String(row)] = heightFor(lines);
    return valueCell(`${from}${row}`, text, [...(Array.isArray(style) ? style : style === undefined ? [] : [style]), "wrap"] as CellSpec["style"]);
  };
  const heading = (row: number, text: string) => across(row, "A", text, "header");
  const live = liveRows(role, lang, 9, figures?.holders);
  const cells: CellSpec[] = [
    valueCell("A1", title, "title"),
    across(2, "A", seed ? pick(seed.summary, lang) : "", "note"),
    // The role's id as Roles shows it, which the formulas below look the role up by; a Chinese sheet folds
    // its row away (and shows a catalogue role's Chinese key there, not its English code).
    valueCell("A3", wbText("wb.col.id", lang), "label"),
    // The other form of the id is ShopSheet's too (the Chinese key gives way to the id where another role takes
    // it, and back): B3 follows Roles, or the sheet shows #N/A.
    idCell(role.id, shownId, lang),
    heading(5, wbText("wb.role.payRule", lang)),
    across(6, "A", seed?.payRule ? pick(seed.payRule, lang) : wbText("wb.role.payRuleMissing", lang), seed?.payRule ? undefined : "needsInput"),
    heading(8, wbText("wb.role.live", lang)),
    ...live.cells,
  ];
  merges.push(...live.merges);
  let row = 18;
  cells.push(heading(row++, wbText("wb.role.duties", lang)));
  (seed?.duties ?? []).forEach((duty, i) => {
    const section = seed?.dutySections?.find((s) => s.beforeDuty === i + 1);
    if (section) cells.push(across(row++, "B", pick(section.title, lang), "strong"));
    cells.push(valueCell(`A${row}`, i + 1, ["integer", "center"]), across(row++, "B", pick(duty, lang), undefined));
  });
  if (seed?.dutiesNote) cells.push(across(row++, "B", pick(seed.dutiesNote, lang), "note"));
  row++;
  if (seed && seed.notes.length > 0) {
    cells.push(heading(row++, wbText("wb.role.notes", lang)));
    for (const n of seed.notes) cells.push(across(row++, "B", pick(n.text, lang), n.severity === "needsInput" ? "needsInput" : "note"));
    row++;
  }
  cells.push(heading(row++, wbText("wb.role.members", lang, { month })));
  return {
    key: SHEET.role(role.id),
    name: roleSheetName(role, lang),
    cells,
    tables: [membersTableSpec(role, members, month, lang, `A${row}`, figures?.lines)],
    columnWidths: { ...WIDTHS },
    merges,
    rowHeights: heights,
    ...(lang === "zh-CN" ? { rowGroups: [{ from: 3, to: 3, collapsed: true }] } : {}),
    page: a4({ lang, company }, title, { orientation: "portrait", fitToWidth: true }),
  };
}
