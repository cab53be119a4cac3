/**
 * xl/theme/theme1.xml: a small complete theme (CT_OfficeStyleSheet, dml-main.xsd). Table styles
 * such as TableStyleLight9 and the default font refer to theme colours and fonts, so the
 * workbook carries one; these are the colours and fonts of Office's default theme.
 */
import type { WorkbookFont } from "../../workbook/spec";
import { escapeAttr, NS, XML_DECLARATION } from "./xml";

const COLORS: [string, string][] = [
  ["dk2", "44546A"], ["lt2", "E7E6E6"], ["accent1", "4472C4"], ["accent2", "ED7D31"], ["accent3", "A5A5A5"],
  ["accent4", "FFC000"], ["accent5", "5B9BD5"], ["accent6", "70AD47"], ["hlink", "0563C1"], ["folHlink", "954F72"],
];

const three = (xml: string) => xml + xml + xml;
const solid = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>';

/**
 * The theme's fonts: Office's Calibri Light and Calibri, or the workbook's own body font for both — a
 * Chinese font also as the font of the Hans script, as Office's theme names 等线 there.
 */
function fontCollection(tag: "majorFont" | "minorFont", font: WorkbookFont | undefined): string {
  const latin = font?.name ?? (tag === "majorFont" ? "Calibri Light" : "Calibri");
  const typeface = (name: string) => `typeface="${escapeAttr(name, "theme font")}"`;
  const script = font?.script ? `<a:font script="${font.script}" ${typeface(latin)}/>` : "";
  return `<a:${tag}><a:latin ${typeface(latin)}/><a:ea typeface=""/><a:cs typeface=""/>${script}</a:${tag}>`;
}

export function themeXml(font?: WorkbookFont): string {
  return (
    XML_DECLARATION +
    `<a:theme xmlns:a="${NS.drawingMain}" name="Office Theme"><a:themeElements>` +
    '<a:clrScheme name="Office">' +
    '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>' +
    COLORS.map(([name, rgb]) => `<a:${name}><a:srgbClr val="${rgb}"/></a:${name}>`).join("") +
    "</a:clrScheme>" +
    '<a:fontScheme name="Office">' +
    fontCollection("majorFont", font) +
    fontCollection("minorFont", font) +
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
