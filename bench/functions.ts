/**
 * Custom functions for `npm run bench`: calls per second of SHOP.COMMISSION (with the built-in catalogue
 * and with a roles range, as a Roles[#All] argument) and SHOP.IIT over 100,000 calls each, beside a
 * plain-number implementation of the same rule in the same run. The functions are called as Excel calls
 * them (src/functions/functions.ts): every argument read and checked, money in decimal.js, the roles range
 * looked up in the content cache.
 */
import { performance } from "node:perf_hooks";
import { commission, iit, roles } from "../src/functions/functions";
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

/** Calls per second of `call(i)` for i < CALLS, after a warm-up; the results are summed so none is optimised away. */
function callsPerSecond(call: (i: number) => number): number {
  let sink = 0;
  for (let i = 0; i < 10_000; i++) sink += call(i);
  const t = performance.now();
  for (let i = 0; i < CALLS; i++) sink += call(i);
  const seconds = (performance.now() - t) / 1000;
  if (Number.isNaN(sink)) throw new Error("a call returned NaN");
  return CALLS / seconds;
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

function line(label: string, shipped: number, plain: number): string {
  return `functions ${label}: ${fmt(shipped)} calls/s; plain numbers: ${fmt(plain)} calls/s; ratio ${(plain / shipped).toFixed(0)}x`;
}

export async function functionsSection(): Promise<string[]> {
  const ids = Object.keys(SHARES);
  const margin = (i: number) => 50000 + (i % 5000) * 13.37;
  const role = (i: number) => ids[i % ids.length]!;
  // The Roles table as Excel passes it: SHOP.ROLES()'s own spill, header row first (en-US headers here).
  const range = roles() as unknown[][];

  const catalogue = callsPerSecond((i) => commission(margin(i), role(i)));
  const cataloguePlain = callsPerSecond((i) => plainCommission(margin(i), SHARES[role(i)]!));
  const ranged = callsPerSecond((i) => commission(margin(i), role(i), range));
  const rangedPlain = callsPerSecond((i) => plainCommissionFromRange(margin(i), role(i), range));
  const taxable = (i: number) => -5000 + (i % 20000) * 61.3;
  const withheld = (i: number) => (i % 7) * 100;
  const tax = callsPerSecond((i) => iit(taxable(i), withheld(i)));
  const taxPlain = callsPerSecond((i) => plainIit(taxable(i), withheld(i)));

  return [
    line("SHOP.COMMISSION (built-in catalogue)", catalogue, cataloguePlain),
    line("SHOP.COMMISSION (roles range)", ranged, rangedPlain),
    line("SHOP.IIT", tax, taxPlain),
  ];
}
