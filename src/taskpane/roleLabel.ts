import type { RoleDraft } from "./draft";

/** A role's name in the pane's language (the other language's, else its id, when it has none). */
export function roleLabel(r: RoleDraft, lang: string): string {
  const name = lang === "zh-CN" ? r.nameZh || r.nameEn : r.nameEn || r.nameZh;
  return name || r.id;
}
