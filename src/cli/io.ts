import type { Lang } from "../data/lang";

/** What a command may touch; tests pass their own. */
export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  now: () => Date;
  lang: Lang;
}
