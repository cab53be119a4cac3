/**
 * The example team's workbook, zh-CN and en-US, as it prints: `shopsheet workbook` writes it,
 * LibreOffice exports it to PDF, every page becomes a PNG in test/render/out/ (gitignored; the path
 * is printed) for a person to look at, and the machine checks what it can on the page text.
 *
 * Checks marked `test.failing` fail today on things issue 12's other parts are fixing (page setup,
 * print size, Chinese values): jest reports them as passing while they fail, and as failing the day
 * they start to pass — then whoever fixed it turns `test.failing` into `test`. A failing check
 * must only fail by its `expect`: each one first collects what it finds, then asserts on it.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { medianTextSize, readmePictures, renderWorkbooks, writeExampleWorkbook, type Page, type RenderedWorkbook } from "./render";

const OUT = join(__dirname, "out");
const MONTH = "2026-11";
const LANGS = ["zh-CN", "en-US"] as const;
const rendered = new Map<string, RenderedWorkbook>();
const tmp = mkdtempSync(join(tmpdir(), "shopsheet-render-"));

beforeAll(async () => {
  const books = [];
  for (const lang of LANGS) {
    const xlsx = join(tmp, `example-${lang}-${MONTH}.xlsx`);
    await writeExampleWorkbook(xlsx, MONTH, lang);
    books.push({ name: lang, xlsx });
  }
  for (const book of await renderWorkbooks(books, OUT)) rendered.set(book.name, book);
  await readmePictures(rendered.get("zh-CN")!, MONTH, OUT);
  console.log(`Rendered pages (PNG, PDF, index.md): ${OUT}/{${LANGS.join(",")}}/ — ${LANGS.map((l) => `${l}: ${rendered.get(l)!.pages.length} pages`).join(", ")}`);
}, 300_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const book = (lang: string) => {
  const b = rendered.get(lang);
  if (!b) throw new Error(`the ${lang} workbook was not rendered (see beforeAll)`);
  return b;
};

/** Pages whose text matches, with what matched: `p12 (目标 2026-11): TRUE, FALSE`. */
function pagesMatching(lang: string, pattern: RegExp): string[] {
  const global = new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`);
  return book(lang).pages.flatMap((p) => {
    const found = [...new Set([...p.text.matchAll(global)].map((m) => m[0]))];
    return found.length === 0 ? [] : [`p${p.number} (${p.sheet ?? "?"}): ${found.join(", ")}`];
  });
}

const label = (p: Page) => `p${p.number} (${p.sheet ?? "?"})`;

/** A4 in points, either way up: 210 × 297 mm. */
const isA4 = (p: Page) => {
  const [short, long] = [Math.min(p.width, p.height), Math.max(p.width, p.height)];
  return Math.abs(short - 595.3) < 2 && Math.abs(long - 841.9) < 2;
};

describe.each(LANGS)("the example workbook printed (%s)", (lang) => {
  test("every visible sheet prints, in order, each from a page of its own, and every page has its picture", () => {
    const { sheets, pages } = book(lang);
    expect(sheets.length).toBeGreaterThan(10);
    expect(sheets.filter((s) => s.firstPage === undefined).map((s) => `${s.name}: "${s.title}"`)).toEqual([]);
    for (const p of pages) expect({ page: p.number, bytes: statSync(p.png).size > 1000 }).toEqual({ page: p.number, bytes: true });
    expect(pages.every((p) => p.sheet !== undefined)).toBe(true);
  });

  test("no page shows a message key (wb., tp., office.) or a placeholder ({} or {name})", () => {
    expect(pagesMatching(lang, /\b(?:wb|tp|office)\.[A-Za-z]\w*|\{\w*\}/)).toEqual([]);
  });

  test("no page shows ### (a number too wide for its column)", () => {
    expect(pagesMatching(lang, /###/)).toEqual([]);
  });

  // Issue 12, "Every sheet": Settings, Roles, Staff and the role sheets printed on Letter when the
  // exceljs renderer wrote them (its default <pageSetup> is paper size 1, Letter). The direct writer
  // (issue 15) writes no <pageSetup> for a sheet without a page spec, so LibreOffice prints those on
  // its default paper, A4 on this machine; issue 12 gives every sheet its own page setup.
  test("every page is A4", () => {
    expect(book(lang).pages.filter((p) => !isA4(p)).map((p) => `${label(p)}: ${p.width} × ${p.height} pt`)).toEqual([]);
  });

  // Issue 12: the payroll sheet printed at about 2 pt, the Targets sheet at about 4 pt (fit to one
  // page wide with every helper column). 7 pt is about the smallest a printed table can be read at.
  // Still short after issue 12's layout (measured 2026-12-07, zh-CN and en-US alike): the payroll 6.4 pt
  // (20 printed columns, the year-end bonus's pair folded in a month without one), Targets 6.0 pt, the
  // slips 5.7 pt (23 columns a strip), Staff 7.3, the rest 7.1–11: turn this into `test` when all reach 7.
  test.failing("the printed text is at least 7 pt on every page", () => {
    const small = book(lang).pages.filter((p) => medianTextSize(p) < 7);
    expect(small.map((p) => `${label(p)}: ${medianTextSize(p).toFixed(1)} pt`)).toEqual([]);
  });

  // Issue 12: "A blank leave date shows as 1899-12-30: blank stays blank" (payroll helper column).
  test("a blank date stays blank: no page shows 1899-12-30", () => {
    expect(pagesMatching(lang, /1899-12-30/)).toEqual([]);
  });
});

describe("the zh-CN workbook printed is Chinese through and through", () => {
  // Issue 12: 是/否, not TRUE/FALSE (Roles: 包吃住, 参保; each role sheet).
  test("no TRUE or FALSE", () => {
    expect(pagesMatching("zh-CN", /\b(?:TRUE|FALSE)\b/)).toEqual([]);
  });

  // Issue 12: 每人/平分, not perPerson/splitRole (Roles: 分成方式; role sheets; payroll helpers).
  test("no perPerson or splitRole", () => {
    expect(pagesMatching("zh-CN", /perPerson|splitRole/)).toEqual([]);
  });

  // Issue 12: roles by their Chinese names, not manager (Roles: 编号; Staff and payroll: 岗位; slips; role sheets).
  test("no English role ids (manager, promoter, designer, service, shipping)", () => {
    expect(pagesMatching("zh-CN", /\b(?:manager|promoter|designer|service|shipping)\b/)).toEqual([]);
  });
});
