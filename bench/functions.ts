/**
 * Custom functions for `npm run bench` (issue 15, "Functions"): CPU time per call of SHOP.COMMISSION
 * (with the built-in catalogue, and with a roles range passed as a fresh copy each call, as Excel passes
 * Roles[#All]) and of SHOP.IIT, over 100,000 calls each, beside a plain-number implementation of the
 * same rule. The functions are called as Excel calls them (src/functions/functions.ts): every argument
 * read and checked. Median of 3 rounds; in each round the shipped and the plain calls alternate.
 */
import { loadImplementation } from "../src/functions/deferred";
import { commission, iit, roles } from "../src/functions/functions";
import { cpuMs, median } from "./cpu";
import type { Figure } from "./figures";
import { round2, TABLE } from "./plainNumbers";

const CALLS = 100_000;
const SHARES: Record<string, number> = { manager: 0.3, promoter: 0.08, designer: 0.08, service: 0.08 };

/** ROUND(ROUND(MAX(0, margin) × 40%, 2) × share, 2) with numbers. */
function plainCommission(margin: number, share: number): number {
  return round2(round2(Math.max(0, margin) * 0.4) * share);
}

/** The same, finding the share in the range each call (header row first), as a formula would. */
function plainCommissionFromRange(margin: number, role: string, range: unknown[][]): number {
  const header = range[0]!;
  const idCol = header.indexOf("ID");
  const shareCol = header.indexOf("Share of pool");
  const row = range.find((r) => r[idCol] === role)!;
  return plainCommission(margin, row[shareCol] as number);
}

function plainIit(taxable: number, withheld: number): number {
  const [, rate, qd] = TABLE.find(([upTo]) => taxable <= upTo)!;
  return Math.max(0, round2(Math.max(0, taxable * rate - qd)) - withheld);
}

/** Nanoseconds of CPU per call of call(i), i < CALLS; the results are summed so none is optimised away. */
function nsPerCall(call: (i: number) => number): number {
  let sink = 0;
  const ms = cpuMs(() => {
    for (let i = 0; i < CALLS; i++) sink += call(i);
  });
  if (Number.isNaN(sink)) throw new Error("a call returned NaN");
  return (ms * 1e6) / CALLS;
}

/** Shipped and plain, alternating, median of 3 after a warm-up round. */
function compare(shipped: (i: number) => number, plain: (i: number) => number): [number, number] {
  const s: number[] = [];
  const p: number[] = [];
  for (let round = 0; round < 4; round++) {
    const a = nsPerCall(shipped);
    const b = nsPerCall(plain);
    if (round > 0) s.push(a), p.push(b);
  }
  return [median(s), median(p)];
}

export async function functionsSection(): Promise<Figure[]> {
  const section = "functions";
  // In the pane the implementation arrives after the first render; until then a call answers with a
  // Promise. Measured here is every later call, answered synchronously.
  await loadImplementation();
  const ids = Object.keys(SHARES);
  // 5,000 margins (computed in doubles, as a cell holding =A1+B1 would give them), the role cycling through the catalogue.
  const margin = (i: number) => 50000 + (i % 5000) * 13.37;
  const role = (i: number) => ids[i % ids.length]!;
  // The Roles table as Excel passes it: SHOP.ROLES()'s own spill, header row first (en-US headers here),
  // a fresh copy for each call (Excel does not hand the same array twice).
  const range = roles() as unknown[][];
  const copies = Array.from({ length: 64 }, () => structuredClone(range));
  const taxable = (i: number) => -5000 + (i % 20000) * 61.3;
  const withheld = (i: number) => (i % 7) * 100;

  const figures: Figure[] = [];
  const add = (label: string, [shipped, plain]: [number, number], goal = "") =>
    figures.push(
      { section, label, value: shipped, unit: "ns/call", note: `CPU; ${(shipped / plain).toFixed(1)}× plain numbers${goal}` },
      { section, label: `${label}, plain numbers`, value: plain, unit: "ns/call", note: "CPU" },
    );
  add("SHOP.COMMISSION (built-in catalogue)", compare((i) => commission(margin(i), role(i)), (i) => plainCommission(margin(i), SHARES[role(i)]!)), " (goal: at most 10×)");
  add("SHOP.COMMISSION (roles range)", compare((i) => commission(margin(i), role(i), copies[i % 64]), (i) => plainCommissionFromRange(margin(i), role(i), copies[i % 64]!)), " (goal: at most 10×)");
  add("SHOP.IIT", compare((i) => iit(taxable(i), withheld(i)), (i) => plainIit(taxable(i), withheld(i))));
  return figures;
}
