import { randomBytes } from "node:crypto";
import { promises as fsp, unlinkSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Writes a whole file or nothing: the bytes go to a temporary file in the same folder, are flushed
 * to the disk, and only then renamed over `path` (a rename within one file system replaces the old
 * file in one step). Until that moment the user's previous file is untouched: a killed process, a
 * full disk or a failed write leaves it as it was, never truncated or half-written.
 *
 * Every file the CLI writes goes through here. Written out rather than taken from write-file-atomic:
 * that package issues a single write() and ignores a short count, which is exactly what a nearly
 * full disk returns, and would then rename the truncated file over the good one. Here every short
 * write is continued, and an error at any step removes the temporary file and rethrows.
 */
export interface FileHandleLike {
  write(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The file system calls used, so a test can make one fail the way a full disk does. */
export interface FileOps {
  open(path: string, flags: string, mode: number): Promise<FileHandleLike>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  stat(path: string): Promise<{ mode: number }>;
}

export const nodeFileOps: FileOps = {
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  stat: (path) => fsp.stat(path),
};

/** Temporary files being written, removed if the process is interrupted (Ctrl+C, kill). */
const pending = new Set<string>();
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

function onSignal(signal: NodeJS.Signals): void {
  for (const tmp of pending) {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
  }
  pending.clear();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.kill(process.pid, signal); // now with the default action: the process ends as it was told to
}

function track(tmp: string): void {
  if (pending.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  pending.add(tmp);
}

function untrack(tmp: string): void {
  pending.delete(tmp);
  if (pending.size === 0) for (const s of SIGNALS) process.removeListener(s, onSignal);
}

/** The temporary file's name: hidden, beside the target, unique to this write. */
export function temporaryName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
}

export async function writeFileAtomic(path: string, data: Uint8Array, ops: FileOps = nodeFileOps): Promise<void> {
  // A file that is replaced keeps its permissions; a new one gets the usual 0666 less the umask.
  const mode = await ops.stat(path).then(
    (s) => s.mode & 0o7777,
    () => 0o666,
  );
  const tmp = temporaryName(path);
  track(tmp);
  let handle: FileHandleLike | undefined;
  try {
    handle = await ops.open(tmp, "wx", mode);
    for (let done = 0; done < data.length; ) {
      const { bytesWritten } = await handle.write(data, done, data.length - done, done);
      if (bytesWritten <= 0) throw Object.assign(new Error("no bytes written"), { code: "EIO" });
      done += bytesWritten;
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    await ops.rename(tmp, path);
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await ops.unlink(tmp).catch(() => undefined);
    throw e;
  } finally {
    untrack(tmp);
  }
}
