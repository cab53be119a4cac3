/**
 * Renders workbooks as a person sees them printed: LibreOffice exports each .xlsx to PDF (every
 * visible sheet, with the sheet's own page setup), poppler's pdftoppm turns each page into a PNG and
 * pdftotext -bbox gives each page's size and words with their boxes, for checks a machine can make.
 * Used by test/render/render.test.ts and by `npm run pictures` (./pictures.ts).
 *
 * - Never skips: without soffice, pdftoppm, pdftotext or a Chinese font this throws and says what
 *   to install (.ci/run installs them), so a test using it fails instead of passing vacuously.
 * - One soffice start (about a second, more when the machine is busy) for all workbooks.
 * - A throwaway LibreOffice profile, set to recalculate on load as Excel does (the cached values
 *   are the engine's; the oracle tests prove the two agree).
 */
import { execFile, execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, delimiter, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import * as ExcelJS from "exceljs";
import "../../src/xlsx/exceljs-patch"; // so exceljs can read tables with calculated columns
import { main } from "../../src/cli/main";
import { findSoffice, sheetNameByKey } from "../oracle/libreoffice";

const INSTALL_HINT = "apt-get install -y --no-install-recommends poppler-utils fonts-wqy-microhei";

/** A program from Debian's poppler-utils: /usr/bin, then PATH. Throws when missing (never skips). */
function findPoppler(program: "pdftoppm" | "pdftotext"): string {
  const candidates = [`/usr/bin/${program}`];
  for (const dir of (process.env.PATH ?? "").split(delimiter)) if (dir) candidates.push(join(dir, program));
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(`${program} not found${process.env.CI === "true" ? " on CI" : ""}: the rendering test never skips. Install it: ${INSTALL_HINT}`);
}

/** Without a font for Chinese, LibreOffice draws empty boxes and the pictures show nothing. */
function requireChineseFont(): void {
  let families = "";
  try {
    families = execFileSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" });
  } catch {
    // fc-list itself missing: no fontconfig, so no font either.
  }
  if (families.trim() === "") throw new Error(`no font with Chinese characters (fc-list :lang=zh is empty): install one: ${INSTALL_HINT}`);
}

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function run(program: string, args: string[], timeout = 300_000): Promise<string> {
  return new Promise((ok, fail) =>
    execFile(program, args, { timeout, maxBuffer: 256 * 1024 * 1024, encoding: "utf8" }, (err, stdout, stderr) =>
      err ? fail(new Error(`${basename(program)} failed: ${err.message}\n${stderr}`)) : ok(stdout),
    ),
  );
}

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface Page {
  /** 1-based, as in the PDF. */
  number: number;
  /** In points (1/72 inch): A4 is 595.3 × 841.9, Letter 612 × 792. */
  width: number;
  height: number;
  words: Word[];
  /** The words in reading order, separated by spaces. */
  text: string;
  /** The sheet this page belongs to (its name), when known. */
  sheet: string | undefined;
  png: string;
}

export interface VisibleSheet {
  name: string;
  /** The sheet's title: its first text cell (A1 on every ShopSheet sheet). */
  title: string;
  /** The PDF page where the sheet starts, or undefined when its title was not found in order. */
  firstPage: number | undefined;
}

export interface RenderedWorkbook {
  name: string;
  xlsx: string;
  pdf: string;
  dir: string;
  pages: Page[];
  sheets: VisibleSheet[];
}

/** Writes the built-in example team's workbook with `shopsheet workbook`, as a user would. */
export async function writeExampleWorkbook(out: string, month: string, lang: "zh-CN" | "en-US"): Promise<void> {
  let stderr = "";
  const code = await main(["workbook", "--month", month, "--lang", lang, "--out", out], {
    stdout: () => undefined,
    stderr: (s) => (stderr += s),
    cwd: process.cwd(),
    now: () => new Date(`${month}-15T12:00:00+08:00`),
  });
  if (code !== 0) throw new Error(`shopsheet workbook --lang ${lang} exited ${code}: ${stderr}`);
}

/**
 * Renders each workbook into `outDir/<name>/`: `<name>.pdf`, `page-NN.png` for every page (at
 * `dpi`), and `index.md` saying which sheet each page shows. The folder is emptied first.
 */
export async function renderWorkbooks(books: { name: string; xlsx: string }[], outDir: string, dpi = 100): Promise<RenderedWorkbook[]> {
  const soffice = findSoffice();
  const pdftoppm = findPoppler("pdftoppm");
  const pdftotext = findPoppler("pdftotext");
  requireChineseFont();
  const names = books.map((b) => basename(b.xlsx));
  if (new Set(names).size !== names.length) throw new Error(`renderWorkbooks: file names must be distinct: ${names.join(", ")}`);

  const profile = mkdtempSync(join(tmpdir(), "shopsheet-render-profile-"));
  const pdfDir = mkdtempSync(join(tmpdir(), "shopsheet-render-pdf-"));
  try {
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
    await run(soffice, [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--nolockcheck",
      "--convert-to",
      "pdf",
      "--outdir",
      pdfDir,
      ...books.map((b) => resolve(b.xlsx)),
    ]);
    const rendered: RenderedWorkbook[] = [];
    for (const book of books) {
      const converted = join(pdfDir, basename(book.xlsx).replace(/\.xlsx$/, ".pdf"));
      // soffice exits 0 even when a conversion fails; the missing output is the only sign.
      if (!existsSync(converted)) throw new Error(`soffice did not convert ${book.xlsx} to PDF`);
      const dir = join(outDir, book.name);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      const pdf = join(dir, `${book.name}.pdf`);
      copyFileSync(converted, pdf);
      await run(pdftoppm, ["-r", String(dpi), "-png", pdf, join(dir, "page")]);
      const pngs = readdirSync(dir).filter((f) => /^page-\d+\.png$/.test(f)).sort((a, b) => pageOf(a) - pageOf(b));
      const pages = parseBbox(await run(pdftotext, ["-bbox", pdf, "-"])).map((p, i) => ({ ...p, sheet: undefined as string | undefined, png: join(dir, pngs[i] ?? "") }));
      if (pngs.length !== pages.length) throw new Error(`${pdf}: ${pages.length} pages but ${pngs.length} pictures`);
      const sheets = placeSheets(await visibleSheets(book.xlsx), pages);
      writeFileSync(join(dir, "index.md"), indexOf(book, pages));
      rendered.push({ name: book.name, xlsx: book.xlsx, pdf, dir, pages, sheets });
    }
    return rendered;
  } finally {
    rmSync(profile, { recursive: true, force: true });
    rmSync(pdfDir, { recursive: true, force: true });
  }
}

const pageOf = (file: string) => Number(/(\d+)\.png$/.exec(file)![1]);

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'", "&#39;": "'" };
const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|apos|#39);/g, (e) => ENTITIES[e]!);

/** pdftotext -bbox's XHTML: `<page width= height=>` with `<word xMin= yMin= xMax= yMax=>text</word>`. */
export function parseBbox(xhtml: string): Omit<Page, "sheet" | "png">[] {
  return xhtml
    .split("<page ")
    .slice(1)
    .map((chunk, i) => {
      const size = /width="([\d.]+)" height="([\d.]+)"/.exec(chunk);
      // A word that starts on an earlier page of a wide sheet (cut text) has a negative xMin.
      const words = [...chunk.matchAll(/<word xMin="(-?[\d.]+)" yMin="(-?[\d.]+)" xMax="(-?[\d.]+)" yMax="(-?[\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        text: unescape(m[5]!),
      }));
      return { number: i + 1, width: Number(size?.[1]), height: Number(size?.[2]), words, text: words.map((w) => w.text).join(" ") };
    });
}

/** Visible sheets in workbook order, each with its title (the first text cell, row by row). */
async function visibleSheets(xlsx: string): Promise<Omit<VisibleSheet, "firstPage">[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  return wb.worksheets
    .filter((ws) => ws.state === "visible")
    .map((ws) => {
      let title = "";
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (title === "" && typeof cell.value === "string" && cell.value.trim() !== "") title = cell.value;
        }),
      );
      return { name: ws.name, title };
    });
}

/** Text compared without white space: LibreOffice and pdftotext split and wrap lines their own way. */
export const squeeze = (s: string) => s.replace(/\s+/g, "");

/**
 * Finds where each sheet starts: sheets print in order, each on a page of its own, so sheet i starts
 * on the first page after sheet i−1's start whose text holds its title. A role sheet's title (美工编辑)
 * also appears on the Roles sheet; searching in order keeps it from matching there.
 */
function placeSheets(sheets: Omit<VisibleSheet, "firstPage">[], pages: Page[]): VisibleSheet[] {
  let after = 0;
  const placed = sheets.map((s) => {
    const page = pages.find((p) => p.number > after && s.title !== "" && squeeze(p.text).includes(squeeze(s.title)));
    if (page) after = page.number;
    return { ...s, firstPage: page?.number };
  });
  placed.forEach((s, i) => {
    if (s.firstPage === undefined) return;
    const next = placed.slice(i + 1).find((n) => n.firstPage !== undefined)?.firstPage ?? pages.length + 1;
    for (const p of pages) if (p.number >= s.firstPage && p.number < next) p.sheet = s.name;
  });
  return placed;
}

function indexOf(book: { name: string; xlsx: string }, pages: Page[]): string {
  const rows = pages.map((p) => `| ${p.number} | ${p.sheet ?? "?"} | ${p.width.toFixed(0)} × ${p.height.toFixed(0)} pt | ${basename(p.png)} |`);
  return [`# ${book.name}: ${basename(book.xlsx)}`, "", "| page | sheet | size | picture |", "|---|---|---|---|", ...rows, ""].join("\n");
}

/**
 * The size of a page's printed text in points, estimated from its words' boxes: pdftotext gives a
 * word the height of its line, 1.3 × the font size with the fonts LibreOffice uses here (11-pt
 * Calibri, drawn as DejaVu Sans and WenQuanYi Micro Hei, gives 14.3-pt boxes; a Chinese character's
 * box is exactly 11 pt wide). The median, so a few small notes or a big title do not decide it;
 * a page without text has no size (Infinity).
 */
export function medianTextSize(page: Pick<Page, "words">): number {
  const heights = page.words.map((w) => (w.yMax - w.yMin) / 1.3).sort((a, b) => a - b);
  return heights.length === 0 ? Infinity : heights[Math.floor(heights.length / 2)]!;
}

/** Crops a page's picture to its printed content (plus a margin), at `dpi`: for the README. */
export async function cropToContent(page: Page, pdf: string, out: string, dpi: number, marginPt = 12): Promise<void> {
  const pdftoppm = findPoppler("pdftoppm");
  const xs = page.words.flatMap((w) => [w.xMin, w.xMax]);
  const ys = page.words.flatMap((w) => [w.yMin, w.yMax]);
  const scale = dpi / 72;
  const x = Math.max(0, Math.min(...xs) - marginPt);
  const y = Math.max(0, Math.min(...ys) - marginPt);
  const w = Math.min(page.width, Math.max(...xs) + marginPt) - x;
  const h = Math.min(page.height, Math.max(...ys) + marginPt) - y;
  const base = out.replace(/\.png$/, "");
  await run(pdftoppm, ["-r", String(dpi), "-f", String(page.number), "-l", String(page.number), "-singlefile", "-png",
    "-x", String(Math.round(x * scale)), "-y", String(Math.round(y * scale)), "-W", String(Math.round(w * scale)), "-H", String(Math.round(h * scale)), pdf, base]);
}

/** The README's pictures: the month's payroll sheet and its slips, zh-CN, each cropped to its content. */
export const README_PICTURES = [
  { key: "payroll", file: "workbook-payroll-zh-CN.png" },
  { key: "slips", file: "workbook-slips-zh-CN.png" },
] as const;

/**
 * Writes the README's pictures of a rendered workbook into `outDir`: the first page of the month's
 * payroll sheet and of its slips, found by the sheet keys the renderer writes as defined names
 * (ShopSheet.payroll.2026_11), so they follow a renamed sheet. At 150 dpi: the print's own scale.
 */
export async function readmePictures(book: RenderedWorkbook, month: string, outDir: string, dpi = 150): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(book.xlsx);
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const { key, file } of README_PICTURES) {
    const name = sheetNameByKey(wb, `${key}:${month}`);
    const first = book.sheets.find((s) => s.name === name)?.firstPage;
    const page = book.pages.find((p) => p.number === first);
    if (!page) throw new Error(`${book.name}: sheet "${name}" (${key}:${month}) is not in the PDF`);
    const out = join(outDir, file);
    await cropToContent(page, book.pdf, out, dpi);
    written.push(out);
  }
  return written;
}
