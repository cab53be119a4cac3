import { accessSync, constants, statSync, type Stats } from "node:fs";
import { dirname } from "node:path";
import type { Warning } from "../core/types";
import type { MessageCode } from "../data/messages";

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * What is wrong with `--out`, checked before any work is done, so the user hears it with every other
 * problem and in their language. `path` is absolute; `inputs` are the absolute paths of the files the
 * command reads (a workbook written over its own config would destroy the config). Sameness is by
 * device and inode, so a symbolic or hard link to the config is caught too.
 */
/** What each kind of file the CLI writes must be called, and the message when it is not. */
const EXTENSIONS = { ".xlsx": "out.extension", ".json": "out.extensionJson", ".csv": "out.extensionBank" } as const satisfies Record<string, MessageCode>;

export type OutExtension = keyof typeof EXTENSIONS;

export function outProblems(path: string, given: string, inputs: { option: string; path: string }[], extension: OutExtension = ".xlsx"): Warning[] {
  const problem = (code: MessageCode, params: Record<string, string> = {}): Warning[] => [{ code, params: { file: given, ...params }, where: "--out" }];
  if (!path.toLowerCase().endsWith(extension)) return problem(EXTENSIONS[extension]);
  const stat = statOrNull(path);
  if (stat !== null) {
    if (stat.isDirectory()) return problem("out.isFolder");
    if (!stat.isFile()) return problem("out.notFile");
    for (const input of inputs) {
      const other = statOrNull(input.path);
      if (other !== null && other.dev === stat.dev && other.ino === stat.ino) return problem("out.sameAsInput", { option: `--${input.option}` });
    }
    // No write bit for anyone means the user made it read-only (root may write it anyway: we don't).
    if ((stat.mode & 0o222) === 0 || !writable(path)) return problem("out.readOnly");
    return [];
  }
  const folder = dirname(path);
  const dir = statOrNull(folder);
  if (dir === null || !dir.isDirectory()) return problem("out.noFolder", { folder });
  if (!writable(folder)) return problem("out.folderDenied", { folder });
  return [];
}
