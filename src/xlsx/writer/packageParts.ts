/**
 * The package around the sheets: [Content_Types].xml, the relationship parts, xl/workbook.xml
 * (sheets, defined names — the spec's, each sheet's key name, print titles — and calcPr with
 * fullCalcOnLoad), and the document properties.
 */
import { absRef, quoteSheet } from "../../workbook/address";
import { layoutVersionName, versionSheet } from "../../workbook/layoutVersion";
import { printAreaRef } from "../../workbook/print";
import { sheetKeyName } from "../../workbook/sheetIdentity";
import { relativeTarget, type WorkbookPlan } from "./plan";
import { escapeAttr, escapeText, escapeXstring, NS, XML_DECLARATION } from "./xml";

const CT = {
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  sharedStrings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
  theme: "application/vnd.openxmlformats-officedocument.theme+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  core: "application/vnd.openxmlformats-package.core-properties+xml",
  app: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
  rels: "application/vnd.openxmlformats-package.relationships+xml",
} as const;

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL_TYPE = {
  officeDocument: `${REL}/officeDocument`,
  worksheet: `${REL}/worksheet`,
  table: `${REL}/table`,
  styles: `${REL}/styles`,
  sharedStrings: `${REL}/sharedStrings`,
  theme: `${REL}/theme`,
  drawing: `${REL}/drawing`,
  chart: `${REL}/chart`,
  extended: `${REL}/extended-properties`,
  core: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
} as const;

export const PART = {
  workbook: "xl/workbook.xml",
  styles: "xl/styles.xml",
  sharedStrings: "xl/sharedStrings.xml",
  theme: "xl/theme/theme1.xml",
  core: "docProps/core.xml",
  app: "docProps/app.xml",
} as const;

/** The .rels part of a part: "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
export function relsPart(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

export interface Relationship {
  id: string;
  type: string;
  /** Part name from the package root; written relative to the source part. */
  target: string;
}

export function relsXml(source: string | null, rels: readonly Relationship[]): string {
  const items = rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${source ? relativeTarget(source, r.target) : r.target}"/>`);
  return `${XML_DECLARATION}<Relationships xmlns="${NS.pkgRel}">${items.join("")}</Relationships>`;
}

export function contentTypesXml(plan: WorkbookPlan, sharedStrings: boolean): string {
  const override = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`;
  const parts = [override(PART.workbook, CT.workbook)];
  for (const s of plan.sheets) {
    parts.push(override(s.part, CT.worksheet));
    for (const t of s.tables) parts.push(override(t.part, CT.table));
    if (s.drawing) {
      parts.push(override(s.drawing.part, CT.drawing));
      for (const c of s.drawing.charts) parts.push(override(c.part, CT.chart));
    }
  }
  parts.push(override(PART.styles, CT.styles), override(PART.theme, CT.theme));
  if (sharedStrings) parts.push(override(PART.sharedStrings, CT.sharedStrings));
  parts.push(override(PART.core, CT.core), override(PART.app, CT.app));
  return (
    XML_DECLARATION +
    `<Types xmlns="${NS.contentTypes}"><Default Extension="rels" ContentType="${CT.rels}"/><Default Extension="xml" ContentType="application/xml"/>${parts.join("")}</Types>`
  );
}

export function rootRelsXml(): string {
  return relsXml(null, [
    { id: "rId1", type: REL_TYPE.officeDocument, target: PART.workbook },
    { id: "rId2", type: REL_TYPE.core, target: PART.core },
    { id: "rId3", type: REL_TYPE.extended, target: PART.app },
  ]);
}

export function workbookRelsXml(plan: WorkbookPlan, sharedStrings: boolean): string {
  const n = plan.sheets.length;
  const rels: Relationship[] = plan.sheets.map((s) => ({ id: s.rId, type: REL_TYPE.worksheet, target: s.part }));
  rels.push({ id: `rId${n + 1}`, type: REL_TYPE.styles, target: PART.styles }, { id: `rId${n + 2}`, type: REL_TYPE.theme, target: PART.theme });
  if (sharedStrings) rels.push({ id: `rId${n + 3}`, type: REL_TYPE.sharedStrings, target: PART.sharedStrings });
  return relsXml(PART.workbook, rels);
}

export function sheetRelsXml(s: WorkbookPlan["sheets"][number]): string | null {
  const rels: Relationship[] = s.tables.map((t) => ({ id: t.rId, type: REL_TYPE.table, target: t.part }));
  if (s.drawing) rels.push({ id: s.drawing.rId, type: REL_TYPE.drawing, target: s.drawing.part });
  return rels.length ? relsXml(s.part, rels) : null;
}

/** `marks`: the defined names that make it a ShopSheet workbook (each sheet's key, the layout version);
 *  off for a file meant for another program (the tax-filing import, the bank list). */
export function workbookXml(plan: WorkbookPlan, marks = true): string {
  const sheetName = new Map(plan.sheets.map((s) => [s.spec.key, s.spec.name]));
  const sheets = plan.sheets.map((s, i) => `<sheet name="${escapeAttr(escapeXstring(s.spec.name), `sheet "${s.spec.name}"`)}" sheetId="${i + 1}" r:id="${s.rId}"/>`);
  const name = (n: string, ref: string, local?: number, hidden = false) =>
    `<definedName name="${n}"${local === undefined ? "" : ` localSheetId="${local}"`}${hidden ? ' hidden="1"' : ""}>${escapeText(escapeXstring(ref), `defined name ${n}`)}</definedName>`;
  const names = [
    ...plan.spec.names.map((n) => name(n.name, absRef(sheetName.get(n.sheet)!, n.range))),
    ...(marks ? plan.sheets.map((s) => name(sheetKeyName(s.spec.key), absRef(s.spec.name, "A1"))) : []),
    // The layout version, for the add-in to upgrade a workbook an older ShopSheet made (as ../render.ts).
    ...(marks ? [versionSheet(plan.sheets.map((s) => s.spec))].flatMap((s) => (s ? [name(layoutVersionName(), absRef(s.name, "A1"))] : [])) : []),
    ...plan.sheets.flatMap((s) => {
      const area = s.spec.page?.printArea;
      return area ? [name("_xlnm.Print_Area", printAreaRef(s.spec.name, area), s.index)] : [];
    }),
    ...plan.sheets.flatMap((s) => {
      const rows = s.spec.page?.printTitleRows;
      return rows ? [name("_xlnm.Print_Titles", `${quoteSheet(s.spec.name)}!$${rows[0]}:$${rows[1]}`, s.index)] : [];
    }),
    // The table columns the formulas name (../../workbook/a1Formulas.ts): hidden, as they are the file's
    // spelling, not the user's names. Complete only once every sheet and table has been written.
    ...plan.ctx.spelling.names().map(([n, ref]) => name(n, ref, undefined, true)),
  ];
  return (
    XML_DECLARATION +
    `<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}">` +
    '<workbookPr defaultThemeVersion="164011"/>' +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${sheets.join("")}</sheets>` +
    (names.length ? `<definedNames>${names.join("")}</definedNames>` : "") +
    // Excel recomputes every formula on open, so a missing or stale cached result never shows there.
    '<calcPr calcId="171027" fullCalcOnLoad="1"/>' +
    "</workbook>"
  );
}

export function coreXml(created: Date): string {
  const when = created.toISOString().replace(/\.\d{3}Z$/, "Z");
  return (
    XML_DECLARATION +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    "<dc:creator>ShopSheet</dc:creator>" +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}

export function appXml(): string {
  return (
    XML_DECLARATION +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    "<Application>ShopSheet</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>" +
    "</Properties>"
  );
}
