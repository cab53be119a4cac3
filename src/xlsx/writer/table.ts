/**
 * xl/tables/tableN.xml (CT_Table, ECMA-376 Part 1, 18.5.1.2): the table's range, its autoFilter
 * (header and data rows), its columns — with the calculated column formula Excel fills into rows
 * the user adds (the A1 text of the first data row's cell, as Excel stores a column formula typed
 * with A1 references: ../../workbook/a1Formulas.ts), and the totals-row function or formula — and its style.
 */
import { rangeA1 } from "../../workbook/address";
import { totalFormula } from "./formulas";
import type { FormulaContext, TablePlan } from "./plan";
import { escapeAttr, escapeText, escapeXstring, NS, XML_DECLARATION } from "./xml";

export function tableXml(t: TablePlan, ctx: FormulaContext): string {
  const spec = t.spec;
  const b = t.bounds;
  const where = `table ${spec.name}`;
  const hasTotals = b.totalsRow !== null;
  const filter = rangeA1({ ...b.range, bottom: b.lastDataRow });
  const columns = spec.columns.map((c, i) => {
    const at = `${where} column "${c.header}"`;
    let attrs = ` id="${i + 1}" name="${escapeAttr(escapeXstring(c.header), at)}"`;
    if (hasTotals && i === 0) attrs += ` totalsRowLabel="${escapeAttr(escapeXstring(spec.totalsLabel ?? "Total"), at)}"`;
    let children = "";
    if (c.formula !== undefined) children += `<calculatedColumnFormula>${escapeText(escapeXstring(ctx.spelling.columnFormula(c.formula, spec.name, b.firstDataRow)), at)}</calculatedColumnFormula>`;
    if (c.total !== undefined) {
      attrs += ` totalsRowFunction="${typeof c.total === "string" ? c.total : "custom"}"`;
      if (typeof c.total !== "string") children += `<totalsRowFormula>${escapeText(escapeXstring(totalFormula(spec, c, c.total, ctx)), at)}</totalsRowFormula>`;
    }
    return children ? `<tableColumn${attrs}>${children}</tableColumn>` : `<tableColumn${attrs}/>`;
  });
  return (
    XML_DECLARATION +
    `<table xmlns="${NS.main}" id="${t.id}" name="${spec.name}" displayName="${spec.name}" ref="${rangeA1(b.range)}"${hasTotals ? ' totalsRowCount="1"' : ' totalsRowShown="0"'}>` +
    `<autoFilter ref="${filter}"/>` +
    `<tableColumns count="${columns.length}">${columns.join("")}</tableColumns>` +
    '<tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>' +
    "</table>"
  );
}
