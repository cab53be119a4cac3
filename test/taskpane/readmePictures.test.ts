/**
 * The README shows the pane as it looks in Excel: every picture it links exists in the repository (a
 * clone has no ../shared or build output to lean on), is a PNG, and the pane's pictures are the in-Excel
 * ones the browser test takes (test/e2e: excel-*-view.png copied to docs/taskpane-excel-*.png), in both
 * languages — not only the "not in Excel" state.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";

const ROOT = join(__dirname, "../..");
const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const pictures = [...readme.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1]!);

describe("the README's pictures", () => {
  it("exist in the repository, as PNG files", () => {
    expect(pictures.length).toBeGreaterThan(0);
    for (const src of pictures) {
      const file = join(ROOT, src);
      expect([src, existsSync(file)]).toEqual([src, true]);
      expect(readFileSync(file).subarray(1, 4).toString("latin1")).toBe("PNG");
    }
  });

  it("show the pane in Excel, in Chinese and in English", () => {
    const pane = pictures.filter((p) => p.startsWith("docs/taskpane-"));
    expect(pane.every((p) => /^docs\/taskpane-excel-[a-z]+-(zh-CN|en-US)\.png$/.test(p))).toBe(true);
    expect(pane.some((p) => p.endsWith("-zh-CN.png"))).toBe(true);
    expect(pane.some((p) => p.endsWith("-en-US.png"))).toBe(true);
  });
});
