/**
 * A small OOXML checker for tests: every part of an .xlsx validated by `xmllint --schema` against the
 * ISO/IEC 29500 transitional schemas in test/ooxml/schemas (ECMA's OPC schemas for the package
 * parts). One xmllint run per schema. Without xmllint (Debian's libxml2-utils) it throws: the
 * check never passes vacuously. (To be folded into test/ooxml/validate.ts when that lands.)
 *
 * One documented gap of the schemas is bridged: `xml:space="preserve"` on a SpreadsheetML `<t>`
 * (text that starts or ends with spaces). The schema's ST_Xstring allows no attribute, but Excel
 * writes and honours it ([MS-OI29500] 2.1.706, "Part 4 Section 3.4.12, t (Text)"), and without it
 * Excel drops the spaces. It is removed before validating; nothing else is.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

// exceljs's own zip library, here only to read archives back.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const JSZip = require("jszip") as {
  loadAsync(b: Buffer): Promise<{ files: Record<string, { dir: boolean; async(t: "string"): Promise<string> }> }>;
};

const SCHEMAS = resolve(__dirname, "../../ooxml/schemas");
const ISO = join(SCHEMAS, "ISO-IEC29500-4_2016");
const OPC = join(SCHEMAS, "ecma/fouth-edition");

/** The schema a part is checked against, by its name in the package. */
export function schemaFor(part: string): string | null {
  if (part === "[Content_Types].xml") return join(OPC, "opc-contentTypes.xsd");
  if (part.endsWith(".rels")) return join(OPC, "opc-relationships.xsd");
  if (part === "docProps/core.xml") return join(OPC, "opc-coreProperties.xsd");
  if (part === "docProps/app.xml") return join(ISO, "shared-documentPropertiesExtended.xsd");
  if (/^xl\/theme\/[^/]+\.xml$/.test(part)) return join(ISO, "dml-main.xsd");
  if (/^xl\/charts\/[^/]+\.xml$/.test(part)) return join(ISO, "dml-chart.xsd");
  if (/^xl\/drawings\/[^/]+\.xml$/.test(part)) return join(ISO, "dml-spreadsheetDrawing.xsd");
  if (/^xl\/[^/]+\.xml$|^xl\/(worksheets|tables)\/[^/]+\.xml$/.test(part)) return join(ISO, "sml.xsd");
  return null;
}

/** Every part of an archive as text. */
export async function partsOf(xlsx: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(xlsx);
  const parts = new Map<string, string>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) parts.set(name, await file.async("string"));
  return parts;
}

/** Schema errors, "part: message" each; [] when every part validates. */
export async function schemaErrors(parts: ReadonlyMap<string, string>): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "shopsheet-ooxml-"));
  try {
    const errors: string[] = [];
    const bySchema = new Map<string, { part: string; file: string }[]>();
    let n = 0;
    for (const [part, text] of parts) {
      const schema = schemaFor(part);
      if (!schema) {
        errors.push(`${part}: no schema for this part`);
        continue;
      }
      const file = join(dir, String(n++), part);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, schema.endsWith("sml.xsd") ? text.replace(/<t xml:space="preserve">/g, "<t>") : text);
      bySchema.set(schema, [...(bySchema.get(schema) ?? []), { part, file }]);
    }
    for (const [schema, files] of bySchema) {
      const stderr = await xmllint(schema, files.map((f) => f.file));
      for (const line of stderr.split("\n")) {
        if (!line.trim() || / validates$/.test(line)) continue;
        const f = files.find((x) => line.startsWith(x.file));
        errors.push(f ? `${f.part}${line.slice(f.file.length)}` : line);
      }
    }
    return errors;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function xmllint(schema: string, files: string[]): Promise<string> {
  return new Promise((ok, fail) => {
    execFile("xmllint", ["--noout", "--schema", schema, ...files], { maxBuffer: 64 << 20 }, (err, _stdout, stderr) => {
      if (err && (err as NodeJS.ErrnoException).code === "ENOENT") {
        fail(new Error("xmllint not found: the OOXML schema checks never skip. Install it: apt-get install -y --no-install-recommends libxml2-utils"));
      } else ok(stderr);
    });
  });
}
