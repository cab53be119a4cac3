/**
 * A file system error as a message code for people (src/data/messages/cli.ts "fs.*"), instead of
 * Node's English "ENOENT: no such file or directory, open '…'".
 */
const REASONS: Record<string, string> = {
  ENOENT: "fs.notFound",
  ENOTDIR: "fs.notFound",
  EISDIR: "fs.isFolder",
  EACCES: "fs.denied",
  EPERM: "fs.denied",
  EROFS: "fs.readOnlyDisk",
  ENOSPC: "fs.diskFull",
  EDQUOT: "fs.diskFull",
  ENAMETOOLONG: "fs.nameTooLong",
  EMFILE: "fs.busy",
  ENFILE: "fs.busy",
  EIO: "fs.io",
};

/**
 * Params for a message about a file: `reason` is the code of a reason message (describe() puts it in
 * the user's language) and `errno` the system's code, for the one message that has no better words.
 */
export function fileReason(e: unknown): { reason: string; errno: string } {
  const code = (e as { code?: unknown } | null)?.code;
  const errno = typeof code === "string" ? code : String((e as Error | null)?.message ?? e);
  return { reason: REASONS[errno] ?? "fs.other", errno };
}
