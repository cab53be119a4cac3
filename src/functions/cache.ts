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
