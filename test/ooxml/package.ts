/**
 * An .xlsx opened as what it is: a zip of XML parts. The tests read parts directly where exceljs's
 * model hides what the file says (a cached "" and a missing cached value look alike there, and the
 * schemas judge the XML, not the model).
 */
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import JSZip from "jszip";
import { posix } from "node:path";

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
} as const;

export interface XlsxPackage {
  /** Every part's text, by its path in the zip ("xl/workbook.xml", "[Content_Types].xml"). */
  parts: Map<string, string>;
  /** Sheets in workbook order: visible name and part path. */
  sheets: { name: string; path: string }[];
}

export async function openXlsx(data: Buffer | Uint8Array): Promise<XlsxPackage> {
  const zip = await JSZip.loadAsync(data);
  const parts = new Map<string, string>();
  for (const [path, file] of Object.entries(zip.files)) if (!file.dir) parts.set(path, await file.async("string"));
  const workbook = parseXml(required(parts, "xl/workbook.xml"), "xl/workbook.xml");
  const rels = relationships(parts, "xl/workbook.xml");
  const sheets = elements(workbook, NS.main, "sheet").map((s) => {
    const id = s.getAttributeNS(NS.rel, "id") ?? "";
    const path = rels.get(id);
    if (path === undefined) throw new Error(`sheet "${s.getAttribute("name")}" has no relationship ${id}`);
    return { name: s.getAttribute("name") ?? "", path };
  });
  return { parts, sheets };
}

export function required(parts: Map<string, string>, path: string): string {
  const text = parts.get(path);
  if (text === undefined) throw new Error(`no part ${path}`);
  return text;
}

/** Parses a part; a part that is not well-formed XML throws, naming it. */
export function parseXml(text: string, path: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => void (level !== "warning" && errors.push(msg)) }).parseFromString(text, "text/xml");
  if (errors.length) throw new Error(`${path} is not well-formed XML: ${errors.join("; ")}`);
  return doc;
}

export function elements(doc: Document | Element, ns: string, local: string): Element[] {
  return Array.from(doc.getElementsByTagNameNS(ns, local));
}

/** The targets of a part's relationships, by id, as paths in the zip. */
export function relationships(parts: Map<string, string>, source: string): Map<string, string> {
  const relsPath = posix.join(posix.dirname(source), "_rels", `${posix.basename(source)}.rels`);
  const text = parts.get(relsPath);
  const out = new Map<string, string>();
  if (text === undefined) return out;
  for (const r of elements(parseXml(text, relsPath), NS.pkgRel, "Relationship")) {
    const target = r.getAttribute("Target") ?? "";
    if (r.getAttribute("TargetMode") === "External") continue;
    out.set(r.getAttribute("Id") ?? "", target.startsWith("/") ? target.slice(1) : posix.normalize(posix.join(posix.dirname(source), target)));
  }
  return out;
}
