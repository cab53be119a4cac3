/**
 * A small least-recently-used map. Excel recalculates a column of 10,000 cells with the same roles
 * range or the same month's spread: the first call does the work and the rest look it up. The bound
 * keeps a long session from growing without limit.
 */
export class BoundedCache<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.map.size;
  }

  /** The cached value for `key`, or `make()`'s, which is kept (a thrown problem is not). */
  getOrMake(key: string, make: () => V): V {
    const hit = this.map.get(key);
    if (hit !== undefined || this.map.has(key)) {
      this.map.delete(key);
      this.map.set(key, hit as V);
      return hit as V;
    }
    const value = make();
    this.map.set(key, value);
    if (this.map.size > this.limit) this.map.delete(this.map.keys().next().value as string);
    return value;
  }

  clear(): void {
    this.map.clear();
  }
}

/**
 * A least-recently-used cache keyed by a range's content, for arguments Excel hands over as a fresh
 * copy on every call (the Roles table of 10,000 SHOP.COMMISSION cells). Comparing the cells with the
 * few ranges kept costs a few nanoseconds a cell, where JSON.stringify of the range as a key cost 40%
 * of a call (issue 15). Cells are compared as Excel passes them — numbers, text, booleans, null —
 * with NaN equal to itself; anything else in a cell is compared by its JSON text, as the old key was
 * (and what JSON cannot write fails as it did).
 */
export class RangeCache<V> {
  private entries: { range: Kept[][]; value: V }[] = [];

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.entries.length;
  }

  /** The value kept for a range with the same content as `range`, else `make()`'s, which is kept. */
  getOrMake(range: unknown, make: () => V): V {
    const kept = this.peek(range);
    if (kept !== undefined) return kept;
    const copy = snapshot(range);
    const value = make();
    this.entries.unshift({ range: copy, value });
    if (this.entries.length > this.limit) this.entries.pop();
    return value;
  }

  /** The value kept for a range with the same content, or undefined; a hit becomes the most recent. */
  peek(range: unknown): V | undefined {
    for (let i = 0; i < this.entries.length; i++) {
      const entry = this.entries[i]!;
      if (!sameContent(entry.range, range)) continue;
      if (i > 0) {
        this.entries.splice(i, 1);
        this.entries.unshift(entry);
      }
      return entry.value;
    }
    return undefined;
  }

  clear(): void {
    this.entries = [];
  }
}

/** A cell that is not a plain value, kept as its JSON text. */
class Json {
  constructor(readonly text: string | undefined) {}
}
type Kept = string | number | boolean | null | undefined | Json;

function keep(cell: unknown): Kept {
  if (cell === null || cell === undefined || typeof cell === "string" || typeof cell === "number" || typeof cell === "boolean") return cell;
  return new Json(JSON.stringify(cell));
}

/** A range as rows of cells (a single value is a 1 × 1 range, a row that is not an array one cell), copied. */
function snapshot(range: unknown): Kept[][] {
  if (!Array.isArray(range)) return [[keep(range)]];
  return range.map((row: unknown) => (Array.isArray(row) ? row.map(keep) : [keep(row)]));
}

function sameCell(kept: Kept, cell: unknown): boolean {
  if (kept === cell) return true;
  if (kept instanceof Json) return cell !== null && (typeof cell === "object" || typeof cell === "bigint" || typeof cell === "symbol" || typeof cell === "function") && JSON.stringify(cell) === kept.text;
  return typeof kept === "number" && typeof cell === "number" && Number.isNaN(kept) && Number.isNaN(cell);
}

/** Whether a range holds the same cells as a snapshot, without copying it. */
function sameContent(kept: Kept[][], range: unknown): boolean {
  if (!Array.isArray(range)) return kept.length === 1 && kept[0]!.length === 1 && sameCell(kept[0]![0], range);
  if (range.length !== kept.length) return false;
  for (let r = 0; r < range.length; r++) {
    const row: unknown = range[r];
    const keptRow = kept[r]!;
    if (!Array.isArray(row)) {
      if (keptRow.length !== 1 || !sameCell(keptRow[0], row)) return false;
      continue;
    }
    if (row.length !== keptRow.length) return false;
    for (let c = 0; c < row.length; c++) {
      const a = keptRow[c];
      const b: unknown = row[c];
      if (a !== b && !sameCell(a, b)) return false;
    }
  }
  return true;
}
