/**
 * xl/theme/theme1.xml: a small complete theme (CT_OfficeStyleSheet, dml-main.xsd). Table styles
 * such as TableStyleLight9 and the default font refer to theme colours and fonts, so the
 * workbook carries one; these are the colours and fonts of Office's default theme.
 */
import { NS, XML_DECLARATION } from "./xml";

const COLORS: [string, string][] = [
  ["dk2", "44546A"], ["lt2", "E7E6E6"], ["accent1", "4472C4"], ["accent2", "ED7D31"], ["accent3", "A5A5A5"],
  ["accent4", "FFC000"], ["accent5", "5B9BD5"], ["accent6", "70AD47"], ["hlink", "0563C1"], ["folHlink", "954F72"],
];

const three = (xml: string) => xml + xml + xml;
const solid = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>';

export function themeXml(): string {
  return (
    XML_DECLARATION +
    `<a:theme xmlns:a="${NS.drawingMain}" name="Office Theme"><a:themeElements>` +
    '<a:clrScheme name="Office">' +
    '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>' +
    COLORS.map(([name, rgb]) => `<a:${name}><a:srgbClr val="${rgb}"/></a:${name}>`).join("") +
    "</a:clrScheme>" +
    '<a:fontScheme name="Office">' +
    '<a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>' +
    '<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont>' +
    "</a:fontScheme>" +
    '<a:fmtScheme name="Office">' +
    `<a:fillStyleLst>${three(solid)}</a:fillStyleLst>` +
    `<a:lnStyleLst>${three(`<a:ln w="6350">${solid}</a:ln>`)}</a:lnStyleLst>` +
    `<a:effectStyleLst>${three("<a:effectStyle><a:effectLst/></a:effectStyle>")}</a:effectStyleLst>` +
    `<a:bgFillStyleLst>${three(solid)}</a:bgFillStyleLst>` +
    "</a:fmtScheme>" +
    "</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"
  );
}
