/**
 * Charts (ChartSpec): a line chart over a table — one line per series column against the x column,
 * each named by its header cell — in a drawing anchored over widthCols × heightRows cells from
 * `at` (8 × 15 by default, as the Office.js renderer places it). Parts: the sheet's drawing
 * (xl/drawings/drawingN.xml, CT_Drawing in dml-spreadsheetDrawing.xsd), its .rels, and one chart
 * part each (xl/charts/chartN.xml, CT_ChartSpace in dml-chart.xsd). exceljs cannot write charts.
 */
import { absRef, parseA1, rangeA1 } from "../../workbook/address";
import { isDateValue } from "../../workbook/spec";
import { NUM_FMT } from "../../workbook/styles";
import type { ChartPlan, SheetPlan } from "./plan";
import { REL_TYPE, relsXml } from "./packageParts";
import { escapeText, NS, XML_DECLARATION } from "./xml";

const CAT_AXIS = 500_000_001;
const VAL_AXIS = 500_000_002;

export function drawingXml(s: SheetPlan): string {
  const anchors = s.drawing!.charts.map((c, i) => {
    const at = parseA1(c.spec.at);
    const marker = (col: number, row: number) => `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
    return (
      '<xdr:twoCellAnchor editAs="oneCell">' +
      `<xdr:from>${marker(at.col - 1, at.row - 1)}</xdr:from>` +
      `<xdr:to>${marker(at.col - 1 + (c.spec.widthCols ?? 8), at.row - 1 + (c.spec.heightRows ?? 15))}</xdr:to>` +
      '<xdr:graphicFrame macro="">' +
      `<xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${NS.chart}"><c:chart xmlns:c="${NS.chart}" r:id="${c.rId}"/></a:graphicData></a:graphic>` +
      "</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
    );
  });
  return `${XML_DECLARATION}<xdr:wsDr xmlns:xdr="${NS.spreadsheetDrawing}" xmlns:a="${NS.drawingMain}" xmlns:r="${NS.rel}">${anchors.join("")}</xdr:wsDr>`;
}

export function drawingRelsXml(s: SheetPlan): string {
  return relsXml(
    s.drawing!.part,
    s.drawing!.charts.map((c) => ({ id: c.rId, type: REL_TYPE.chart, target: c.part })),
  );
}

export function chartXml(s: SheetPlan, c: ChartPlan): string {
  const spec = c.spec;
  const table = s.tables.find((t) => t.spec.name === spec.table)!;
  const b = table.bounds;
  const where = `sheet "${s.spec.name}" chart "${spec.title}"`;
  const col = (key: string) => b.range.left + table.spec.columns.findIndex((x) => x.key === key);
  const ref = (key: string, top: number, bottom: number) => escapeText(absRef(s.spec.name, rangeA1({ top, bottom, left: col(key), right: col(key) })), where);
  // Text categories (names) are a string reference; dates and numbers a number reference.
  const categories = table.spec.rows.some((r) => typeof r[spec.x] === "string") ? "strRef" : "numRef";
  // Dates would show as serial numbers on the axis without a date format of its own.
  const dates = table.spec.rows.some((r) => isDateValue(r[spec.x] ?? null));
  const axisFormat = dates ? `<c:numFmt formatCode="${NUM_FMT.date.split(";")[0]}" sourceLinked="0"/>` : '<c:numFmt formatCode="General" sourceLinked="1"/>';
  const series = spec.series.map(
    (key, i) =>
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
      `<c:tx><c:strRef><c:f>${ref(key, b.headerRow, b.headerRow)}</c:f></c:strRef></c:tx>` +
      '<c:marker><c:symbol val="none"/></c:marker>' +
      `<c:cat><c:${categories}><c:f>${ref(spec.x, b.firstDataRow, b.lastDataRow)}</c:f></c:${categories}></c:cat>` +
      `<c:val><c:numRef><c:f>${ref(key, b.firstDataRow, b.lastDataRow)}</c:f></c:numRef></c:val>` +
      '<c:smooth val="0"/></c:ser>',
  );
  return (
    XML_DECLARATION +
    `<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.drawingMain}" xmlns:r="${NS.rel}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeText(spec.title, where)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
    `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series.join("")}<c:marker val="1"/><c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/></c:lineChart>` +
    `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `${axisFormat}<c:tickLblPos val="nextTo"/><c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/>` +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    `<c:valAx><c:axId val="${VAL_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="${CAT_AXIS}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    "</c:chartSpace>"
  );
}
