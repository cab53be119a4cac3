/**
 * Draws the add-in's PNG icons from assets/icon.svg with headless Chromium (Debian's), at the sizes
 * the manifest names. Run `npm run icons` after changing the SVG; the PNGs are committed.
 */
import { readFileSync } from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";

const SIZES = [16, 32, 64, 80, 128];

async function main() {
  const svg = readFileSync(resolve(__dirname, "../assets/icon.svg"), "utf8");
  const profile = mkdtempSync(join(tmpdir(), "shopsheet-icons-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
  });
  try {
    const page = await context.newPage();
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`);
      await page.screenshot({ path: resolve(__dirname, `../assets/icon-${size}.png`), omitBackground: true });
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

void main();
