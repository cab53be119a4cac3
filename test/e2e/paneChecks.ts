/**
 * What the browser test checks on every view, at every width and in both languages — the regressions
 * issue 12 found by looking at the pane (a select cut to `每人（perPer`, message keys and English codes
 * in the Chinese pane, the write button 4,700 pixels down the page), as checks that fail by themselves.
 */
import type { Page } from "playwright-core";

/**
 * Everything in the pane that is wider than the box it sits in: an element whose content overflows it
 * (scrollWidth > clientWidth), a select whose chosen option does not fit its text box, an input whose
 * value does not fit, and the page scrolling sideways. Each as "what: how wide in how wide".
 */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.getElementById("container");
    if (!root) return ["no #container"];
    const out: string[] = [];
    const name = (el: Element) => {
      const fui = Array.from(el.classList).filter((c) => c.startsWith("fui-")).join(".");
      const text = (el instanceof HTMLInputElement ? el.value : el.textContent ?? "").trim().slice(0, 40);
      return `<${el.tagName.toLowerCase()}${fui ? ` ${fui}` : ""}> "${text}"`;
    };
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth) out.push(`the page scrolls sideways: ${doc.scrollWidth}px in ${window.innerWidth}px`);
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== "hidden";
    };
    for (const el of Array.from(root.querySelectorAll<HTMLElement>("*"))) {
      if (!(el instanceof HTMLElement) || !shown(el) || el.clientWidth === 0) continue;
      if (el.scrollWidth > el.clientWidth + 1) out.push(`${name(el)}: content ${el.scrollWidth}px in ${el.clientWidth}px`);
    }
    // A select and an input show their text in their content box (the chevron sits in the padding).
    const ctx = document.createElement("canvas").getContext("2d")!;
    const fits = (el: HTMLElement, text: string) => {
      const cs = getComputedStyle(el);
      ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const room = el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
      const need = ctx.measureText(text).width;
      if (need > room + 0.5) out.push(`${name(el)}: "${text}" needs ${Math.ceil(need)}px, has ${Math.floor(room)}px`);
    };
    for (const s of Array.from(root.querySelectorAll("select"))) if (shown(s)) fits(s, s.selectedOptions[0]?.text ?? "");
    for (const i of Array.from(root.querySelectorAll("input"))) if (shown(i) && (i.type === "text" || i.type === "")) fits(i, i.value || i.placeholder);
    return out;
  });
}

/** All the text a person meets in the pane: what is shown, every option, tooltip, label for a screen reader and placeholder. */
export function paneText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const root = document.getElementById("container")!;
    const attrs = Array.from(root.querySelectorAll("[aria-label],[title],[placeholder]")).flatMap((el) => ["aria-label", "title", "placeholder"].map((a) => el.getAttribute(a) ?? ""));
    const options = Array.from(root.querySelectorAll("option")).map((o) => o.textContent ?? "");
    return [root.innerText, ...attrs, ...options].join("\n");
  });
}

/** A message key or an unfilled placeholder, in either language. */
export const LEAKED_KEY = /\b(?:perPerson|splitRole|(?:wb|tp|office|config|cli|weekday|label)\.[a-zA-Z]+)|\{\w+\}/g;

/**
 * Latin words the Chinese pane may show: names of things (the add-in, Excel, its file), the bilingual
 * language picker, and the README section a person is sent to. Anything else in Latin letters in zh-CN
 * (an English event name, an option's code) is reported.
 */
const ZH_LATIN_OK = new Set(["ShopSheet", "Excel", "Windows", "Mac", "manifest", "xml", "README", "Sideloading", "Language", "English"]);

export function englishInChinese(text: string): string[] {
  return [...new Set([...text.matchAll(/[A-Za-z][A-Za-z']{2,}/g)].map((m) => m[0]).filter((w) => !ZH_LATIN_OK.has(w)))];
}

/**
 * Where the view's primary button is, relative to the viewport, with the page scrolled to the top, the
 * middle and the bottom: it must be inside the viewport every time (no scrolling to reach it).
 */
export async function primaryOutOfReach(page: Page): Promise<string[]> {
  const out: string[] = [];
  const height = page.viewportSize()!.height;
  const full = await page.evaluate(() => document.documentElement.scrollHeight);
  for (const y of [0, Math.round((full - height) / 2), full]) {
    await page.evaluate((to) => window.scrollTo(0, to), y);
    const box = await page.getByTestId("primary-action").boundingBox();
    if (!box) out.push(`scrolled to ${y}: no primary button`);
    else if (box.y < 0 || box.y + box.height > height) out.push(`scrolled to ${y} of ${full}: the primary button is at ${Math.round(box.y)}–${Math.round(box.y + box.height)}, the viewport 0–${height}`);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return out;
}

/**
 * The amount columns of every table in the view: each cell and its header right-aligned, with tabular
 * figures (every digit one width), so the amounts line up as in a ledger. Returns the cells that are not.
 */
export function misalignedAmounts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const table of Array.from(document.querySelectorAll("#container table"))) {
      const rows = Array.from(table.querySelectorAll("tbody tr"));
      const width = rows[0]?.children.length ?? 0;
      for (let c = 0; c < width; c++) {
        const cells = rows.map((r) => r.children[c] as HTMLElement);
        // An amount column: every cell a number (¥1,234.56, 1,234, 40%), and some written as money, a
        // thousands figure or a percent (a column of week numbers 1–6 is a label, not an amount).
        const texts = cells.map((td) => (td.textContent ?? "").trim());
        if (!texts.every((x) => /^-?¥?[\d,]+(\.\d+)?%?$/.test(x)) || !texts.some((x) => /[¥,%]/.test(x))) continue;
        const head = table.querySelectorAll("thead th")[c] as HTMLElement | undefined;
        const headBox = head?.firstElementChild as HTMLElement | null | undefined;
        for (const td of cells) {
          const cs = getComputedStyle(td);
          if (cs.textAlign !== "right" || !cs.fontVariantNumeric.includes("tabular-nums")) out.push(`"${td.textContent}": ${cs.textAlign}, ${cs.fontVariantNumeric}`);
        }
        if (head && headBox) {
          const h = head.getBoundingClientRect();
          const text = document.createRange();
          text.selectNodeContents(headBox);
          const t = text.getBoundingClientRect();
          if (h.right - t.right > 12) out.push(`header "${head.textContent}" not at the right of its column (${Math.round(h.right - t.right)}px short)`);
        }
      }
    }
    return out;
  });
}
