import type { Lang } from "../lang";

/** A message in both languages; `{name}` placeholders are filled from a warning's or error's params. */
export type Bilingual = Record<Lang, string>;

/**
 * One file's messages. Each file declares its table `satisfies MessageTable`, so the table keeps its
 * literal keys (the union MessageCode in ./index.ts is made of them) and an entry without both
 * languages is a type error.
 */
export type MessageTable = Record<string, Bilingual>;
