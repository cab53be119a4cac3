/**
 * xl/styles.xml: the spec's named styles (../../workbook/styles.ts) turned into the deduplicated
 * font, fill, number-format and cell-format (xf) lists SpreadsheetML wants, plus the differential
 * formats (dxf) of conditional formats. Cells ask for an index while their sheet is written; the
 * part itself is written after the sheets, when every index is known.
 *
 * The look is the one ../style.ts gives exceljs, so both writers produce the same formatting: a
 * font only when the style sets bold, italic, size or colour (then always named after the workbook's
 * body font, 11 pt unless sized), solid fills, number formats, borders, unlocked input cells, wrap and
 * alignment; a dxf's solid fill takes its colour from bgColor (Excel reads a dxf's fill that way).
 */
import type { Borders, StyleDef, StyleName, StyleRef, WorkbookFont } from "../../workbook/spec";
import { NUM_FMT, resolveStyle, STYLES, TABLE_HEADER } from "../../workbook/styles";
import { escapeAttr, NS, XML_DECLARATION } from "./xml";

/** Number formats every reader knows by id (ECMA-376 Part 1, 18.8.30); others get ids from 164. */
const BUILT_IN_NUM_FMTS: ReadonlyMap<string, number> = new Map([
  ["General", 0], ["0", 1], ["0.00", 2], ["#,##0", 3], ["#,##0.00", 4], ["0%", 9], ["0.00%", 10], ["0.00E+00", 11], ["@", 49],
]);
const FIRST_CUSTOM_NUM_FMT = 164;

const argb = (rgb: string) => `FF${rgb.toUpperCase()}`;

/** Indexes into a list of XML fragments, each written once. */
class Interned {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(initial: string[] = []) {
    for (const x of initial) this.id(x);
  }
  id(xml: string): number {
    let i = this.index.get(xml);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(xml);
      this.index.set(xml, i);
    }
    return i;
  }
}

const DEFAULT_XF = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
const NO_BORDER = "<border><left/><right/><top/><bottom/><diagonal/></border>";

/** The workbook's body font when the spec names none: Excel's own. */
export const CALIBRI: WorkbookFont = { name: "Calibri" };

/** A font's name, family and character set as a <font> ends (family 2: swiss, as Excel writes for both). */
const fontTail = (f: WorkbookFont) => `<name val="${escapeAttr(f.name, "font name")}"/><family val="2"/>${f.charset === undefined ? "" : `<charset val="${f.charset}"/>`}`;

export class StyleSheet {
  private readonly fonts: Interned;
  private readonly borders = new Interned([NO_BORDER]);
  // Excel requires the first two fills to be these, whatever the cells use.
  private readonly fills = new Interned(['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']);
  private readonly xfs = new Interned([DEFAULT_XF]);
  private readonly dxfs = new Interned();
  private readonly numFmts = new Map<string, number>();
  private readonly byRef = new Map<string, number>();
  /** Style lists already asked for, by the list object (held weakly: a list made per cell is not kept). */
  private readonly byList = new WeakMap<readonly StyleName[], number>();

  /** `font`: the workbook's body font (default font, and the name of every styled cell's font). */
  constructor(private readonly font: WorkbookFont = CALIBRI) {
    this.fonts = new Interned([`<font><sz val="11"/><color theme="1"/>${fontTail(font)}<scheme val="minor"/></font>`]);
  }

  /** The cell format of a style ref. A date without a number format would show as a serial
   *  number, so `isDate` adds the date format when the ref has none (as render.ts does). */
  cell(ref: StyleRef | undefined, isDate = false): number {
    // A list of styles is found by the list itself when the same list is asked for again (a salary slip's
    // cells share theirs: 93,000 at 1,000 staff), without its key being joined and hashed again.
    const list = typeof ref === "object" && !isDate ? ref : undefined;
    if (list !== undefined) {
      const known = this.byList.get(list);
      if (known !== undefined) return known;
    }
    const key = `${refKey(ref)}${isDate ? "#date" : ""}`;
    let i = this.byRef.get(key);
    if (i === undefined) {
      const def = resolveStyle(ref);
      if (isDate && !def.numFmt) def.numFmt = NUM_FMT.date;
      i = this.xf(def);
      this.byRef.set(key, i);
    }
    if (list !== undefined) this.byList.set(list, i);
    return i;
  }

  /** A table's totals-row cell: the column's own style, bold. */
  totals(ref: StyleRef | undefined): number {
    const key = `totals:${refKey(ref)}`;
    let i = this.byRef.get(key);
    if (i === undefined) {
      i = this.xf({ ...resolveStyle(ref), bold: true });
      this.byRef.set(key, i);
    }
    return i;
  }

  /** A table's header cells: the table style's look, wrapped and centred (TABLE_HEADER). */
  tableHeader(): number {
    let i = this.byRef.get("tableHeader");
    if (i === undefined) {
      i = this.xf(TABLE_HEADER);
      this.byRef.set("tableHeader", i);
    }
    return i;
  }

  /** The differential format of a conditional format: fill, font colour and bold only. */
  dxf(name: StyleName): number {
    const d = STYLES[name];
    let font = "";
    if (d.fontColor || d.bold) font = `<font>${d.bold ? "<b/>" : ""}${d.fontColor ? `<color rgb="${argb(d.fontColor)}"/>` : ""}</font>`;
    const fill = d.fill ? `<fill><patternFill patternType="solid"><bgColor rgb="${argb(d.fill)}"/></patternFill></fill>` : "";
    return this.dxfs.id(`<dxf>${font}${fill}</dxf>`);
  }

  private xf(d: StyleDef): number {
    const hasFont = !!(d.bold || d.italic || d.underline || d.size || d.fontColor);
    const fontId = hasFont
      ? this.fonts.id(
          `<font>${d.bold ? "<b/>" : ""}${d.italic ? "<i/>" : ""}${d.underline ? "<u/>" : ""}<sz val="${d.size ?? 11}"/>${d.fontColor ? `<color rgb="${argb(d.fontColor)}"/>` : ""}${fontTail(this.font)}</font>`,
        )
      : 0;
    const borderId = d.border ? this.borders.id(borderXml(d.border)) : 0;
    const fillId = d.fill ? this.fills.id(`<fill><patternFill patternType="solid"><fgColor rgb="${argb(d.fill)}"/></patternFill></fill>`) : 0;
    const numFmtId = d.numFmt ? this.numFmtId(d.numFmt) : 0;
    const alignment = d.wrap || d.align || d.valign ? `<alignment${d.align ? ` horizontal="${d.align === "centerAcross" ? "centerContinuous" : d.align}"` : ""}${d.valign ? ` vertical="${d.valign}"` : ""}${d.wrap ? ' wrapText="1"' : ""}/>` : "";
    const protection = d.unlocked ? '<protection locked="0"/>' : "";
    const applies =
      (numFmtId ? ' applyNumberFormat="1"' : "") +
      (fontId ? ' applyFont="1"' : "") +
      (fillId ? ' applyFill="1"' : "") +
      (borderId ? ' applyBorder="1"' : "") +
      (alignment ? ' applyAlignment="1"' : "") +
      (protection ? ' applyProtection="1"' : "");
    const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}`;
    return this.xfs.id(alignment || protection ? `${head}>${alignment}${protection}</xf>` : `${head}/>`);
  }

  private numFmtId(code: string): number {
    const builtIn = BUILT_IN_NUM_FMTS.get(code);
    if (builtIn !== undefined) return builtIn;
    let id = this.numFmts.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_NUM_FMT + this.numFmts.size;
      this.numFmts.set(code, id);
    }
    return id;
  }

  /** The whole part; call it after every sheet has asked for its indexes. */
  xml(): string {
    const numFmts = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeAttr(code, `number format ${code}`)}"/>`);
    const list = (tag: string, items: readonly string[]) => `<${tag} count="${items.length}">${items.join("")}</${tag}>`;
    return (
      XML_DECLARATION +
      `<styleSheet xmlns="${NS.main}">` +
      (numFmts.length ? list("numFmts", numFmts) : "") +
      list("fonts", this.fonts.items) +
      list("fills", this.fills.items) +
      list("borders", this.borders.items) +
      list("cellStyleXfs", ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>']) +
      list("cellXfs", this.xfs.items) +
      list("cellStyles", ['<cellStyle name="Normal" xfId="0" builtinId="0"/>']) +
      list("dxfs", this.dxfs.items) +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      "</styleSheet>"
    );
  }
}

/** A <border> in CT_Border's order (left, right, top, bottom, diagonal); a side without a line is empty. */
function borderXml(b: Borders): string {
  const side = (tag: string, line: Borders[keyof Borders]) => (line ? `<${tag} style="${line}"><color auto="1"/></${tag}>` : `<${tag}/>`);
  return `<border>${side("left", b.left)}${side("right", b.right)}${side("top", b.top)}${side("bottom", b.bottom)}<diagonal/></border>`;
}

function refKey(ref: StyleRef | undefined): string {
  return ref === undefined ? "" : typeof ref === "string" ? ref : ref.join("+");
}
