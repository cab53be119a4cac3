import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { LANGS } from "../../../src/data/lang";
import { formatMessage, type MessageTable } from "../../../src/data/messages";
import { messages } from "../../../src/data/messages/all";
import { functionMessages } from "../../../src/data/messages/functions";

const DIR = join(__dirname, "../../../src/functions");

/** Every "fn.…" message code the functions' source names. */
function usedCodes(): string[] {
  const codes = readdirSync(DIR).flatMap((f) => [...readFileSync(join(DIR, f), "utf8").matchAll(/["'`](fn\.[\w.]+)["'`]/g)].map((m) => m[1]!));
  return [...new Set(codes)].sort();
}

describe("function messages", () => {
  it("has a zh-CN and an en-US text for every code the functions use, and no stale ones", () => {
    const used = usedCodes();
    expect(used.length).toBeGreaterThan(30);
    expect(Object.keys(functionMessages).sort()).toEqual(used);
    for (const code of used) for (const lang of LANGS) expect((functionMessages as MessageTable)[code]?.[lang]).toBeTruthy();
  });

  it("is part of the project's message table, and uses the same placeholders in both languages", () => {
    for (const [code, texts] of Object.entries(functionMessages)) {
      expect((messages as MessageTable)[code]).toBe(texts);
      const placeholders = (lang: (typeof LANGS)[number]) => (texts[lang].match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders("zh-CN")).toEqual(placeholders("en-US"));
    }
    expect(formatMessage("fn.at", { fn: "SHOP.POOL", arg: "rate", detail: "x" }, "en-US")).toBe("SHOP.POOL, argument rate: x");
  });
});
