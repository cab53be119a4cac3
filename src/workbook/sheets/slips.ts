import type { Lang } from "../../data/lang";
import type { CodeSuffix } from "../../data/messages";
import type { Month } from "../../core/calendar";
import { toDouble, type Dec } from "../../core/money";
import { payColumnsWhere, type PayKey, type PayLine } from "../../core/payroll";
import { NAME, SHEET, payrollTable } from "../names";
import { a1, colLetters } from "../address";
import type { CellSpec, CellValue, SheetSpec, StyleRef } from "../spec";
import { formulaText } from "../layout";
import { valueCell, formulaCell, wbText } from "../text";
import { heightFor, linesFor } from "../textFit";
import { a4, type PrintContext } from "./page";

/**
 * A slip's columns, left to right: the pay columns marked for it (src/core/payroll/payColumns.ts) —
 * who, the items of pay, their total, each deduction, their total, the net — then the special additional
 * deduction (what the tax took off, for the employee to check) and a box to sign for the slip.
 */
type SlipColumn = { key: PayKey | "specialAdditionalDeduction" | "signature"; label: CodeSuffix<"wb.col.">; money: boolean; width: number };

/** Widths in characters: a 21-column strip on A4 landscape, figures up to 99,999.99 (money 9.5). */
const WIDTH: Partial<Record<SlipColumn["key"], number>> = { id: 6, name: 13, role: 13, paidDays: 6, signature: 9 };

export const SLIP_COLUMNS: readonly SlipColumn[] = [
  ...payColumnsWhere("slip").map((c): SlipColumn => ({
    key: c.key,
    // A slip names the role by its name (the id is the payroll sheet's lookup key).
    label: (c.key === "role" ? "role" : c.label.slice("wb.col.".length)) as CodeSuffix<"wb.col.">,
    money: c.kind === "money",
    width: WIDTH[c.key] ?? (c.kind === "money" ? 9.5 : 10),
  })),
  { key: "specialAdditionalDeduction", label: "specialAdditionalDeduction", money: true, width: 9.5 },
  { key: "signature", label: "slipSignature", money: false, width: WIDTH.signature! },
];

/** Captions over the columns of a group: 应发项目 over the items of pay, 扣款项目 over the deductions. */
const CAPTIONS: readonly { from: PayKey; to: PayKey; label: "wb.slips.earnings" | "wb.slips.deductions" }[] = [
  { from: "paidBase", to: "annualBonus", label: "wb.slips.earnings" },
  { from: "pension", to: "penalty", label: "wb.slips.deductions" },
];

const FIRST_STRIP_ROW = 3;
/** A strip: its title (shop, month, pay date), the group captions, the labels, the figures, and the
 *  row below with the dashed line to cut along. */
const STRIP_ROWS = 5;
/** Strips on a printed A4 page: a page break after every this many, so none is cut in two. A strip is
 *  about 100 pt tall at full size, an A4 landscape page about 480 pt inside its margins; four leave
 *  room for any scale the page is fitted at. */
export const STRIPS_PER_PAGE = 4;

const TITLE = 0;
const CAPTION = 1;
const LABELS = 2;
const VALUES = 3;
const CUT = 4;

const top = (index: number) => FIRST_STRIP_ROW + index * STRIP_ROWS;

/** The row of each person's figures on the slips sheet (for tests and readers). */
export function slipRow(index: number): number {
  return top(index) + VALUES;
}

/** Where a person's figure of `key` is on the slips sheet (for tests and readers). */
export function slipCell(index: number, key: SlipColumn["key"]): string {
  const j = SLIP_COLUMNS.findIndex((c) => c.key === key);
  if (j < 0) throw new Error(`the slips show no ${key}`);
  return a1(slipRow(index), j + 1);
}

/** The month after `month` and the date in it wages are paid: the pay day, or the month's last day if shorter. */
export function payDateOf(month: Month, payDay: Dec | null): string | null {
  if (payDay === null) return null;
  const [y, m] = month.split("-").map(Number) as [number, number];
  const next = new Date(Date.UTC(y, m, 1));
  const last = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 0)).getUTCDate();
  const day = Math.min(payDay.toNumber(), last);
  return `${next.getUTCFullYear()}-${String(next.getUTCMonth() + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export interface SlipsOptions {
  /** The engine's pay lines of the month, in the order of `ids`: the cached results (or, with `values`, the figures). */
  lines?: readonly PayLine[];
  /** The shop's name and the pay day, as the Settings sheet holds them (for the cached titles). */
  company?: string | null;
  payDay?: Dec | null;
  /** The name of a role (by id) as the slip shows it, for the cached results and figures; the id without it. */
  roleName?: (roleId: string) => string;
  /**
   * Figures instead of formulas: a slip file of its own for one person (`shopsheet slips`), which has no
   * payroll sheet to look them up in.
   */
  values?: boolean;
}

/** The column letter of a pay column on every slip (for tests and readers); undefined when slips leave it out. */
export function slipColumn(key: PayKey): string | undefined {
  const j = SLIP_COLUMNS.findIndex((c) => c.key === key);
  return j < 0 ? undefined : colLetters(j + 1);
}

/**
 * 工资条: one strip per person, each handed out alone, so each carries everything — the shop, the month,
 * the pay date, who, every item of pay and every deduction with their totals, the net, the special
 * additional deduction and a box to sign for it; bordered, a dashed line to cut along between strips,
 * and a page break so that no strip is split. Figures come from the month's payroll table by id; `lines`
 * are written as the formulas' cached results.
 */
export function slipsSheet(month: Month, ids: readonly string[], lang: Lang, options: SlipsOptions = {}): SheetSpec {
  const table = payrollTable(month);
  const t = (code: Parameters<typeof wbText>[0], params: Record<string, string> = {}) => wbText(code, lang, params);
  const sheetTitle = t("wb.slips.title", { month });
  const last = colLetters(SLIP_COLUMNS.length);
  const cells: CellSpec[] = [valueCell(`${last}2`, t("wb.unit"), ["note", "right"])];
  const merges: string[] = [];
  const heights: Record<string, number> = {};
  const labelLines = SLIP_COLUMNS.reduce((n, c) => Math.max(n, linesFor(t(`wb.col.${c.label}`), c.width)), 1);

  const payDate = payDateOf(month, options.payDay ?? null);
  const cachedTitle = [options.company ?? "", sheetTitle, payDate === null ? "" : t("wb.slips.payDate", { date: payDate })].filter((x) => x !== "").join("    ");
  // The title follows the Settings sheet: the shop's name and pay day as they are there now.
  const [y, m] = month.split("-").map(Number) as [number, number];
  const payDateFormula = `DATE(${y},${m + 1},MIN(${NAME.payDate},DAY(DATE(${y},${m + 2},0))))`;
  const [before, after] = t("wb.slips.payDate", { date: "\u0000" }).split("\u0000") as [string, string];
  const titleFormula =
    `IF(${NAME.companyName}="","",${NAME.companyName}&"    ")&${formulaText(sheetTitle)}&` +
    `IF(${NAME.payDate}="","",${formulaText(`    ${before}`)}&TEXT(${payDateFormula},"yyyy-mm-dd")&${formulaText(after)})`;

  // The caption over each group of items (应发项目, 扣款项目): at its first column, centred across the
  // group's cells (Center Across Selection) and boxed as one. Not merged: a merge is one call per caption
  // for an add-in, 2,000 calls for a thousand slips, where the strips' looks are filled down in one.
  const captionCells = new Map<number, StyleRef>();
  const captionLabels = new Map<number, string>();
  for (const g of CAPTIONS) {
    const from = SLIP_COLUMNS.findIndex((c) => c.key === g.from);
    const to = SLIP_COLUMNS.findIndex((c) => c.key === g.to);
    captionLabels.set(from, t(g.label));
    for (let j = from; j <= to; j++) captionCells.set(j, ["header", "across", "band", ...(j === from ? (["boxLeft"] as const) : []), ...(j === to ? (["boxRight"] as const) : [])]);
  }
  // The sheet's title says it once; each strip repeats it (a short formula: a thousand strips are sent
  // to Excel in one request).
  const cached = options.lines !== undefined;
  cells.unshift(options.values ? valueCell("A1", cachedTitle, "title") : { ...formulaCell("A1", titleFormula, "title"), ...(cached ? { result: cachedTitle } : {}) });
  merges.push(`A1:${last}1`);
  // What every strip repeats, made once (93,000 cells at 1,000 staff, issue 15): the columns' letters and labels.
  const letters = SLIP_COLUMNS.map((_, j) => colLetters(j + 1));
  const labels = SLIP_COLUMNS.map((c) => t(`wb.col.${c.label}`));
  ids.forEach((id, i) => {
    const r = top(i);
    const line = options.lines?.[i];
    const title: CellSpec = options.values ? valueCell(`A${r}`, cachedTitle, "strong") : { ...formulaCell(`A${r}`, "$A$1", "strong"), ...(cached ? { result: cachedTitle } : {}) };
    // Not merged either: the title is text, and text runs on over the blank cells right of it.
    cells.push(title);
    SLIP_COLUMNS.forEach((c, j) => {
      const col = letters[j]!;
      cells.push(valueCell(`${col}${r + CAPTION}`, captionLabels.get(j) ?? null, captionCells.get(j) ?? "box"));
      cells.push(valueCell(`${col}${r + LABELS}`, labels[j]!, LABEL_STYLE));
      cells.push(slipValue(c, `${col}${r + VALUES}`, id, line, table, r + VALUES, options));
    });
    for (const col of letters) cells.push(valueCell(`${col}${r + CUT}`, null, "cut"));
    heights[String(r + TITLE)] = heightFor(1) + 4;
    heights[String(r + LABELS)] = heightFor(labelLines);
    // A long role name (推广策划和实施专员) wraps in its box instead of being cut; a formula's role, not known
    // here, is given the two lines the catalogue's longest names need.
    const role = line === undefined ? null : String(figure(line, "role", options));
    heights[String(r + VALUES)] = heightFor(role === null ? 2 : linesFor(role, WIDTH.role!));
    heights[String(r + CUT)] = 12;
  });

  const breaks = ids.flatMap((_, i) => ((i + 1) % STRIPS_PER_PAGE === 0 && i + 1 < ids.length ? [top(i) + CUT] : []));
  return {
    key: SHEET.slips(month),
    name: t("wb.slips.sheet", { month }),
    cells,
    tables: [],
    merges,
    repeat: { top: FIRST_STRIP_ROW, height: STRIP_ROWS, count: ids.length },
    rowHeights: heights,
    columnWidths: Object.fromEntries(SLIP_COLUMNS.map((c, j) => [colLetters(j + 1), c.width])),
    page: a4({ lang, company: options.company ?? null } satisfies PrintContext, sheetTitle, { orientation: "landscape", fitToWidth: true, rowBreaks: breaks, narrowMargins: true }),
  };
}

/** The strips' looks, one list each for all the cells that have it (not a list made per cell). */
const LABEL_STYLE: StyleRef = ["header", "box", "center", "wrap"];
const MONEY_STYLE: StyleRef = ["box", "money"];
const ROLE_STYLE: StyleRef = ["box", "wrap"];

/** One figure of a strip: the id as written (the row's key), the rest looked up in the payroll table by
 *  it — or, for a slip file of its own, the figure itself. */
function slipValue(c: SlipColumn, at: string, id: string, line: PayLine | undefined, table: string, row: number, options: SlipsOptions): CellSpec {
  // A long role name (推广策划和实施专员) wraps in its box.
  const style: StyleRef = c.money ? MONEY_STYLE : c.key === "role" ? ROLE_STYLE : "box";
  if (c.key === "id") return valueCell(at, id, "box");
  if (c.key === "signature") return valueCell(at, null, "box");
  const value = line === undefined ? undefined : figure(line, c.key, options);
  if (options.values) return valueCell(at, value ?? null, style);
  const column = c.key === "role" ? "roleName" : c.key;
  const cell = formulaCell(at, `INDEX(${table}[${column}],MATCH($A${row},${table}[id],0))`, style);
  return value === undefined ? cell : { ...cell, result: value };
}

function figure(line: PayLine, key: Exclude<SlipColumn["key"], "signature">, options: SlipsOptions): CellValue {
  if (key === "role") return options.roleName ? options.roleName(line.role) : line.role;
  const v = line[key];
  // toDouble: the double toNumber gives, without its trip through a decimal string (17,000 figures at 1,000 staff).
  return typeof v === "string" ? v : toDouble(v);
}
