/** CPU time of this process (user + system, all threads), for the bench's figures. */

/** CPU milliseconds used by fn. */
export function cpuMs(fn: () => unknown): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

export function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median of `runs` CPU timings of fn, in milliseconds, after one warm-up run. */
export function medianCpuMs(runs: number, fn: () => unknown): number {
  fn();
  return median(Array.from({ length: runs }, () => cpuMs(fn)));
}

/**
 * The first quartile, the median and the third quartile of xs (linear interpolation between the sorted
 * values, as a spreadsheet's QUARTILE.INC does): the spread of a noisy figure as well as its middle.
 */
export function quartiles(xs: readonly number[]): { q1: number; median: number; q3: number } {
  if (xs.length === 0) throw new RangeError("quartiles of nothing");
  const sorted = [...xs].sort((a, b) => a - b);
  const at = (q: number) => {
    const i = (sorted.length - 1) * q;
    const lo = Math.floor(i);
    return sorted[lo]! + (sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!) * (i - lo);
  };
  return { q1: at(0.25), median: at(0.5), q3: at(0.75) };
}
