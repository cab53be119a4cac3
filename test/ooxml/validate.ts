/**
 * Is an .xlsx one Excel opens without repairing it? Two checks, both needed:
 *
 * 1. Every part against the ISO/IEC 29500 transitional schemas (./schemas, see ./README.md) with
 *    Debian's xmllint — after applying markup compatibility as Excel does: what lies in a namespace an
 *    ancestor's mc:Ignorable lists is dropped (x14ac:dyDescent), the rest is kept so that the schema
 *    sees any foreign markup. Parts are grouped by schema and validated many per xmllint call.
 * 2. The rules the schemas miss (./rules.ts): table headers, calculated columns, names, data
 *    validation formulas, style and shared-string indexes, XML-illegal characters, content types.
 *
 * Never skips: without xmllint it throws, saying what to install.
 */
import { execFile } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join, resolve } from "node:path";
import { XMLSerializer, type Document, type Element } from "@xmldom/xmldom";
import { NS, elements, openXlsx, parseXml, type XlsxPackage } from "./package";
import { semanticProblems } from "./rules";

const SCHEMAS = resolve(__dirname, "schemas");
const SCHEMA = {
  contentTypes: join(SCHEMAS, "ecma/fouth-edition/opc-contentTypes.xsd"),
  relationships: join(SCHEMAS, "ecma/fouth-edition/opc-relationships.xsd"),
  coreProperties: join(SCHEMAS, "ecma/fouth-edition/opc-coreProperties.xsd"),
  extendedProperties: join(SCHEMAS, "ISO-IEC29500-4_2016/shared-documentPropertiesExtended.xsd"),
  drawingMain: join(SCHEMAS, "ISO-IEC29500-4_2016/dml-main.xsd"),
  spreadsheetDrawing: join(SCHEMAS, "ISO-IEC29500-4_2016/dml-spreadsheetDrawing.xsd"),
  chart: join(SCHEMAS, "ISO-IEC29500-4_2016/dml-chart.xsd"),
  spreadsheet: join(SCHEMAS, "ISO-IEC29500-4_2016/sml.xsd"),
} as const;

const INSTALL_HINT = "apt-get install -y --no-install-recommends libxml2-utils";

export function findXmllint(): string {
  const candidates = [process.env.XMLLINT, "/usr/bin/xmllint"];
  for (const dir of (process.env.PATH ?? "").split(delimiter)) if (dir) candidates.push(join(dir, "xmllint"));
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (found) return found;
  throw new Error(`xmllint not found: the OOXML schema checks never skip${process.env.CI === "true" ? " (CI)" : ""}. Install it: ${INSTALL_HINT} (or set XMLLINT=/path/to/xmllint)`);
}

/** The schema of a part, by its content type. */
function schemaFor(contentType: string | undefined): string | undefined {
  if (contentType === undefined) return undefined;
  if (contentType === "application/vnd.openxmlformats-package.relationships+xml") return SCHEMA.relationships;
  if (contentType === "application/vnd.openxmlformats-package.core-properties+xml") return SCHEMA.coreProperties;
  if (contentType === "application/vnd.openxmlformats-officedocument.extended-properties+xml") return SCHEMA.extendedProperties;
  if (contentType === "application/vnd.openxmlformats-officedocument.theme+xml") return SCHEMA.drawingMain;
  if (contentType === "application/vnd.openxmlformats-officedocument.drawing+xml") return SCHEMA.spreadsheetDrawing;
  if (contentType === "application/vnd.openxmlformats-officedocument.drawingml.chart+xml") return SCHEMA.chart;
  if (contentType.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.")) return SCHEMA.spreadsheet;
  return undefined;
}

/** Content types by part path, from [Content_Types].xml (Overrides, then Defaults by extension). */
export function contentTypes(pkg: XlsxPackage): Map<string, string> {
  const doc = parseXml(pkg.parts.get("[Content_Types].xml") ?? "<Types/>", "[Content_Types].xml");
  const CT = "http://schemas.openxmlformats.org/package/2006/content-types";
  const defaults = new Map(elements(doc, CT, "Default").map((d) => [(d.getAttribute("Extension") ?? "").toLowerCase(), d.getAttribute("ContentType") ?? ""]));
  const overrides = new Map(elements(doc, CT, "Override").map((o) => [(o.getAttribute("PartName") ?? "").replace(/^\//, ""), o.getAttribute("ContentType") ?? ""]));
  const out = new Map<string, string>();
  for (const path of pkg.parts.keys()) {
    const type = overrides.get(path) ?? defaults.get(path.slice(path.lastIndexOf(".") + 1).toLowerCase());
    if (type !== undefined) out.set(path, type);
  }
  return out;
}

export interface OoxmlProblem {
  workbook: string;
  part: string;
  message: string;
}

export interface OoxmlReport {
  workbooks: number;
  parts: number;
  problems: OoxmlProblem[];
}

/**
 * Applies markup compatibility as a consumer that understands none of the extensions does (ECMA-376
 * Part 3): elements and attributes in an ignorable namespace go, mc:Ignorable itself goes. What it
 * cannot decide (AlternateContent, MustUnderstand, an undeclared prefix) is a problem, not a guess.
 */
export function applyMarkupCompatibility(doc: Document, problem: (m: string) => void): void {
  const visit = (el: Element, inherited: ReadonlySet<string>) => {
    let ignorable = inherited;
    const list = el.getAttributeNS(NS.mc, "Ignorable");
    if (list) {
      const more = new Set(inherited);
      for (const prefix of list.trim().split(/\s+/)) {
        const ns = el.lookupNamespaceURI(prefix);
        if (ns === null) problem(`mc:Ignorable names the undeclared prefix "${prefix}"`);
        else more.add(ns);
      }
      ignorable = more;
    }
    for (const a of Array.from(el.attributes)) {
      if (a.namespaceURI === NS.mc) {
        if (a.localName !== "Ignorable") problem(`mc:${a.localName} is not handled by this checker`);
        el.removeAttributeNode(a);
      } else if (a.namespaceURI !== null && ignorable.has(a.namespaceURI)) el.removeAttributeNode(a);
    }
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType !== 1) continue;
      const c = child as Element;
      if (c.namespaceURI === NS.mc) {
        problem(`mc:${c.localName} is not handled by this checker`);
        el.removeChild(c);
      } else if (c.namespaceURI !== null && ignorable.has(c.namespaceURI)) el.removeChild(c);
      else visit(c, ignorable);
    }
  };
  if (doc.documentElement) visit(doc.documentElement, new Set());
}

const XML_NS = "http://www.w3.org/XML/1998/namespace";

/**
 * Where Excel's documented practice is wider than the published schema: the schema types SpreadsheetML's
 * <t> as a simple string, yet Excel reads and writes xml:space on it ("The standard makes no mention of
 * an xml:space attribute. Excel uses this attribute…", [MS-OI29500] 2.1.678, Part 1 Section 18.4.12 t
 * (Text): https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/82ad64a7-401b-4f34-9319-3600b16b2791).
 * Without xml:space="preserve" Excel trims a text's leading and trailing white space, so it must stay
 * in the file; the checker takes it off <t> (after checking its value) before the schema looks.
 */
export function allowExcelExtensions(doc: Document, problem: (m: string) => void): void {
  for (const t of elements(doc, NS.main, "t")) {
    const space = t.getAttributeNS(XML_NS, "space");
    if (space === null) continue;
    if (space !== "preserve" && space !== "default") problem(`<t xml:space="${space}">: XML 1.0 allows only preserve or default`);
    t.removeAttributeNS(XML_NS, "space");
  }
}

function runXmllint(schema: string, files: string[]): Promise<string> {
  return new Promise((ok, fail) =>
    execFile(findXmllint(), ["--noout", "--nonet", "--schema", schema, ...files], { maxBuffer: 64 * 1024 * 1024, timeout: 120_000 }, (err, _stdout, stderr) => {
      // Exit codes 1-4 mean "some file did not parse or validate": the messages say which. Anything
      // else (5: the schema itself did not compile) is the checker failing, never a pass.
      const code = (err as { code?: unknown } | null)?.code;
      if (err && !(typeof code === "number" && code >= 1 && code <= 4)) fail(new Error(`xmllint failed: ${err.message}\n${stderr}`));
      else if (err && !stderr.split("\n").some((l) => l.trim() && !/ validates$/.test(l))) fail(new Error(`xmllint exited with ${String(code)} and said nothing`));
      else ok(stderr);
    }),
  );
}

/** Validates every part of every workbook: schemas, then the rules the schemas miss. */
export async function validateOoxml(workbooks: { name: string; data: Buffer | Uint8Array }[]): Promise<OoxmlReport> {
  const problems: OoxmlProblem[] = [];
  const dir = mkdtempSync(join(tmpdir(), "shopsheet-ooxml-"));
  const bySchema = new Map<string, string[]>();
  const fileToPart = new Map<string, { workbook: string; part: string }>();
  let parts = 0;
  try {
    for (const [i, wb] of workbooks.entries()) {
      const pkg = await openXlsx(wb.data);
      const bad = (part: string) => (message: string) => problems.push({ workbook: wb.name, part, message });
      const types = contentTypes(pkg);
      const docs = new Map<string, Document>();
      for (const [path, text] of pkg.parts) {
        parts++;
        const schema = path === "[Content_Types].xml" ? SCHEMA.contentTypes : schemaFor(types.get(path));
        if (schema === undefined) {
          bad(path)(`no schema for content type ${types.get(path) ?? "(none)"}`);
          continue;
        }
        let doc: Document;
        try {
          doc = parseXml(text, path);
        } catch (e) {
          bad(path)((e as Error).message);
          continue;
        }
        applyMarkupCompatibility(doc, bad(path));
        allowExcelExtensions(doc, bad(path));
        docs.set(path, doc);
        const file = join(dir, String(i), path);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, new XMLSerializer().serializeToString(doc));
        fileToPart.set(file, { workbook: wb.name, part: path });
        bySchema.set(schema, [...(bySchema.get(schema) ?? []), file]);
      }
      for (const p of semanticProblems(pkg, types, docs)) problems.push({ workbook: wb.name, ...p });
    }
    for (const [schema, files] of bySchema) {
      const out = await runXmllint(schema, files);
      let last: { workbook: string; part: string } | undefined;
      for (const line of out.split("\n")) {
        if (!line.trim() || / validates$/.test(line)) continue;
        const file = files.find((f) => line.startsWith(`${f}:`) || line.startsWith(`${f} `));
        if (file !== undefined && line === `${file} fails to validate`) continue; // the lines before it say why
        const where = file === undefined ? last : fileToPart.get(file);
        // Lines without a file name continue the message above them (the source line and a caret).
        if (file === undefined && where !== undefined) problems[problems.length - 1]!.message += `\n${line}`;
        else problems.push({ ...(where ?? { workbook: "?", part: "?" }), message: file === undefined ? line : line.slice(file.length + 1).trim() });
        last = where;
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  record(workbooks.length, parts);
  return { workbooks: workbooks.length, parts, problems };
}

/** Adds to this run's count (test/ooxml/globalSetup.js makes the file; globalTeardown prints the total). */
function record(workbooks: number, parts: number): void {
  const file = process.env.SHOPSHEET_OOXML_COUNT;
  if (file) appendFileSync(file, `${workbooks} ${parts}\n`);
}

/** For tests: the workbooks are valid, or the failure lists every problem with its workbook and part. */
export async function expectValidOoxml(workbooks: { name: string; data: Buffer | Uint8Array }[]): Promise<OoxmlReport> {
  const report = await validateOoxml(workbooks);
  expect(report.problems).toEqual([]);
  expect(report.parts).toBeGreaterThanOrEqual(workbooks.length * 9); // content types, 3 .rels, workbook, a sheet, styles, theme, props
  return report;
}
