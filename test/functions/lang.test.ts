import { displayLanguage } from "../../src/functions/lang";

describe("displayLanguage", () => {
  it("follows Office's display language", () => {
    expect(displayLanguage({ Office: { context: { displayLanguage: "zh-CN" } } })).toBe("zh-CN");
    expect(displayLanguage({ Office: { context: { displayLanguage: "zh-TW" } } })).toBe("zh-CN");
    expect(displayLanguage({ Office: { context: { displayLanguage: "en-GB" } } })).toBe("en-US");
    expect(displayLanguage({ Office: { context: { displayLanguage: "de-DE" } } })).toBe("en-US");
    // Office wins over the page's language
    expect(displayLanguage({ Office: { context: { displayLanguage: "en-US" } }, navigator: { language: "zh-CN" } })).toBe("en-US");
  });

  it("falls back to the page's language where Office gives none (not loaded, not ready, or throwing)", () => {
    expect(displayLanguage({ navigator: { language: "zh-CN" } })).toBe("zh-CN");
    expect(displayLanguage({ Office: {}, navigator: { language: "zh-Hans-CN" } })).toBe("zh-CN");
    expect(displayLanguage({ Office: { context: { displayLanguage: "" } }, navigator: { language: "zh" } })).toBe("zh-CN");
    const notReady = {
      Office: {
        get context(): { displayLanguage?: unknown } {
          throw new Error("Office.context is not available yet");
        },
      },
      navigator: { language: "zh-CN" },
    };
    expect(displayLanguage(notReady)).toBe("zh-CN");
  });

  it("is en-US when neither says", () => {
    expect(displayLanguage({})).toBe("en-US");
    expect(displayLanguage({ Office: { context: { displayLanguage: 42 } }, navigator: {} })).toBe("en-US");
  });

  it("reads the real globals by default (none in Node)", () => {
    expect(displayLanguage()).toBe(typeof navigator !== "undefined" && /^zh/i.test(navigator.language) ? "zh-CN" : "en-US");
  });
});
