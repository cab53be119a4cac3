/**
 * `npm run pictures`: regenerates the README's pictures of the workbook (docs/workbook-*.png) from the
 * example team's zh-CN workbook, with the harness the rendering test uses (./render.ts). Run it after
 * changing how a sheet looks; the test writes the same pictures into test/render/out/ on every run.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { readmePictures, renderWorkbooks, writeExampleWorkbook } from "./render";

const MONTH = "2026-11";

async function pictures(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), "shopsheet-pictures-"));
  const xlsx = join(tmp, `example-zh-CN-${MONTH}.xlsx`);
  await writeExampleWorkbook(xlsx, MONTH, "zh-CN");
  try {
    const [book] = await renderWorkbooks([{ name: "zh-CN", xlsx }], join(tmp, "pages"));
    for (const file of await readmePictures(book!, MONTH, resolve(__dirname, "../../docs"))) console.log(`wrote ${file}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

pictures().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
