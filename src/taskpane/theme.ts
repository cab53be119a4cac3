/**
 * The pane's Fluent theme: Office's light or dark web theme with a font stack for the pane's language,
 * set through the theme's `fontFamilyBase` token so every Fluent component picks it up.
 *
 * zh-CN puts Chinese UI fonts first, as Office's own Chinese UI does ('Microsoft Yahei UI' heads Fluent
 * v8's LocalizedFontFamilies.ChineseSimplified, microsoft/fluentui packages/theme/src/fonts/FluentFonts.ts):
 * 微软雅黑 on Windows, 苹方 on macOS, 等线 (Office's Chinese document font), the Noto/Source Han CJK
 * fonts of Linux, then Fluent's own Latin stack. en-US keeps Fluent's Latin stack first and falls back to
 * the same Chinese fonts for Chinese names.
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { Lang } from "../data/lang";

const CHINESE = ['"Microsoft YaHei UI"', '"Microsoft YaHei"', '"微软雅黑"', '"PingFang SC"', '"DengXian"', '"等线"', '"Noto Sans CJK SC"', '"Source Han Sans SC"'];
/** Fluent v9's default fontFamilyBase (@fluentui/tokens global/fonts), without its generic family. */
const LATIN = ['"Segoe UI"', '"Segoe UI Web (West European)"', "-apple-system", "BlinkMacSystemFont", "Roboto", '"Helvetica Neue"'];

export function fontStack(lang: Lang): string {
  return [...(lang === "zh-CN" ? [...CHINESE, ...LATIN] : [...LATIN, ...CHINESE]), "sans-serif"].join(", ");
}

export function paneTheme(lang: Lang, dark: boolean): Theme {
  return { ...(dark ? webDarkTheme : webLightTheme), fontFamilyBase: fontStack(lang) };
}
