/**
 * The pane's language: every string comes from the project's message table (src/data/messages,
 * taskpane.ts for the pane's own), so the pane, the CLI and the workbook say the same things the same way.
 */
import { createContext, useCallback, useContext } from "react";
import type { Lang } from "../data/lang";
import { formatMessage, type MessageCode } from "../data/messages";

export const LangContext = createContext<Lang>("zh-CN");

export type Translate = (code: MessageCode, params?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  return (code, params = {}) => formatMessage(code, Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])), lang);
}

/** `t("tp.tab.plan")` in the pane's current language. */
export function useT(): Translate {
  const lang = useContext(LangContext);
  return useCallback<Translate>((code, params) => translator(lang)(code, params), [lang]);
}

export function useLang(): Lang {
  return useContext(LangContext);
}
