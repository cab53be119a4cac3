/**
 * A zip archive written as a stream (APPNOTE.TXT 6.3: local file header + deflated data per entry,
 * then the central directory). Each entry's text comes from a generator of pieces (strings, or bytes
 * already encoded: ./piece.ts), gathered into chunks of 1 MiB that go through zlib's raw deflate as
 * they fill, so no part is ever whole in memory; deflate runs on libuv's thread pool while the next
 * XML is being generated. A chunk deflate has finished reading is filled again: at 1,000 staff the
 * parts are 356 MB, and a fresh 1 MiB buffer for each cost the kernel's zeroing of every page. A local header's CRC-32 and sizes are filled in once
 * the entry is done (the sink can overwrite), so there are no data descriptors for readers to trip
 * on. No ZIP64: an archive or entry over 4 GiB, or over 65,535 entries, is refused with a message.
 */
import { once } from "node:events";
import * as zlib from "node:zlib";
import type { PartSource, Piece } from "./piece";
import type { ByteSink } from "./sink";
import { crc32Portable } from "./crc32";

export { crc32Portable };

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const VERSION = 20; // 2.0: deflate
const DEFLATE = 8;
const UTF8_NAMES = 0x0800;
/** MS-DOS date 1980-01-01, time 00:00: entry times say nothing useful, and fixed ones keep output reproducible. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
const LIMIT_32 = 0xffffffff;
const MAX_ENTRIES = 0xffff;
/** Bytes are handed to deflate in chunks of this size. */
const CHUNK = 1 << 20;
/** Strings up to this long are tried as ASCII, copied in JavaScript (Chunks#ascii). */
const SHORT = 256;

export type EntrySource = PartSource;

interface Entry {
  name: Buffer;
  offset: number;
  crc: number;
  compressed: number;
  size: number;
}

export class ZipWriter {
  private readonly entries: Entry[] = [];
  private offset = 0;
  /** Chunks deflate has finished reading, to be filled again. */
  private readonly spare: Buffer[] = [];

  constructor(
    private readonly sink: ByteSink,
    private readonly level: number,
  ) {}

  /** Writes one entry, its text UTF-8 encoded and deflated. */
  async add(name: string, source: EntrySource): Promise<void> {
    if (this.offset > LIMIT_32) throw new Error("the workbook is over 4 GiB: too large for a zip archive without ZIP64");
    if (this.entries.length === MAX_ENTRIES) throw new Error(`the workbook has over ${MAX_ENTRIES} parts: too many for a zip archive without ZIP64`);
    const entry: Entry = { name: Buffer.from(name, "utf8"), offset: this.offset, crc: 0, compressed: 0, size: 0 };
    const header = localHeader(entry);
    await this.put(header);

    const deflate = zlib.createDeflateRaw({ level: this.level, chunkSize: 1 << 16 });
    let written: Promise<void> = Promise.resolve();
    deflate.on("data", (chunk: Buffer) => {
      entry.compressed += chunk.length;
      written = written.then(() => this.put(chunk));
    });
    const ended = once(deflate, "end");

    const spare = this.spare;
    const feed = async (bytes: Buffer) => {
      entry.crc = crc32(bytes, entry.crc);
      entry.size += bytes.length;
      // The callback comes once deflate has read the whole chunk (zlib calls back only when its input is used up).
      if (!deflate.write(bytes, () => release(bytes, spare))) await once(deflate, "drain");
    };
    try {
      if (typeof source === "string") await feed(Buffer.from(source, "utf8"));
      else {
        const chunks = new Chunks(spare);
        for (const run of source) {
          const full = typeof run === "string" || run instanceof Uint8Array ? chunks.add(run) : chunks.addAll(run);
          if (full) for (const bytes of full) await feed(bytes);
        }
        const rest = chunks.rest(false);
        if (rest) await feed(rest);
      }
    } catch (e) {
      deflate.destroy(); // the part could not be written (e.g. text XML cannot carry): nothing more comes
      throw e;
    }
    deflate.end();
    await ended;
    await written;

    if (entry.size > LIMIT_32 || entry.compressed > LIMIT_32) throw new Error(`${name} is over 4 GiB: too large for a zip archive without ZIP64`);
    await this.sink.overwrite(entry.offset + 14, sizes(entry));
    this.entries.push(entry);
  }

  /** Writes the central directory; the archive is complete after this. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const e of this.entries) await this.put(centralHeader(e));
    const size = this.offset - start;
    if (start > LIMIT_32) throw new Error("the workbook is over 4 GiB: too large for a zip archive without ZIP64");
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(size, 12);
    end.writeUInt32LE(start, 16);
    await this.put(end);
  }

  private async put(chunk: Buffer): Promise<void> {
    this.offset += chunk.length;
    await this.sink.write(chunk);
  }
}

/**
 * Pieces gathered into chunks of CHUNK bytes: strings are encoded straight into the chunk, bytes
 * copied. add() is synchronous (a piece is a cell or less: an await per piece would cost more than
 * the piece) and returns the chunks it completed, if any. A chunk, once returned, is not written
 * to again until release() hands it back (deflate holds it until it has read it); then it goes to
 * `spare`, which the zip's entries share.
 */
class Chunks {
  private buffer: Buffer;
  private at = 0;

  constructor(private readonly spare: Buffer[]) {
    this.buffer = chunkBuffer(spare);
  }

  add(piece: Piece): Buffer[] | undefined {
    if (typeof piece === "string" && piece.length <= SHORT && piece.length <= CHUNK - this.at && this.ascii(piece)) return undefined;
    // A UTF-16 unit takes at most 3 bytes of UTF-8.
    const most = typeof piece === "string" ? piece.length * 3 : piece.length;
    if (most <= CHUNK - this.at) {
      this.at += typeof piece === "string" ? this.buffer.write(piece, this.at, "utf8") : (this.buffer.set(piece, this.at), piece.length);
      return undefined;
    }
    const full = this.rest();
    const done = full ? [full] : [];
    if (most > CHUNK) done.push(typeof piece === "string" ? Buffer.from(piece, "utf8") : Buffer.from(piece));
    else this.add(piece);
    return done;
  }

  /**
   * A run of pieces (a sheet row), and the chunks it completed, if any. The loop over a row's pieces is here, not
   * in the zip's asynchronous add: V8 compiled that whole function, stream handling and all, around the loop
   * while it ran, and again after a deoptimization (issue 15).
   */
  addAll(run: readonly Piece[]): Buffer[] | undefined {
    let done: Buffer[] | undefined;
    for (let i = 0; i < run.length; i++) {
      const full = this.add(run[i]!);
      if (full) done = done ? [...done, ...full] : full;
    }
    return done;
  }

  /**
   * A short string copied a character at a time while it is ASCII (a payroll row's text between its
   * formulas: tags, numbers, style attributes — about a million pieces at 1,000 staff, where Buffer#write's
   * way into C++ cost more than the copy). False, with the chunk as it was, at the first character that is not.
   */
  private ascii(s: string): boolean {
    const buffer = this.buffer;
    const at = this.at;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) return false; // the bytes copied so far are written over by Buffer#write
      buffer[at + i] = c;
    }
    this.at = at + s.length;
    return true;
  }

  /** What has been gathered and not yet returned; `more`: false for the part's last (no new chunk is started). */
  rest(more = true): Buffer | undefined {
    if (this.at === 0) {
      if (!more) this.spare.push(this.buffer);
      return undefined;
    }
    const full = this.buffer.subarray(0, this.at);
    this.at = 0;
    if (more) this.buffer = chunkBuffer(this.spare);
    return full;
  }
}

/** The memory of the chunks made here: only those go back to `spare` (a piece larger than a chunk is copied apart). */
const chunkMemory = new WeakSet<ArrayBufferLike>();

function chunkBuffer(spare: Buffer[]): Buffer {
  const reused = spare.pop();
  if (reused) return reused;
  const made = Buffer.allocUnsafeSlow(CHUNK); // memory of its own, not a slice of Node's shared pool
  chunkMemory.add(made.buffer);
  return made;
}

/** A chunk deflate has finished reading, to be filled again. */
function release(chunk: Buffer, spare: Buffer[]): void {
  if (chunkMemory.has(chunk.buffer)) spare.push(Buffer.from(chunk.buffer, 0, CHUNK));
}

/** zlib's CRC-32 (Node 20.15 and later), or the same sum computed here for older Node 20 releases. */
const crc32: (data: Buffer, value: number) => number = typeof zlib.crc32 === "function" ? zlib.crc32 : crc32Portable;

function localHeader(e: Entry): Buffer {
  const b = Buffer.alloc(30 + e.name.length);
  b.writeUInt32LE(LOCAL_HEADER, 0);
  b.writeUInt16LE(VERSION, 4);
  b.writeUInt16LE(UTF8_NAMES, 6);
  b.writeUInt16LE(DEFLATE, 8);
  b.writeUInt16LE(DOS_TIME, 10);
  b.writeUInt16LE(DOS_DATE, 12);
  // 14..25: CRC-32, compressed and uncompressed size, filled in by sizes() once known.
  b.writeUInt16LE(e.name.length, 26);
  b.writeUInt16LE(0, 28);
  e.name.copy(b, 30);
  return b;
}

/** CRC-32, compressed size, uncompressed size: the 12 bytes at offset 14 of a local header. */
function sizes(e: Entry): Buffer {
  const b = Buffer.alloc(12);
  b.writeUInt32LE(e.crc >>> 0, 0);
  b.writeUInt32LE(e.compressed, 4);
  b.writeUInt32LE(e.size, 8);
  return b;
}

function centralHeader(e: Entry): Buffer {
  const b = Buffer.alloc(46 + e.name.length);
  b.writeUInt32LE(CENTRAL_HEADER, 0);
  b.writeUInt16LE(VERSION, 4); // made by: MS-DOS, 2.0
  b.writeUInt16LE(VERSION, 6);
  b.writeUInt16LE(UTF8_NAMES, 8);
  b.writeUInt16LE(DEFLATE, 10);
  b.writeUInt16LE(DOS_TIME, 12);
  b.writeUInt16LE(DOS_DATE, 14);
  sizes(e).copy(b, 16);
  b.writeUInt16LE(e.name.length, 28);
  // 30..41: extra and comment lengths, disk number, attributes: all 0.
  b.writeUInt32LE(e.offset, 42);
  e.name.copy(b, 46);
  return b;
}
