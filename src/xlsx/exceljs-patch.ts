/**
 * One small patch to exceljs 4.4.0's table column XML, in both directions. Imported for its side
 * effect by render.ts (and by anything that reads .xlsx files with exceljs); idempotent.
 *
 * Writing: exceljs drops a column's `calculatedColumnFormula` and `totalsRowFormula`. Without the
 * first, Excel sees plain formulas in the cells and does not fill them into rows the user adds to
 * the table; without the second, totalsRowFunction="custom" is left without its formula, which the
 * schema requires. We emit both elements (CT_TableColumn: calculatedColumnFormula, then
 * totalsRowFormula) when the column model carries them.
 *
 * Reading: exceljs cannot load a table whose column has any child element — exactly what Excel
 * writes for every calculated column. Its list parser stops at the first such column, so the table
 * loses its later columns, and then the autoFilter step throws "Cannot set properties of undefined
 * (setting 'filterButton')", failing the whole load (exceljs issue #1240, unmerged PR #1936).
 * A workbook saved by Excel would be unreadable by our CLI. We parse the child elements instead.
 *
 * Reading, too: exceljs takes a table without a headerRowCount attribute for a table without a
 * header row, but the schema default is 1 and Excel omits the attribute — so every Excel-saved
 * table would lose its header. An absent attribute now means a header row.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const TableColumnXform = require("exceljs/lib/xlsx/xform/table/table-column-xform") as XformClass;

interface XmlStream {
  openNode(tag: string, attrs?: Record<string, unknown>): void;
  leafNode(tag: string, attrs: Record<string, unknown> | null | undefined, text?: string): void;
  closeNode(): void;
}

interface ColumnModel {
  id: number;
  name: string;
  totalsRowLabel?: string;
  totalsRowFunction?: string;
  totalsRowFormula?: string | null;
  calculatedColumnFormula?: string;
  dxfId?: string;
}

interface SaxNode {
  name: string;
  attributes: Record<string, string>;
}

interface XformInstance {
  tag: string;
  model: ColumnModel;
  child?: "calculatedColumnFormula" | "totalsRowFormula";
  /** Inside a <tableColumn> element. */
  open?: boolean;
}

interface XformClass {
  prototype: {
    render(this: XformInstance, xml: XmlStream, model: ColumnModel): boolean;
    parseOpen(this: XformInstance, node: SaxNode): boolean;
    parseText(this: XformInstance, text: string): void;
    parseClose(this: XformInstance, name: string): boolean;
    __shopsheetPatched?: boolean;
  };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const TableXform = require("exceljs/lib/xlsx/xform/table/table-xform") as {
  prototype: { parseOpen(this: { model?: { headerRow?: boolean } }, node: SaxNode): boolean; __shopsheetPatched?: boolean };
};

const tableProto = TableXform.prototype;
if (!tableProto.__shopsheetPatched) {
  tableProto.__shopsheetPatched = true;
  const parseOpen = tableProto.parseOpen;
  tableProto.parseOpen = function patchedParseOpen(node) {
    const handled = parseOpen.call(this, node);
    if (node.name === "table" && node.attributes.headerRowCount === undefined && this.model) this.model.headerRow = true;
    return handled;
  };
}

const proto = TableColumnXform.prototype;
if (!proto.__shopsheetPatched) {
  proto.__shopsheetPatched = true;

  proto.render = function render(xml, model) {
    const attrs = {
      id: model.id.toString(),
      name: model.name,
      totalsRowLabel: model.totalsRowLabel,
      totalsRowFunction: model.totalsRowFunction,
      dxfId: model.dxfId,
    };
    const totalsFormula = model.totalsRowFunction === "custom" ? model.totalsRowFormula : undefined;
    if (!model.calculatedColumnFormula && !totalsFormula) {
      xml.leafNode(this.tag, attrs);
      return true;
    }
    xml.openNode(this.tag, attrs);
    if (model.calculatedColumnFormula) xml.leafNode("calculatedColumnFormula", null, model.calculatedColumnFormula);
    if (totalsFormula) xml.leafNode("totalsRowFormula", null, totalsFormula);
    xml.closeNode();
    return true;
  };

  proto.parseOpen = function parseOpen(node) {
    if (node.name === this.tag) {
      this.open = true;
      const a = node.attributes;
      this.model = {
        name: a.name!,
        totalsRowLabel: a.totalsRowLabel,
        totalsRowFunction: a.totalsRowFunction,
        dxfId: a.dxfId,
      } as ColumnModel;
      return true;
    }
    if (node.name === "calculatedColumnFormula" || node.name === "totalsRowFormula") {
      this.child = node.name;
      this.model[node.name] = "";
      return true;
    }
    return !!this.open; // xmlColumnPr, extLst: ignored, but still inside this column
  };

  proto.parseText = function parseText(text) {
    if (this.child) this.model[this.child] += text;
  };

  proto.parseClose = function parseClose(name) {
    if (name === this.tag) {
      this.open = false;
      return false; // this column is done
    }
    if (name === this.child) this.child = undefined;
    return true;
  };
}

export {};
