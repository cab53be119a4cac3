/**
 * xl/worksheets/sheetN.xml, in the element order CT_Worksheet requires (ECMA-376 Part 1, 18.3.1.99):
 * sheetPr, dimension, sheetViews, sheetFormatPr, cols, sheetData, sheetProtection, mergeCells,
 * conditionalFormatting, dataValidations, pageMargins, pageSetup, rowBreaks, drawing, tableParts.
 */
import { a1, colNumber, parseRange, rangeA1 } from "../../workbook/address";
import { columnOutline, headerFooterCode, pageMargins } from "../../workbook/print";
import type { ValidationRule } from "../../workbook/validationSpec";
import { withXlfnPrefixes } from "../future";
import { validationBody } from "./formulas";
import { columnRange, targetRange, type SheetPlan } from "./plan";
import type { Piece } from "./piece";
import { sheetData, sheetLayout, type SheetDataContext, type SheetLayout } from "./sheetData";
import { escapeAttr, escapeText, NS, XML_DECLARATION } from "./xml";

/**
 * The part's text: what comes before the rows, the rows, what comes after them, each made when the
 * zip reaches it (the styles the rows register come before the conditional formats' dxf ids, as ever).
 * The rows pass through `chain`, not through a `yield*` here: the generator that delegates runs once a
 * row, so V8 optimizes it while it runs, and one that also read the sheet's spec was deoptimized by
 * every sheet's spec of another shape (./README.md, "Fourth look").
 */
export function worksheetXml(plan: SheetPlan, w: SheetDataContext): Iterable<Piece | readonly Piece[]> {
  // Laid out when the part is reached (the rows' styles are numbered in the order sheets ask for them),
  // once: the dimension before the rows is the layout's, so the loose cells' places are parsed once.
  let layout: SheetLayout | undefined;
  const laidOut = () => (layout ??= sheetLayout(plan, w));
  return chain(beforeRows(plan, laidOut), sheetData(laidOut, w), afterRows(plan, w));
}

function* chain<T>(...parts: Iterable<T>[]): Generator<T> {
  for (const part of parts) yield* part;
}

function* beforeRows(plan: SheetPlan, laidOut: () => SheetLayout): Generator<string> {
  const s = plan.spec;
  yield `${XML_DECLARATION}<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">`;
  if (s.page?.fitToWidth) yield '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
  const used = laidOut().used;
  yield `<dimension ref="${used.bottom === 0 ? "A1" : rangeA1(used)}"/>`;
  yield `<sheetViews>${sheetView(plan)}</sheetViews>`;
  yield `<sheetFormatPr defaultRowHeight="15"${s.rowGroups?.length ? ' outlineLevelRow="1"' : ""}${s.columnGroups?.length ? ' outlineLevelCol="1"' : ""}/>`;
  yield cols(plan);
}

function* afterRows(plan: SheetPlan, w: SheetDataContext): Generator<string> {
  const s = plan.spec;
  const sheet = `sheet "${s.name}"`;

  if (s.protect) {
    const p = s.protect;
    // Attributes name what is LOCKED; "0" unlocks. Without a password: protection against slips.
    yield `<sheetProtection sheet="1"${p.allowFormatColumns ? ' formatColumns="0"' : ""}${p.allowSort ? ' sort="0"' : ""}${p.allowFilter ? ' autoFilter="0"' : ""}/>`;
  }

  if (s.merges?.length) yield `<mergeCells count="${s.merges.length}">${s.merges.map((m) => `<mergeCell ref="${rangeA1(parseRange(m))}"/>`).join("")}</mergeCells>`;

  let priority = 1;
  for (const cf of s.conditionalFormats ?? []) {
    const formula = escapeText(withXlfnPrefixes(cf.expression), `${sheet} conditional format "${cf.expression}"`);
    yield `<conditionalFormatting sqref="${targetRange(plan, cf.target)}"><cfRule type="expression" dxfId="${w.styles.dxf(cf.style)}" priority="${priority++}"><formula>${formula}</formula></cfRule></conditionalFormatting>`;
  }

  yield dataValidations(plan, w);

  if (s.page) {
    const p = s.page;
    const m = pageMargins(p);
    yield `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`;
    yield `<pageSetup paperSize="9"${p.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ""} orientation="${p.orientation}"/>`;
    const header = headerFooterCode(p.header);
    const footer = headerFooterCode(p.footer);
    if (header || footer) {
      const where = `${sheet} header and footer`;
      yield `<headerFooter>${header ? `<oddHeader>${escapeText(header, where)}</oddHeader>` : ""}${footer ? `<oddFooter>${escapeText(footer, where)}</oddFooter>` : ""}</headerFooter>`;
    }
    const breaks = p.rowBreaks ?? [];
    if (breaks.length) yield `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join("")}</rowBreaks>`;
  }

  if (plan.drawing) yield `<drawing r:id="${plan.drawing.rId}"/>`;
  if (plan.tables.length) yield `<tableParts count="${plan.tables.length}">${plan.tables.map((t) => `<tablePart r:id="${t.rId}"/>`).join("")}</tableParts>`;
  yield "</worksheet>";
}

function sheetView(plan: SheetPlan): string {
  const selected = plan.index === 0 ? ' tabSelected="1"' : "";
  const f = plan.spec.freeze;
  if (!f || (f.rows <= 0 && f.cols <= 0)) return `<sheetView${selected} workbookViewId="0"/>`;
  const pane = f.rows > 0 && f.cols > 0 ? "bottomRight" : f.rows > 0 ? "bottomLeft" : "topRight";
  const split = `${f.cols > 0 ? ` xSplit="${f.cols}"` : ""}${f.rows > 0 ? ` ySplit="${f.rows}"` : ""}`;
  return `<sheetView${selected} workbookViewId="0"><pane${split} topLeftCell="${a1(f.rows + 1, f.cols + 1)}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView>`;
}

/** Column widths: the sheet's, then each table column's (which win, as in render.ts); and the outline
 *  of grouped columns (./print.ts columnOutline). Adjacent columns alike share one <col>. */
function cols(plan: SheetPlan): string {
  const width = new Map<number, number>();
  for (const [letters, w] of Object.entries(plan.spec.columnWidths ?? {})) width.set(colNumber(letters), w);
  for (const t of plan.tables) t.spec.columns.forEach((c, i) => c.width !== undefined && width.set(t.bounds.range.left + i, c.width));
  const outline = columnOutline(plan.spec.columnGroups);
  const all = [...new Set([...width.keys(), ...outline.keys()])].sort((a, b) => a - b);
  if (!all.length) return "";
  const attrs = (c: number) => {
    const w = width.get(c);
    const o = outline.get(c);
    return (
      (w === undefined ? "" : ` width="${w}" customWidth="1"`) +
      (o === undefined ? "" : "level" in o ? `${o.hidden ? ' hidden="1"' : ""} outlineLevel="1"` : ' collapsed="1"')
    );
  };
  const out: string[] = [];
  for (let i = 0; i < all.length; ) {
    const min = all[i]!;
    const a = attrs(min);
    let max = min;
    while (i + 1 < all.length && all[i + 1] === max + 1 && attrs(all[i + 1]!) === a) max = all[++i]!;
    i++;
    out.push(`<col min="${min}" max="${max}"${a}/>`);
  }
  return `<cols>${out.join("")}</cols>`;
}

/** Table columns' rules first, then the sheet's, in order; a later rule on the same range replaces an earlier one (as in exceljs). */
function dataValidations(plan: SheetPlan, w: SheetDataContext): string {
  const byRange = new Map<string, ValidationRule>();
  for (const t of plan.tables) for (const c of t.spec.columns) if (c.validation) byRange.set(columnRange(t, c.key), c.validation);
  for (const v of plan.spec.validations ?? []) byRange.set(targetRange(plan, v.target), v.rule);
  if (!byRange.size) return "";
  const sheet = `sheet "${plan.spec.name}"`;
  const items = [...byRange].map(([range, r]) => {
    const where = `${sheet} data validation ${range}`;
    const body = validationBody(r, w.ctx);
    const attr = (name: string, v: string | undefined) => (v === undefined ? "" : ` ${name}="${escapeAttr(v, where)}"`);
    const attrs =
      ` type="${body.type}"` +
      (body.operator ? ` operator="${body.operator}"` : "") +
      ((r.allowBlank ?? true) ? ' allowBlank="1"' : "") +
      (r.prompt !== undefined ? ' showInputMessage="1"' : "") +
      ' showErrorMessage="1" errorStyle="stop"' +
      attr("errorTitle", r.errorTitle) +
      attr("error", r.error) +
      attr("promptTitle", r.promptTitle) +
      attr("prompt", r.prompt) +
      ` sqref="${range}"`;
    const formulas = body.formulas.map((f, i) => `<formula${i + 1}>${escapeText(f, where)}</formula${i + 1}>`).join("");
    return `<dataValidation${attrs}>${formulas}</dataValidation>`;
  });
  return `<dataValidations count="${items.length}">${items.join("")}</dataValidations>`;
}
