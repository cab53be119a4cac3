/* global globalThis */
import { langFromLocale, type Lang } from "../data/lang";

/** The parts of the page's globals the language choice reads; a test passes its own. */
export interface LanguageSources {
  Office?: { context?: { displayLanguage?: unknown } };
  navigator?: { language?: unknown };
}

/**
 * The language of the user's messages: Office's display language where the runtime exposes it (the
 * shared runtime does, once Office has initialised); else the page's own language (the webview's,
 * which follows the system's); else en-US. Reading either may throw before Office is ready, so each
 * read is guarded: choosing a language must never be what makes a function fail.
 */
export function displayLanguage(sources: LanguageSources = globalThis as LanguageSources): Lang {
  for (const read of [() => sources.Office?.context?.displayLanguage, () => sources.navigator?.language]) {
    try {
      const locale = read();
      if (typeof locale === "string" && locale.trim() !== "") return langFromLocale(locale);
    } catch {
      // not available in this runtime (yet): try the next source
    }
  }
  return "en-US";
}
