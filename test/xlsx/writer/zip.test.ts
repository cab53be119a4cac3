/**
 * The zip writer: archives that an independent reader (JSZip, CRC-32 checked) opens, entries
 * streamed in pieces, headers patched in place (the CRC-32: ./crc32.test.ts).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FileSink, MemorySink } from "../../../src/xlsx/writer/sink";
import { ZipWriter } from "../../../src/xlsx/writer/zip";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const JSZip = require("jszip") as {
  loadAsync(b: Buffer, o?: { checkCRC32: boolean }): Promise<{ files: Record<string, { async(t: "string"): Promise<string> }> }>;
};

async function read(archive: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(archive, { checkCRC32: true });
  const out: Record<string, string> = {};
  for (const [name, f] of Object.entries(zip.files)) out[name] = await f.async("string");
  return out;
}

/** ~3 MiB of text in many pieces: several deflate pieces, several output chunks. */
function* bigText(): Generator<string> {
  for (let i = 0; i < 60_000; i++) yield `<row r="${i}"><c><v>${i * 7919}</v></c><c t="s"><v>员工${i % 977}</v></c></row>`;
}
const bigTextWhole = () => [...bigText()].join("");

test("entries from strings and generators, Chinese text, an empty entry: read back byte for byte (CRC-32 checked)", async () => {
  for (const level of [1, 6]) {
    const sink = new MemorySink();
    const zip = new ZipWriter(sink, level);
    await zip.add("[Content_Types].xml", "<Types/>");
    await zip.add("xl/worksheets/sheet1.xml", bigText());
    await zip.add("xl/empty.xml", "");
    await zip.add("xl/中文.xml", "设置 — 工资");
    await zip.finish();
    expect(await read(sink.buffer())).toEqual({ "[Content_Types].xml": "<Types/>", "xl/worksheets/sheet1.xml": bigTextWhole(), "xl/empty.xml": "", "xl/中文.xml": "设置 — 工资" });
  }
});

/** Strings and encoded bytes mixed, one at a time and in runs (a sheet row), Chinese text falling
 *  across 1 MiB chunk edges, pieces larger than a chunk. */
function* mixedPieces(): Generator<string | Uint8Array | (string | Uint8Array)[]> {
  const formula = new TextEncoder().encode("<f>INDEX(工资[[#This Row],[应发合计]],1)</f>");
  for (let i = 0; i < 40_000; i++) {
    if (i % 2) yield [`<row r="${i}">`, formula, `<v>${i}</v>`, formula, `</row>${"员".repeat(i % 5)}`];
    yield `<c r="A${i}">`;
    yield formula;
    yield `<v>${i}</v></c>${"员".repeat(i % 7)}`;
  }
  yield new TextEncoder().encode("字".repeat(700_000)); // 2.1 MB of bytes in one piece
  yield "末".repeat(400_000); // 1.2 MB once encoded, in one string
  yield "";
  yield new Uint8Array(0);
}
const mixedWhole = () =>
  [...mixedPieces()]
    .flat()
    .map((p) => (typeof p === "string" ? p : new TextDecoder().decode(p)))
    .join("");

test("pieces of text and of encoded bytes, across chunk edges and larger than a chunk: read back byte for byte", async () => {
  const sink = new MemorySink();
  const zip = new ZipWriter(sink, 1);
  await zip.add("mixed.xml", mixedPieces());
  await zip.finish();
  expect((await read(sink.buffer()))["mixed.xml"]).toBe(mixedWhole());
});

test("a file sink writes the same archive as the memory sink, headers patched after flushing", async () => {
  const dir = mkdtempSync(join(tmpdir(), "shopsheet-zip-"));
  try {
    const write = async (sink: FileSink | MemorySink) => {
      const zip = new ZipWriter(sink, 1);
      await zip.add("a.xml", bigText()); // over 1 MiB: its header is on disk before it is patched
      await zip.add("b.xml", "<b/>");
      await zip.finish();
      await sink.close();
    };
    const memory = new MemorySink();
    await write(memory);
    const path = join(dir, "x.zip");
    await write(await FileSink.create(path));
    expect(readFileSync(path).equals(memory.buffer())).toBe(true);
    expect(Object.keys(await read(readFileSync(path)))).toEqual(["a.xml", "b.xml"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("MemorySink.overwrite patches bytes across chunk boundaries", async () => {
  const sink = new MemorySink();
  for (const part of ["abc", "de", "fghij"]) await sink.write(Buffer.from(part));
  await sink.overwrite(2, Buffer.from("XYZW"));
  expect(sink.buffer().toString()).toBe("abXYZWghij");
});

