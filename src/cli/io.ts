import type { Lang } from "../data/lang";
import type { FileOps } from "./atomicWrite";

/** What a command may touch; tests pass their own. */
export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  now: () => Date;
  lang: Lang;
  /** How files are written (atomicWrite.ts); a test passes a failing one to play a full disk. */
  fileOps?: FileOps;
}
