import type { Lang } from "../../data/lang";
import { findRoleSeed, type Bilingual } from "../../data/catalogue";
import type { Month } from "../../core/calendar";
import type { Role } from "../../core/types";
import { SHEET, TABLE, membersTable, payrollTable } from "../names";
import type { CellSpec, SheetSpec, TableSpec } from "../spec";
import { valueCell, formulaCell, wbText } from "../text";
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

/** The live pay settings of the role, looked up in Roles by the id written in B3. */
function liveRows(lang: Lang, startRow: number): CellSpec[] {
  const at = (col: string) => `INDEX(${TABLE.roles}[${col}],MATCH($B$3,${TABLE.roles}[id],0))`;
  const rows: [string, string, CellSpec["style"]][] = [
    ["headcount", at("headcount"), "integer"],
    ["holders", at("holders"), "integer"],
    ["baseMin", `IF(${at("baseMin")}="",${formulaText(wbText("wb.needsInput", lang))},${at("baseMin")})`, "money"],
    ["baseMax", `IF(${at("baseMax")}="",${formulaText(wbText("wb.needsInput", lang))},${at("baseMax")})`, "money"],
    ["share", `IF(${at("share")}="",${formulaText(wbText("wb.needsInput", lang))},${at("share")})`, "percent"],
    ["shareBasis", `${at("shareBasis")}&""`, undefined],
    ["roomAndBoard", at("roomAndBoard"), undefined],
    ["insured", at("insured"), undefined],
  ];
  return rows.flatMap(([key, formula, style], i) => [
    valueCell(`A${startRow + i}`, wbText(`wb.col.${key}`, lang), "label"),
    formulaCell(`B${startRow + i}`, formula, style),
  ]);
}

/** The members of the role on the month's payroll, with their pay linked from the payroll sheet. */
function membersTableSpec(role: Role, ids: readonly string[], month: Month, lang: Lang, at: string): TableSpec {
  const pay = payrollTable(month);
  const fromPay = (col: string) => `IFERROR(INDEX(${pay}[${col}],MATCH([@id],${pay}[id],0)),"")`;
  const h = (key: string) => wbText(`wb.col.${key}`, lang);
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
    rows: ids.map((id) => ({ id })),
  };
}

/** One sheet per role: what the source says (pay rule, duties, gaps) and what the workbook holds now. */
export function roleSheet(role: Role, members: readonly string[], month: Month, lang: Lang): SheetSpec {
  const seed = findRoleSeed(role.id);
  const cells: CellSpec[] = [
    valueCell("A1", lang === "zh-CN" ? role.nameZh : role.nameEn, "title"),
    valueCell("A2", seed ? pick(seed.summary, lang) : "", "note"),
    valueCell("A3", wbText("wb.col.id", lang), "label"),
    valueCell("B3", role.id),
    valueCell("A5", wbText("wb.role.payRule", lang), "header"),
    valueCell("A6", seed?.payRule ? pick(seed.payRule, lang) : wbText("wb.role.payRuleMissing", lang), seed?.payRule ? undefined : "needsInput"),
    valueCell("A8", wbText("wb.role.live", lang), "header"),
    ...liveRows(lang, 9),
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
    tables: [membersTableSpec(role, members, month, lang, `A${row}`)],
    columnWidths: { A: 24, B: 100, C: 12, D: 12, E: 12 },
  };
}
