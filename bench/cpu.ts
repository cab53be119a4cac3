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
