import type { Lang } from "../../data/lang";
import type { CodeSuffix } from "../../data/messages";
import { findRoleSeed, type Bilingual } from "../../data/catalogue";
import type { Month } from "../../core/calendar";
import type { PayLine } from "../../core/payroll";
import type { Role } from "../../core/types";
import { SHEET, TABLE, membersTable, payrollTable } from "../names";
import type { CellSpec, CellValue, SheetSpec, TableSpec } from "../spec";
import { num, valueCell, formulaCell, wbText } from "../text";
import { formulaText } from "../layout";

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

/** The live pay settings of the role, looked up in Roles by the id written in B3; with `holders`, the
 *  role's own values are written as the cached results. */
function liveRows(role: Role, lang: Lang, startRow: number, holders: number | undefined): CellSpec[] {
  const at = (col: string) => `INDEX(${TABLE.roles}[${col}],MATCH($B$3,${TABLE.roles}[id],0))`;
  const needsInput = wbText("wb.needsInput", lang);
  const orNeedsInput = (x: CellValue) => (x === null ? needsInput : x);
  const rows: [CodeSuffix<"wb.col.">, string, CellSpec["style"], CellValue][] = [
    ["headcount", at("headcount"), "integer", role.headcount],
    ["holders", at("holders"), "integer", holders ?? null],
    ["baseMin", `IF(${at("baseMin")}="",${formulaText(needsInput)},${at("baseMin")})`, "money", orNeedsInput(num(role.baseMin))],
    ["baseMax", `IF(${at("baseMax")}="",${formulaText(needsInput)},${at("baseMax")})`, "money", orNeedsInput(num(role.baseMax))],
    ["share", `IF(${at("share")}="",${formulaText(needsInput)},${at("share")})`, "percent", orNeedsInput(num(role.share))],
    ["shareBasis", `${at("shareBasis")}&""`, undefined, role.shareBasis],
    ["roomAndBoard", at("roomAndBoard"), undefined, role.roomAndBoard],
    ["insured", at("insured"), undefined, role.insured],
  ];
  return rows.flatMap(([key, formula, style, value], i) => {
    const cell = formulaCell(`B${startRow + i}`, formula, style);
    return [valueCell(`A${startRow + i}`, wbText(`wb.col.${key}`, lang), "label"), holders === undefined ? cell : { ...cell, result: value }];
  });
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
      { key: "id", header: h("id"), width: 10 },
      { key: "name", header: h("name"), formula: `IFERROR(INDEX(${TABLE.staff}[name],MATCH([@id],${TABLE.staff}[id],0)),"")`, width: 16 },
      { key: "paidBase", header: h("paidBase"), formula: fromPay("paidBase"), style: "money" },
      { key: "commission", header: h("commission"), formula: fromPay("commission"), style: "money" },
      { key: "gross", header: h("gross"), formula: fromPay("gross"), style: "money" },
    ],
    rows: ids.map((id, i) => {
      const line = lines?.[i];
      if (line === undefined) return { id };
      if (line.id !== id) throw new Error(`role ${role.id}: pay line ${line.id} is not member ${id}`);
      return { id, name: line.name, paidBase: line.paidBase.toNumber(), commission: line.commission.toNumber(), gross: line.gross.toNumber() };
    }),
  };
}

/** One sheet per role: what the source says (pay rule, duties, gaps) and what the workbook holds now.
 *  With `figures`, the engine's values are written as the formulas' cached results. */
export function roleSheet(role: Role, members: readonly string[], month: Month, lang: Lang, figures?: RoleSheetFigures): SheetSpec {
  const seed = findRoleSeed(role.id);
  const cells: CellSpec[] = [
    valueCell("A1", lang === "zh-CN" ? role.nameZh : role.nameEn, "title"),
    valueCell("A2", seed ? pick(seed.summary, lang) : "", "note"),
    valueCell("A3", wbText("wb.col.id", lang), "label"),
    valueCell("B3", role.id),
    valueCell("A5", wbText("wb.role.payRule", lang), "header"),
    valueCell("A6", seed?.payRule ? pick(seed.payRule, lang) : wbText("wb.role.payRuleMissing", lang), seed?.payRule ? undefined : "needsInput"),
    valueCell("A8", wbText("wb.role.live", lang), "header"),
    ...liveRows(role, lang, 9, figures?.holders),
  ];
  let row = 18;
  cells.push(valueCell(`A${row++}`, wbText("wb.role.duties", lang), "header"));
  (seed?.duties ?? []).forEach((duty, i) => {
    const section = seed?.dutySections?.find((s) => s.beforeDuty === i + 1);
    if (section) cells.push(valueCell(`B${row++}`, pick(section.title, lang), "label"));
    cells.push(valueCell(`A${row}`, i + 1, "integer"), valueCell(`B${row++}`, pick(duty, lang)));
  });
  if (seed?.dutiesNote) cells.push(valueCell(`B${row++}`, pick(seed.dutiesNote, lang), "note"));
  row++;
  if (seed && seed.notes.length > 0) {
    cells.push(valueCell(`A${row++}`, wbText("wb.role.notes", lang), "header"));
    for (const n of seed.notes) cells.push(valueCell(`B${row++}`, pick(n.text, lang), n.severity === "needsInput" ? "needsInput" : "note"));
    row++;
  }
  cells.push(valueCell(`A${row++}`, wbText("wb.role.members", lang, { month }), "header"));
  return {
    key: SHEET.role(role.id),
    name: roleSheetName(role, lang),
    cells,
    tables: [membersTableSpec(role, members, month, lang, `A${row}`, figures?.lines)],
    columnWidths: { A: 24, B: 100, C: 12, D: 12, E: 12 },
  };
}
