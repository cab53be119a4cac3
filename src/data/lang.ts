/** The two languages every user-visible string exists in. */
export type Lang = "zh-CN" | "en-US";
export const LANGS: readonly Lang[] = ["zh-CN", "en-US"];

/** Picks a language from a locale tag such as Office's display language ("zh-CN"); the command line reads $LANG in src/cli/lang.ts. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^zh/i.test(locale) ? "zh-CN" : "en-US";
}
