/**
 * What the pane learns from Office when it starts: whether it runs in Excel, the display language and
 * whether Office's theme is dark. Every read is guarded: outside Office (a plain browser, Office.onReady
 * giving host null) the pane still starts, in the browser's language and a light theme.
 */
import { langFromLocale, type Lang } from "../data/lang";

export interface HostInfo {
  /** Excel is there and its API usable. */
  inExcel: boolean;
  lang: Lang;
  dark: boolean;
}

interface OfficeLike {
  HostType?: { Excel?: unknown };
  context?: { displayLanguage?: unknown; officeTheme?: unknown } | null;
}

interface ThemeLike {
  isDarkTheme?: unknown;
  bodyBackgroundColor?: unknown;
}

/** Office's theme → dark or not: `isDarkTheme` where the host has it (a property; older hosts a
 *  method), else the body background's lightness. */
export function isDarkOfficeTheme(theme: unknown): boolean {
  if (!theme || typeof theme !== "object") return false;
  const t = theme as ThemeLike;
  try {
    if (typeof t.isDarkTheme === "boolean") return t.isDarkTheme;
    if (typeof t.isDarkTheme === "function") return !!(t.isDarkTheme as () => unknown).call(theme);
  } catch {
    // fall through to the colour
  }
  const m = typeof t.bodyBackgroundColor === "string" ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(t.bodyBackgroundColor.trim()) : null;
  if (!m) return false;
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => parseInt(h, 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

function safe<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** From Office.onReady's info (host null outside Office) and the globals; `browserLanguage` for tests. */
export function hostInfo(info: { host?: unknown } | null | undefined, office: unknown, excel: unknown, browserLanguage?: string): HostInfo {
  const o = (office ?? undefined) as OfficeLike | undefined;
  const excelHost = safe(() => o?.HostType?.Excel) ?? "Excel";
  const inExcel = !!info && info.host != null && info.host === excelHost && typeof excel !== "undefined" && excel !== null;
  const display = safe(() => o?.context?.displayLanguage);
  const lang = langFromLocale(typeof display === "string" && display ? display : browserLanguage);
  const dark = isDarkOfficeTheme(safe(() => o?.context?.officeTheme));
  return { inExcel, lang, dark };
}
