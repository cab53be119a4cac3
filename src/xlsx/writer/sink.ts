/**
 * Where the zip's bytes go: a file (written as they come, so memory stays flat however large the
 * workbook) or memory (for toBufferFast). Both let the zip writer fill in a local header's CRC and
 * sizes once the entry is written, so the archive needs no data descriptors.
 */
import { open, type FileHandle } from "node:fs/promises";

export interface ByteSink {
  /** Appends bytes. The sink may keep `chunk`: don't change it afterwards. */
  write(chunk: Buffer): Promise<void>;
  /** Overwrites bytes already written at `offset`. */
  overwrite(offset: number, bytes: Buffer): Promise<void>;
  /** Everything is written; releases what the sink holds. */
  close(): Promise<void>;
}

const FLUSH_AT = 1 << 20;

/** A file, written in pieces of about 1 MiB. */
export class FileSink implements ByteSink {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** File offset of the first pending byte. */
  private flushed = 0;

  private constructor(private readonly file: FileHandle) {}

  static async create(path: string): Promise<FileSink> {
    return new FileSink(await open(path, "w"));
  }

  async write(chunk: Buffer): Promise<void> {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes >= FLUSH_AT) await this.flush();
  }

  async overwrite(offset: number, bytes: Buffer): Promise<void> {
    if (offset >= this.flushed) {
      // Still in memory: patch the pending bytes.
      const all = Buffer.concat(this.pending);
      bytes.copy(all, offset - this.flushed);
      this.pending = [all];
      return;
    }
    if (offset + bytes.length > this.flushed) await this.flush();
    await this.file.write(bytes, 0, bytes.length, offset);
  }

  async close(): Promise<void> {
    try {
      await this.flush();
    } finally {
      await this.file.close();
    }
  }

  /** Closes the file after a failure, without flushing. */
  async abort(): Promise<void> {
    await this.file.close();
  }

  private async flush(): Promise<void> {
    if (!this.pendingBytes) return;
    const data = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    await this.file.write(data, 0, data.length, this.flushed);
    this.flushed += data.length;
  }
}

/** Memory: the whole archive as one Buffer at the end. */
export class MemorySink implements ByteSink {
  private chunks: Buffer[] = [];
  /** Offset of each chunk in the archive. */
  private starts: number[] = [];
  private length = 0;

  async write(chunk: Buffer): Promise<void> {
    this.chunks.push(chunk);
    this.starts.push(this.length);
    this.length += chunk.length;
  }

  async overwrite(offset: number, bytes: Buffer): Promise<void> {
    // Headers are patched soon after they are written: search from the end.
    let i = this.chunks.length - 1;
    while (i > 0 && this.starts[i]! > offset) i--;
    for (let done = 0; done < bytes.length; i++) {
      const chunk = this.chunks[i]!;
      const at = offset + done - this.starts[i]!;
      done += bytes.copy(chunk, at, done, Math.min(bytes.length, done + chunk.length - at));
    }
  }

  async close(): Promise<void> {}

  /** Everything written, as one Buffer. */
  buffer(): Buffer {
    return Buffer.concat(this.chunks, this.length);
  }
}
